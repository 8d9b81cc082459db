/**
 * Last step of the body cascade: Mozilla Readability on the same linkedom document, its article
 * HTML turned into blocks by the project's own emitter. Readability changes the document it
 * reads, so this runs after everything else has read it.
 */
import { Readability } from "@mozilla/readability";
import { parseHtml } from "./parse.js";
import { walkTree, type DomElement } from "./dom.js";
import { emitBlocks, type TextBlock } from "./emit.js";
import { scanPage } from "./scan.js";

/**
 * Readability slows down worse than linearly with elements and depth (it reads textContent of
 * every candidate, and of every table once per enclosing table), so it runs only on documents of
 * ordinary size and depth.
 */
const MAX_READABILITY_ELEMENTS = 10_000;
const MAX_READABILITY_DEPTH = 100;

/**
 * Whether the whole document, hidden parts included (the extractor's own scan skips them, and
 * Readability does not), is within MAX_READABILITY_ELEMENTS and MAX_READABILITY_DEPTH. The walk
 * stops descending once either is passed.
 */
export function fitsReadability(doc: Document): boolean {
  let elements = 0;
  let depth = 0;
  let fits = true;
  const root = doc.documentElement as unknown as DomElement | null;
  if (!root) return true;
  walkTree(root, {
    enter() {
      fits &&= ++elements <= MAX_READABILITY_ELEMENTS && depth < MAX_READABILITY_DEPTH;
      if (fits) depth++;
      return fits;
    },
    text() {},
    exit() {
      depth--;
    },
  });
  return fits;
}

export function readabilityBody(doc: Document): TextBlock[] {
  let content: string | null | undefined;
  try {
    content = new Readability(doc).parse()?.content;
  } catch {
    return [];
  }
  if (!content) return [];
  const page = parseHtml(`<html><body>${content}</body></html>`) as unknown as {
    body: DomElement;
    childNodes: Iterable<DomElement>;
  };
  const scan = scanPage([...page.childNodes]);
  return emitBlocks(scan, [page.body]).filter((b) => b.role === "body");
}
