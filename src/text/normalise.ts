/**
 * Offset-preserving normalisation: a normalised copy of a text for matching, plus the mapping back
 * to the original. The original (the record's `text`) is never changed; callers match on
 * `normalised.text` and turn offsets back with `toOriginal`.
 *
 * What changes (one pass, linear): typographic quotes and primes become ASCII quotes, hyphen variants
 * become "-" and dash variants (en, em, figure dash, bar, minus) "—" (a hyphen joins the words around
 * it, a dash separates them: "well-known" but "pet—and"), the Unicode spaces (NBSP, thin space, ...) become " ", CR and CRLF become "\n",
 * full-width ASCII becomes ASCII, Latin ligatures expand ("ﬁ" -> "fi"); zero-width spaces, word
 * joiners, BOMs and soft hyphens are removed. ZWJ and ZWNJ stay: they carry meaning in Persian,
 * Indic scripts and emoji.
 */
export interface Normalised {
  /** The normalised text. */
  readonly text: string;
  /** True when the normalised text equals the original (the mapping is the identity). */
  readonly identity: boolean;
  /** Maps a half-open [start, end) range over the normalised text to the range over the original. */
  toOriginal(start: number, end: number): [number, number];
}

const SINGLE: Record<string, string> = {};
for (const c of "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4") SINGLE[c] = "'";
for (const c of "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb") SINGLE[c] = '"';
for (const c of "\u2010\u2011\ufe63") SINGLE[c] = "-";
for (const c of "\u2012\u2013\u2015\u2212\ufe58") SINGLE[c] = "\u2014";
for (const c of "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000") SINGLE[c] = " ";
for (const c of "\u2028\u2029\u0085") SINGLE[c] = "\n";
for (const c of "\u200b\u2060\ufeff\u00ad") SINGLE[c] = "";
const LIGATURES: Record<string, string> = {
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
  "\ufb05": "st",
  "\ufb06": "st",
};

/** Every character that normalisation changes; a text without any is returned as is. */
const NEEDS =
  /[\r\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2013\u2015\u2212\ufe58\ufe63\uff01-\uff5e\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\u2028\u2029\u0085\u2060\ufeff\u00ad\ufb00-\ufb06]/;

function replacement(text: string, i: number): string | undefined {
  const c = text[i]!;
  if (c === "\r") return "\n";
  const single = SINGLE[c];
  if (single !== undefined) return single;
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return LIGATURES[c];
}

export function normalise(text: string): Normalised {
  if (!NEEDS.test(text)) {
    return { text, identity: true, toOriginal: (start, end) => [start, end] };
  }
  const parts: string[] = [];
  // starts[i] / ends[i]: the original range that normalised character i came from.
  // Ligatures expand up to three characters, so only then can the normalised text be longer.
  const capacity = /[\ufb00-\ufb06]/.test(text) ? text.length * 3 + 1 : text.length + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const rep = replacement(text, i);
    if (rep === undefined) continue;
    let width = 1;
    if (text[i] === "\r" && text[i + 1] === "\n") width = 2;
    // Copy the unchanged run before i.
    for (let j = runStart; j < i; j++, n++) {
      starts[n] = j;
      ends[n] = j + 1;
    }
    if (runStart < i) parts.push(text.slice(runStart, i));
    for (let k = 0; k < rep.length; k++, n++) {
      starts[n] = i;
      ends[n] = i + width;
    }
    parts.push(rep);
    i += width - 1;
    runStart = i + 1;
  }
  for (let j = runStart; j < text.length; j++, n++) {
    starts[n] = j;
    ends[n] = j + 1;
  }
  parts.push(text.slice(runStart));
  const normalised = parts.join("");
  const length = normalised.length;
  return {
    text: normalised,
    identity: false,
    toOriginal(start, end) {
      const s = start >= length ? text.length : starts[start]!;
      const e = end <= 0 ? s : end > length ? text.length : ends[end - 1]!;
      return [s, Math.max(s, e)];
    },
  };
}
