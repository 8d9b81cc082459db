import { describe, expect, it } from "vitest";
import { Pipeline } from "../pipeline.js";
import type { Article } from "../../read/article.js";
import type { Block } from "../../model/record.js";
import { createEntitiesStage, MAX_CHARS } from "./stage.js";
import type { NerSpan, Tagger } from "./tagger/types.js";

function articleOf(text: string, blocks: Block[], language = "en"): Article {
  return {
    source: { kind: "text", sha256: "0".repeat(64), bytes: text.length },
    text,
    blocks,
    metadata: { language },
    warnings: [],
  };
}

/** A tagger that calls every capitalised word pair a person, and records what it was given. */
function fakeTagger(seen: string[]): Tagger {
  return {
    tag(text, sentences) {
      const out: NerSpan[] = [];
      for (const s of sentences) {
        seen.push(text.slice(s.start, s.end));
        for (const m of text.slice(s.start, s.end).matchAll(/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu)) {
          out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, type: "PER", score: 0.9 });
        }
      }
      return out;
    },
  };
}

describe("entities stage", () => {
  const text = "By Desk Staff\nMira Halden met envoys in Kenya.";
  const blocks: Block[] = [
    { start: 0, end: 13, text: "By Desk Staff", role: "byline" },
    { start: 14, end: text.length, text: text.slice(14), role: "body" },
  ];

  it("tags only the story's blocks, never the byline", () => {
    const seen: string[] = [];
    const record = new Pipeline([createEntitiesStage(() => fakeTagger(seen))]).run(articleOf(text, blocks));
    expect(seen.join(" ")).not.toContain("Desk Staff");
    expect(record.entities.map((e) => `${e.type} ${e.name}`)).toEqual(["PERSON Mira Halden", "GPE Kenya"]);
    expect(record.warnings).toEqual([]);
  });

  it("falls back to the gazetteers with a warning when the model is missing", () => {
    const stage = createEntitiesStage(() => {
      throw new Error("no model file");
    });
    const record = new Pipeline([stage]).run(articleOf(text, blocks));
    expect(record.entities.map((e) => e.name)).toEqual(["Kenya"]);
    expect(record.warnings.map((w) => w.code)).toEqual(["MODEL_MISSING"]);
  });

  it("reads only the first MAX_CHARS of a huge text, says so, and keeps every offset valid", () => {
    const sentence = "Mira Halden met envoys in Kenya. ";
    const huge = sentence.repeat(Math.ceil((MAX_CHARS * 1.5) / sentence.length));
    const seen: string[] = [];
    const record = new Pipeline([createEntitiesStage(() => fakeTagger(seen))]).run(
      articleOf(huge, [{ start: 0, end: huge.length, text: huge, role: "body" }]),
    );
    expect(record.text).toBe(huge);
    expect(record.warnings.map((w) => w.code)).toEqual(["TEXT_TOO_LONG_FOR_STAGE"]);
    const ends = record.entities.flatMap((e) => e.mentions.map((m) => m.end));
    expect(Math.max(...ends)).toBeLessThanOrEqual(MAX_CHARS);
    expect(Math.max(...ends)).toBeGreaterThan(MAX_CHARS * 0.99);
    for (const e of record.entities) for (const m of e.mentions) expect(huge.slice(m.start, m.end)).toBe(m.text);
  });

  it("skips other languages with a warning", () => {
    const record = new Pipeline([createEntitiesStage(() => fakeTagger([]))]).run(articleOf("Mira Halden fue a Kenia.", [], "es"));
    expect(record.entities).toEqual([]);
    expect(record.warnings.map((w) => w.code)).toEqual(["LANGUAGE_UNSUPPORTED"]);
    // Language not identified, but the script says it is not English.
    const cyrillic = new Pipeline([createEntitiesStage(() => fakeTagger([]))]).run(articleOf("Власти Японии заявили в Токио.", [], "und"));
    expect(cyrillic.entities).toEqual([]);
    expect(cyrillic.warnings.map((w) => w.code)).toEqual(["LANGUAGE_UNSUPPORTED"]);
  });
});
