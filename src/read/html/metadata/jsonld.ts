/**
 * JSON-LD (schema.org) metadata: finds the article node among the page's JSON-LD objects (see
 * ../jsonld.ts), follows `@id` references, and reads its fields. Scripts that would not parse
 * even repaired are searched for the key fields.
 */
import { isObj, typesOf, type Json, type LdGraph, type LdObject as Obj } from "../jsonld.js";
import { cleanText } from "./text.js";

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

/**
 * Properties (lower-cased) whose value is another work than the page's: the claim a fact check
 * reviews, a cited paper, a reader's review or comment, the periodical the page is part of. Their
 * authors, dates and headlines are not the page's.
 */
export const OTHER_WORK_PROPS: ReadonlySet<string> = new Set([
  "itemreviewed",
  "citation",
  "review",
  "reviews",
  "comment",
  "isbasedon",
  "subjectof",
  "workexample",
  "exampleofwork",
  "ispartof",
]);
/** Objects looked at under those properties. */
const MAX_OTHER_WORKS = 5000;

/** The objects nested under OTHER_WORK_PROPS anywhere in the graph. */
function otherWorks(nodes: readonly Obj[]): Set<Obj> {
  const out = new Set<Obj>();
  const stack: Json[] = [];
  for (const n of nodes) for (const k of Object.keys(n)) if (OTHER_WORK_PROPS.has(k.toLowerCase())) stack.push(n[k]);
  while (stack.length && out.size < MAX_OTHER_WORKS) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v.slice(0, MAX_OTHER_WORKS));
    else if (isObj(v) && !out.has(v)) {
      out.add(v);
      stack.push(...Object.values(v));
    }
  }
  return out;
}

function rankOf(o: Obj): number {
  const types = typesOf(o);
  for (let r = 0; r < ARTICLE_TYPES.length; r++) if (types.some((t) => ARTICLE_TYPES[r]!.includes(t))) return r;
  return -1;
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

/** The article's fields in the page's JSON-LD. */
export function readJsonLd(graph: LdGraph): JsonLdInfo {
  const info: JsonLdInfo = { authors: [], orgAuthors: [], siteNames: [] };
  fromNodes(graph, info);
  for (const text of graph.broken) fromBrokenText(text, info);
  return info;
}

function fromNodes({ nodes, byId }: LdGraph, info: JsonLdInfo): void {
  let best: Obj | undefined;
  let bestRank = ARTICLE_TYPES.length;
  let page: Obj | undefined;
  const others = otherWorks(nodes);
  for (const n of nodes) {
    if (others.has(n)) continue;
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
