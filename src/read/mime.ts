/** The header block that e-mail messages (RFC 5322) and MIME files such as MHTML open with. */

/** A field name: printable ASCII but the colon. */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

export interface HeaderBlock {
  /** Field values by lower-case name, folded lines joined and runs of space collapsed. */
  headers: Map<string, string>;
  /** Where the body begins, after the blank line. */
  body: number;
  /** Whether every line is a field (a name, then a colon) or a continuation of one. */
  clean: boolean;
}

/** The header block at the start of `s` (up to its blank line, looked for in the first 64 KB), or undefined. */
export function headerBlock(s: string): HeaderBlock | undefined {
  const m = /\r?\n\r?\n/.exec(s.slice(0, 64 * 1024));
  if (!m) return undefined;
  const headers = new Map<string, string>();
  let clean = true;
  // Folded lines (a continuation starts with space or tab) belong to the field above.
  for (const line of s.slice(0, m.index).split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(":");
    if (colon <= 0 || !FIELD_NAME.test(line.slice(0, colon))) clean = false;
    if (colon > 0)
      headers.set(
        line.slice(0, colon).trim().toLowerCase(),
        line
          .slice(colon + 1)
          .replace(/\s+/g, " ")
          .trim(),
      );
  }
  return { headers, body: m.index + m[0].length, clean };
}
