/**
 * Repair of double-encoded UTF-8 ("mojibake"): text that was UTF-8, decoded once as Latin-1 or Windows-1252
 * and encoded again, so that "’" reads "â€™" or "â" plus two invisible C1 controls, and "é" reads "Ã©".
 * The repair is conservative: only sequences that decode back to one Latin letter, a general punctuation
 * mark (quotes, dashes, ellipsis), "€", "™" or an emoji are replaced, and only when the text holds a C1
 * control or a Windows-1252 sign right after a lead character, or "Ã"/"Â" before a Latin-1 sign, which
 * well-formed text never does.
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
/** Leads of the 2-byte forms of Latin-1 and Latin Extended-A letters, of 3-byte punctuation and 4-byte emoji. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00C5]${CONT}|\\u00E2${CONT}{2}|\\u00F0${CONT}{3}`, "g");
/** Quick test: a lead followed by a C1 control or a Windows-1252 sign, or "Â"/"Ã" before a Latin-1 sign ("Ã©"). */
const SUSPECT = new RegExp(
  `[\\u00C2-\\u00C5\\u00E2\\u00F0][\\u0080-\\u009F${Object.keys(CP1252).join("")}]|[\\u00C2\\u00C3][\\u00A0-\\u00BF]`,
);
const STRICT = new TextDecoder("utf-8", { fatal: true });

function plausible(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x2000 && cp <= 0x206f) || cp === 0x20ac || cp === 0x2122 || cp >= 0x1f000;
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

/** The text with double-encoded UTF-8 sequences repaired, and how many were. Linear in the text's length. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  if (!SUSPECT.test(text)) return { text, repaired: 0 };
  let repaired = 0;
  const out = text.replace(SEQUENCE, (seq) => {
    const fixed = repairOne(seq);
    if (fixed !== seq) repaired++;
    return fixed;
  });
  return { text: out, repaired };
}
