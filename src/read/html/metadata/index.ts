/**
 * Metadata of an HTML page: headline, standfirst, byline and authors, publisher, section,
 * language, URLs and dates, from JSON-LD, Open Graph / article:* / parsely / sailthru / Dublin
 * Core / twitter meta tags, microdata, `<time>`, byline elements and the URL, in that order of
 * trust per field.
 */
import type { Metadata } from "../../../model/record.js";
import { authorsFrom, cleanByline } from "./byline.js";
import { toDay, toIso } from "./dates.js";
import { chooseHeadline } from "./headline.js";
import { readJsonLd } from "./jsonld.js";
import { pageLanguage } from "./language.js";
import { firstMeta, readMetaTags, type MetaTags } from "./meta-tags.js";
import { pageDates } from "./page-dates.js";
import { scanPage, shortText, type PageScan } from "./page-scan.js";
import { cleanText } from "./text.js";

export { parseDate, toDay, toIso, urlDate, type DateValue } from "./dates.js";

const AUTHOR_META = [
  "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator",
  "dcterms.creator", "citation_author", "byl", "cxenseparse:author", "book:author",
];
const TITLE_META = ["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "headline"];
const SECTION_META = ["article:section", "og:article:section", "parsely-section", "section", "article.section"];
const SITE_META = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "copyright"];
const DESCRIPTION_META = ["og:description", "description", "twitter:description", "dc.description"];

/** Longest byline element text considered. */
const MAX_BYLINE_TEXT = 200;

interface Parsely {
  title?: string;
  author?: string;
  pubDate?: string;
  section?: string;
}

function readParsely(meta: MetaTags): Parsely {
  const raw = meta.get("parsely-page")?.[0];
  if (!raw || raw.length > 100_000) return {};
  try {
    const p: unknown = JSON.parse(raw);
    if (typeof p !== "object" || p === null) return {};
    const o = p as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
    const authors = o["authors"];
    return {
      title: s("title"),
      author: s("author") ?? (Array.isArray(authors) ? authors.filter((a) => typeof a === "string").join(", ") : undefined),
      pubDate: s("pub_date"),
      section: s("section"),
    };
  } catch {
    return {};
  }
}

function textOf(el: Element | undefined, max: number): string | undefined {
  if (!el) return undefined;
  const attr = el.getAttribute("content");
  const t = attr ?? shortText(el, max);
  return t ? cleanText(t) || undefined : undefined;
}

/** A byline and its names from the page body: microdata, rel=author, then byline-class elements. */
function bodyByline(scan: PageScan): { byline?: string; authors: string[] } {
  const tries: string[] = [];
  for (const el of scan.itemprops.get("author") ?? []) {
    const name = el.querySelector("[itemprop~=name]");
    const t = textOf(name ?? el, MAX_BYLINE_TEXT);
    if (t) tries.push(t);
  }
  const links = scan.authorLinks.map((el) => textOf(el, MAX_BYLINE_TEXT)).filter((t): t is string => !!t);
  if (links.length) tries.push([...new Set(links)].join(", "));
  for (const el of scan.bylineBoxes) {
    const t = textOf(el, MAX_BYLINE_TEXT);
    if (t) tries.push(t);
  }
  for (const t of tries) {
    const byline = cleanByline(t);
    if (!byline) continue;
    const authors = authorsFrom([byline]);
    if (authors.length) return { byline, authors };
  }
  return { authors: [] };
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/**
 * Extracts what the page says about itself. Every string is plain text; absent fields are left
 * out. `url` is where the page came from (used for relative links and dates in the path).
 */
export function extractMetadata(doc: Document, url?: string, now: number = Date.now()): Partial<Metadata> {
  const meta = readMetaTags(doc);
  const ld = readJsonLd(doc);
  const scan = scanPage(doc);
  const parsely = readParsely(meta);
  const out: Partial<Metadata> = {};

  const canonical = absoluteUrl(doc.querySelector("link[rel~=canonical]")?.getAttribute("href"), url);
  const ogUrl = absoluteUrl(firstMeta(meta, ["og:url"]), url);
  const pageUrl = url ?? canonical ?? ogUrl;
  if (pageUrl) out.url = pageUrl;
  if (canonical ?? ogUrl) out.canonicalUrl = canonical ?? ogUrl;

  const siteMeta = firstMeta(meta, SITE_META);
  const publisher = ld.publisher ?? (siteMeta ? cleanText(siteMeta) : undefined);
  if (publisher) out.publisher = publisher;
  const sites = [...ld.siteNames, ...SITE_META.flatMap((k) => meta.get(k) ?? []).map(cleanText)].filter(Boolean);

  const clean = (s: string | undefined) => (s ? cleanText(s) || undefined : undefined);
  const h1s = scan.h1s.map((el) => textOf(el, 400)).filter((t): t is string => !!t);
  const headline = chooseHeadline(
    {
      jsonLd: ld.headline,
      og: clean(firstMeta(meta, TITLE_META) ?? parsely.title),
      itemprop: textOf(scan.itemprops.get("headline")?.[0], 400),
      h1s,
      title: clean(doc.querySelector("title")?.textContent ?? undefined),
    },
    sites,
    pageUrl ?? canonical,
  );
  if (headline) out.headline = headline;

  const standfirst = ld.description ?? clean(firstMeta(meta, DESCRIPTION_META));
  if (standfirst) out.standfirst = standfirst;

  const metaAuthors = AUTHOR_META.flatMap((k) => meta.get(k) ?? []).filter((v) => !/^\s*https?:\/\//i.test(v));
  if (parsely.author) metaAuthors.push(parsely.author);
  const fromBody = bodyByline(scan);
  let authors = authorsFrom(ld.authors);
  if (!authors.length) authors = authorsFrom(metaAuthors.slice(0, 1));
  if (!authors.length) authors = fromBody.authors;
  if (authors.length) out.authors = authors;
  const byline = fromBody.byline ?? (authors.length ? authors.join(", ") : undefined);
  if (byline) out.byline = byline;

  const section = ld.section ?? clean(firstMeta(meta, SECTION_META) ?? parsely.section);
  if (section) out.section = section;

  const language = pageLanguage(doc, [
    firstMeta(meta, ["content-language", "og:locale", "language", "dc.language", "inlanguage"]),
    ld.language,
  ]);
  if (language) out.language = language;

  const dates = pageDates(ld, meta, scan, pageUrl, parsely.pubDate, now);
  if (dates.published) {
    out.published = toIso(dates.published);
    out.date = toDay(dates.published);
  }
  if (dates.modified) out.updated = toIso(dates.modified);
  return out;
}
