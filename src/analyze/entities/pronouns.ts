import type { Block, BlockRole, Entity } from "../../model/record.js";
import type { Sentence } from "../../text/types.js";
import { entityGender, firstNameGenders, type Gender } from "./genders.js";

/**
 * Third-person singular pronouns (he/him/his/himself, she/her/hers/herself) linked to the PERSON
 * entity they refer to, added as `pronoun` mentions. Precision first: a wrong link would later give a
 * quote to the wrong person, so a pronoun stays unlinked unless one rule decides:
 *
 * - the antecedent is searched in the pronoun's sentence (before it) and the two sentences before, in
 *   blocks of the same role, outside quotations; pronouns inside quotations are not read;
 * - the nearest sentence holding a person decides: exactly one person there who may have the
 *   pronoun's gender (known from titles, role words or the first-name lexicon, or not known); a person
 *   of unknown gender is taken only when alone in the whole window or alone in the pronoun's own
 *   sentence, and then gets the pronoun's gender for the rest of the article;
 * - reflexives (himself) look only inside their own sentence; an object pronoun in the antecedent's
 *   own clause ("Ruiz thanked her") names someone else and is left alone;
 * - a pronoun in an opening subordinate clause before a fitting name ("When she arrived, Ana Ruiz")
 *   refers forward (cataphora) and is left alone.
 *
 * Linear: pronouns, mentions and sentences are walked in text order; each pronoun looks at most at
 * MAX_LOOK mentions.
 */
export function resolvePronouns(text: string, blocks: readonly Block[], sentences: readonly Sentence[], entities: Entity[]): void {
  const story = storyBlocks(text, blocks);
  const quotes = quotedRanges(text, story);
  const names = firstNameGenders();
  const persons: Person[] = [];
  const genders = new Map<Entity, Gender | undefined>();
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    genders.set(e, entityGender(text, e, names));
    for (const m of e.mentions) persons.push({ start: m.start, end: m.end, entity: e, quoted: false, role: undefined });
  }
  persons.sort((x, y) => x.start - y.start);
  const roleAt = cursor(story);
  const quoteAt = cursor(quotes);
  for (const p of persons) {
    p.role = roleAt(p.start)?.role;
    p.quoted = quoteAt(p.start) !== undefined;
  }

  const covered = merge(entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end }))));
  // "He" of "Liu He", "She" of "She Writes AI": a word of a name is no pronoun.
  const nameAt = cursor(
    merge(entities.flatMap((e) => e.mentions.filter((m) => m.kind === "name").map((m) => ({ start: m.start, end: m.end })))),
  );
  const lower = new Set(text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const ctx: Context = { text, sentences, persons, genders, covered, quotes, lower };
  const sentenceAt = cursor(sentences);
  const pronounRoleAt = cursor(story);
  const pronounQuoteAt = cursor(quotes);
  let hi = 0;
  const added: { entity: Entity; start: number; end: number }[] = [];
  for (const b of story) {
    if (b.role === "headline") continue;
    for (const m of text.slice(b.start, b.end).matchAll(PRONOUN)) {
      const start = b.start + m.index;
      const end = start + m[0].length;
      const role = pronounRoleAt(start)?.role;
      if (pronounQuoteAt(start) !== undefined || !role || nameAt(start) !== undefined) continue;
      const si = sentenceAt.index(start);
      if (si < 0) continue;
      while (hi < persons.length && persons[hi]!.end <= start) hi++;
      const pronoun: Pronoun = { start, word: m[0].toLowerCase(), gender: MALE.test(m[0]) ? "m" : "f", role, sentence: si };
      const entity = decide(ctx, hi, pronoun);
      if (!entity) continue;
      if (genders.get(entity) === undefined) genders.set(entity, pronoun.gender);
      added.push({ entity, start, end });
    }
  }
  for (const a of added) a.entity.mentions.push({ start: a.start, end: a.end, text: text.slice(a.start, a.end), kind: "pronoun" });
  for (const e of new Set(added.map((a) => a.entity))) e.mentions.sort((x, y) => x.start - y.start);
}

/** The most person mentions one pronoun looks back over. */
const MAX_LOOK = 64;
/** Sentences before the pronoun's own that may hold its antecedent. */
const WINDOW_SENTENCES = 2;
/** Quoted sentences the window may reach past. */
const MAX_SKIPPED = 6;

const PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/giu;
const MALE = /^h(?:e|im|is|imself)$/i;
const REFLEXIVE = /self$/i;
const OBJECT = /^(?:him|her)$/i;
/** Words that open a clause before the main one ("When he arrived, Ruiz ..."). */
const OPENERS = new Set(
  "after although as at because before by despite during for from if in once since though unless unlike until upon when whenever where whereas while with without".split(
    " ",
  ),
);
/** Words that open a sentence before a name without being part of it ("If Garrow wins"). */
const LEADS = new Set([...OPENERS, ..."and but so then now yet the a an if".split(" ")]);
/** Something between a name and an object pronoun that starts another clause ("Ruiz said police stopped her"). */
const CLAUSE_BREAK =
  /[,;:(—–]|\b(?:said|says|told|tells|that|who|whom|which|when|after|before|because|if|while|and|but|to|as|asked|added)\b/i;

interface Range {
  start: number;
  end: number;
}
interface Context {
  text: string;
  sentences: readonly Sentence[];
  /** PERSON mentions in text order. */
  persons: readonly Person[];
  genders: Map<Entity, Gender | undefined>;
  /** Every entity mention (any type), by start. */
  covered: readonly Range[];
  quotes: readonly Range[];
  /** Words the article writes in lower case. */
  lower: ReadonlySet<string>;
}
interface Person {
  start: number;
  end: number;
  entity: Entity;
  quoted: boolean;
  role: BlockRole | undefined;
}
interface Pronoun {
  start: number;
  word: string;
  gender: Gender;
  role: BlockRole;
  sentence: number;
}

/**
 * The first sentence of the pronoun's window: WINDOW_SENTENCES before its own, not counting
 * sentences wholly inside a quotation (a speaker's quoted words do not push the speaker out of reach),
 * at most MAX_SKIPPED of those.
 */
function windowFirst(ctx: Context, own: number): number {
  let first = own;
  for (let counted = 0, skipped = 0; first > 0 && counted < WINDOW_SENTENCES;) {
    first--;
    const s = ctx.sentences[first]!;
    const q = rangeAt(ctx.quotes, s.start + 1);
    if (q && q.end >= s.end - 1 && skipped < MAX_SKIPPED) skipped++;
    else counted++;
  }
  return first;
}

/** The entity the pronoun refers to under the rules above; undefined when no rule decides. */
function decide(ctx: Context, hi: number, p: Pronoun): Entity | undefined {
  const { text, sentences, persons, genders } = ctx;
  const own = sentences[p.sentence]!;
  const windowStart = sentences[windowFirst(ctx, p.sentence)]!.start;
  const fits = (e: Entity) => {
    const g = genders.get(e);
    return g === undefined || g === p.gender;
  };
  if (cataphoric(text, own, persons, hi, p, fits)) return undefined;
  // The window's mentions, nearest first, grouped by sentence.
  const bySentence: Person[][] = [];
  const all = new Set<Entity>();
  let s = p.sentence;
  for (let i = hi - 1; i >= 0 && i >= hi - MAX_LOOK; i--) {
    const x = persons[i]!;
    if (x.start < windowStart) break;
    if (x.quoted || x.role !== p.role) continue;
    while (s > 0 && x.start < sentences[s]!.start) s--;
    (bySentence[p.sentence - s] ??= []).push(x);
    all.add(x.entity);
  }
  if (REFLEXIVE.test(p.word)) {
    const near = bySentence[0]?.[0];
    return near && genders.get(near.entity) === p.gender && bySentence[0]!.every((x) => x.entity === near.entity) ? near.entity : undefined;
  }
  const at = bySentence.findIndex((xs) => xs?.length);
  if (at < 0) return undefined;
  const nearest = bySentence[at]!;
  const e0 = nearest.find((x) => fits(x.entity))?.entity;
  if (e0 && someoneElse(ctx, sentences[p.sentence - at]!.start, p.start, e0)) return undefined;
  const fitting = new Set(nearest.filter((x) => fits(x.entity)).map((x) => x.entity));
  if (fitting.size !== 1) return undefined;
  const e = nearest.find((x) => fits(x.entity))!.entity;
  // A person of unknown gender: only when nobody else could be meant (alone in the window, or alone
  // before the pronoun in its own sentence: "Kishida told parliament his country ...").
  if (genders.get(e) === undefined && all.size > 1 && (nearest !== bySentence[0] || new Set(nearest.map((x) => x.entity)).size > 1))
    return undefined;
  if (nearest === bySentence[0] && OBJECT.test(p.word) && p.word !== "her") {
    const between = text.slice(nearest[0]!.end, p.start);
    if (!CLAUSE_BREAK.test(between)) return undefined;
  }
  if (nearest === bySentence[0] && p.word === "her") {
    // "her" is object or possessive; as an object in the antecedent's own clause it names someone else.
    const between = text.slice(nearest[0]!.end, p.start);
    if (!CLAUSE_BREAK.test(between) && !/^\s*(?:and|with)\s*$/i.test(between)) return undefined;
  }
  return e;
}

/** The most text before a pronoun searched for people the entities missed. */
const MAX_GAP = 400;
/** Capitalised words that are no one: titles before names, days, months. */
const NOT_NAMES = new Set(
  "I Mr Mrs Ms Miss Mx Dr Prof Professor Sir Lady Lord Dame Rev Reverend Pastor Father Sister Saint St President Vice Prime Minister Premier Chancellor Senator Sen Representative Rep Congressman Congresswoman Gov Governor Lt Mayor Secretary Judge Justice Chief General Gen Col Maj Capt Sgt Adm Officer Detective Speaker Leader Chairman Chairwoman Chair Commissioner Ambassador Attorney Director King Queen Prince Princess Pope Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);
/** A person named by a common noun ("the minister", "one woman"), who may be the one meant. */
const PERSON_NOUN =
  /\b(?:the|a|an|one|another|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(man|woman|boy|girl|minister|pastor|preacher|priest|protester|official|lawmaker|senator|congressman|congresswoman|legislator|politician|president|candidate|governor|mayor|judge|lawyer|attorney|officer|spokesman|spokeswoman|spokesperson|reporter|journalist|host|player|coach|suspect|victim|driver|witness|father|mother|son|daughter|wife|husband|brother|sister|leader|chief|director|executive|founder|chairman|chairwoman|doctor|nurse|teacher|student|author|writer|singer|actor|actress|star|resident|voter|worker|employee|friend|neighbour|neighbor|gunman|attacker|soldier|veteran)\b/giu;

/**
 * True when [from, to) (at most MAX_GAP before `to`), outside quotations and entity mentions, names a
 * person the entities do not hold, who could be the one meant:
 * - a lone capitalised word inside a sentence, that the article never writes in lower case, not after
 *   a preposition of place, that acts (a verb or `'s` follows: "If Sessions wins, he ...": the tagger
 *   missed Sessions);
 * - a person noun that acts ("the minister admitted he ..."), unless it stands next to a mention (an
 *   apposition: "the protester, Tony Bennett") or is a role word of the antecedent itself ("the president").
 */
function someoneElse(ctx: Context, from: number, to: number, antecedent: Entity): boolean {
  const start = Math.max(from, to - MAX_GAP);
  const slice = ctx.text.slice(start, to);
  const outside = (i: number) => !inRanges(ctx.covered, start + i) && !inRanges(ctx.quotes, start + i);
  for (const m of slice.matchAll(LONE_CAPITAL)) {
    const w = m[2]!;
    const at = m.index + m[1]!.length;
    if (NOT_NAMES.has(w) || ctx.lower.has(w.toLowerCase()) || !outside(at)) continue;
    if (at === 0 && start === from) continue;
    const before = ctx.text.slice(Math.max(0, start + at - 12), start + at);
    if (SENTENCE_START.test(before) || PLACE_BEFORE.test(before)) continue;
    const prev = /(\p{Lu}[\p{L}.]*|&)\s+$/u.exec(before);
    if (prev && !ctx.lower.has(prev[1]!.toLowerCase()) && !LEADS.has(prev[1]!.toLowerCase())) continue; // the end of a longer name
    if (ACTS.test(ctx.text.slice(start + at + w.length, start + at + w.length + 24))) return true;
  }
  const own = new Set(antecedent.roles.map((r) => lastWord(r.title)));
  for (const m of antecedent.mentions) if (m.kind === "nominal") own.add(lastWord(m.text));
  for (const m of slice.matchAll(PERSON_NOUN)) {
    if (!outside(m.index) || own.has(m[1]!.toLowerCase())) continue;
    if (!ACTS.test(ctx.text.slice(start + m.index + m[0].length, start + m.index + m[0].length + 24))) continue;
    const a = start + m.index;
    const b = a + m[0].length;
    const pre = /\s*[,—–(]\s*$/.exec(ctx.text.slice(Math.max(0, a - 4), a));
    if (pre && inRanges(ctx.covered, Math.max(0, a - 4) + pre.index - 1)) continue;
    const post = /^\s*[,—–(]\s*/.exec(ctx.text.slice(b, b + 4));
    if (post && inRanges(ctx.covered, b + post[0].length)) continue;
    return true;
  }
  return false;
}

/** What follows a subject or a possessor: `'s`, "who", a past form or a common verb of news. */
const ACTS =
  /^(?:['’]s\b|\s+(?:who\b|\p{Ll}+ed\b|(?:said|says|told|tells|is|was|has|had|will|would|can|could|did|does|may|might|must|should|wins|won|lost|loses|pulls|took|takes|made|makes|gave|gives|went|goes|came|comes|got|gets|saw|sees|knew|knows|thought|thinks|wants|wrote|writes|spoke|speaks|ran|runs|became|becomes|left|leaves|met|meets|felt|feels|began|begins)\b))/u;
const lastWord = (s: string) => (/(\p{L}+)[^\p{L}]*$/u.exec(s)?.[1] ?? "").toLowerCase();
/** A capitalised word between two words that are not (no multi-word name or organisation). */
const LONE_CAPITAL = /(^|[^\p{L}\p{N}'’.-]\s*)(\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?![\p{L}\p{N}]|\s+\p{Lu}|[-’']\p{Lu})/gu;
const SENTENCE_START = /(?:^|[.!?:;]["”’)]?\s+|\n\s*)["“‘(]?$/u;
const PLACE_BEFORE = /\b(?:in|at|from|to|near|across|outside|inside|of|for|on|across)\s+$/iu;

/** The ranges sorted, overlapping ones merged. */
function merge(ranges: Range[]): Range[] {
  ranges.sort((x, y) => x.start - y.start);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** The range holding `pos` among sorted, non-overlapping ranges (binary search), or undefined. */
function rangeAt(ranges: readonly Range[], pos: number): Range | undefined {
  let lo = 0,
    hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo - 1];
  return r && r.end > pos ? r : undefined;
}

const inRanges = (ranges: readonly Range[], pos: number) => rangeAt(ranges, pos) !== undefined;

/**
 * True when the pronoun sits in an opening subordinate clause ("After his speech, ...", "When she
 * arrived, ...") and a person who may fit comes later in the same sentence: the pronoun points forward.
 */
function cataphoric(
  text: string,
  own: Sentence,
  persons: readonly Person[],
  hi: number,
  p: Pronoun,
  fits: (e: Entity) => boolean,
): boolean {
  const first = own.tokens.find((t) => /\p{L}/u.test(t.text));
  if (!first || first.start >= p.start || !OPENERS.has(first.text.toLowerCase())) return false;
  const comma = text.indexOf(",", first.end);
  if (comma >= 0 && comma < p.start) return false;
  for (let i = hi; i < persons.length && i < hi + MAX_LOOK && persons[i]!.start < own.end; i++) {
    if (!persons[i]!.quoted && fits(persons[i]!.entity)) return true;
  }
  return false;
}

/** Story blocks (not bylines, credits, page furniture) in text order; the whole text when there are no blocks. */
function storyBlocks(text: string, blocks: readonly Block[]): { start: number; end: number; role: BlockRole }[] {
  if (!blocks.length) return [{ start: 0, end: text.length, role: "body" }];
  return blocks
    .filter((b) => b.role === "body" || b.role === "standfirst" || b.role === "caption" || b.role === "headline")
    .map((b) => ({ start: b.start, end: b.end, role: b.role }))
    .sort((x, y) => x.start - y.start);
}

/**
 * Quotations inside each block: “...” and "..." pairs; a quotation left open runs to the block's end
 * (a quote that goes on in the next paragraph).
 */
function quotedRanges(text: string, story: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const b of story) {
    let open = -1;
    for (let i = b.start; i < b.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c || (c === 0x22 && open < 0)) {
        if (open < 0) open = i;
      } else if ((c === 0x201d || c === 0x22) && open >= 0) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    if (open >= 0) out.push({ start: open, end: b.end });
  }
  return out;
}

/**
 * A forward-only lookup over sorted, non-overlapping ranges: the range holding each position, for
 * positions asked in increasing order (amortised constant time).
 */
function cursor<T extends { start: number; end: number }>(
  ranges: readonly T[],
): ((pos: number) => T | undefined) & { index(pos: number): number } {
  let i = 0;
  const index = (pos: number) => {
    while (i < ranges.length && ranges[i]!.end <= pos) i++;
    return i < ranges.length && ranges[i]!.start <= pos ? i : -1;
  };
  return Object.assign(
    (pos: number) => {
      const k = index(pos);
      return k < 0 ? undefined : ranges[k];
    },
    { index },
  );
}
