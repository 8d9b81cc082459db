import { hashString } from "./hash.js";

/** Everything the features need about one token string, computed once per distinct string. */
export interface WordInfo {
  word: number;
  lower: number;
  shape: number;
  short: number;
  /** Lower-cased prefixes and suffixes of length 1..4 (0 where the word is shorter). */
  affix: Int32Array;
  /** Cluster ids, fine then coarse; 0 = unknown word. */
  fine: number;
  coarse: number;
  /** How often the word is capitalised mid-sentence in unlabelled news, binned 1..5; 0 = unknown word. */
  capBin: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Has a letter and no lower-case letter. */
  upper: boolean;
  /** Has a lower-case letter. */
  hasLower: boolean;
  lowerText: string;
}

/** Word-cluster ids for lower-cased words (learned from unlabelled news, shipped with the model). */
export interface Clusters {
  get(lower: string): number | undefined;
}

/** Packs the fine cluster id (bits 0-15), the coarse id (16-23) and the capitalisation bin (24-27). */
export function packCluster(fine: number, coarse: number, capBin: number): number {
  return (((capBin & 0xf) << 24) | ((coarse & 0xff) << 16) | (fine & 0xffff)) >>> 0;
}

function charClass(c: number, ch: string): number {
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 48 && c <= 57) return 100; // d
  if (c < 128) return c; // punctuation keeps itself
  if (ch.toLowerCase() !== ch) return 88;
  if (ch.toUpperCase() !== ch) return 120;
  if (c >= 0xd800 && c <= 0xdfff) return 83; // S: surrogate half (emoji, rare scripts)
  return 111; // o: other (uncased letters, symbols)
}

/** Word shape with runs capped at 2 ("Xxx", "dd-dd"), at most 8 chars; and with runs collapsed ("Xx", "d-d"). */
export function shapes(s: string): [string, string] {
  let long = "";
  let short = "";
  let prev = -1;
  let run = 0;
  for (let i = 0; i < s.length && long.length < 8; i++) {
    const cls = charClass(s.charCodeAt(i), s[i]!);
    if (cls === prev) run++;
    else {
      run = 1;
      prev = cls;
      short += String.fromCharCode(cls);
    }
    if (run <= 2) long += String.fromCharCode(cls);
  }
  if (s.length > 24) long += "+";
  return [long, short];
}

const MAX_CACHE = 50_000;
/** Caches WordInfo per token string; bounded so a long-running process does not grow without end. */
export class WordTable {
  private cache = new Map<string, WordInfo>();
  constructor(private readonly clusters: Clusters) {}

  get(text: string): WordInfo {
    let info = this.cache.get(text);
    if (info) return info;
    info = this.build(text);
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(text, info);
    return info;
  }

  private build(raw: string): WordInfo {
    // Very long "tokens" (text without spaces) are cut: features only look at the ends anyway.
    const text = raw.length > 64 ? raw.slice(0, 32) + raw.slice(-32) : raw;
    const lowerText = text.toLowerCase();
    const norm = lowerText.replace(/\d/g, "0");
    const [long, short] = shapes(text);
    const affix = new Int32Array(8);
    for (let k = 1; k <= 4; k++) {
      if (norm.length > k) {
        affix[k - 1] = hashString(norm.slice(0, k));
        affix[3 + k] = hashString(norm.slice(-k));
      }
    }
    const cl = this.clusters.get(norm) ?? 0;
    const first = text.charCodeAt(0);
    const hasLower = lowerText !== text.toUpperCase() && text !== text.toUpperCase();
    const hasLetter = lowerText !== text.toUpperCase();
    return {
      word: hashString(text.replace(/\d/g, "0")),
      lower: hashString(norm),
      shape: hashString(long),
      short: hashString(short),
      affix,
      fine: cl & 0xffff,
      coarse: (cl >>> 16) & 0xff,
      capBin: (cl >>> 24) & 0xf,
      cap: (first >= 65 && first <= 90) || (first > 127 && text[0]!.toLowerCase() !== text[0]),
      upper: hasLetter && !hasLower,
      hasLower,
      lowerText: norm,
    };
  }
}
