import type { Entity } from "../../model/record.js";
import { readTsv } from "../../knowledge/tsv.js";

/** "m", "f", or undefined when the article and the lexicon do not say. */
export type Gender = "m" | "f";

let lexicon: Map<string, Gender> | undefined;

/** data/genders.tsv (first name -> gender), loaded once. */
export function firstNameGenders(): Map<string, Gender> {
  lexicon ??= new Map(readTsv("genders.tsv").map((r) => [r.name!, r.gender === "f" ? "f" : "m"]));
  return lexicon;
}

const TITLE_BEFORE = /\b(Mr|Mister|Sir|Lord|Mrs|Ms|Miss|Madam|Madame|Lady|Dame)\.?\s+$/;
const FEMALE_TITLES = new Set(["Mrs", "Ms", "Miss", "Madam", "Madame", "Lady", "Dame"]);

/** Role words that say a person's gender ("spokeswoman", "his wife Ana Ruiz", "the queen"). */
const MALE_WORDS = new Set(
  "man businessman congressman councilman spokesman sportsman chairman king prince duke emperor father son brother husband uncle nephew boyfriend grandfather grandson widower boy monk".split(
    " ",
  ),
);
const FEMALE_WORDS = new Set(
  "woman businesswoman congresswoman councilwoman spokeswoman sportswoman chairwoman queen princess duchess empress mother daughter sister wife aunt niece girlfriend grandmother granddaughter widow girl nun actress lady".split(
    " ",
  ),
);
/** The last word: letters, then anything but letters (not \W, which holds letters beyond ASCII and backtracked on them). */
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;

function wordGender(word: string | undefined): Gender | undefined {
  const w = word?.toLowerCase();
  if (!w) return undefined;
  return MALE_WORDS.has(w) ? "m" : FEMALE_WORDS.has(w) ? "f" : undefined;
}

/**
 * A person's gender as the article states it: a title right before a name (`Mr.`, `Ms.`), a gendered
 * role word in a role, a nominal mention or just before a name ("spokeswoman Ana Ruiz"); else the
 * lexicon's gender of the first name of a full-name mention. Contradicting article evidence: undefined.
 */
export function entityGender(text: string, e: Entity, names: ReadonlyMap<string, Gender>): Gender | undefined {
  const said = new Set<Gender>();
  const add = (g: Gender | undefined) => g && said.add(g);
  for (const r of e.roles) add(wordGender(LAST_WORD.exec(r.title)?.[1]));
  let first: Gender | undefined;
  for (const m of e.mentions) {
    if (m.kind === "nominal") {
      add(wordGender(LAST_WORD.exec(m.text)?.[1]));
      continue;
    }
    if (m.kind !== "name") continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const title = TITLE_BEFORE.exec(before)?.[1];
    if (title) add(FEMALE_TITLES.has(title) ? "f" : "m");
    else add(wordGender(LAST_WORD.exec(before)?.[1]));
    const parts = m.text.split(/\s+/);
    if (parts.length > 1) first ??= names.get(parts[0]!);
  }
  if (said.size === 1) return [...said][0];
  return said.size ? undefined : first;
}
