/**
 * One record of an export (a JSON object, a CSV row) to its results: fields found through `--map`
 * or DEFAULT_FIELDS, text read as text or as a body fragment, a whole page through the HTML reader.
 */
import { warning } from "../../model/codes.js";
import type { Metadata, Warning } from "../../model/record.js";
import type { Article, ReadResult } from "../article.js";
import { parseDate } from "../dates.js";
import { readFragment } from "../feed/fragment.js";
import { isJsonFeed, readJsonFeed } from "../feed/json-feed.js";
import { readHtmlPage } from "../html/index.js";
import { authorsFrom } from "../html/metadata/byline.js";
import { failure, linkResult, sourceOf, updateResults, type Origin } from "../origin.js";

/**
 * Input fields tried, in order, for each record field when `--map` does not name one; the first
 * that holds a usable value wins. `html` is raw page markup, read like an HTML file when there is
 * no plain text. Besides the common names, those of the Guardian's and the New York Times' APIs
 * (`webTitle`, `fields.bodyText`, `headline.main`, `pub_date`...).
 */
export const DEFAULT_FIELDS = {
  text: ["text", "body", "content", "maintext", "article", "article_text", "fields.bodyText"],
  html: ["html", "raw_html", "fields.body"],
  headline: ["headline", "title", "headline.main", "webTitle"],
  standfirst: ["standfirst", "summary", "description", "abstract", "fields.trailText"],
  date: ["date", "published", "date_publish", "datePublished", "publishedAt", "publish_date", "pubDate", "webPublicationDate", "pub_date"],
  url: ["url", "link", "webUrl", "web_url"],
  authors: ["authors", "author", "byline", "byline.original", "fields.byline"],
  publisher: ["publisher", "source", "site_name", "sitename"],
  section: ["section", "category", "sectionName", "section_name"],
  language: ["language", "lang"],
} as const;
export type MappedField = keyof typeof DEFAULT_FIELDS;

/** A text field that opens with a block tag and closes one is HTML. */
const MARKUP =
  /^\s*<(?:p|div|h[1-6]|article|section|figure|ul|ol|blockquote|table|span|br)\b[^>]*>[\s\S]*<\/(?:p|div|h[1-6]|article|section|figure|ul|ol|blockquote|table|span)>/i;

/**
 * The text before the mark a news API leaves where it cut an article ("… [+2345 chars]"), and how
 * many characters it says are missing. Only the text's last characters are searched.
 */
function apiCut(text: string): { kept: string; missing: string } | undefined {
  const t = text.trimEnd();
  const m = t.endsWith(" chars]") ? /…?\s*\[\+(\d{1,9}) chars\]$/.exec(t.slice(-40)) : null;
  return m ? { kept: t.slice(0, t.length - m[0].length).trimEnd(), missing: m[1]! } : undefined;
}

function isField(k: string): k is MappedField {
  return Object.hasOwn(DEFAULT_FIELDS, k);
}

/** Checks a `--map` (record field -> input field); throws naming the unknown record fields. */
export function checkMap(map: Record<string, string>): void {
  const unknown = Object.keys(map).filter((k) => !isField(k));
  if (unknown.length)
    throw new Error(`--map: unknown record field(s) ${unknown.join(", ")}; known: ${Object.keys(DEFAULT_FIELDS).join(", ")}`);
}

/** A value at a dotted path (`meta.title`), own properties only. */
function at(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const key of path.split(".")) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** The first of a field's paths whose value `read` accepts (gives something for), read. */
function pickWith<T>(obj: object, field: MappedField, map: Record<string, string>, read: (v: unknown) => T | undefined): T | undefined {
  const paths = map[field] !== undefined ? [map[field]!] : DEFAULT_FIELDS[field];
  for (const p of paths) {
    const v = at(obj, p);
    const got = v === undefined || v === null || v === "" ? undefined : read(v);
    if (got !== undefined) return got;
  }
  return undefined;
}

const pick = (obj: object, field: MappedField, map: Record<string, string>): unknown => pickWith(obj, field, map, (v) => v);

const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : undefined;

/**
 * Authors from `"A"`, `["A","B"]`, `[{name:"A"}]` or `{name:"A"}`, each value read as a byline is
 * ("By A and B" gives A and B), duplicates dropped.
 */
function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return authorsFrom(
    list.map((a) => str(a) ?? str(at(a, "name"))).filter((a): a is string => Boolean(a)),
    false,
  );
}

function metadataOf(obj: object, map: Record<string, string>): Partial<Metadata> {
  const meta: Partial<Metadata> = { ...pickWith(obj, "date", map, (v) => ((d) => (d.date ? d : undefined))(parseDate(v))) };
  for (const f of ["headline", "standfirst", "url", "publisher", "section"] as const) {
    const v = pickWith(obj, f, map, (x) => str(x) ?? str(at(x, "name")));
    if (v) meta[f] = v;
  }
  const authors = pickWith(obj, "authors", map, (v) => ((n) => (n.length ? n : undefined))(names(v)));
  if (authors) meta.authors = authors;
  const lang = str(pick(obj, "language", map))
    ?.toLowerCase()
    .slice(0, 2);
  if (lang && /^[a-z]{2}$/.test(lang)) meta.language = lang;
  return meta;
}

const isPlainObject = (v: unknown): v is object => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The records an export wraps, as news APIs answer: the one property that is a list of objects
 * (`{"status": "ok", "articles": [...]}`), or that list inside the one property that is an object
 * (the Guardian's `{"response": {"results": [...]}}`, the New York Times' `{"response": {"docs":
 * [...]}}`), when neither object has a text, html, headline or url of its own.
 */
function recordsIn(obj: object, map: Record<string, string>, nested = true): { key: string; items: object[] } | undefined {
  if ((["text", "html", "headline", "url"] as const).some((f) => pick(obj, f, map) !== undefined)) return undefined;
  const entries = Object.entries(obj);
  const lists = entries.filter((e): e is [string, object[]] => Array.isArray(e[1]) && e[1].length > 0 && e[1].every(isPlainObject));
  if (lists.length === 1) return { key: lists[0]![0], items: lists[0]![1] };
  const objects = entries.filter((e): e is [string, object] => isPlainObject(e[1]));
  if (!nested || lists.length > 0 || objects.length !== 1) return undefined;
  const inner = recordsIn(objects[0]![1], map, false);
  return inner && { key: `${objects[0]![0]}.${inner.key}`, items: inner.items };
}

/**
 * One JSON value (a line, an array item) to its results: an object gives an article, an object
 * wrapping a list of records (once, not nested) gives theirs. A live blog's page in the html field
 * gives its updates after it, as the HTML reader does.
 */
export function readObject(
  obj: unknown,
  where: string,
  origin: Origin,
  map: Record<string, string>,
  bytes: Uint8Array,
  encoding: string,
  decodeWarnings: Warning[],
  unwrap = true,
): ReadResult[] {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
    return [failure(origin, "CORRUPT_RECORD", `${where} is ${Array.isArray(obj) ? "an array" : typeof obj}, not a JSON object; skipped`)];
  }
  if (isJsonFeed(obj)) return readJsonFeed(obj, origin, { encoding, warnings: decodeWarnings });
  const wrapped = unwrap ? recordsIn(obj, map) : undefined;
  if (wrapped) {
    return wrapped.items.flatMap((item, i) => {
      const at = `${where} ${wrapped.key} item ${i + 1}`;
      const raw = Buffer.from(JSON.stringify(item));
      return guarded(at, origin, () => readObject(item, at, origin, map, raw, encoding, decodeWarnings, false));
    });
  }
  const meta = metadataOf(obj, map);
  const lineOrigin: Origin = { ...origin, ...(meta.url ? { url: meta.url } : {}) };
  const text = pick(obj, "text", map);
  const html = pick(obj, "html", map);
  const warnings: Warning[] = [...decodeWarnings];
  let article: Omit<Article, "source">;
  let updates: Omit<Article, "source">[] = [];
  if (typeof text === "string" && !MARKUP.test(text)) {
    const cut = apiCut(text);
    if (cut) warnings.push(warning("SOURCE_TRUNCATED", `${where}: the source cut its text, ${cut.missing} characters are missing`));
    article = { text: cut?.kept ?? text, blocks: [], metadata: meta, warnings };
  } else if (typeof text === "string") {
    // Exports often put the body's HTML in the text field.
    const page = readFragment(text, meta.url);
    article = { ...page, metadata: { ...page.metadata, ...meta }, warnings: [...warnings, ...page.warnings] };
  } else if (typeof html === "string") {
    // A whole page goes through the article extractor; a body fragment (no body found) is read whole.
    const full = readHtmlPage(html, meta.url);
    updates = full.updates;
    const page = full.article.blocks.some((b) => b.role === "body") ? full.article : readFragment(html, meta.url);
    article = { ...page, metadata: { ...page.metadata, ...meta }, warnings: [...warnings, ...page.warnings] };
  } else {
    const tried = map.text ?? DEFAULT_FIELDS.text.join(", ");
    const message = `${where} has no text field (looked for ${tried}; use --map text=FIELD)`;
    if (!meta.url) return [failure(lineOrigin, "NO_ARTICLE", message)];
    return [linkResult(origin, meta.url, `${message} and only a link (${meta.url.slice(0, 200)}) to fetch`, { hints: meta })];
  }
  if (article.text.trim() === "") article.warnings.push(warning("EMPTY_INPUT", `${where} has an empty text field`));
  const source = sourceOf("jsonl", lineOrigin, bytes, encoding);
  return [{ ok: true, article: { ...article, source } }, ...updateResults(updates, source)];
}

/** The results of one item, or a CORRUPT_RECORD for it when reading it threw. */
export function guarded(where: string, origin: Origin, read: () => ReadResult[]): ReadResult[] {
  try {
    return read();
  } catch (err) {
    return [failure(origin, "CORRUPT_RECORD", `${where} could not be read (${(err as Error).message}); skipped`)];
  }
}
