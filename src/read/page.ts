import { warning } from "../model/codes.js";
import type { SourceKind, Warning } from "../model/record.js";
import type { Article, ReadResult } from "./article.js";
import { charsetOf, decode, looksBinary } from "./decode.js";
import { readHtmlPage } from "./html/index.js";
import { failure, sourceOf, updateResults, type Origin } from "./origin.js";
import { readLines } from "./text.js";

/**
 * Compressed and archive formats people keep exports in, and PDF, none of which is opened here: gzip
 * is undone before, and a ZIP archive is opened only as a file or a stream of its own (zip.ts).
 */
const PACKED: readonly { name: string; magic: readonly number[]; said: string }[] = [
  { name: "Zstandard", magic: [0x28, 0xb5, 0x2f, 0xfd], said: "which newsgraph does not open: decompress it first (zstd -d)" },
  { name: "bzip2", magic: [0x42, 0x5a, 0x68], said: "which newsgraph does not open: decompress it first (bunzip2)" },
  { name: "xz", magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], said: "which newsgraph does not open: decompress it first (xz -d)" },
  {
    name: "ZIP",
    magic: [0x50, 0x4b, 0x03, 0x04],
    said: "which newsgraph opens only as a file or a stream of its own, not from memory or inside gzip: unpack it first (unzip) and give its folder",
  },
  {
    name: "PDF",
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    said: "which newsgraph does not read: turn it into text first (pdftotext) and give that",
  },
  {
    name: "7-Zip",
    magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    said: "which newsgraph does not open: unpack it first (7z x) and give its folder",
  },
];

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
    const name = origin.url ?? origin.path ?? "input";
    const packed = PACKED.find((p) => p.magic.every((b, i) => bytes[i] === b));
    return [
      packed
        ? failure(origin, "UNSUPPORTED_INPUT", `${name} is ${packed.name} data, ${packed.said}`)
        : failure(origin, "BINARY_INPUT", `${name} looks like binary data (NUL or control bytes), not text`),
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
