import { phraseKey, type Word } from "../../knowledge/index.js";

/**
 * Titles and offices that name a person's role, with the canonical form of abbreviations.
 * Matched on word keys (case-insensitive, dots dropped): "PM" = "Prime Minister", "Gen." = "General".
 */
const TITLES: Record<string, string> = {
  "prime minister": "Prime Minister",
  pm: "Prime Minister",
  premier: "Premier",
  "deputy prime minister": "Deputy Prime Minister",
  president: "President",
  "vice president": "Vice President",
  "vice-president": "Vice President",
  "president-elect": "President-elect",
  chancellor: "Chancellor",
  king: "King",
  queen: "Queen",
  prince: "Prince",
  "crown prince": "Crown Prince",
  emperor: "Emperor",
  pope: "Pope",
  "foreign minister": "Foreign Minister",
  "defence minister": "Defence Minister",
  "defense minister": "Defense Minister",
  "finance minister": "Finance Minister",
  "interior minister": "Interior Minister",
  "trade minister": "Trade Minister",
  "health minister": "Health Minister",
  "justice minister": "Justice Minister",
  "economy minister": "Economy Minister",
  minister: "Minister",
  "foreign secretary": "Foreign Secretary",
  "home secretary": "Home Secretary",
  "secretary of state": "Secretary of State",
  "defense secretary": "Defense Secretary",
  "defence secretary": "Defence Secretary",
  "secretary-general": "Secretary-General",
  "secretary general": "Secretary-General",
  secretary: "Secretary",
  "attorney general": "Attorney General",
  "trade representative": "Trade Representative",
  ambassador: "ambassador",
  envoy: "envoy",
  "special envoy": "special envoy",
  spokesperson: "spokesperson",
  spokesman: "spokesman",
  spokeswoman: "spokeswoman",
  "chief spokesperson": "chief spokesperson",
  senator: "Senator",
  sen: "Senator",
  governor: "Governor",
  gov: "Governor",
  mayor: "Mayor",
  general: "General",
  gen: "General",
  "lieutenant general": "Lieutenant General",
  "lt gen": "Lieutenant General",
  admiral: "Admiral",
  adm: "Admiral",
  colonel: "Colonel",
  col: "Colonel",
  "chief executive": "chief executive",
  ceo: "CEO",
  "chief executive officer": "chief executive officer",
  "chief financial officer": "chief financial officer",
  cfo: "CFO",
  "chief operating officer": "chief operating officer",
  coo: "COO",
  "chief investment officer": "chief investment officer",
  "chief technology officer": "chief technology officer",
  "chief economist": "chief economist",
  "chief strategist": "chief strategist",
  "chief market strategist": "chief market strategist",
  "chief investment strategist": "chief investment strategist",
  "managing director": "managing director",
  "portfolio manager": "portfolio manager",
  economist: "economist",
  strategist: "strategist",
  analyst: "analyst",
  chairman: "chairman",
  chairwoman: "chairwoman",
  chair: "chair",
  speaker: "Speaker",
  director: "director",
  "director-general": "Director-General",
  commissioner: "Commissioner",
  lawmaker: "lawmaker",
  head: "head",
  "opposition leader": "opposition leader",
  leader: "leader",
  "army chief": "army chief",
  "chief of staff": "chief of staff",
  judge: "judge",
  prosecutor: "prosecutor",
  "foreign ministry spokesperson": "foreign ministry spokesperson",
  "foreign ministry spokesman": "foreign ministry spokesman",
  representative: "Representative",
  rep: "Representative",
  congressman: "Congressman",
  congresswoman: "Congresswoman",
  major: "Major",
  maj: "Major",
  captain: "Captain",
  capt: "Captain",
  lieutenant: "Lieutenant",
  lt: "Lieutenant",
  sergeant: "Sergeant",
  sgt: "Sergeant",
  corporal: "Corporal",
  cpl: "Corporal",
  commander: "Commander",
  cmdr: "Commander",
  "major general": "Major General",
  "maj gen": "Major General",
  "brigadier general": "Brigadier General",
  "brig gen": "Brigadier General",
  marshal: "Marshal",
  "field marshal": "Field Marshal",
  sheriff: "Sheriff",
  detective: "Detective",
  officer: "officer",
  official: "official",
  diplomat: "diplomat",
  "senior official": "senior official",
  archbishop: "Archbishop",
  bishop: "Bishop",
  cardinal: "Cardinal",
  alderman: "Alderman",
  alderwoman: "Alderwoman",
  ald: "Alderman",
  councilman: "Councilman",
  councilwoman: "Councilwoman",
  councillor: "Councillor",
  councilor: "Councilor",
  "state senator": "State Senator",
  "state sen": "State Senator",
  "state representative": "State Representative",
  "state rep": "State Representative",
  rabbi: "Rabbi",
  imam: "Imam",
  sheikh: "Sheikh",
  ayatollah: "Ayatollah",
  justice: "Justice",
  "chief justice": "Chief Justice",
};
/** Words that may precede a title and belong to it ("deputy foreign minister"). */
const QUALIFIERS: Record<string, string> = {
  deputy: "Deputy",
  assistant: "Assistant",
  associate: "Associate",
  executive: "Executive",
  acting: "Acting",
  vice: "Vice",
  senior: "senior",
  chief: "chief",
  top: "top",
};
/** Courtesy titles: stripped from names, never a role. */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "madam", "mx"]);

const TITLE_KEYS = new Map(Object.entries(TITLES).map(([k, v]) => [phraseKey(k), v]));
const FIRST_WORDS = new Set([...TITLE_KEYS.keys()].map((k) => k.split(" ")[0]!));
const LAST_WORDS = new Set([...TITLE_KEYS.keys()].map((k) => k.split(" ").pop()!));
export const MAX_TITLE_WORDS = 4;

export interface TitleMatch {
  /** Word range [a, b) of the title, qualifiers included. */
  a: number;
  b: number;
  title: string;
}

function keyOf(words: readonly Word[], a: number, b: number): string {
  let k = words[a]!.key;
  for (let i = a + 1; i < b; i++) k += ` ${words[i]!.key}`;
  return k;
}

function withQualifiers(words: readonly Word[], a: number, b: number, title: string, lo: number): TitleMatch {
  let q = "";
  while (a > lo && QUALIFIERS[words[a - 1]!.key]) {
    a--;
    q = `${QUALIFIERS[words[a]!.key]} ${q}`;
  }
  return { a, b, title: q + title };
}

/** The longest title ending just before word `end` (not reaching before `lo`). */
export function titleBefore(words: readonly Word[], end: number, lo: number): TitleMatch | undefined {
  // "Col. Ben Adeyemi": an abbreviated title's dot.
  if (end - 1 > lo && words[end - 1]!.text === "." && words[end - 1]!.start === words[end - 2]!.end) end--;
  if (end <= lo || !LAST_WORDS.has(words[end - 1]!.key)) return undefined;
  for (let n = Math.min(MAX_TITLE_WORDS, end - lo); n >= 1; n--) {
    const t = TITLE_KEYS.get(keyOf(words, end - n, end));
    if (t) return withQualifiers(words, end - n, end, t, lo);
  }
  return undefined;
}

/** The longest title starting at word `start` (not reaching `hi`), qualifiers included. */
export function titleAt(words: readonly Word[], start: number, hi: number): TitleMatch | undefined {
  let q = "";
  // A qualifier opens a title of its own ("chief investment officer") or qualifies the one after it ("chief spokesman").
  for (let a = start; a < hi; a++) {
    if (FIRST_WORDS.has(words[a]!.key)) {
      for (let n = Math.min(MAX_TITLE_WORDS, hi - a); n >= 1; n--) {
        const t = TITLE_KEYS.get(keyOf(words, a, a + n));
        if (t) return { a: start, b: a + n, title: q + t };
      }
    }
    const qualifier = QUALIFIERS[words[a]!.key];
    if (!qualifier) return undefined;
    q += `${qualifier} `;
  }
  return undefined;
}
