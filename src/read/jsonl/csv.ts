/**
 * CSV and TSV exports (a header row naming the columns, as spreadsheets, dataset hubs and news
 * archives write them): each row is a record read as a JSONL record is (record.ts), its columns the
 * fields, so DEFAULT_FIELDS and `--map` apply. A table without a header whose rows hold web
 * addresses (GDELT's event and GKG files) gives each row's first address as its link, to fetch.
 * Parsed by csv-parse as a stream: quoted fields may span lines; a row over the size limit or a
 * broken quote ends the reading there.
 */
import { parse, type CsvError, type Options } from "csv-parse";
import { parse as parseAll } from "csv-parse/sync";
import { Readable } from "node:stream";
import type { Warning } from "../../model/record.js";
import type { ReadResult } from "../article.js";
import { decode, decodeChunks } from "../decode.js";
import { WEB_ADDRESS } from "../links.js";
import { failure, type Origin } from "../origin.js";
import type { ByteReader } from "../stream.js";
import { DEFAULT_FIELDS, guarded, readObject } from "./record.js";

const DELIMITERS = [",", "\t", ";", "|"];
/** A header cell: a short column name, quoted or not. */
const HEADER_CELL = /^\s*(?:"[^"\n]{1,100}"|[^"\n]{1,100})\s*$/;
/** Column names a record takes its text from (the fields text and html are looked for in). */
const TEXT_COLUMNS: ReadonlySet<string> = new Set([...DEFAULT_FIELDS.text, ...DEFAULT_FIELDS.html].map((f) => f.toLowerCase()));
/** The field names records are read by, found by their lower case: a "Title" or "TEXT" column is read too. */
const FIELD_NAMES = new Map(Object.values(DEFAULT_FIELDS).flatMap((names) => names.map((n) => [n.toLowerCase(), n] as const)));

/** A row of data is read this far to find its cells (GDELT's GKG rows run to tens of KB). */
const MAX_FIRST_ROW = 64 * 1024;

const unquote = (cell: string) =>
  cell
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();

/**
 * The first row of a table: its line, the delimiter it holds most (at least once), and its cells.
 * `header` when they are column names; when one is a web address, the row is data (no column is
 * named so) and `link` is that column. Undefined when the line is neither.
 */
interface FirstRow {
  line: string;
  delimiter: string;
  cells: string[];
  header: boolean;
  link: number;
}

function firstRow(head: string): FirstRow | undefined {
  const line = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (line.length > MAX_FIRST_ROW || /^\s*[[{<]/.test(line)) return undefined;
  // Delimiters from the most frequent: a row of data is split by the one that leaves a web address
  // whole (a GKG row holds more ";" and "," inside its cells than tabs between them).
  const used = DELIMITERS.map((d) => ({ d, n: line.split(d).length - 1 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  if (used.length === 0) return undefined;
  for (const { d } of used) {
    const cells = line.split(d);
    const link = cells.findIndex((cell) => WEB_ADDRESS.test(unquote(cell)));
    if (link >= 0) return { line, delimiter: d, cells, header: false, link };
  }
  const delimiter = used[0]!.d;
  const cells = line.split(delimiter);
  return line.length <= 4096 && cells.every((cell) => HEADER_CELL.test(cell))
    ? { line, delimiter, cells, header: true, link: -1 }
    : undefined;
}

/**
 * Whether a headerless table opens `head`: its first two rows hold the same number of cells, at
 * least three, with a web address in the same column (one row is enough in a .csv or .tsv file).
 */
function isLinkTable(row: FirstRow, head: string, ext?: string): boolean {
  if (ext === "csv" || ext === "tsv") return true;
  const second = head.replace(/^\uFEFF/, "").split(/\r?\n/, 3)[1] ?? "";
  const cells = second.split(row.delimiter);
  return row.cells.length >= 3 && cells.length === row.cells.length && WEB_ADDRESS.test(unquote(cells[row.link]!));
}

/**
 * Whether a text opens as a CSV export: a header row of short column names, one of which a record
 * takes its text from ("text", "body", "content"...), or any header at all in a file named .csv or .tsv.
 */
export function looksLikeCsv(head: string, ext?: string): boolean {
  const row = firstRow(head);
  if (!row) return false;
  if (!row.header) return isLinkTable(row, head, ext);
  if (ext === "csv" || ext === "tsv") return true;
  return row.cells.some((cell) => TEXT_COLUMNS.has(unquote(cell).toLowerCase()));
}

/**
 * Whether an input read as an export (detected or `--kind jsonl`) is CSV rather than JSON: a
 * header row, and no JSON object on the next line (JSON Lines whose first line is broken).
 */
export function isCsv(head: Uint8Array): boolean {
  const text = Buffer.from(head.subarray(0, 8192)).toString("latin1");
  const second = text
    .split(/\r?\n/)
    .slice(1)
    .find((l) => l.trim() !== "");
  return firstRow(text) !== undefined && !/^\s*[{[]/.test(second ?? "");
}

/**
 * The parser's options for a table that opens with `first`; the column names (the header's, else
 * "url" for the link column and "column N" for the others) are put in `columns`.
 */
function options(first: FirstRow, maxRowChars: number, columns: string[]): Options {
  if (!first.header) columns.push(...first.cells.map((_, i) => (i === first.link ? "url" : `column ${i + 1}`)));
  return {
    columns: first.header
      ? (cells: string[]) => {
          columns.push(...cells.map((c) => FIELD_NAMES.get(c.trim().toLowerCase()) ?? c.trim()));
          return columns;
        }
      : columns,
    delimiter: first.delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: Math.min(maxRowChars, 2 ** 30),
    info: true,
  };
}

type Row = { record: Record<string, string>; info: { lines: number } };

/** Reads rows as records. */
class Rows {
  /** The header's column names, as the parser reads them. */
  readonly columns: string[] = [];
  private readonly name: string;
  private map?: Record<string, string>;

  constructor(
    private readonly origin: Origin,
    private readonly given: Record<string, string>,
    private readonly encoding: string,
    private readonly warnings: Warning[],
  ) {
    this.name = origin.path ?? "input";
  }

  read(row: Row): ReadResult[] {
    // A --map column is found in any case, as the fields are.
    this.map ??= Object.fromEntries(
      Object.entries(this.given).map(([k, v]) => [k, this.columns.find((c) => c.toLowerCase() === v.toLowerCase()) ?? v]),
    );
    const map = this.map;
    const where = `${this.name} line ${row.info.lines}`;
    const raw = Buffer.from(JSON.stringify(row.record));
    return guarded(where, this.origin, () => readObject(row.record, where, this.origin, map, raw, this.encoding, this.warnings));
  }

  /**
   * A fault the parser cannot read past (a quote never closed, a row over the size limit): after
   * it, where rows begin is unknown, so reading stops there, saying so.
   */
  fault(err: unknown): ReadResult {
    const line = Number((err as CsvError).lines);
    return failure(
      this.origin,
      "CORRUPT_RECORD",
      `${this.name}${line ? ` line ${line}` : ""}: ${(err as Error).message}; the rows from there on were not read`,
    );
  }
}

/** The rows of a CSV export held in memory, as records. */
export function* readCsv(bytes: Uint8Array, origin: Origin, map: Record<string, string>): Generator<ReadResult> {
  const decoded = decode(bytes);
  const first = firstRow(decoded.text);
  if (!first) return;
  const rows = new Rows(origin, map, decoded.encoding, decoded.warnings);
  const opts = options(first, decoded.text.length + 1, rows.columns);
  let all: Row[];
  let fault: unknown;
  try {
    all = parseAll(decoded.text, opts) as unknown as Row[];
  } catch (err) {
    // The rows before the fault are read again without it.
    fault = err;
    const line = Number((err as CsvError).lines);
    if (first.header) rows.columns.length = 0;
    all = line > 1 ? (parseAll(decoded.text, { ...opts, to_line: line - 1 }) as unknown as Row[]) : [];
  }
  for (const row of all) yield* rows.read(row);
  if (fault) yield rows.fault(fault);
}

/**
 * The rows of a CSV export as records, streamed: one row in memory at a time, a row over
 * `maxRowBytes` an error for that row. A column named as a field in another case ("Title") is that field.
 */
export async function* readCsvStream(
  reader: ByteReader,
  origin: Origin,
  map: Record<string, string>,
  maxRowBytes: number,
): AsyncGenerator<ReadResult> {
  await reader.fill(64 * 1024);
  // Decoded up to a line end, so that a character cut by the window does not look like a wrong encoding.
  const head = reader.peek(64 * 1024);
  const lineEnd = head.lastIndexOf(0x0a);
  const start = decode(lineEnd > 0 ? head.subarray(0, lineEnd) : head);
  const first = firstRow(start.text);
  if (!first) return;
  const rows = new Rows(origin, map, start.encoding, start.warnings);
  // Not destroyed on a fault, so the rows parsed before it are still read.
  const parser = parse({ ...options(first, maxRowBytes, rows.columns), autoDestroy: false } as Options);
  Readable.from(decodeChunks(reader.rest(), start.encoding)).pipe(parser);
  try {
    for await (const row of parser as AsyncIterable<Row>) yield* rows.read(row);
  } catch (err) {
    yield rows.fault(err);
  }
}
