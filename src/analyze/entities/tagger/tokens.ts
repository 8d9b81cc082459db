import type { Token } from "../../../text/types.js";

const POSSESSIVE = /^(.*[\p{L}\p{N}])(['’][sS])$/u;
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u; // "U.S" before its final dot
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen sen rep gov lt col capt sgt maj adm cmdr st mt ft jr sr inc corp co ltd bros no vs jan feb mar apr aug sep sept oct nov dec".split(
    " ",
  ),
);

/** Typographic quotes as the training data writes them: ’ ‘ as ', “ ” „ as ". */
const TYPOGRAPHIC = /[‘’“”„]/g;
const STRAIGHT: Record<string, string> = { "‘": "'", "’": "'", "“": '"', "”": '"', "„": '"' };
const straight = (text: string) => text.replace(TYPOGRAPHIC, (q) => STRAIGHT[q]!);

/**
 * Re-cuts the caller's tokens the way the training data (CoNLL-2003) is tokenised: a possessive 's becomes its own
 * token ("Musk's" -> "Musk" "'s"), an abbreviation followed directly by "." takes the dot ("U.S" "." -> "U.S.",
 * "Mr" "." -> "Mr.", "F" "." -> "F."), and typographic quotes read as straight ones ("Trump’s" is "Trump" "'s":
 * the 1996 training text has no curly quotes). Offsets stay those of the text. Linear in the number of tokens.
 */
export function trainingTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && next.start === t.end && next.text === "." && isAbbreviation(t.text)) {
      out.push({ start: t.start, end: next.end, text: t.text + "." });
      i++;
      continue;
    }
    const x = t.text;
    const apostrophe = x.length > 2 ? x.charCodeAt(x.length - 2) : 0;
    const m = (apostrophe === 39 || apostrophe === 0x2019) && x.length < 64 ? POSSESSIVE.exec(x) : null;
    if (m) {
      const cut = t.start + m[1]!.length;
      out.push({ start: t.start, end: cut, text: straight(m[1]!) }, { start: cut, end: t.end, text: straight(m[2]!) });
      continue;
    }
    const plain = straight(x);
    out.push(plain === x ? t : { ...t, text: plain });
  }
  return out;
}

function isAbbreviation(text: string): boolean {
  if (text.length === 1) return text >= "A" && text <= "Z";
  return text.length <= 5 && (INITIALISM.test(text) || ABBREVIATIONS.has(text.toLowerCase()));
}
