import { isUpper, scanWords, type Word } from "./words.js";

export const GAZ_KINDS = ["country", "org", "demonym", "region", "group", "event", "city", "state", "person"] as const;
/** What a phrase names. Earlier kinds win when two entries share a phrase ("Georgia": country over state). */
export type GazKind = (typeof GAZ_KINDS)[number];

export interface GazEntry {
  /** Stable within one load: `country:JP`, `org:NATO`, `city:Tokyo:JP`. */
  id: string;
  kind: GazKind;
  /** Canonical name: "United States", "NATO", "Japanese". */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  cameo?: string;
  /** For organisations: alliance, union, bloc, agency... (drives "the alliance" coreference). */
  orgKind?: string;
  population?: number;
  /** Office holders: the period of the latest office in the source (YYYY-MM-DD, either may be empty). */
  from?: string;
  to?: string;
}

export interface Phrase {
  entry: GazEntry;
  /** The phrase is an acronym ("NATO", "U.S."): the text must be upper case too. */
  acronym: boolean;
  words: number;
}

export interface GazMatch {
  /** The number of words matched. */
  words: number;
  phrase: Phrase;
}

/** Phrases longer than this are not matched (keeps matching linear). */
export const MAX_PHRASE_WORDS = 10;

/**
 * Phrase lookup over words: a hash map from normalised word sequences to entries, tried only where
 * the first word starts some phrase, longest first. Linear in the number of words.
 */
export class Gazetteer {
  private readonly phrases = new Map<string, Phrase>();
  /** Every proper prefix of every phrase, so a match attempt stops as soon as no phrase can continue. */
  private readonly prefixes = new Set<string>();

  add(surface: string, entry: GazEntry): void {
    const words = scanWords(surface);
    if (!words.length || words.length > MAX_PHRASE_WORDS) return;
    const key = words.map((w) => w.key).join(" ");
    const prev = this.phrases.get(key);
    if (prev && !outranks(entry, prev.entry)) return;
    this.phrases.set(key, { entry, acronym: isUpper(surface) && words.length === 1, words: words.length });
    let prefix = words[0]!.key;
    for (let i = 1; i < words.length; i++) {
      this.prefixes.add(prefix);
      prefix += ` ${words[i]!.key}`;
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  lookup(key: string): Phrase | undefined {
    return this.phrases.get(key);
  }

  /** The longest phrase starting at word `i`, or undefined. */
  matchAt(words: readonly Word[], i: number): GazMatch | undefined {
    let key = words[i]!.key;
    let best: GazMatch | undefined;
    for (let n = 1; ; n++) {
      const phrase = this.phrases.get(key);
      if (phrase) best = { words: n, phrase };
      if (n >= MAX_PHRASE_WORDS || i + n >= words.length || !this.prefixes.has(key)) return best;
      key += ` ${words[i + n]!.key}`;
    }
  }
}

function outranks(a: GazEntry, b: GazEntry): boolean {
  const ra = GAZ_KINDS.indexOf(a.kind);
  const rb = GAZ_KINDS.indexOf(b.kind);
  if (ra !== rb) return ra < rb;
  return (a.population ?? 0) > (b.population ?? 0);
}
