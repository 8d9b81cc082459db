/**
 * Publisher choice: the name the site gives itself. JSON-LD's publisher and og:site_name usually
 * agree; where they do not, the one that names the page's host wins (a syndicated story's
 * "Associated Press" or a misfilled tagline against "The Gateway Pundit" on thegatewaypundit.com).
 * With neither, the `<title>`'s site part ("… | Tarkett", "… - The New York Times") is the
 * publisher when it names the host.
 */
import { normKey } from "./text.js";
import { SEPARATORS } from "./title-parts.js";

/** Words a site name may carry that its address leaves out ("Ironhack Blog", "Yeti LLC"). */
const SKIPPABLE = new Set(["the", "of", "and", "for", "a", "on", "in"]);
/** A site name has at most this many words; longer parts are headlines or taglines. */
const MAX_NAME_WORDS = 6;
/** Characters read of a candidate name; a longer one is no site name and is not split into words. */
const MAX_NAME_CHARS = 120;

/**
 * Whether `name` spells `label`: word for word ("Washington Post" / washingtonpost), with a suffix
 * the address leaves out ("Ironhack Blog" / ironhack), cut short by the address ("Encore Realty" /
 * encorerealtysc), or with leading words as initials ("New York Times" / nytimes, "Wall Street
 * Journal" / wsj).
 */
export function namesLabel(name: string, label: string): boolean {
  if (name.length > MAX_NAME_CHARS) return false;
  const words = normKey(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length || words.length > MAX_NAME_WORDS || label.length < 3) return false;
  const whole = words.join("");
  const bare = words[0] === "the" ? words.slice(1).join("") : whole;
  for (const w of [whole, bare]) {
    if (w === label || (label.length >= 4 && w.startsWith(label)) || (w.length >= 5 && label.startsWith(w))) return true;
  }
  return spells(words, label);
}

/** Whether the words, each whole, as its initial, or (if a small word) left out, make `label`. */
function spells(words: readonly string[], label: string): boolean {
  // reach[i] holds the label positions reachable after the first i words.
  let reach = new Set([0]);
  for (const w of words) {
    const next = new Set<number>();
    for (const at of reach) {
      if (label.startsWith(w, at)) next.add(at + w.length);
      if (label[at] === w[0]) next.add(at + 1);
      if (SKIPPABLE.has(w)) next.add(at);
    }
    if (!next.size) return false;
    reach = next;
  }
  return reach.has(label.length);
}

/**
 * The part of `value` that names the host: an edge part between separators ("LinkNaija | Nigeria's
 * news platform", "Title - The New York Times"), else, for a site name, the whole value.
 */
function hostPart(value: string, label: string, whole: boolean): string | undefined {
  for (const sep of SEPARATORS) {
    const parts = value.split(sep);
    if (parts.length < 2) continue;
    const edge = [parts[parts.length - 1]!, parts[0]!].find((p) => namesLabel(p, label));
    if (edge) return edge.trim();
  }
  return whole && namesLabel(value, label) ? value.trim() : undefined;
}

export interface PublisherCandidates {
  /** JSON-LD's publisher name. */
  jsonLd?: string;
  /** og:site_name, application-name and kin, in order of trust. */
  siteMeta: readonly string[];
  /** The page's `<title>`. */
  title?: string;
}

/** `label`: the page host's registered label (`siteLabel`), when the page has an address. */
export function choosePublisher(c: PublisherCandidates, label: string | undefined): string | undefined {
  const stated = c.jsonLd ?? c.siteMeta[0];
  if (!label) return stated;
  for (const v of [c.jsonLd, ...c.siteMeta]) {
    const part = v ? hostPart(v, label, true) : undefined;
    if (part) return part;
  }
  // A title is a headline first: only a part set off by a separator can be the site's name.
  return stated ?? (c.title ? hostPart(c.title, label, false) : undefined);
}
