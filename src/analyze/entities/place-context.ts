/**
 * The words around a name that say it is a place, whatever the tagger read: the story's dateline
 * ("SAN FRANCISCO (Reuters) -", "LONDON/LOS ANGELES"), a comma and a state after it ("Warren, Michigan,"),
 * a legislator's party-and-home tag ("(R-Charlotte)").
 */
import { isCapitalised, isUpper, type Knowledge } from "../../knowledge/index.js";
import type { Doc } from "./regions.js";
import type { NerSpan } from "./tagger/types.js";

/** What follows a dateline's place: the agency in brackets, the country, the dash before the story, or "/" and another place. */
const DATELINE_NEXT = new Set(["(", ",", "-", "—", "–", "/"]);

/** Words in a place name of a slashed dateline ("RIO DE JANEIRO"). */
const MAX_PLACE_WORDS = 4;

/** Word a opens a line, or follows "PLACE/" that does ("LONDON/LOS ANGELES (Reuters) -"). */
function opensLine(doc: Doc, a: number, first: number): boolean {
  const w = doc.words;
  const newlineBefore = (i: number) => doc.text.slice(w[i - 1]!.end, w[i]!.start).includes("\n");
  const capitalsBefore = (i: number) => i > first && isUpper(w[i - 1]!.text) && /^\p{L}/u.test(w[i - 1]!.text) && !newlineBefore(i);
  for (let hops = 0; hops < 4; hops++) {
    if (a === first || newlineBefore(a)) return true;
    if (w[a - 1]!.text !== "/" || a - 2 < first || !isUpper(w[a - 2]!.text)) return false;
    a -= 2;
    // Back over the rest of that place's name (a few words, so the walk stays short on hostile text).
    for (let n = 0; n < MAX_PLACE_WORDS && capitalsBefore(a); n++) a--;
  }
  return false;
}

/** "SAN FRANCISCO (Reuters) -", "KHASAVYURT, Russia": an ALL-CAPS name opening a line of prose is its dateline's place. */
export function datelinePlace(doc: Doc, a: number, b: number): boolean {
  const region = doc.regions[doc.regionOf[a]!]!;
  if (region.style !== "normal" || !opensLine(doc, a, region.first)) return false;
  const name = doc.text.slice(doc.words[a]!.start, doc.words[b - 1]!.end);
  if (!isUpper(name) || !/\p{Lu}{2}/u.test(name)) return false;
  return b < region.last && DATELINE_NEXT.has(doc.words[b]!.text);
}

/**
 * "Warren, Michigan, facility", "Kokomo, Indiana.": a short name before a comma and a state that ends the
 * phrase is a place in that state, whether the tagger took it for a place, a person or an organisation. A state
 * followed by a name or a possessive ("Smith, Texas' attorney general") says nothing.
 */
export function placeBeforeState(doc: Doc, a: number, b: number, type: NerSpan["type"], k: Knowledge): boolean {
  const w = doc.words;
  if (!(type === "PER" ? b - a === 1 : (type === "ORG" || type === "LOC") && b - a <= 2)) return false;
  if (b + 1 >= w.length || w[b]!.text !== "," || doc.regionOf[b + 1] !== doc.regionOf[a]) return false;
  const m = k.gazetteer.matchAt(w, b + 1);
  if (!m || m.phrase.entry.kind !== "state" || !isCapitalised(w[b + 1]!.text)) return false;
  const after = w[b + 1 + m.words];
  return !after || doc.regionOf[b + 1 + m.words] !== doc.regionOf[a] || [",", ".", ";", ")"].includes(after.text);
}

/**
 * Where the place of a party-and-home tag ("(R-Charlotte)", ", D-N.Y.,") starts, when word i is the tag's
 * party letter or its place; -1 when there is no such tag.
 */
export function partyHome(doc: Doc, i: number): number {
  const w = doc.words;
  const tag = (p: number) =>
    p >= 1 &&
    p + 2 < w.length &&
    (w[p - 1]!.text === "(" || w[p - 1]!.text === ",") &&
    /^[RDI]$/.test(w[p]!.text) &&
    w[p + 1]!.text === "-" &&
    w[p + 1]!.start === w[p]!.end &&
    w[p + 2]!.start === w[p + 1]!.end;
  if (tag(i)) return i + 2;
  if (tag(i - 2)) return i;
  return -1;
}
