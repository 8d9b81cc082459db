/**
 * Place names a byline prints after the names ("By Nada Tawfik, BBC News, New York", "PTI,
 * Washington"): countries, states, regions and cities of 100,000 people or more, from the
 * project's own gazetteer files (data/), read once on first use.
 */
import { list, readTsv } from "../../../knowledge/tsv.js";

/** Cities smaller than this are left out: more of their names are also people's. */
const MIN_CITY_POPULATION = 100_000;

let places: Set<string> | undefined;

function load(): Set<string> {
  const out = new Set<string>();
  for (const r of readTsv("countries.tsv")) for (const n of [r.name!, ...list(r.aliases)]) out.add(n.toLowerCase());
  for (const r of readTsv("places.tsv")) {
    if (r.kind === "city" && Number(r.population) < MIN_CITY_POPULATION) continue;
    for (const n of [r.name!, ...list(r.aliases)]) out.add(n.toLowerCase());
  }
  return out;
}

/** Whether `name` is, as a whole, the name of a place. */
export function isPlaceName(name: string): boolean {
  places ??= load();
  return places.has(name.trim().toLowerCase());
}
