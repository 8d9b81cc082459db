import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GAZ_CLASSES } from "../../src/analyze/entities/tagger/gazetteer.js";

const require = createRequire(import.meta.url);
const bit = (name: (typeof GAZ_CLASSES)[number]) => 1 << GAZ_CLASSES.indexOf(name);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  city: string;
  city_ascii: string;
  province: string;
  pop: number;
}

/** Continents, seas and other broad places (general knowledge, written here). */
const PLACES = [
  "Africa",
  "Asia",
  "Europe",
  "North America",
  "South America",
  "Latin America",
  "Antarctica",
  "Oceania",
  "Australasia",
  "Middle East",
  "Near East",
  "Far East",
  "Central Asia",
  "South Asia",
  "Southeast Asia",
  "East Asia",
  "Asia-Pacific",
  "Eastern Europe",
  "Western Europe",
  "Central Europe",
  "Balkans",
  "Caucasus",
  "Scandinavia",
  "Sahara",
  "Sahel",
  "Gulf",
  "Persian Gulf",
  "Arabian Peninsula",
  "Mediterranean",
  "Atlantic",
  "Pacific",
  "Indian Ocean",
  "Arctic",
  "Caribbean",
  "Black Sea",
  "Baltic",
  "Red Sea",
  "South China Sea",
  "East China Sea",
  "Caspian",
  "Horn of Africa",
  "West Bank",
  "Gaza",
  "Gaza Strip",
  "Golan Heights",
  "Kashmir",
  "Siberia",
  "Himalayas",
  "Alps",
  "Andes",
  "Amazon",
  "Midwest",
  "New England",
  "Silicon Valley",
  "Wall Street",
];

/** Lower-cased, whitespace-normalised phrase keys as the gazetteer matches them. */
export const phraseKey = (s: string) => s.toLowerCase().replace(/\d/g, "0").trim().split(/\s+/).join(" ");

/** Builds the gazetteer table (phrase -> class bits) from installed packages and the PETRARCH2 lexicons (MIT). */
export function buildGazetteer(lexiconDir: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (phrase: string, b: number) => {
    const key = phraseKey(phrase);
    if (key.length < 2 || key.split(" ").length > 6) return;
    out.set(key, (out.get(key) ?? 0) | b);
  };
  const countries = require("world-countries") as Country[];
  for (const c of countries) {
    add(c.name.common, bit("country"));
    add(c.name.official, bit("country"));
    for (const alt of c.altSpellings) if (alt.length > 3 || /\./.test(alt)) add(alt, bit("country"));
    for (const cap of c.capital ?? []) add(cap, bit("city"));
    if (c.demonyms?.eng) {
      add(c.demonyms.eng.m, bit("demonym"));
      add(c.demonyms.eng.f, bit("demonym"));
    }
  }
  const cities = (require("city-timezones") as { cityMapping: City[] }).cityMapping;
  for (const c of cities) {
    if (c.pop >= 20000) {
      add(c.city, bit("city"));
      add(c.city_ascii, bit("city"));
    }
    if (c.province) add(c.province, bit("region"));
  }
  for (const p of PLACES) add(p, bit("place"));
  readPetrarch(join(lexiconDir, "Phoenix.International.actors.txt"), add);
  readPetrarch(join(lexiconDir, "Phoenix.MilNonState.actors.txt"), add);
  readPetrarch(join(lexiconDir, "Phoenix.Countries.actors.txt"), add);
  return out;
}

const TITLES =
  /^(MR|MRS|MS|DR|PRESIDENT|PRIME|MINISTER|SENATOR|SEN|REP|GOVERNOR|GOV|GENERAL|GEN|KING|QUEEN|PRINCE|SHEIKH|SHEIK|CHAIRMAN|SECRETARY|AMBASSADOR|JUDGE|MAYOR|COLONEL|COL|FORMER|DEPUTY|VICE|FOREIGN|DEFENSE|DEFENCE|THE)\.?$/;

/**
 * PETRARCH actor files: an entry is a `NAME_WITH_UNDERSCORES` line, `+SYNONYM` lines and `[CODE date-date]` lines
 * (on the name line or indented below). Entries with dated codes are people (titled synonyms dropped); entries with
 * a sector code (GOV, MIL, IGO, ...) or from the group files are organisations; bare country codes are places.
 */
function readPetrarch(path: string, add: (phrase: string, b: number) => void): void {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return;
  }
  const groupFile = !/Countries/.test(path);
  let names: string[] = [];
  let codes = "";
  let countryInfo = false;
  const flush = () => {
    if (names.length) {
      const person = countryInfo || /\d{6}/.test(codes);
      const sector = /\[[A-Z]{3}[A-Z]{3}/.test(codes) || /\[(IGO|NGO|IMG|MNC)/.test(codes);
      for (const name of names) {
        const words = name.split(" ");
        if (words.some((w) => !/^[A-Z][A-Z.'\-]*$/.test(w))) continue;
        if (person) {
          if (words.length < 2 || words.length > 4 || TITLES.test(words[0]!)) continue;
          add(name, bit("person"));
          if (words[0]!.length > 2 && !words[0]!.includes(".")) add(words[0]!, bit("first"));
        } else if (groupFile || sector) {
          if (words.length >= 2 || (words[0]!.length >= 2 && words[0]!.length <= 6)) add(name, bit("org"));
        } else add(name, bit("region"));
      }
    }
    names = [];
    codes = "";
    countryInfo = false;
  };
  for (const raw of text.split("\n")) {
    const comment = raw.indexOf("#");
    const line = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
    if (!line || line.startsWith("<") || line.startsWith("!")) continue;
    const codeAt = line.indexOf("[");
    const namePart = (codeAt >= 0 ? line.slice(0, codeAt) : line).trim();
    const codePart = codeAt >= 0 ? line.slice(codeAt) : "";
    if (!namePart) {
      codes += codePart;
      continue;
    }
    const synonym = namePart.startsWith("+");
    if (!synonym) flush();
    if (!synonym && comment >= 0 && /CountryInfo/.test(raw.slice(comment))) countryInfo = true;
    names.push(namePart.replace(/^\+/, "").replace(/_/g, " ").trim());
    codes += codePart;
  }
  flush();
}
