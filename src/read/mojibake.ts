/**
 * Repair of double-encoded UTF-8 ("mojibake"): text that was UTF-8, decoded once as Latin-1 or Windows-1252
 * and encoded again, so that "’" reads "â€™" or "â" plus two invisible C1 controls, and "é" reads "Ã©".
 * The repair is conservative: only sequences that decode back to one Latin letter, a punctuation mark or
 * symbol of U+2000-U+2BFF (quotes, dashes, "€", "™", "℃", arrows, "⭐"), an emoji or its variation selector are replaced, and only
 * when the text holds a C1 control or a Windows-1252 sign right after a lead character, or "Ã"/"Â" before a
 * Latin-1 sign, which well-formed text never does.
 *
 * In HTML the repair runs before the parser, so it reads characters written as character references
 * too: a page that escaped its mojibake ("isn&acirc;&euro;&trade;t") would otherwise reach the text whole.
 * A C1 control left on its own ("we\u0092re") is a Windows-1252 byte read as Latin-1, and is read as
 * Windows-1252 ("we’re"), as browsers read a numeric reference to one.
 */

/** Windows-1252 signs for the bytes 0x80-0x9F. */
const CP1252: Readonly<Record<string, number>> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
const CONT = `[\\u0080-\\u00BF${Object.keys(CP1252).join("")}]`;
/** Leads of the 2-byte forms of Latin-1 and Latin Extended-A letters, of 3-byte punctuation, symbols and variation selectors, and of 4-byte emoji. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00C5]${CONT}|[\\u00E2\\u00EF]${CONT}{2}|\\u00F0${CONT}{3}`, "g");
/** Quick test: a lead followed by a C1 control or a Windows-1252 sign, or "Â"/"Ã" before a Latin-1 sign ("Ã©"). */
const SUSPECT = new RegExp(
  `[\\u00C2-\\u00C5\\u00E2\\u00EF\\u00F0][\\u0080-\\u009F${Object.keys(CP1252).join("")}]|[\\u00C2\\u00C3][\\u00A0-\\u00BF]`,
);
const STRICT = new TextDecoder("utf-8", { fatal: true });

/** Latin letters and signs, punctuation and symbols up to the CJK blocks, and emoji. */
function plausible(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp >= 0x1f000;
}

/** HTML's names for the characters a sequence is made of: its leads, the Latin-1 signs and the Windows-1252 signs. */
const REFERENCE_NAMES: ReadonlyMap<string, string> = new Map([
  ...["Acirc", "Atilde", "Auml", "Aring", "acirc", "iuml", "eth"].map(
    (n, i) => [n, "\u00C2\u00C3\u00C4\u00C5\u00E2\u00EF\u00F0"[i]!] as const,
  ),
  ..."nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
    .split(" ")
    .map((n, i) => [n, String.fromCharCode(0xa0 + i)] as const),
  ..."euro sbquo fnof bdquo hellip dagger Dagger circ permil Scaron lsaquo OElig Zcaron lsquo rsquo ldquo rdquo bull ndash mdash tilde trade scaron rsaquo oelig zcaron Yuml"
    .split(" ")
    .map((n, i) => [n, Object.keys(CP1252)[i]!] as const),
]);
/** A character reference, or a character a sequence may hold. */
const TOKEN = `&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});|[\\u0080-\\u00FF${Object.keys(CP1252).join("")}]`;
const TOKENS = new RegExp(TOKEN, "g");
const RUN = new RegExp(`(?:${TOKEN}){2,}`, "g");
/** Quick test for a reference to a lead character. */
const LEAD_REFERENCE = /&(?:acirc|atilde|auml|aring|iuml|eth|#0*(?:19[4-7]|226|239|240)|#x0*(?:c[2-5]|e2|ef|f0));/i;
/** Stands for a reference to a character no sequence holds. */
const OTHER = "\uFFFF";

/** The character a token stands for, if a sequence may hold it. */
function tokenChar(token: string): string {
  if (token[0] !== "&") return token;
  const ref = token.slice(1, -1);
  if (ref[0] !== "#") return REFERENCE_NAMES.get(ref) ?? OTHER;
  const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  const c = String.fromCodePoint(Math.min(cp, 0x10ffff));
  return (cp >= 0x80 && cp <= 0xff) || c in CP1252 ? c : OTHER;
}

function repairOne(seq: string): string {
  const bytes = new Uint8Array(seq.length);
  for (let i = 0; i < seq.length; i++) {
    const c = seq.charCodeAt(i);
    bytes[i] = c < 0x100 ? c : CP1252[seq[i]!]!;
  }
  try {
    const out = STRICT.decode(bytes);
    const cp = out.codePointAt(0)!;
    return [...out].length === 1 && plausible(cp) ? out : seq;
  } catch {
    return seq;
  }
}

/** Repairs the sequences in `text`; `written(from, to)` is how its characters from..to are written in the source. */
function repairSequences(
  text: string,
  written: (from: number, to?: number) => string = (from, to) => text.slice(from, to),
): { text: string; repaired: number } {
  let repaired = 0;
  let out = "";
  let last = 0;
  for (const m of text.matchAll(SEQUENCE)) {
    const fixed = repairOne(m[0]);
    if (fixed === m[0]) continue;
    repaired++;
    out += written(last, m.index) + fixed;
    last = m.index + m[0].length;
  }
  return { text: out + written(last), repaired };
}

/** Sequences written with character references, each run of references read as the characters it stands for. */
function repairReferences(html: string): { text: string; repaired: number } {
  if (!LEAD_REFERENCE.test(html)) return { text: html, repaired: 0 };
  let repaired = 0;
  const text = html.replace(RUN, (run) => {
    if (!run.includes("&")) return run;
    const pieces = run.match(TOKENS)!;
    const chars = pieces.map(tokenChar).join("");
    if (!SUSPECT.test(chars)) return run;
    const r = repairSequences(chars, (from, to) => pieces.slice(from, to).join(""));
    repaired += r.repaired;
    return r.text;
  });
  return { text, repaired };
}

/**
 * C1 controls after a character outside Latin-1 ("we\u0092re"), read as Windows-1252. One after a
 * Latin-1 character belongs to a sequence, repaired or not ("×\u0091" in Hebrew read as Latin-1).
 */
const LONE_C1 = /(?<![\u0080-\u00FF])[\u0080-\u009F]/g;
const CP1252_SIGN: readonly string[] = Object.entries(CP1252).reduce<string[]>((a, [sign, byte]) => {
  a[byte - 0x80] = sign;
  return a;
}, []);

function repairLoneC1(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(LONE_C1, (c) => {
    const sign = CP1252_SIGN[c.charCodeAt(0) - 0x80];
    if (sign) repaired++;
    return sign ?? c;
  });
  return { text: out, repaired };
}

/**
 * The text with double-encoded UTF-8 sequences and lone C1 controls repaired, and how many were; `html`:
 * the text is HTML source, where characters may be written as references. Linear in the text's length.
 */
export function repairMojibake(text: string, html = false): { text: string; repaired: number } {
  const refs = html ? repairReferences(text) : { text, repaired: 0 };
  const seqs = SUSPECT.test(refs.text) ? repairSequences(refs.text) : { text: refs.text, repaired: 0 };
  const c1 = repairLoneC1(seqs.text);
  return { text: c1.text, repaired: refs.repaired + seqs.repaired + c1.repaired };
}
