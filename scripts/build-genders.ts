/**
 * Builds data/genders.tsv, the first-name gender lexicon the pronoun resolver uses, from unlabelled
 * English news (../shared/eval/unlabelled and the English corpora in ../shared/eval/corpora). Nothing of
 * the articles is kept but counts per first name.
 *
 * Method: in every sentence, a capitalised first name followed by a capitalised surname ("Maria Lopez",
 * "Mr. John Smith") votes once: `Mr.` before it is a male vote, `Mrs.`/`Ms.`/`Miss` a female one;
 * otherwise the first third-person singular pronoun (he/him/his/himself, she/her/hers/herself) after
 * the name in the rest of its sentence or the next one votes, unless another capitalised name pair
 * or a quote comes first. Words that news also writes in lower case ("Will", "Mark") and words that
 * start sentences more than they stand inside them are left out; the thresholds are below. Output
 * sorted by name: deterministic.
 *
 * Run: `npm run build:genders [FILE.jsonl.gz ...]`.
 */
import { createReadStream, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const eval_ = resolve(root, "../shared/eval");
const inputs =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [
        join(eval_, "unlabelled/allsides_2012_2020.jsonl.gz"),
        join(eval_, "corpora/allsides_politics_2019_2020.jsonl.gz"),
        join(eval_, "corpora/bbc_news_2004_2005.jsonl.gz"),
      ];
const out = join(root, "data/genders.tsv");

/**
 * The evidence leans male (news writes "he" far more, and a "he" after a woman's name is often someone
 * else): across all name pairs about one vote in five is female, and well-known women's names get 0.65 to
 * 0.9 female votes, men's names 0.9 to 0.99 male. So a name is female from a smoothed female share of
 * FEMALE_SHARE and male from a smoothed male share of MALE_SHARE, with at least MIN_VOTES votes.
 */
const MIN_VOTES = 6;
const FEMALE_SHARE = 0.6;
const MALE_SHARE = 0.9;
/** A first name is dropped when its lower-case form is this common relative to its capitalised use inside sentences. */
const MAX_LOWER_RATIO = 0.2;

const NAME_PAIR = /\b(?:(Mr|Mrs|Ms|Miss)\.?\s+)?(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(?:Mc|Mac|O'|De|Di|Van|Von|Le|La)?\p{Lu}\p{Ll}+\b/gu;
const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/giu;
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
const TITLES = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Dr",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "President",
  "Prime",
  "Sir",
  "Lord",
  "Lady",
  "Dame",
  "Saint",
]);

interface Count {
  m: number;
  f: number;
}
const votes = new Map<string, Count>();
const midCap = new Map<string, number>();
const initialCap = new Map<string, number>();
const lower = new Map<string, number>();

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function vote(name: string, male: boolean): void {
  const c = votes.get(name) ?? { m: 0, f: 0 };
  if (male) c.m++;
  else c.f++;
  votes.set(name, c);
}

/** Where the sentence after the one holding `from` ends (the paragraph's end at the latest). */
function sentenceAfterNext(para: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  SENTENCE_END.exec(para);
  const end = SENTENCE_END.exec(para);
  return end ? end.index : para.length;
}

/** The gender of the first pronoun in `s` (true: male), unless another name pair or a quote comes first. */
function firstPronoun(s: string): boolean | undefined {
  PRONOUN.lastIndex = 0;
  const p = PRONOUN.exec(s);
  if (!p) return undefined;
  const before = s.slice(0, p.index);
  if (/\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+/u.test(before) || /["“”]/u.test(before)) return undefined;
  return /^h(e|im|is|imself)$/i.test(p[1]!);
}

/** Lower-case words, and capitalised words at a sentence start or inside a sentence. */
function countWords(para: string): void {
  for (const m of para.matchAll(/(^|[.!?]["”’]?\s+["“‘]?)?(\p{L}+)/gu)) {
    const w = m[2]!;
    if (/^\p{Ll}/u.test(w)) bump(lower, w);
    else if (/^\p{Lu}\p{Ll}+$/u.test(w)) bump(m[1] !== undefined ? initialCap : midCap, w);
  }
}

/** One paragraph: a title or a near pronoun votes for the first name of a name pair. */
function readParagraph(para: string): void {
  countWords(para);
  for (const m of para.matchAll(NAME_PAIR)) {
    const [, title, name] = m as unknown as [string, string | undefined, string];
    if (TITLES.has(name)) continue;
    if (title) {
      vote(name, title === "Mr");
      continue;
    }
    const male = firstPronoun(para.slice(m.index + m[0].length, sentenceAfterNext(para, m.index + m[0].length)));
    if (male !== undefined) vote(name, male);
  }
}

async function readFile(path: string): Promise<number> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line) continue;
    const article = JSON.parse(line) as { text?: string; lang?: string | null };
    if (!article.text || (article.lang && article.lang !== "en")) continue;
    for (const para of article.text.split(/\n\s*\n/)) readParagraph(para);
    n++;
  }
  return n;
}

let articles = 0;
for (const path of inputs) articles += await readFile(path);

const rows: string[] = [];
for (const [name, c] of votes) {
  const total = c.m + c.f;
  if (total < MIN_VOTES) continue;
  const female = (c.f + 1) / (total + 2);
  if (female < FEMALE_SHARE && 1 - female < MALE_SHARE) continue;
  const inside = midCap.get(name) ?? 0;
  if ((lower.get(name.toLowerCase()) ?? 0) > inside * MAX_LOWER_RATIO) continue;
  if ((initialCap.get(name) ?? 0) > inside) continue;
  rows.push(`${name}\t${female >= FEMALE_SHARE ? "f" : "m"}\t${c.m}\t${c.f}`);
}
rows.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
writeFileSync(out, ["name\tgender\tmale\tfemale", ...rows, ""].join("\n"));
console.log(`${rows.length} first names from ${articles} articles -> ${out}`);
