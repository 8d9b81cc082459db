/**
 * Sitemaps (sitemaps.org 0.9, with Google News' `<news:news>`): how news sites list their
 * articles. Each `<url>` is a page to fetch, as a feed item with only a link is: a NO_ARTICLE
 * result whose `source.url` is its `<loc>`. A sitemap index lists sitemaps: each is such a result
 * marked `list`, which a fetcher reads as a list in turn. A sitemap that is not well-formed XML (a
 * download cut short) still gives the addresses of its `<loc>` elements.
 */
import { XMLParser } from "fast-xml-parser";
import type { Metadata } from "../../model/record.js";
import type { ReadResult } from "../article.js";
import { parseDate } from "../dates.js";
import { failure, linkResult, type Origin } from "../origin.js";
import { rawText } from "./loose.js";
import { text, XML_SAFETY, type Node } from "./xml.js";

const parser = new XMLParser({ ...XML_SAFETY, isArray: (name) => name === "url" || name === "sitemap" });

/** The root element of a sitemap or a sitemap index, after the XML prolog. */
export const SITEMAP_ROOT = /^<(?:[\w.-]+:)?(?:urlset|sitemapindex)[\s>]/;

/** A `<loc>` element, read by name when the XML cannot be parsed. */
const LOC = /<(?:[\w.-]+:)?loc\b[^<>]*>([^<]*)<\/(?:[\w.-]+:)?loc\s*>/g;

/** What the message says of an entry: its news title and publication date, when given. */
function about(entry: Node): string {
  const news = entry.news as Node | undefined;
  const title = text(news?.title);
  const date = text(news?.publication_date) ?? text(entry.lastmod);
  return `${title ? ` "${title.slice(0, 80)}"` : ""}${date ? ` (${date.slice(0, 40)})` : ""}`;
}

/** What a Google News entry tells of its page: title, publication date, publisher, language. */
function hintsOf(entry: Node): Partial<Metadata> {
  const news = entry.news as Node | undefined;
  if (!news || typeof news !== "object") return {};
  const publication = news.publication as Node | undefined;
  const title = text(news.title);
  const publisher = text(publication?.name);
  const language = text(publication?.language)?.toLowerCase().slice(0, 2);
  return {
    ...parseDate(text(news.publication_date)),
    ...(title ? { headline: title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(language && /^[a-z]{2}$/.test(language) ? { language } : {}),
  };
}

/** The entries of a sitemap (pages) or a sitemap index (sitemaps), one result each. */
export function* readSitemap(xml: string, origin: Origin): Generator<ReadResult> {
  const name = origin.path ?? origin.url ?? "sitemap";
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    yield* salvage(xml, origin, (err as Error).message);
    return;
  }
  const index = doc.sitemapindex as Node | undefined;
  const entries = ((index ? index.sitemap : (doc.urlset as Node | undefined)?.url) ?? []) as unknown[];
  for (const [i, entry] of entries.entries()) {
    const where = `${name} entry ${i + 1}`;
    const loc = entry && typeof entry === "object" ? text((entry as Node).loc) : undefined;
    if (!loc) {
      yield failure(origin, "CORRUPT_RECORD", `${where} has no <loc> address; skipped`);
    } else if (index) {
      yield linkResult(origin, loc, `${where} names a sitemap (${loc.slice(0, 200)}); fetch it to list its pages`, { list: true });
    } else {
      yield linkResult(
        origin,
        loc,
        `${where}${about(entry as Node)} is a link (${loc.slice(0, 200)}), not an article; fetch the page to analyze it`,
        { hints: hintsOf(entry as Node) },
      );
    }
  }
}

/** A sitemap the parser refuses: the addresses of its `<loc>` elements, then what was wrong. */
function* salvage(xml: string, origin: Origin, why: string): Generator<ReadResult> {
  const name = origin.path ?? origin.url ?? "sitemap";
  const index = /^(?:[^<]|<[?!])*<(?:[\w.-]+:)?sitemapindex[\s>]/.test(xml.slice(0, 4096));
  let i = 0;
  for (const m of xml.matchAll(LOC)) {
    const loc = rawText(m[1]!.trim());
    if (!loc) continue;
    i++;
    const what = index
      ? `names a sitemap (${loc.slice(0, 200)}); fetch it to list its pages`
      : `is a link (${loc.slice(0, 200)}); fetch the page to analyze it`;
    yield linkResult(origin, loc, `${name} entry ${i} ${what}`, { list: index });
  }
  yield failure(
    origin,
    "CORRUPT_RECORD",
    `${name} is not well-formed XML (${why.slice(0, 200)}); ${i} addresses were read from its <loc> elements`,
  );
}
