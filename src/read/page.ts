import { warning } from "../model/codes.js";
import type { SourceKind, Warning } from "../model/record.js";
import type { Article, ReadResult } from "./article.js";
import { charsetOf, decode, looksBinary } from "./decode.js";
import { readHtmlPage } from "./html/index.js";
import { failure, sourceOf, updateResults, type Origin } from "./origin.js";
import { readLines } from "./text.js";

/**
 * One document held in memory (a file, a WARC payload): page dump, plain text or HTML. Binary
 * bytes become an error; everything else an article, with warnings for what was doubtful.
 * `container` is the kind recorded in `source.kind` when the page came out of one (a WARC).
 * A live blog gives its intro first, then each update as an article of its own.
 */
export function readPage(
  bytes: Uint8Array,
  origin: Origin,
  kind: "dump" | "text" | "html",
  warnings: Warning[] = [],
  container?: SourceKind,
): ReadResult[] {
  if (looksBinary(bytes)) {
    return [
      failure(origin, "BINARY_INPUT", `${origin.url ?? origin.path ?? "input"} looks like binary data (NUL or control bytes), not text`),
    ];
  }
  const decoded = decode(bytes, charsetOf(origin.contentType), { html: kind === "html" });
  const all = [...warnings, ...decoded.warnings];
  if (decoded.text.trim() === "") all.push(warning("EMPTY_INPUT"));
  const source = sourceOf(container ?? kind, origin, bytes, decoded.encoding);
  if (kind !== "html") return [{ ok: true, article: readLines({ source, text: decoded.text, warnings: all }) }];
  const { article: page, updates } = readHtmlPage(decoded.text, origin.url);
  // The container's date (WARC-Date: when the page was fetched) stands in only when the page gives none.
  const fetched = origin.date?.slice(0, 10);
  const metadata =
    fetched && /^\d{4}-\d{2}-\d{2}$/.test(fetched) && !page.metadata.date && !page.metadata.published
      ? { ...page.metadata, date: fetched }
      : page.metadata;
  const article: Article = { ...page, source, metadata, warnings: [...all, ...page.warnings] };
  return [{ ok: true, article }, ...updateResults(updates, source)];
}
