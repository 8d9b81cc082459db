/**
 * Rebuilds the lexicon files in data/ from installed npm packages (`world-countries`, `city-timezones`)
 * and the petrarch2 actor dictionaries (MIT) in ../shared/eval/lexicons/petrarch2, plus the small
 * hand-written lists below. Run: `npx tsx scripts/build-knowledge.ts [PETRARCH_DIR]`.
 * Output is sorted and deterministic; data/README.md states sources and licences.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { COMPANIES } from "./knowledge/companies.js";
import { DIVISIONS } from "./knowledge/divisions.js";
import { US_STATES } from "./knowledge/us-states.js";
import { parseActors, type ActorEntry } from "./petrarch-actors.js";

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const petrarch = process.argv[2] ?? resolve(root, "../shared/eval/lexicons/petrarch2");
const out = join(root, "data");

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}
interface City {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
}

/** Names news uses that the packages lack (hand-written for newsgraph). */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ["U.S.", "U.S.A.", "America", "United States of America"],
  GB: ["Britain", "U.K.", "United Kingdom"],
  KR: ["Korea", "Republic of Korea", "ROK"],
  KP: ["DPRK", "Democratic People's Republic of Korea"],
  CN: ["PRC", "People's Republic of China", "Mainland China"],
  RU: ["Russian Federation"],
  AE: ["UAE", "U.A.E."],
  CZ: ["Czech Republic", "Czechia"],
  NL: ["Holland"],
  CD: ["DR Congo", "DRC"],
  CI: ["Ivory Coast"],
  MM: ["Burma"],
  TR: ["Turkey", "Türkiye"],
  VA: ["Vatican"],
  SY: ["Syria"],
  IR: ["Iran"],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ["British", "Briton", "Britons", "English", "Scottish", "Welsh"],
  US: ["American", "Americans"],
  KR: ["South Korean", "South Koreans", "Korean", "Koreans"],
  KP: ["North Korean", "North Koreans"],
  NL: ["Dutch"],
  PH: ["Filipino", "Filipinos", "Philippine"],
  NZ: ["New Zealander", "New Zealanders", "Kiwi"],
  TW: ["Taiwanese"],
  CZ: ["Czech"],
  SA: ["Saudi", "Saudis"],
};
/** Regions, continents, seas (LOC). */
const REGIONS = [
  "Africa",
  "Asia",
  "Europe",
  "North America",
  "South America",
  "Latin America",
  "Central America",
  "Antarctica",
  "Oceania",
  "Australasia",
  "Middle East",
  "Near East",
  "Far East",
  "Asia-Pacific",
  "Asia Pacific",
  "Indo-Pacific",
  "Central Asia",
  "South Asia",
  "Southeast Asia",
  "South-East Asia",
  "East Asia",
  "Northeast Asia",
  "West Asia",
  "West Africa",
  "East Africa",
  "North Africa",
  "Southern Africa",
  "Central Africa",
  "Sub-Saharan Africa",
  "Sahel",
  "Horn of Africa",
  "Caribbean",
  "Balkans",
  "Caucasus",
  "Scandinavia",
  "Eurasia",
  "Persian Gulf",
  "Arctic",
  "Antarctic",
  "Mediterranean",
  "Pacific",
  "Atlantic",
  "Pacific Ocean",
  "Atlantic Ocean",
  "Indian Ocean",
  "Arctic Ocean",
  "South China Sea",
  "East China Sea",
  "Black Sea",
  "Baltic",
  "Baltic Sea",
  "Red Sea",
  "North Sea",
  "Caspian Sea",
  "Sea of Japan",
  "Yellow Sea",
  "Arabian Sea",
  "Taiwan Strait",
  "Strait of Hormuz",
  "Korean Peninsula",
  "Western Europe",
  "Eastern Europe",
  "Central Europe",
  "Northern Europe",
  "Southern Europe",
  "Global South",
  "Western Balkans",
  "Nordic",
  "Himalayas",
  "Amazon",
  "Levant",
  "Maghreb",
  "Gulf of Aden",
  "Gulf of Mexico",
  // US regions news names bare
  "Midwest",
  "West Coast",
  "East Coast",
  "Gulf Coast",
  "Pacific Northwest",
  "New England",
  "Great Plains",
  "Deep South",
  "Rust Belt",
  "Sun Belt",
  "Appalachia",
  "Great Lakes",
  "Silicon Valley",
];
/** Groups that are not nationalities (NORP). */
const GROUPS = [
  ["Muslim", "Muslims"],
  ["Christian", "Christians"],
  ["Jewish", "Jew", "Jews"],
  ["Hindu", "Hindus"],
  ["Buddhist", "Buddhists"],
  ["Sikh", "Sikhs"],
  ["Catholic", "Catholics"],
  ["Protestant", "Protestants"],
  ["Sunni", "Sunnis"],
  ["Shia", "Shiite", "Shiites", "Shi'ite"],
  ["Democrat", "Democrats", "Democratic"],
  ["Republican", "Republicans"],
  ["Arab", "Arabs"],
  ["Kurdish", "Kurd", "Kurds"],
  ["European", "Europeans"],
  ["Asian", "Asians"],
  ["African", "Africans"],
  ["Latino", "Latinos", "Latina", "Latinas"],
  ["Hispanic", "Hispanics"],
  ["Black", "Blacks"],
  ["African American", "African Americans", "African-American", "African-Americans"],
  ["Asian American", "Asian Americans", "Asian-American", "Asian-Americans"],
  ["Western", "Westerners"],
  ["Uyghur", "Uyghurs", "Uighur", "Uighurs"],
  ["Tamil", "Tamils"],
  ["Pashtun", "Pashtuns"],
  ["Rohingya"],
  ["Conservative", "Conservatives"],
  ["Communist", "Communists"],
];
/** Named events, holidays and awards news names bare (MISC): the tagger, trained on 1996 text, reads many as people. */
const EVENTS = [
  ["Super Tuesday"],
  ["Black Friday"],
  ["Cyber Monday"],
  ["Brexit"],
  ["Olympics", "Olympic Games", "Summer Olympics", "Winter Olympics", "Paralympics", "Paralympic Games"],
  ["World Cup", "FIFA World Cup"],
  ["Super Bowl"],
  ["Oscars", "Academy Awards"],
  ["Grammys", "Grammy Awards"],
  ["Nobel Peace Prize"],
  ["Holocaust"],
  ["Cold War"],
  ["Arab Spring"],
  ["Great Depression"],
  ["Great Recession"],
  ["Christmas", "Christmas Day", "Christmas Eve"],
  ["Easter"],
  ["Good Friday"],
  ["Ramadan"],
  ["Eid", "Eid al-Fitr", "Eid al-Adha"],
  ["Hanukkah"],
  ["Passover"],
  ["Yom Kippur"],
  ["Rosh Hashanah"],
  ["Diwali"],
  ["Thanksgiving"],
  ["Halloween"],
  ["Mardi Gras"],
  ["New Year's Day", "New Year's Eve"],
  ["Lunar New Year", "Chinese New Year"],
];
/** International organisations news names most; `kind` drives nominal coreference ("the alliance"). */
const ORGS: { name: string; aliases: string[]; kind: string }[] = [
  { name: "NATO", aliases: ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "N.A.T.O."], kind: "alliance" },
  { name: "United Nations", aliases: ["UN", "U.N."], kind: "organisation" },
  {
    name: "UN Security Council",
    aliases: ["United Nations Security Council", "U.N. Security Council", "UNSC", "Security Council"],
    kind: "council",
  },
  { name: "European Union", aliases: ["EU", "E.U."], kind: "union" },
  { name: "European Commission", aliases: [], kind: "commission" },
  { name: "ASEAN", aliases: ["Association of Southeast Asian Nations", "Association of South East Asian Nations"], kind: "bloc" },
  { name: "G7", aliases: ["G-7", "Group of Seven"], kind: "group" },
  { name: "G20", aliases: ["G-20", "Group of 20", "Group of Twenty"], kind: "group" },
  { name: "SCO", aliases: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"], kind: "bloc" },
  { name: "BRICS", aliases: [], kind: "bloc" },
  { name: "African Union", aliases: ["AU"], kind: "union" },
  { name: "OPEC", aliases: ["Organization of the Petroleum Exporting Countries"], kind: "cartel" },
  { name: "International Monetary Fund", aliases: ["IMF"], kind: "fund" },
  { name: "World Bank", aliases: [], kind: "bank" },
  { name: "World Health Organization", aliases: ["WHO", "World Health Organisation"], kind: "agency" },
  { name: "World Trade Organization", aliases: ["WTO", "World Trade Organisation"], kind: "organisation" },
  { name: "International Atomic Energy Agency", aliases: ["IAEA"], kind: "agency" },
  { name: "OSCE", aliases: ["Organization for Security and Co-operation in Europe"], kind: "organisation" },
  { name: "APEC", aliases: ["Asia-Pacific Economic Cooperation"], kind: "forum" },
  { name: "Quad", aliases: ["Quadrilateral Security Dialogue"], kind: "alliance" },
  { name: "AUKUS", aliases: [], kind: "alliance" },
  { name: "CSTO", aliases: ["Collective Security Treaty Organization"], kind: "alliance" },
  { name: "Gulf Cooperation Council", aliases: ["GCC"], kind: "bloc" },
  { name: "Arab League", aliases: ["League of Arab States"], kind: "league" },
  { name: "Interpol", aliases: [], kind: "agency" },
  { name: "International Criminal Court", aliases: ["ICC"], kind: "court" },
  { name: "European Central Bank", aliases: ["ECB"], kind: "bank" },
  { name: "Federal Reserve", aliases: ["Fed"], kind: "bank" },
  { name: "UNESCO", aliases: [], kind: "agency" },
  { name: "UNICEF", aliases: [], kind: "agency" },
  { name: "Red Cross", aliases: ["International Committee of the Red Cross", "ICRC"], kind: "organisation" },
  { name: "Mercosur", aliases: [], kind: "bloc" },
  { name: "Warsaw Pact", aliases: [], kind: "alliance" },
];

const tsv = (rows: string[][]) => rows.map((r) => r.map((c) => String(c).replace(/[\t\n]/g, " ")).join("\t")).join("\n") + "\n";
const isLatin = (s: string) => /^[\p{Script=Latin}\p{N}\s.'’\-(),&]+$/u.test(s);
/** Plural of a demonym: Americans, Israelis; none for Chinese, French, Swiss. */
const plural = (d: string) => (/(ese|ish|ch|ss|sh|s|x)$/i.test(d) ? [] : [`${d}s`]);
const SMALL = new Set(["of", "the", "for", "and", "on", "in", "de", "la", "du", "des", "van", "von", "bin", "al"]);
/** PETRARCH names are upper case: "FUMIO KISHIDA" -> "Fumio Kishida", "BAN KI-MOON" -> "Ban Ki-Moon". */
const ACRONYMS = new Set(["un", "eu", "us", "uk", "ec"]);
const titleCase = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu, (w, i: number) =>
      ACRONYMS.has(w) ? w.toUpperCase() : i > 0 && SMALL.has(w) ? w : w[0]!.toUpperCase() + w.slice(1),
    );

/**
 * Demonyms shared by several countries ("American": US and four territories) belong to the one
 * independent country using it, or to the country the hand list gives it to; else to none.
 */
/** The English demonyms of a country; a two-part country lists both in one string ("Bosnian, Herzegovinian"). */
function englishDemonyms(c: WorldCountry): string[] {
  const eng = c.demonyms?.eng;
  return (eng ? [eng.m, eng.f] : []).flatMap((d) => (d ? d.split(/,\s*/) : [])).filter(Boolean);
}

function demonymOwners(all: WorldCountry[]): Map<string, string | undefined> {
  const users = new Map<string, WorldCountry[]>();
  for (const c of all) {
    for (const d of new Set(englishDemonyms(c))) users.set(d, [...(users.get(d) ?? []), c]);
  }
  const owners = new Map<string, string | undefined>();
  for (const [d, cs] of users) {
    const independent = cs.filter((c) => c.independent);
    owners.set(d, cs.length === 1 ? cs[0]!.cca2 : independent.length === 1 ? independent[0]!.cca2 : undefined);
  }
  for (const [code, ds] of Object.entries(EXTRA_DEMONYMS)) for (const d of ds) owners.set(d, code);
  return owners;
}

/** News writes Saint as "St" or "St." ("St Lucia", "St. Petersburg") and the reverse: the other spellings of a name. */
function saintForms(name: string): string[] {
  const m = /^(Saint|St\.?) (.+)$/.exec(name);
  return m ? ["Saint", "St", "St."].filter((w) => w !== m[1]).map((w) => `${w} ${m[2]}`) : [];
}

function countries(all: WorldCountry[]) {
  const rows: string[][] = [];
  const owners = demonymOwners(all);
  for (const c of all) {
    // Alternative spellings: acronyms (USA, UAE) and several-word names only; single words there are
    // often demonyms or other languages' names ("Thai", "Saudi", "Dominique", "Nippon").
    const alt = c.altSpellings.filter((a) => isLatin(a) && (/^[A-Z]{3,}$/.test(a) || (a.includes(" ") && a.length > 2)));
    const names = new Set<string>([c.name.official, ...alt]);
    for (const n of EXTRA_COUNTRY_NAMES[c.cca2] ?? []) names.add(n);
    for (const n of [c.name.common, ...names]) for (const form of saintForms(n)) names.add(form);
    names.delete(c.name.common);
    const dem = new Set<string>();
    for (const d of englishDemonyms(c)) if (owners.get(d) === c.cca2) for (const x of [d, ...plural(d)]) dem.add(x);
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) dem.add(d);
    rows.push([
      c.cca2,
      c.name.common,
      [...names].filter((n) => !n.includes(",")).join("|"),
      [...dem].join("|"),
      c.cca3,
      (c.capital ?? [])[0] ?? "",
    ]);
  }
  rows.sort((a, b) => a[0]!.localeCompare(b[0]!));
  return [["code", "name", "aliases", "demonyms", "iso3", "capital"], ...rows];
}

/**
 * Every city of the package (small ones only type and place the tagger's spans; the stage proposes
 * cities of its own only above a million people), and states/provinces of the larger cities.
 */
const MIN_CITY_POP = 0;
const MIN_STATE_CITY_POP = 500_000;
/** From this population a city keeps a name it shares with a division in DIVISIONS or a US state. */
const DIVISION_CITY_POP = 1_000_000;
function places(cities: City[], all: WorldCountry[]) {
  const capitals = new Set(all.map((c) => `${c.cca2}:${(c.capital ?? [])[0] ?? ""}`));
  const countryNames = new Set(all.map((c) => c.name.common.toLowerCase()));
  const rows = new Map<string, string[]>();
  const divisionNames = new Set([...DIVISIONS, ...US_STATES].map(([name]) => name.toLowerCase()));
  for (const c of cities) {
    if (typeof c.city !== "string" || typeof c.province !== "string") continue;
    const capital = capitals.has(`${c.iso2}:${c.city}`);
    // A city outranks a division of the same name, so only a large one may keep it ("Wales", a US village of 99, and
    // "Virginia", a Minnesota town, may not; New York and Washington do).
    const divisionName = divisionNames.has(c.city.toLowerCase()) && c.pop < DIVISION_CITY_POP;
    if ((c.pop >= MIN_CITY_POP || capital) && isLatin(c.city) && !countryNames.has(c.city.toLowerCase()) && !divisionName) {
      const key = `city:${c.city}:${c.iso2}`;
      const prev = rows.get(key);
      if (!prev || Number(prev[3]) < c.pop)
        rows.set(key, [c.city, "city", c.iso2, String(Math.round(c.pop)), saintForms(c.city).join("|")]);
    }
    if (c.pop >= MIN_STATE_CITY_POP && c.province && isLatin(c.province) && !countryNames.has(c.province.toLowerCase())) {
      rows.set(`state:${c.province}:${c.iso2}`, [c.province, "state", c.iso2, "0", ""]);
    }
  }
  for (const [name, ...abbreviations] of US_STATES) rows.set(`state:${name}:US`, [name, "state", "US", "0", abbreviations.join("|")]);
  for (const [name, country, ...aliases] of DIVISIONS) {
    rows.set(`state:${name}:${country}`, [name, "state", country, "0", aliases.join("|")]);
  }
  for (const r of REGIONS) rows.set(`region:${r}`, [r, "region", "", "0", ""]);
  const sorted = [...rows.values()].sort((a, b) => a[0]!.localeCompare(b[0]!) || a[2]!.localeCompare(b[2]!));
  return [["name", "kind", "country", "population", "aliases"], ...sorted];
}

/** A word that makes a dictionary name an organisation's (the dictionary also lists people under IGO codes). */
const ORG_WORD =
  /\b(ORGANI[SZ]ATION|AGENCY|FUND|BANK|COUNCIL|COMMISSION|COURT|UNION|PROGRAMME|PROGRAM|OFFICE|COMMITTEE|ASSOCIATION|LEAGUE|FORUM|ASSEMBLY|PANEL|CONFERENCE|COMMUNITY|INSTITUTE|BUREAU|MISSION|FORCE|TRIBUNAL|SECRETARIAT|PARLIAMENT|ALLIANCE|TREATY|PACT|FEDERATION|AUTHORITY|BOARD|FOUNDATION|CENTRE|CENTER)\b/;

function firstCode(e: ActorEntry) {
  return e.codes[0]?.code ?? "";
}

function orgs(intl: ActorEntry[]) {
  const codeByName = new Map<string, string>();
  for (const e of intl) for (const n of e.names) if (firstCode(e)) codeByName.set(n, firstCode(e));
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const o of [...ORGS, ...COMPANIES]) {
    const all = [o.name, ...o.aliases];
    const cameo = all.map((n) => codeByName.get(n.toUpperCase()) ?? codeByName.get(`THE ${n.toUpperCase()}`)).find(Boolean) ?? "";
    for (const n of all) seen.add(n.toUpperCase());
    rows.push([o.name, o.aliases.join("|"), o.kind, cameo, "country" in o ? String(o.country) : ""]);
  }
  // Other intergovernmental organisations: multi-word names with an IGO code and no dates (people have dates).
  for (const e of intl) {
    const code = firstCode(e);
    if (!code.startsWith("IGO") || e.codes.some((c) => c.from || c.to)) continue;
    const names = e.names
      .map((n) => n.replace(/^THE /, ""))
      .filter((n) => n.split(" ").length >= 2 && ORG_WORD.test(n) && !seen.has(n) && isLatin(n));
    if (!names.length) continue;
    for (const n of names) seen.add(n);
    rows.push([titleCase(names[0]!), names.slice(1).map(titleCase).join("|"), "organisation", code, ""]);
  }
  return [["name", "aliases", "kind", "cameo", "country"], ...rows];
}

/** Titles some dictionary names start with ("PRINCE NORODOM RANARIDDH"): the name is what follows. */
const NAME_TITLES =
  /^(?:(?:PRINCE|PRINCESS|KING|QUEEN|SHEIKH|SHEIK|EMIR|SULTAN|PRESIDENT|PRIME MINISTER|GENERAL|GEN\.?|DR\.?|MR\.?|MRS\.?|MS\.?|SIR|LORD|LADY|DAME|CROWN PRINCE|AYATOLLAH|MULLAH|IMAM|COLONEL|COL\.?|MARSHAL|ADMIRAL|ARCHBISHOP|CARDINAL|POPE|SENATOR|SEN\.?|GOVERNOR)\s+)+/;

/** Office holders: people entries (CountryInfo) with their latest dated code. */
function people(countriesFile: ActorEntry[], iso3: Map<string, string>) {
  const rows = new Map<string, string[]>();
  for (const e of countriesFile) {
    if (!e.comment.includes("CountryInfo")) continue;
    // The latest closed period, unless an open one ("since") starts after it ends.
    const closed = e.codes.filter((c) => c.to).sort((a, b) => a.to!.localeCompare(b.to!));
    const open = e.codes.filter((c) => c.from && !c.to).sort((a, b) => a.from!.localeCompare(b.from!));
    const lastClosed = closed[closed.length - 1];
    const lastOpen = open[open.length - 1];
    const latest = (lastOpen && (!lastClosed || lastOpen.from! > lastClosed.to!) ? lastOpen : lastClosed) ?? e.codes[0];
    const country = latest && iso3.get(latest.code.slice(0, 3));
    const name = e.names[0]!.replace(NAME_TITLES, "");
    if (!latest || !country || name.split(" ").length < 2 || !isLatin(name)) continue;
    rows.set(name, [titleCase(name), country, latest.code, latest.from ?? "", latest.to ?? ""]);
  }
  const sorted = [...rows.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
  return [["name", "country", "cameo", "from", "to"], ...sorted];
}

function main() {
  const world = require("world-countries") as WorldCountry[];
  const cities = (require("city-timezones") as { cityMapping: City[] }).cityMapping;
  const intl = parseActors(readFileSync(join(petrarch, "Phoenix.International.actors.txt"), "utf8"));
  const countryActors = parseActors(readFileSync(join(petrarch, "Phoenix.Countries.actors.txt"), "utf8"));
  const iso3 = new Map(world.map((c) => [c.cca3, c.cca2]));
  mkdirSync(out, { recursive: true });
  const files: [string, string[][]][] = [
    ["countries.tsv", countries(world)],
    ["places.tsv", places(cities, world)],
    ["groups.tsv", [["name", "forms"], ...GROUPS.map((g) => [g[0]!, g.join("|")])]],
    ["events.tsv", [["name", "forms"], ...EVENTS.map((e) => [e[0]!, e.join("|")])]],
    ["orgs.tsv", orgs(intl)],
    ["people.tsv", people(countryActors, iso3)],
  ];
  for (const [name, rows] of files) {
    writeFileSync(join(out, name), tsv(rows));
    console.log(`data/${name}: ${rows.length - 1} rows`);
  }
}

main();
