/**
 * Offline knowledge loaded once, lazily, from data/: countries (names, demonyms), places (cities,
 * states, regions), groups, named events, international organisations and office holders, as one phrase gazetteer.
 */
import { Gazetteer, type GazEntry } from "./gazetteer.js";
import { list, readTsv } from "./tsv.js";
import { ARABIC_ARTICLES } from "./words.js";

export { Gazetteer, type GazEntry, type GazKind, type GazMatch, type Phrase } from "./gazetteer.js";
export { ARABIC_ARTICLES, scanWords, phraseKey, wordKey, isUpper, isCapitalised, type Word } from "./words.js";

export interface Knowledge {
  gazetteer: Gazetteer;
  /** Country entries by ISO alpha-2. */
  countries: Map<string, GazEntry>;
}

let cached: Knowledge | undefined;

/** A lower-case Arabic article written apart inside a name ("al Assad"). */
const ARTICLE_SPACE = new RegExp(`(^|\\s)(${ARABIC_ARTICLES}) (?=\\p{Lu})`, "gu");

export function loadKnowledge(dir?: string): Knowledge {
  if (cached && !dir) return cached;
  const gazetteer = new Gazetteer();
  const countries = new Map<string, GazEntry>();
  for (const r of readTsv("countries.tsv", dir)) {
    const code = r.code!;
    const country: GazEntry = { id: `country:${code}`, kind: "country", name: r.name!, country: code, cameo: r.iso3 };
    countries.set(code, country);
    for (const n of [r.name!, ...list(r.aliases)]) gazetteer.add(n, country);
    const demonyms = list(r.demonyms);
    if (demonyms.length) {
      const norp: GazEntry = { id: `norp:${code}`, kind: "demonym", name: demonyms[0]!, country: code };
      for (const d of demonyms) gazetteer.add(d, norp);
    }
  }
  for (const r of readTsv("places.tsv", dir)) {
    const kind = r.kind as "city" | "state" | "region";
    const country = r.country || undefined;
    const entry: GazEntry = { id: `${kind}:${r.name}:${r.country}`, kind, name: r.name!, population: Number(r.population) || 0 };
    if (country) entry.country = country;
    for (const n of [r.name!, ...list(r.aliases)]) gazetteer.add(n, entry);
  }
  // Named things listed with their forms: groups (NORP) and events (MISC).
  for (const [file, kind] of [
    ["groups.tsv", "group"],
    ["events.tsv", "event"],
  ] as const) {
    for (const r of readTsv(file, dir)) {
      const entry: GazEntry = { id: `${kind}:${r.name}`, kind, name: r.name! };
      for (const f of list(r.forms)) gazetteer.add(f, entry);
    }
  }
  for (const r of readTsv("orgs.tsv", dir)) {
    const entry: GazEntry = { id: `org:${r.name}`, kind: "org", name: r.name!, orgKind: r.kind || "organisation" };
    if (r.cameo) entry.cameo = r.cameo;
    if (r.country) entry.country = r.country;
    for (const n of [r.name!, ...list(r.aliases)]) gazetteer.add(n, entry);
  }
  for (const r of readTsv("people.tsv", dir)) {
    const entry: GazEntry = { id: `person:${r.name}`, kind: "person", name: r.name!, country: r.country!, cameo: r.cameo! };
    if (r.from) entry.from = r.from;
    if (r.to) entry.to = r.to;
    gazetteer.add(r.name!, entry);
    // The source writes "Bashar al Assad"; news mostly joins the article: "Bashar al-Assad".
    const joined = r.name!.replace(ARTICLE_SPACE, "$1$2-");
    if (joined !== r.name) gazetteer.add(joined, entry);
  }
  const k = { gazetteer, countries };
  if (!dir) cached = k;
  return k;
}
