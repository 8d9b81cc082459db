/**
 * A page's JSON-LD, read once for every step that uses it (metadata, the articleBody fallback,
 * live blogs): each `application/ld+json` script parsed, common faults repaired, then every object
 * reached through `@graph`, arrays and nesting collected, with an `@id` index. The walk is
 * iterative and bounded in depth, width and count, so hostile nesting or a script of millions of
 * items costs little.
 */

import { jsonrepair } from "jsonrepair";

export type Json = unknown;
export type LdObject = Record<string, Json>;

export interface LdGraph {
  /** Every object reached, in document order. */
  nodes: LdObject[];
  /** The fullest object under each `@id`. */
  byId: Map<string, LdObject>;
  /** Scripts that would not parse even repaired, for a search of their key fields. */
  broken: string[];
}

/** Scripts read per page. */
const MAX_SCRIPTS = 50;
/** Scripts longer than this are not parsed (the article node is never that large). */
const MAX_SCRIPT_CHARS = 2_000_000;
/**
 * Longest script, and most characters per page, handed to jsonrepair for what the quick fixes
 * leave (single quotes, comments, unescaped inner quotes). Its repairs copy the output, so time
 * grows with the square of the length (a 64 KB script of missing commas: 140 ms); broken scripts
 * on real pages are a few KB.
 */
const MAX_REPAIR_CHARS = 32_000;
const MAX_PAGE_REPAIR_CHARS = 64_000;
/** The walk stops this deep and after this many objects. */
const MAX_DEPTH = 12;
const MAX_NODES = 5000;
/** Items of one array and keys of one object walked. */
const MAX_ITEMS = 500;
const MAX_KEYS = 200;
/**
 * A live blog's `liveBlogUpdate` entries are articles of their own (see liveblog.ts, which reads
 * them off the LiveBlogPosting), not parts of the page's article: the walk does not enter them.
 */
const NOT_WALKED = "liveBlogUpdate";

export function isObj(v: Json): v is LdObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An object's `@type`s, lower-cased, without a vocabulary prefix ("schema:NewsArticle"). */
export function typesOf(o: LdObject): string[] {
  const t = o["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase().replace(/^.*[/:]/, ""));
}

/** A script's text without the HTML comment or CDATA wrapper and trailing ';' some pages add. */
function unwrap(raw: string): string {
  return raw
    .trim()
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "")
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, "")
    .replace(/;\s*$/, "");
}

/** Parses one script's text, with quick fixes for the faults pages commonly ship. */
function parseJsonLd(raw: string): Json | undefined {
  try {
    return JSON.parse(raw);
  } catch {
    // repaired below
  }
  const text = unwrap(raw)
    // Raw control characters (newlines inside strings) are invalid JSON; as whitespace they are harmless.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]+/g, " ")
    .replace(/,\s*([}\]])/g, "$1");
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

/** What the quick fixes leave (single quotes, `//` comments, unescaped inner quotes), by jsonrepair. */
function repairJsonLd(raw: string): Json | undefined {
  try {
    return JSON.parse(jsonrepair(unwrap(raw)));
  } catch {
    // Also a RangeError: jsonrepair recurses, and hostile nesting runs out of stack.
    return undefined;
  }
}

interface ScriptHolder {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null; getAttribute(name: string): string | null }>;
}

/** Reads the page's JSON-LD scripts (`<script type="application/ld+json">`). */
export function ldGraph(doc: ScriptHolder): LdGraph {
  const roots: Json[] = [];
  const broken: string[] = [];
  let scripts = 0;
  let repairBudget = MAX_PAGE_REPAIR_CHARS;
  for (const el of doc.querySelectorAll("script[type]")) {
    if (!el.getAttribute("type")!.toLowerCase().includes("ld+json")) continue;
    if (++scripts > MAX_SCRIPTS) break;
    const text = el.textContent ?? "";
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    let parsed = parseJsonLd(text);
    if (parsed === undefined && text.length <= Math.min(MAX_REPAIR_CHARS, repairBudget)) {
      repairBudget -= text.length;
      parsed = repairJsonLd(text);
    }
    if (parsed === undefined) broken.push(text);
    else roots.push(parsed);
  }
  return { ...collect(roots), broken };
}

/** Every object reachable from the roots (bounded), and the `@id` index. */
function collect(roots: Json[]): { nodes: LdObject[]; byId: Map<string, LdObject> } {
  const nodes: LdObject[] = [];
  const byId = new Map<string, LdObject>();
  const stack: { v: Json; depth: number }[] = roots.map((v) => ({ v, depth: 0 }));
  stack.reverse();
  while (stack.length && nodes.length < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    const kids: Json[] = [];
    if (Array.isArray(v)) kids.push(...v.slice(0, MAX_ITEMS));
    else if (isObj(v)) {
      nodes.push(v);
      const id = v["@id"];
      // The fullest node under an id: a reference ({"@id", "@type"}) can come before the node itself.
      const size = Object.keys(v).length;
      if (typeof id === "string" && size > 1 && size > Object.keys(byId.get(id) ?? {}).length) byId.set(id, v);
      for (const k of Object.keys(v).slice(0, MAX_KEYS)) {
        const child = v[k];
        if (k !== NOT_WALKED && typeof child === "object" && child !== null) kids.push(child);
      }
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ v: kids[i], depth: depth + 1 });
  }
  return { nodes, byId };
}
