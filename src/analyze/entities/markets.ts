import type { Doc } from "./regions.js";

/** First words of stock market indexes: "S&P 500", "Nikkei 225", "Dow Jones Industrial Average". */
const INDEX_FIRST = new Set([
  "s&p",
  "nasdaq",
  "dow",
  "nikkei",
  "ftse",
  "dax",
  "cac",
  "hang",
  "stoxx",
  "topix",
  "kospi",
  "sensex",
  "nifty",
  "bovespa",
  "ibex",
  "russell",
  "msci",
]);
/** Index names that, alone, are the index and nothing else ("the Dow fell"; "Nasdaq" and "S&P" are also companies). */
const INDEX_ALONE = new Set(["dow", "nikkei", "ftse", "dax", "topix", "kospi", "sensex", "nifty", "bovespa", "ibex", "stoxx", "hang seng"]);
const INDEX_LAST = /\s(average|index|composite)$|\d$/;

/**
 * Where a stock market index named by words [a, b) ends, its number included ("S&P" + " 500"), or -1 when
 * the words name no index. Indexes are MISC, as CoNLL types the Nikkei, the Dow and the FTSE.
 */
export function marketIndexEnd(doc: Doc, a: number, b: number): number {
  const w = doc.words;
  const name = doc.text
    .slice(w[a]!.start, w[b - 1]!.end)
    .toLowerCase()
    .replace(/\s+/g, " ");
  if (!INDEX_FIRST.has(name.split(" ")[0]!)) return -1;
  if (b < w.length && /^\d{2,4}$/.test(w[b]!.text) && w[b]!.start === w[b - 1]!.end + 1 && doc.regionOf[b] === doc.regionOf[a])
    return b + 1;
  return INDEX_LAST.test(name) || INDEX_ALONE.has(name) ? b : -1;
}
