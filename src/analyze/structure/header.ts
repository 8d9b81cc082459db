/**
 * The first line of a crawl page dump: " date 2023-05-24 World". Its label is either a section
 * name or the page's headline; which one is decided against the line that follows.
 */
import { fold, wordCount, type Line } from "./lines.js";

const HEADER = /^\uFEFF?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+|$)/;

export interface DumpHeader {
  date?: string;
  /** The label's offsets in the record text (absent when the header has none). */
  label?: { start: number; end: number; text: string };
  /** The "date YYYY-MM-DD" part's offsets. */
  stamp: { start: number; end: number };
}

/** A section label is short; a label longer than this is a headline even when not repeated. */
const MAX_SECTION_WORDS = 4;
const MAX_SECTION_CHARS = 40;
/** A cut-off label must keep at least this much of the headline to count as a repeat. */
const MIN_PREFIX = 20;

export function parseHeader(line: Line): DumpHeader | undefined {
  const m = HEADER.exec(line.text);
  if (!m) return undefined;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const stampEnd = line.start + m[0].trimEnd().length;
  const header: DumpHeader = { stamp: { start: line.start, end: stampEnd } };
  if (valid) header.date = `${m[1]}-${m[2]}-${m[3]}`;
  const labelStart = line.start + m[0].length;
  if (labelStart < line.end) header.label = { start: labelStart, end: line.end, text: line.text.slice(m[0].length) };
  return header;
}

/**
 * What the label is: the headline printed again on the next line ("repeated"), the headline
 * printed only here ("headline"), or a section name ("section").
 */
export function labelRole(label: string, next: string | undefined): "repeated" | "headline" | "section" {
  const a = fold(label).replace(/\s*(?:\.\.\.|…)$/, "");
  if (next !== undefined) {
    const b = fold(next);
    if (a === b || (a.length >= MIN_PREFIX && b.startsWith(a)) || (b.length >= MIN_PREFIX && a.startsWith(b))) return "repeated";
  }
  return looksLikeSection(label) ? "section" : "headline";
}

export function looksLikeSection(label: string): boolean {
  return label.length <= MAX_SECTION_CHARS && wordCount(label) <= MAX_SECTION_WORDS && !/(?:[!?]|\p{Ll}{3}\.)["'”’]?$/u.test(label);
}
