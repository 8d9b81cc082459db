/**
 * Metadata of an HTML page: headline, standfirst, byline and authors, publisher, section,
 * language, URLs and dates, from JSON-LD, Open Graph / article:* / parsely / sailthru / Dublin
 * Core / twitter meta tags, microdata, `<time>`, byline elements and the URL, in that order of
 * trust per field.
 */
import type { Metadata } from "../../../model/record.js";
import { authorsFrom, creditsMore, nameKey } from "./byline.js";
import { toDay, toIso } from "../../date-parse.js";
import { choosePublisher, namesLabel } from "./publisher.js";
import { chooseSection } from "./section.js";
import { chooseStandfirst } from "./standfirst.js";
import { chooseHeadline } from "./headline.js";
import { ldGraph, type LdGraph } from "../jsonld.js";
import { readJsonLd } from "./jsonld.js";
import { pageLanguage, writesDayFirst } from "./language.js";
import { firstMeta, readMetaTags, type MetaTags } from "./meta-tags.js";
import { pageDates } from "./page-dates.js";
import { headlineH1s, scanPage, shortText, textParts } from "./page-scan.js";
import { siteLabel } from "./title-parts.js";
import { bodyByline } from "./body-byline.js";
import { cleanText, elementText, normKey } from "./text.js";

const AUTHOR_META = [
  "author",
  "article:author",
  "og:article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "dcterms.creator",
  "citation_author",
  "citation_authors",
  "byl",
  "cxenseparse:author",
  "book:author",
];
const TITLE_META = ["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "headline"];
const SECTION_META = ["article:section", "og:article:section", "parsely-section", "section", "article.section"];
const SITE_META = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "copyright"];
const DESCRIPTION_META = ["og:description", "description", "twitter:description", "dc.description"];

/**
 * The parts of an `<h1>` built of several elements (a kicker over the title: "Get that tech
 * stack" / "Klatch Coffee"), offered as headlines only where a metadata title repeats one.
 */
function h1Parts(h1: Element): Element[] {
  const parts = Array.from(h1.children).filter((c) => (c.textContent ?? "").trim() !== "");
  return parts.length >= 2 ? parts : [];
}

/** Longest `<h1>` text taken as a headline. */
const MAX_HEADLINE_CHARS = 400;

/** A generic credit (a desk word, "Anonymous"): the byline when metadata names no one, never an author. */
const GENERIC_CREDIT = /^(?:staff|team|editors?|editorial|newsroom|anonymous|guest)$/i;

/** Words that make a site name an organisation's or a topic's, not a person's. */
const NOT_PERSONAL = new Set(
  (
    "lab labs blog blogs news media studio studios group inc llc ltd co company journal times post daily magazine network " +
    "press review reviews report digital health tech solutions services center centre institute university college school " +
    "foundation club shop store team online world today insider weekly guide guides agency marketing design consulting " +
    "systems software cloud data hotel hotels travel kitchen garden home house plant plants care books music photography " +
    "podcast show official academy project app apps games the and of one clinic clinics hospital association society " +
    "council church trust partners capital bank fund ventures"
  ).split(" "),
);

/** Letters only, diacritics dropped, lower case: "Kovács" → "kovacs". */
function fold(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[^\p{L}]/gu, "")
    .toLowerCase();
}

/** Two or three capitalised words, none of them an organisation word: "Ann Lee", not "Lee News". */
function personShaped(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_PERSONAL.has(w.toLowerCase()));
}

/**
 * The owner of a personal site: a site name of two or three capitalised words, none of them an
 * organisation word, one of them (four letters or more) in the page's host name.
 */
function siteOwner(names: readonly string[], url: string | undefined): string | undefined {
  let host: string;
  try {
    host = url ? new URL(url).hostname.toLowerCase() : "";
  } catch {
    return undefined;
  }
  if (!host) return undefined;
  for (const name of names) {
    if (!personShaped(name)) continue;
    const words = name.trim().split(/\s+/);
    if (words.some((w) => fold(w).length >= 4 && host.includes(fold(w)))) return words.join(" ");
  }
  return undefined;
}

/** Page text read for the first-person test. */
const FIRST_PERSON_TEXT = 30_000;
/** Fewest first-person-singular words for a page that speaks as one person. */
const MIN_FIRST_PERSON = 5;

/** Whether the page's text says "I" / "my" often, and more often than "we" / "our". */
function writtenInFirstPerson(doc: Document): boolean {
  const root = doc.documentElement;
  const parts = root ? textParts(root, FIRST_PERSON_TEXT, true) : undefined;
  if (!parts) return false;
  let singular = 0;
  let plural = 0;
  for (const p of parts) {
    singular += p.match(/\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself)\b/g)?.length ?? 0;
    plural += p.match(/\b(?:[Ww]e|[Oo]ur|[Uu]s|[Ww]e['’](?:re|ve|ll|d))\b/g)?.length ?? 0;
  }
  return singular >= MIN_FIRST_PERSON && singular > plural;
}

/** Whether two lists credit the same people (case, honorifics and post-nominals aside). */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(nameKey));
  return a.length === b.length && b.every((n) => keys.has(nameKey(n)));
}

/** Library-style tags that write one name per tag as "Family, Given". */
const INVERTED_NAME_META = new Set(["citation_author", "citation_authors", "dc.creator", "dcterms.creator"]);

/**
 * "Roy, Aniruddha" → "Aniruddha Roy"; anything else unchanged. Split at the comma, not matched by a
 * regular expression: the tag's content is raw, and "\s*([^,]+?),\s*([^,]+?)\s*$" took 20 s on a
 * thousand tabs.
 */
function uninvert(name: string): string {
  const parts = name.split(",");
  const [family, given] = parts.map((p) => p.trim());
  return parts.length === 2 && family && given && !/\b(?:and|&)\b/i.test(name) ? `${given} ${family}` : name;
}

/**
 * A CMS account rather than a name: one lower-case, dotted/numbered or run-together token
 * ("jdoe", "andrew.k", "KatieS"), or an admin account.
 */
function isAccountName(name: string): boolean {
  return (!/\s/.test(name) && /[._\d@]|^\p{Ll}|\p{Ll}\p{Lu}/u.test(name)) || /\badmin\b/i.test(name);
}

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

/** The address of a page on the web: its host has a dot ("https://ferry-fares-rise" is a slug written as an address). */
function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const link = new URL(href.trim(), base);
    return link.hostname.includes(".") ? link.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Extracts what the page says about itself. Every string is plain text; absent fields are left
 * out. `url` is where the page came from (used for relative links and dates in the path); `graph`
 * is the page's JSON-LD, when the caller has read it already.
 */
export function extractMetadata(doc: Document, url?: string, now: number = Date.now(), graph: LdGraph = ldGraph(doc)): Partial<Metadata> {
  const scan = scanPage(doc);
  const meta = readMetaTags(scan.metas);
  const ld = readJsonLd(graph);
  const parsely = readParsely(meta);
  const out: Partial<Metadata> = {};

  const canonical = absoluteUrl(scan.canonical?.getAttribute("href"), url);
  const ogUrl = absoluteUrl(firstMeta(meta, ["og:url"]), url);
  const pageUrl = url ?? canonical ?? ogUrl;
  if (pageUrl) out.url = pageUrl;
  if (canonical ?? ogUrl) out.canonicalUrl = canonical ?? ogUrl;

  const siteMeta = SITE_META.flatMap((k) => meta.get(k) ?? [])
    .map(cleanText)
    .filter(Boolean);
  const label = siteLabel(pageUrl);
  const publisher = choosePublisher(
    { jsonLd: ld.publisher, siteMeta, title: scan.title?.textContent ? cleanText(scan.title.textContent) : undefined },
    label,
  );
  if (publisher) out.publisher = publisher;
  const sites = [...ld.siteNames, ...siteMeta];

  const clean = (s: string | undefined) => (s ? cleanText(s) || undefined : undefined);
  const printed = (els: Element[]) => els.map(elementText).filter((t) => t.length > 0 && t.length <= MAX_HEADLINE_CHARS);
  const headline = chooseHeadline(
    {
      jsonLd: ld.headline,
      og: clean(firstMeta(meta, TITLE_META) ?? parsely.title),
      twitter: clean(firstMeta(meta, ["twitter:title"])),
      itemprop: textOf(scan.itemprops.get("headline")?.[0], 400),
      h1s: printed(scan.h1s),
      subheads: [...printed(scan.subheads), ...printed(scan.h1s.flatMap(h1Parts))],
      title: clean(scan.title?.textContent ?? undefined),
    },
    sites,
    pageUrl ?? canonical,
  );
  if (headline) out.headline = headline;

  const standfirst = chooseStandfirst(ld.description, firstMeta(meta, DESCRIPTION_META));
  if (standfirst) out.standfirst = standfirst;

  // Author meta tags, one group per tag: a repeated tag (citation_author, dc.creator) lists co-authors.
  const noUrl = (v: string) => !/^\s*https?:\/\//i.test(v);
  const metaGroups = AUTHOR_META.map((k) =>
    // citation_authors may list everyone in one tag: "Roe, Jane; Doe, John".
    (meta.get(k) ?? []).filter(noUrl).map((v) => (INVERTED_NAME_META.has(k) ? v.split(";").map(uninvert).join("; ") : v)),
  ).filter((g) => g.length);
  // Slack/Twitter unfurl labels: twitter:label1 "Written by", twitter:data1 the name.
  for (const i of ["1", "2"]) {
    const data = meta.get(`twitter:data${i}`)?.[0];
    if (data && /^\s*(?:written\s+by|author)\s*$/i.test(meta.get(`twitter:label${i}`)?.[0] ?? "")) metaGroups.push([data]);
  }
  if (parsely.author) metaGroups.push([parsely.author]);
  // People named in metadata, then the printed byline, then organisations (a site credited as
  // its own author says less than a person named on the page).
  const siteKeys = new Set([...sites, publisher ?? ""].map(normKey));
  // A personal site's name is its owner's: that name credited as author stays.
  const isSite = (n: string) => siteKeys.has(normKey(n)) || (!!label && label.length >= 4 && namesLabel(n, label));
  const people = (names: string[]) => names.filter((n) => !isSite(n) || siteOwner([n], pageUrl));
  const lists = [ld.authors, ...metaGroups].map((g) => people(authorsFrom(g, false)));
  let authors = lists.find((l) => l.length) ?? [];
  for (const l of lists) if (creditsMore(authors, l)) authors = l;
  // An account name ("jdoe", "andrew.k", "NOC Admin") says less than a name printed on the page.
  const handles = authors.length && authors.every(isAccountName) ? authors : [];
  if (handles.length) authors = [];
  let byline = authors.length ? authors.join(", ") : undefined;
  const h1s = headlineH1s(scan, headline);
  const onPage = bodyByline(scan, doc, authors.length > 0, h1s);
  // The printed byline, where metadata names nothing or only some of the co-authors it prints.
  // A full name printed under the headline with "By" beats metadata that names someone else
  // (an editor, an account, the page's owner): it is whom the page credits.
  const printedFirst = onPage.underHeadline && onPage.authors.every((n) => n.includes(" ")) && !sameNames(authors, onPage.authors);
  if (!authors.length || creditsMore(authors, onPage.authors) || printedFirst) {
    ({ byline, authors } = onPage);
    // The site's own name after its writers ("Bob Yirka, Phys.org") is where they write, not a co-author.
    const writers = people(authors);
    if (writers.length) authors = writers;
  }
  if (!authors.length && handles.length) authors = handles;
  if (!authors.length) authors = authorsFrom([...ld.authors, ...ld.orgAuthors, ...(metaGroups[0] ?? [])], false);
  // A personal site named for its owner ("Ann Lee" at annlee.dev): the owner wrote the post.
  if (!authors.length) {
    const titleParts = clean(scan.title?.textContent ?? undefined)?.split(/\s+[|–—·-]\s+/) ?? [];
    const owner = siteOwner([...sites, ...(titleParts.length > 1 ? [titleParts[titleParts.length - 1]!] : [])], pageUrl);
    // Only where the page speaks as one person ("I", "my"), not as a company ("we", "our").
    if (owner && writtenInFirstPerson(doc)) authors = [owner];
  }
  if (authors.length) out.authors = authors;
  byline ??= authors.length ? authors.join(", ") : undefined;
  // A generic credit that metadata states outright ("Staff", "Team", "Anonymous") is what the page
  // credits, so it is the byline; authors are people, and it names none.
  byline ??= [...ld.authors, ...metaGroups.flat()].map(cleanText).find((v) => GENERIC_CREDIT.test(v));
  if (byline) out.byline = byline;

  const section = chooseSection(
    [ld.section, ...SECTION_META.flatMap((k) => meta.get(k) ?? []).map(cleanText), parsely.section && cleanText(parsely.section)],
    [...sites, publisher ?? ""],
    pageUrl,
  );
  if (section) out.section = section;

  const language = pageLanguage(doc, [
    firstMeta(meta, ["content-language", "og:locale", "language", "dc.language", "inlanguage"]),
    ld.language,
  ]);
  if (language) out.language = language;

  const localeTags = [
    doc.documentElement?.getAttribute("lang"),
    firstMeta(meta, ["og:locale", "content-language", "language"]),
    ld.language,
  ];
  const dayFirst = writesDayFirst(localeTags, pageUrl ?? canonical);
  const dates = pageDates(doc, ld, meta, scan, h1s.anchor, pageUrl, parsely.pubDate, now, { dayFirst });
  if (dates.published) {
    out.published = toIso(dates.published);
    out.date = toDay(dates.published);
  }
  if (dates.modified) out.updated = toIso(dates.modified);
  return out;
}
