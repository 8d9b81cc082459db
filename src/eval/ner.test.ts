import { describe, expect, it } from "vitest";
import type { NerSpan, Tagger } from "../analyze/entities/tagger/types.js";
import type { Sentence } from "../text/types.js";
import { conllDocument, entitiesTagger, scoreNer } from "./ner.js";
import { parseConll } from "./conll.js";

const SNIPPET = `-DOCSTART- -X- O O

Anna I-PER
Berg I-PER
met O
Carl I-PER
in O
Oslo I-LOC
. O

Rain O
fell O
on O
Bergen I-LOC
`;

/** A tagger that returns fixed token spans [sentence, firstToken, lastToken, type]. */
function fixed(spans: [number, number, number, NerSpan["type"]][]): Tagger {
  return {
    tag(_text: string, sentences: Sentence[]): NerSpan[] {
      return spans.map(([s, a, b, type]) => ({ start: sentences[s]!.tokens[a]!.start, end: sentences[s]!.tokens[b]!.end, type, score: 1 }));
    },
  };
}

describe("conllDocument", () => {
  it("joins tokens with spaces and sentences with newlines, with offsets that slice back to the tokens", () => {
    const { text, sentences } = conllDocument(parseConll(SNIPPET)[0]!);
    expect(text).toBe("Anna Berg met Carl in Oslo .\nRain fell on Bergen");
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("scoreNer", () => {
  it("counts exact span+type matches only (micro and per type)", () => {
    // Gold: PER Anna Berg, PER Carl, LOC Oslo, LOC Bergen.
    const s = scoreNer(
      SNIPPET,
      fixed([
        [0, 0, 1, "PER"], // right
        [0, 3, 3, "ORG"], // wrong type
        [0, 5, 5, "LOC"], // right
        [1, 2, 3, "LOC"], // wrong span
      ]),
    );
    expect(s.gold).toBe(4);
    expect(s.predicted).toBe(4);
    expect(s.correct).toBe(2);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.perType.PER).toMatchObject({ gold: 2, predicted: 1, correct: 1, precision: 1, recall: 0.5 });
    expect(s.perType.ORG).toMatchObject({ gold: 0, predicted: 1, correct: 0, f1: 0 });
    expect(s.perType.LOC).toMatchObject({ gold: 2, predicted: 2, correct: 1, f1: 0.5 });
    expect(s.tokens).toBe(11);
  });

  it("scores a span that does not sit on token edges as a wrong prediction", () => {
    const tagger: Tagger = { tag: () => [{ start: 1, end: 9, type: "PER", score: 1 }] };
    const s = scoreNer(SNIPPET, tagger);
    expect(s.predicted).toBe(1);
    expect(s.correct).toBe(0);
  });

  it("gives a perfect score to a perfect tagger", () => {
    const s = scoreNer(
      SNIPPET,
      fixed([
        [0, 0, 1, "PER"],
        [0, 3, 3, "PER"],
        [0, 5, 5, "LOC"],
        [1, 3, 3, "LOC"],
      ]),
    );
    expect(s.f1).toBe(1);
  });
});

describe("entitiesTagger (what analyze emits)", () => {
  it("types the tagger's spans through the entities stage and maps them onto the CoNLL types", () => {
    const perfect = fixed([
      [0, 0, 1, "PER"],
      [0, 3, 3, "PER"],
      [0, 5, 5, "LOC"],
      [1, 3, 3, "LOC"],
    ]);
    const { text, sentences } = conllDocument(parseConll(SNIPPET)[0]!);
    const spans = entitiesTagger(perfect).tag(text, sentences);
    // Oslo and Bergen become GPE entities in the record, LOC on the CoNLL scale.
    expect(spans.map((sp) => `${text.slice(sp.start, sp.end)}:${sp.type}`).sort()).toEqual([
      "Anna Berg:PER",
      "Bergen:LOC",
      "Carl:PER",
      "Oslo:LOC",
    ]);
    expect(scoreNer(SNIPPET, entitiesTagger(perfect)).f1).toBe(1);
  });

  it("scores no nominal mention and no role-only person", () => {
    const doc = `-DOCSTART- -X- O O

The O
alliance O
said O
the O
ambassador O
left O
. O
`;
    const s = scoreNer(doc, entitiesTagger(fixed([])));
    expect(s.predicted).toBe(0);
  });
});
