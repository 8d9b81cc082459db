/**
 * JSON-LD (schema.org) metadata: finds the article node among every `application/ld+json` script,
 * through `@graph`, arrays, `mainEntity` and `@id` references, and reads its fields. Malformed
 * scripts are repaired where a common fault explains them, else searched for the key fields.
 */
import { cleanText } from "./text.js";

/** Scripts longer than this are not parsed (the article node is never that large). */
const MAX_SCRIPT_CHARS = 2_000_000;
/** The walk stops this deep and after this many objects, so hostile nesting costs little. */
const MAX_DEPTH = 12;
const MAX_NODES = 5000;

export interface JsonLdInfo {
  headline?: string;
  description?: string;
  /** People (and untyped names) credited as author. */
  authors: string[];
  /** Organisations credited as author: a last resort when no person is named anywhere. */
  orgAuthors: string[];
  publisher?: string;
  /** Site names found (WebSite, Organization, publisher), for cleaning headlines. */
  siteNames: string[];
  published?: string;
  modified?: string;
  section?: string;
  language?: string;
  url?: string;
}

type Json = unknown;
type Obj = Record<string, Json>;

/** Article kinds, best first; rank = index. */
const ARTICLE_TYPES = [
  [
    "newsarticle",
    "reportagenews",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "asknewsarticle",
    "askpublicnewsarticle",
    "liveblogposting",
  ],
  ["article", "blogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report", "posting", "discussionforumposting"],
  [
    "review",
    "recipe",
    "howto",
    "creativework",
    "videoobject",
    "medicalwebpage",
    "podcastepisode",
    "event",
    "product",
    "course",
    "faqpage",
    "qapage",
  ],
  ["webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "searchresultspage", "contactpage"],
];
const ORG_TYPES = new Set([
  "organization",
  "newsmediaorganization",
  "corporation",
  "localbusiness",
  "website",
  "educationalorganization",
  "governmentorganization",
  "ngo",
]);

function isObj(v: Json): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function typesOf(o: Obj): string[] {
  const t = o["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase().replace(/^.*[/:]/, ""));
}

function rankOf(o: Obj): number {
  const types = typesOf(o);
  for (let r = 0; r < ARTICLE_TYPES.length; r++) if (types.some((t) => ARTICLE_TYPES[r]!.includes(t))) return r;
  return -1;
}

/** Parses one script's text, repairing the faults pages commonly ship. */
export function parseJsonLd(raw: string): Json | undefined {
  let text = raw.trim();
  try {
    return JSON.parse(text);
  } catch {
    // repaired below
  }
  text = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "")
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, "")
    // Raw control characters (newlines inside strings) are invalid JSON; as whitespace they are harmless.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]+/g, " ")
    .replace(/,\s*([}\]])/g, "$1")
    .replace(/;\s*$/, "");
  try {
    return JSON.parse(text);
  } catch {
    // Several objects written one after another.
    try {
      return JSON.parse(`[${text.replace(/}\s*{/g, "},{")}]`);
    } catch {
      return undefined;
    }
  }
}

/** Every object reachable from the roots (bounded), and the `@id` index. */
function collect(roots: Json[]): { nodes: Obj[]; byId: Map<string, Obj> } {
  const nodes: Obj[] = [];
  const byId = new Map<string, Obj>();
  const stack: { v: Json; depth: number }[] = roots.map((v) => ({ v, depth: 0 }));
  stack.reverse();
  while (stack.length && nodes.length < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    const kids: Json[] = [];
    if (Array.isArray(v)) kids.push(...v.slice(0, 500));
    else if (isObj(v)) {
      nodes.push(v);
      const id = v["@id"];
      // The fullest node under an id: a reference ({"@id", "@type"}) can come before the node itself.
      const size = Object.keys(v).length;
      if (typeof id === "string" && size > 1 && size > Object.keys(byId.get(id) ?? {}).length) byId.set(id, v);
      for (const k of Object.keys(v).slice(0, 200)) {
        const child = v[k];
        if (typeof child === "object" && child !== null) kids.push(child);
      }
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ v: kids[i], depth: depth + 1 });
  }
  return { nodes, byId };
}

/** The node a reference points to: `{"@id"}` alone, or with a type but no name. */
function deref(v: Json, byId: Map<string, Obj>): Json {
  if (!isObj(v) || typeof v["@id"] !== "string") return v;
  if (Object.keys(v).length === 1 || (v["name"] === undefined && v["givenName"] === undefined)) return byId.get(v["@id"]) ?? v;
  return v;
}

function str(v: Json): string | undefined {
  if (typeof v === "string") {
    const s = cleanText(v);
    return s || undefined;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 10)) {
      const s = str(x);
      if (s) return s;
    }
  }
  if (isObj(v)) return str(v["@value"] ?? v["name"]);
  return undefined;
}

/** Name of a person or organisation value: a string, an object with name / given+family names, or a reference. */
function nameOf(v: Json, byId: Map<string, Obj>): string | undefined {
  const x = deref(v, byId);
  if (typeof x === "string") return /^https?:\/\//i.test(x.trim()) ? undefined : str(x);
  if (!isObj(x)) return undefined;
  const name = str(x["name"]);
  if (name && !/^https?:\/\//i.test(name)) return name;
  const given = str(x["givenName"]);
  const family = str(x["familyName"]);
  if (given || family) return [given, family].filter(Boolean).join(" ");
  return undefined;
}

function isOrg(v: Json, byId: Map<string, Obj>): boolean {
  const x = deref(v, byId);
  return isObj(x) && typesOf(x).some((t) => ORG_TYPES.has(t));
}

/** Names in an author value, split into people and organisations. */
function namesOf(v: Json, byId: Map<string, Obj>): { people: string[]; orgs: string[] } {
  const list = Array.isArray(v) ? v.slice(0, 50) : [v];
  const people: string[] = [];
  const orgs: string[] = [];
  for (const item of list) {
    const n = nameOf(item, byId);
    const into = isOrg(item, byId) ? orgs : people;
    if (n && !into.includes(n)) into.push(n);
  }
  return { people, orgs };
}

/**
 * The names in an author value outside a whole graph (a live blog's update entry): its people,
 * else its organisations.
 */
export function authorNames(v: Json): string[] {
  const { people, orgs } = namesOf(v, new Map());
  return people.length > 0 ? people : orgs;
}

/** Reads the JSON-LD scripts (`<script type="application/ld+json">`) and returns the article's fields. */
export function readJsonLd(scripts: readonly Element[]): JsonLdInfo {
  const roots: Json[] = [];
  const fallbacks: string[] = [];
  for (const el of scripts) {
    const text = el.textContent ?? "";
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    const parsed = parseJsonLd(text);
    if (parsed === undefined) fallbacks.push(text);
    else roots.push(parsed);
  }
  const info: JsonLdInfo = { authors: [], orgAuthors: [], siteNames: [] };
  if (roots.length) fromNodes(roots, info);
  for (const text of fallbacks) fromBrokenText(text, info);
  return info;
}

function fromNodes(roots: Json[], info: JsonLdInfo): void {
  const { nodes, byId } = collect(roots);
  let best: Obj | undefined;
  let bestRank = ARTICLE_TYPES.length;
  let page: Obj | undefined;
  for (const n of nodes) {
    const r = rankOf(n);
    if (r < 0) {
      const types = typesOf(n);
      if (types.some((t) => ORG_TYPES.has(t))) {
        const name = str(n["name"]);
        if (name && !info.siteNames.includes(name)) info.siteNames.push(name);
      }
      continue;
    }
    if (r === ARTICLE_TYPES.length - 1 && !page) page = n;
    if (r < bestRank || (r === bestRank && best && !best["headline"] && n["headline"])) {
      best = n;
      bestRank = r;
    }
  }
  if (!best) return;
  info.headline = str(best["headline"]) ?? str(best["name"]) ?? str(best["alternativeHeadline"]);
  info.description = str(best["description"]) ?? str(best["abstract"]);
  const credited = namesOf(best["author"] ?? best["creator"], byId);
  info.authors = credited.people;
  info.orgAuthors = credited.orgs;
  const publisher = best["publisher"] ?? page?.["publisher"];
  if (publisher !== undefined) {
    info.publisher = nameOf(Array.isArray(publisher) ? publisher[0] : publisher, byId);
    if (info.publisher && !info.siteNames.includes(info.publisher)) info.siteNames.unshift(info.publisher);
  }
  info.published = str(best["datePublished"]) ?? str(best["dateCreated"]) ?? str(best["uploadDate"]) ?? str(page?.["datePublished"]);
  info.modified = str(best["dateModified"]) ?? str(page?.["dateModified"]);
  info.section = str(best["articleSection"]);
  const lang = deref(best["inLanguage"] ?? page?.["inLanguage"], byId);
  info.language = typeof lang === "string" ? lang : isObj(lang) ? str(lang["alternateName"] ?? lang["name"]) : undefined;
  const url = best["url"] ?? deref(best["mainEntityOfPage"], byId);
  info.url = typeof url === "string" ? url : isObj(url) ? str(url["@id"] ?? url["url"]) : undefined;
}

/** Key fields searched in a script that would not parse. */
function fromBrokenText(text: string, info: JsonLdInfo): void {
  const head = text.slice(0, 200_000);
  const field = (key: string) => {
    const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,2000})"`).exec(head);
    return m ? cleanText(m[1]!.replace(/\\(["\\/])/g, "$1")) || undefined : undefined;
  };
  info.published ??= field("datePublished") ?? field("dateCreated");
  info.modified ??= field("dateModified");
  info.headline ??= field("headline");
}
