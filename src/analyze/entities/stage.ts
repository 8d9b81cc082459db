import { loadKnowledge } from "../../knowledge/index.js";
import type { Block } from "../../model/record.js";
import type { Sentence } from "../../text/types.js";
import { segment } from "../../text/segment.js";
import type { Stage } from "../stage.js";
import { extractEntities } from "./extract.js";
import type { NerSpan, Tagger } from "./tagger/types.js";
import { SOURCE_ROLES } from "./regions.js";
import { resolvePronouns } from "./pronouns.js";

/**
 * The entities stage: the tagger over the story's blocks (headline, standfirst, body, captions; never
 * bylines or credits), then gazetteers, coreference and roles. Without a tagger model it still finds
 * what the gazetteers know, and says so in a warning.
 */
export function createEntitiesStage(getTagger: () => Tagger): Stage<"entities"> {
  return {
    name: "entities",
    requires: ["blocks", "metadata"],
    assigns: ["entities"],
    run(record, ctx) {
      const lang = record.metadata.language;
      if (lang && lang !== "und" && lang !== "en") {
        ctx.warn("LANGUAGE_UNSUPPORTED", `the entities stage reads English; the text is "${lang}"`);
        return { entities: [] };
      }
      let { text, blocks } = record;
      if (text.length > MAX_CHARS) {
        // Far beyond any article: reading more would only grow memory (about 100 bytes a token).
        const cut = Math.max(text.lastIndexOf("\n", MAX_CHARS), text.lastIndexOf(" ", MAX_CHARS), 1);
        ctx.warn("TEXT_TOO_LONG_FOR_STAGE", `entities were found in the first ${cut} of ${text.length} characters`);
        text = text.slice(0, cut);
        blocks = blocks.filter((b) => b.end <= cut);
      }
      if (lang === "und" && latinShare(text) < MIN_LATIN_SHARE) {
        ctx.warn("LANGUAGE_UNSUPPORTED", "the entities stage reads English; the text is mostly in another script");
        return { entities: [] };
      }
      let spans: NerSpan[] = [];
      let tagger: Tagger | undefined;
      try {
        tagger = getTagger();
      } catch (err) {
        ctx.warn("MODEL_MISSING", `the NER model could not be loaded (${(err as Error).message}); entities come from gazetteers only`);
      }
      const sentences = segment(text);
      if (tagger) spans = tagger.tag(text, storySentences(sentences, blocks));
      const entities = extractEntities(text, blocks, spans, loadKnowledge(), record.metadata.date ? { date: record.metadata.date } : {});
      resolvePronouns(text, blocks, sentences, entities);
      return { entities };
    },
  };
}

/** The most text the stage reads: 1,000,000 characters, about 50 long-form articles. */
export const MAX_CHARS = 1_000_000;

/** With no language identified, text whose letters are mostly not Latin is not read. */
const MIN_LATIN_SHARE = 0.5;
const SAMPLE_CHARS = 20_000;

/** The share of Latin-script letters among the letters of (a sample of) the text; 1 when it has none. */
function latinShare(text: string): number {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters ? latin / letters : 1;
}

/** Sentences that start inside a block whose role names entities (all of them without blocks). */
function storySentences(sentences: Sentence[], blocks: readonly Block[]): Sentence[] {
  if (!blocks.length) return sentences;
  const story = blocks.filter((b) => SOURCE_ROLES.has(b.role)).sort((x, y) => x.start - y.start);
  const out: Sentence[] = [];
  let j = 0;
  for (const s of sentences) {
    while (j < story.length && story[j]!.end <= s.start) j++;
    if (j < story.length && story[j]!.start <= s.start) out.push(s);
  }
  return out;
}
