/**
 * Last step of the body cascade: Mozilla Readability on the same linkedom document, its article
 * HTML turned into blocks by the project's own emitter. Readability changes the document it
 * reads, so this runs after everything else has read it.
 */
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import type { DomElement } from "./dom.js";
import { emitBlocks, type TextBlock } from "./emit.js";
import { scanPage } from "./scan.js";

export function readabilityBody(doc: Document): TextBlock[] {
  let content: string | null | undefined;
  try {
    content = new Readability(doc).parse()?.content;
  } catch {
    return [];
  }
  if (!content) return [];
  const page = new DOMParser().parseFromString(`<html><body>${content}</body></html>`, "text/html") as unknown as {
    body: DomElement;
    childNodes: Iterable<DomElement>;
  };
  const scan = scanPage([...page.childNodes]);
  return emitBlocks(scan, [page.body]).filter((b) => b.role === "body");
}
