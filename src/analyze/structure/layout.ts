/**
 * The layout classifier for line-oriented text (crawl page dumps and plain text): one pass over
 * the lines, each read by small bounded matchers, so the cost is linear in the text.
 *
 *   header     " date 2023-05-24 World"               meta (date; section or headline)
 *   headline   the next line (dumps) / a title-like first line (plain text)
 *   standfirst lines between the headline and the byline or timestamp (dumps only)
 *   byline, timestamps, captions, credits, noise      wherever they appear
 *   body       everything else
 */
import type { Block, BlockRole, Metadata } from "../../model/record.js";
import { parseByline, parseBylineSegments } from "./byline.js";
import { splitCaption } from "./captions.js";
import { inlineCreditStart, isCreditLine } from "./credits.js";
import { parseDateline } from "./dateline.js";
import { labelRole, parseHeader } from "./header.js";
import { looksLikeHeadline } from "./headline.js";
import { fold, splitLines, wordCount, type Line } from "./lines.js";
import { isNoise } from "./noise.js";
import { clockPrefix, isClockLine, parseStampLine, type Stamps } from "./stamps.js";
import { findTimestamp } from "./timestamps.js";

/** Lines longer than this are body without being tested for furniture. */
const MAX_FURNITURE = 600;
/** Lines longer than this are kept as body and reported (LONG_LINE). */
export const LONG_LINE = 100_000;
/** Lines classified; the text past them is one body block (TOO_MANY_LINES). */
export const MAX_LINES = 2_000_000;
/** A section-like header label of at least this many words, followed by a byline, is the headline. */
const MIN_HEADLINE_LABEL_WORDS = 3;
/** How many lines after the headline the byline zone (standfirst, byline, caption) may span. */
const ZONE_LINES = 8;
/** The byline or timestamp must come within this many lines after the headline for a standfirst. */
const MAX_STANDFIRST_LINES = 2;
/** ...and article text must follow it within this many lines (else it was a trailing stamp). */
const BODY_AFTER_ZONE = 6;

export type LayoutMetadata = Omit<Partial<Metadata>, "language">;

export interface Layout {
  blocks: Block[];
  metadata: LayoutMetadata;
  /** Lines over LONG_LINE characters (kept as body). */
  longLines: number;
  /** The text had more than MAX_LINES lines; the rest is one body block. */
  tooManyLines: boolean;
}

interface Piece {
  role: BlockRole;
  start: number;
  end: number;
}

interface Furniture {
  pieces: Piece[];
  kind: "noise" | "stamp" | "byline" | "credit" | "caption";
  stamps?: Stamps;
  byline?: { byline: string; authors: string[] };
}

function whole(line: Line, role: BlockRole): Piece[] {
  return [{ role, start: line.start, end: line.end }];
}

/** Reads one line as page furniture, or returns undefined for article text. */
function furniture(line: Line, inZone: boolean, nextIsStamp: boolean): Furniture | undefined {
  const s = line.text;
  if (s.length > MAX_FURNITURE) return undefined;
  if (isNoise(s)) return { kind: "noise", pieces: whole(line, "meta") };
  const stamps = parseStampLine(s);
  if (stamps) return { kind: "stamp", pieces: whole(line, "meta"), stamps };
  if (isClockLine(s)) return { kind: "stamp", pieces: whole(line, "meta") };
  const credit = (): Furniture | undefined => (isCreditLine(s) ? { kind: "credit", pieces: whole(line, "credit") } : undefined);
  const byline = (): Furniture | undefined => {
    const by = parseByline(s, inZone && nextIsStamp);
    if (!by) return undefined;
    const pieces: Piece[] = [{ role: "byline", start: line.start, end: line.start + by.end }];
    const f: Furniture = { kind: "byline", pieces, byline: { byline: by.byline, authors: by.authors } };
    if (by.restStart !== undefined) {
      pieces.push({ role: "meta", start: line.start + by.restStart, end: line.end });
      const rest = s.slice(by.restStart);
      const stamps = parseStampLine(rest, true);
      const ts = stamps?.published || stamps?.updated ? undefined : findTimestamp(rest);
      f.stamps = ts ? { published: ts } : (stamps ?? {});
    }
    return f;
  };
  const found = inZone ? (byline() ?? credit()) : (credit() ?? byline());
  if (found) return found;
  const segmented = parseBylineSegments(s);
  if (segmented) {
    const at = (a: number, b: number): Piece[] => {
      const m = /^[\s|•·/,;–—-]*([\s\S]*?)[\s|•·/,;–—-]*$/.exec(s.slice(a, b))!;
      const start = line.start + a + m[0].indexOf(m[1]!);
      return m[1] ? [{ role: "meta", start, end: start + m[1].length }] : [];
    };
    return {
      kind: "byline",
      pieces: [
        ...at(0, segmented.start),
        { role: "byline", start: line.start + segmented.start, end: line.start + segmented.end },
        ...at(segmented.end, s.length),
      ],
      byline: { byline: segmented.byline, authors: segmented.authors },
      stamps: parseStampLine(s, true) ?? {},
    };
  }
  const cap = splitCaption(s);
  if (cap) {
    const pieces: Piece[] = [];
    if (cap.caption) pieces.push({ role: "caption", start: line.start + cap.caption[0], end: line.start + cap.caption[1] });
    if (cap.credit) pieces.push({ role: "credit", start: line.start + cap.credit[0], end: line.start + cap.credit[1] });
    return { kind: cap.caption ? "caption" : "credit", pieces };
  }
  return undefined;
}

/** Collects blocks (trimmed, in document order) and the metadata they give. */
class Builder {
  readonly blocks: Block[] = [];
  readonly metadata: LayoutMetadata = {};
  /** The calendar date of the first publication stamp, for texts without a dump header. */
  stampDate: string | undefined;
  constructor(private readonly text: string) {}

  add(role: BlockRole, start: number, end: number): Block | undefined {
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    if (end <= start) return undefined;
    const block: Block = { start, end, text: this.text.slice(start, end), role };
    this.blocks.push(block);
    return block;
  }

  addFurniture(f: Furniture): void {
    for (const p of f.pieces) this.add(p.role, p.start, p.end);
    const m = this.metadata;
    if (f.byline && m.byline === undefined) {
      m.byline = f.byline.byline;
      m.authors = f.byline.authors;
    }
    if (f.stamps?.published) m.published ??= f.stamps.published.iso;
    if (f.stamps?.updated) m.updated ??= f.stamps.updated.iso;
    if (f.stamps?.published) this.stampDate ??= f.stamps.published.date;
  }
}

/**
 * `known` is the headline the reader already has (a JSONL field, a feed): then only a line that is
 * that headline (compared folded) becomes the headline block, never a line that merely looks like one.
 */
export function classifyLines(text: string, kind: "dump" | "text", known?: string): Layout {
  const lines = splitLines(text, MAX_LINES);
  const isStampAt = (j: number) => j < lines.length && (parseStampLine(lines[j]!.text) !== undefined || isClockLine(lines[j]!.text));
  const out = new Builder(text);
  const m = out.metadata;
  let i = 0;
  let longLines = 0;

  // Header and headline.
  const header = lines[0] ? parseHeader(lines[0]) : undefined;
  const dump = kind === "dump" || header !== undefined;
  const knownFolded = known ? fold(known) : undefined;
  /** With the reader's headline only the line that is it qualifies; otherwise the line's look decides. */
  const isHeadline = (s: string, looks: () => boolean) => (knownFolded !== undefined ? fold(s) === knownFolded : looks());
  let headlineDone = false;
  if (header) {
    i = 1;
    if (header.date) m.date = header.date;
    let next = i;
    while (next < lines.length && isNoise(lines[next]!.text)) next++;
    const label = header.label;
    let role = label ? labelRole(label.text, lines[next]?.text) : "section";
    // A short headline can look like a section name; a byline right after the header gives it away.
    if (label && role === "section" && wordCount(label.text) >= MIN_HEADLINE_LABEL_WORDS && next < lines.length) {
      const f = furniture(lines[next]!, true, isStampAt(next + 1));
      if (f && (f.kind === "byline" || f.kind === "stamp")) role = "headline";
    }
    if (label && role === "headline" && isHeadline(label.text, () => true)) {
      out.add("meta", header.stamp.start, header.stamp.end);
      out.add("headline", label.start, label.end);
      m.headline = label.text;
      headlineDone = true;
    } else {
      out.add("meta", lines[0]!.start, lines[0]!.end);
      if (label && role === "section") m.section = label.text;
    }
    if (!headlineDone && next < lines.length) {
      for (; i < next; i++) out.add("meta", lines[i]!.start, lines[i]!.end);
      const h = lines[next]!;
      if (isHeadline(h.text, () => (role === "repeated" || looksLikeHeadline(h.text, true)) && !furniture(h, true, false))) {
        out.add("headline", h.start, h.end);
        m.headline = h.text;
        i = next + 1;
        headlineDone = true;
      }
    }
  } else if (
    lines.length > 1 &&
    isHeadline(lines[0]!.text, () => looksLikeHeadline(lines[0]!.text, false) && !furniture(lines[0]!, true, false))
  ) {
    out.add("headline", lines[0]!.start, lines[0]!.end);
    m.headline = lines[0]!.text;
    i = 1;
    headlineDone = true;
  }

  // The byline zone right after the headline: a standfirst is what precedes its first furniture.
  const zoneEnd = headlineDone ? Math.min(lines.length, i + ZONE_LINES) : i;
  if (dump && headlineDone) {
    let first = -1;
    for (let j = i; j < Math.min(zoneEnd, i + MAX_STANDFIRST_LINES + 1); j++) {
      const f = furniture(lines[j]!, true, isStampAt(j + 1));
      if (f && (f.kind === "byline" || f.kind === "stamp")) {
        first = j;
        break;
      }
    }
    let bodyAfter = false;
    for (let k = first + 1; first > i && k < Math.min(lines.length, first + 1 + BODY_AFTER_ZONE) && !bodyAfter; k++) {
      bodyAfter = !furniture(lines[k]!, true, false);
    }
    if (first > i && bodyAfter) {
      const parts: string[] = [];
      for (; i < first; i++) {
        const l = lines[i]!;
        if (isNoise(l.text)) {
          out.add("meta", l.start, l.end);
          continue;
        }
        out.add("standfirst", l.start, l.end);
        parts.push(l.text);
      }
      if (parts.length) m.standfirst = parts.join(" ");
    }
  }

  // Everything else: furniture where recognised, body otherwise.
  let bodySeen = false;
  let lastBody: { block: Block; line: number } | undefined;
  const mergeParagraphs = !dump && lines.some((l, j) => j > 0 && l.blankBefore);
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const inZone = !bodySeen && i < zoneEnd;
    const f = furniture(line, inZone, inZone && isStampAt(i + 1));
    if (f) {
      out.addFurniture(f);
      continue;
    }
    if (line.text.length > LONG_LINE && !line.rest) longLines++;
    let start = line.start;
    const end = line.end;
    const clock = clockPrefix(line.text);
    if (clock) {
      out.add("meta", start, start + clock);
      start += clock;
    }
    const creditAt = inlineCreditStart(line.text);
    const bodyEnd = creditAt > 0 ? line.start + creditAt : end;
    if (!bodySeen && !m.dateline) {
      const d = parseDateline(text.slice(start, Math.min(bodyEnd, start + 200)));
      if (d) m.dateline = { ...(d.place ? { place: d.place } : {}), ...(d.agency ? { agency: d.agency } : {}) };
    }
    bodySeen = true;
    if (mergeParagraphs && lastBody && lastBody.line === i - 1 && !line.blankBefore && !clock) {
      lastBody.block.end = bodyEnd; // its text is cut once, after the loop
      lastBody.line = i;
    } else {
      const b = out.add("body", start, bodyEnd);
      if (b) lastBody = { block: b, line: i };
    }
    if (creditAt > 0) {
      out.add("credit", bodyEnd, end);
      lastBody = undefined;
    }
  }
  if (mergeParagraphs) for (const b of out.blocks) if (b.text.length !== b.end - b.start) b.text = text.slice(b.start, b.end);
  if (!m.date && out.stampDate) m.date = out.stampDate;
  return { blocks: out.blocks, metadata: m, longLines, tooManyLines: lines[lines.length - 1]?.rest === true };
}
