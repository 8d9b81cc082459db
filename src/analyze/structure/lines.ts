/** Lines of the record text as trimmed spans; blank lines are dropped but remembered. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the text) comes right before this one. */
  blankBefore: boolean;
  /** The rest of the text, left unsplit past the line limit. */
  rest?: true;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);

/**
 * Splits on \n, \r\n and \r in one pass, trimming each line's span (never the text). Past `max`
 * lines the rest of the text is one last line marked `rest`: a text of millions of short lines would
 * otherwise hold an object per line and give a record too large to write.
 */
export function splitLines(text: string, max = Infinity): Line[] {
  const lines: Line[] = [];
  let blank = true;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let eol = pos;
    while (eol < n) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    let s = pos;
    let e = eol;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s && lines.length === max - 1) {
      let end = n;
      while (end > s && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
      lines.push({ start: s, end, text: text.slice(s, end), blankBefore: blank, rest: true });
      break;
    }
    if (e > s) {
      lines.push({ start: s, end: e, text: text.slice(s, e), blankBefore: blank });
      blank = false;
    } else {
      blank = true;
    }
    if (eol >= n) break;
    pos = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  return lines;
}

/** Case-, quote- and space-insensitive form for comparing a header label with a headline. */
export function fold(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** Number of whitespace-separated words, counting at most `cap` (so it stays cheap on long text). */
export function wordCount(s: string, cap = 200): number {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(s) && n < cap) n++;
  return n;
}
