/**
 * Name recall on recent news without NER labels: the sources (speakers) annotated in PolNeAR (US political news of
 * 2015-2016, seven publishers) that are written as proper names ("Hillary Clinton", "The New York Post", "Sen.
 * Ted Cruz") must come out of the entities stage as a name mention with the same span. Titles and a leading "The"
 * are not part of a mention; pronouns, descriptions ("a campaign aide") and common words capitalised at a
 * sentence start ("Officials") are not names and are skipped. The figure is recall only, with no type: it
 * compares models on news written twenty years after the CoNLL training text.
 */
import { extractEntities } from "../../src/analyze/entities/extract.js";
import type { Tagger } from "../../src/analyze/entities/tagger/types.js";
import type { Knowledge } from "../../src/knowledge/index.js";
import type { Block, EntityType } from "../../src/model/record.js";
import { segment } from "../../src/text/segment.js";

export interface SpeakerArticle {
  id: string;
  text: string;
  quotes: { speaker?: { text: string; span: [number, number] } | null }[];
}

/** A speaker written as a name: [start, end) of the name itself inside the article's text. */
export interface NameSpan {
  start: number;
  end: number;
}

const TITLES = new Set(
  "mr mrs ms miss dr sen senator rep gov governor president vice secretary gen general adm col lt capt sgt judge justice rev pope prime minister chairman chairwoman speaker leader mayor former presidential candidate nominee democratic republican gop attorney".split(
    " ",
  ),
);
/** Lower-case words inside a name ("Bank of America", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(["of", "the", "for", "de", "del", "la", "van", "von", "&", "al", "bin"]);
/** Words that join two speakers or a speaker and a place ("Trump and Ryan", "Ted Cruz of Texas"): such spans are skipped. */
const JOINS = new Set(["and", "or", "of", "in", "on", "at", "from", "with"]);
const PRONOUNS = new Set(["i", "we", "you", "he", "she", "it", "they", "one"]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|[\p{Lu}\d&.-]+)$/u;
const MAX_NAME_WORDS = 6;

/**
 * Words that are mostly written in lower case in the corpus ("officials", "police"): capitalised at a sentence start
 * they are no name. Counts every word form over all texts.
 */
export function commonWords(texts: Iterable<string>): Set<string> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
      const w = m[0];
      const key = w.toLowerCase();
      const map = w === key ? lower : upper;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [w, n] of lower) if (n >= (upper.get(w) ?? 0)) out.add(w);
  return out;
}

/** The name inside a speaker span, or undefined when the speaker is not written as a name. */
export function nameSpan(text: string, start: number, end: number, common: ReadonlySet<string>): NameSpan | undefined {
  const words = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({
    w: m[0],
    s: start + m.index,
    e: start + m.index + m[0].length,
  }));
  if (words.some((x) => JOINS.has(x.w))) return undefined;
  // The name follows the last title or possessive: "Texas Sen. Ted Cruz", "Post's Ruth Marcus".
  let i = 0;
  words.forEach((x, j) => {
    if (j < words.length - 1 && (TITLES.has(x.w.replace(/\.$/, "").toLowerCase()) || /['’]s?$/.test(x.w) || x.w === "The")) i = j + 1;
  });
  const core = words.slice(i);
  if (core.length === 0 || core.length > MAX_NAME_WORDS) return undefined;
  const last = core[core.length - 1]!;
  const stem = last.w.replace(/(?:['’]s|['’])$/, "");
  if (!stem) return undefined;
  const forms = [...core.slice(0, -1).map((x) => x.w), stem];
  if (CONNECTORS.has(forms[0]!.toLowerCase()) || CONNECTORS.has(stem.toLowerCase()) || PRONOUNS.has(forms[0]!.toLowerCase()))
    return undefined;
  for (const f of forms) {
    if (CONNECTORS.has(f)) continue;
    if (!NAME_WORD.test(f) || common.has(f.toLowerCase())) return undefined;
  }
  return { start: core[0]!.s, end: last.e - (last.w.length - stem.length) };
}

export interface SpeakerRecall {
  names: number;
  exact: number;
  /** Names overlapped by a mention with other edges. */
  partial: number;
  byType: Partial<Record<EntityType, number>>;
  /** Names not found with their edges: the name, and the overlapping mention's text if any. */
  misses: { article: string; name: string; found?: string }[];
}

/** Paragraphs of a plain text as body blocks, the first as the headline. */
function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    blocks.push({ start: m.index, end: m.index + m[0].length, text: m[0], role: blocks.length === 0 ? "headline" : "body" });
  }
  return blocks;
}

/** Each article's distinct name speakers against the entities stage's name mentions. */
export function speakerRecall(articles: readonly SpeakerArticle[], tagger: Tagger, k: Knowledge): SpeakerRecall {
  const common = commonWords(articles.map((a) => a.text));
  const out: SpeakerRecall = { names: 0, exact: 0, partial: 0, byType: {}, misses: [] };
  for (const a of articles) {
    const names = new Map<string, NameSpan>();
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      const n = nameSpan(a.text, q.speaker.span[0], q.speaker.span[1], common);
      const key = n && a.text.slice(n.start, n.end);
      if (n && key && !names.has(key)) names.set(key, n);
    }
    if (names.size === 0) continue;
    const entities = extractEntities(a.text, paragraphBlocks(a.text), tagger.tag(a.text, segment(a.text)), k);
    const mentions = entities
      .filter((e) => e.named)
      .flatMap((e) => e.mentions.filter((m) => m.kind === "name").map((m) => ({ start: m.start, end: m.end, type: e.type })));
    for (const n of names.values()) {
      out.names++;
      const hit = mentions.find((m) => m.start === n.start && m.end === n.end);
      if (hit) {
        out.exact++;
        out.byType[hit.type] = (out.byType[hit.type] ?? 0) + 1;
        continue;
      }
      const over = mentions.find((m) => m.start < n.end && n.start < m.end);
      if (over) out.partial++;
      out.misses.push({
        article: a.id,
        name: a.text.slice(n.start, n.end),
        ...(over ? { found: a.text.slice(over.start, over.end) } : {}),
      });
    }
  }
  return out;
}
