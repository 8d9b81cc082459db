// Not in vitest.config.ts include (src/, test/); run with: npx vitest run --root scripts --config /dev/null
import { describe, expect, it } from "vitest";
import { rng } from "./perceptron.js";
import { readDocs, score, unseenRecall } from "./robustness.js";
import { LOC, ORG, PER, RealNames, swapDocument, type SwapSentence } from "./swap.js";

const CONLL = [
  "-DOCSTART- -X- O O",
  "",
  "Bill NNP I-NP I-PER",
  "Clinton NNP I-NP I-PER",
  "visited VBD I-VP O",
  "Paris NNP I-NP I-LOC",
  ". . O O",
  "",
  "Clinton NNP I-NP I-PER",
  "met VBD I-VP O",
  "the DT I-NP O",
  "Bank NNP I-NP I-ORG",
  "of IN I-PP I-ORG",
  "England NNP I-NP I-ORG",
  ". . O O",
  "",
  "CLINTON NNP I-NP I-PER",
  "IN IN I-PP O",
  "PARIS NNP I-NP I-LOC",
  "",
].join("\n");

const doc = readDocs(CONLL)[0]!;
const real = RealNames.fromSentences([
  { tokens: ["Jacques", "Chirac", "spoke", "in", "Bonn", "for", "Daimler", "Benz", "."], spans: [] },
  { tokens: "Helmut Kohl and John Major met in Rome at Fiat".split(" "), spans: [] },
]);
real.byType[PER]!.push(["Jacques", "Chirac"], ["Helmut", "Kohl"], ["John", "Major"]);
real.byType[ORG]!.push(["Daimler", "Benz"], ["Fiat"]);
real.byType[LOC]!.push(["Bonn"], ["Rome"]);

const mention = (s: SwapSentence, i: number) => s.tokens.slice(s.spans[i]!.start, s.spans[i]!.end).join(" ");

describe("swapDocument", () => {
  it("reads CoNLL mentions", () => {
    expect(doc.map((s) => s.spans.length)).toEqual([2, 2, 2]);
    expect(mention(doc[1]!, 1)).toBe("Bank of England");
  });

  it("invents same-type names, keeps the rest, and is consistent within a document", () => {
    const out = swapDocument(doc, { pool: "invented", rand: rng(7) });
    expect(out[0]!.tokens.slice(2)).toEqual(["visited", out[0]!.tokens[3], "."]);
    const [first, last] = out[0]!.tokens.slice(0, 2);
    expect(first).not.toBe("Bill");
    expect(last).not.toBe("Clinton");
    // "Clinton" alone gets the invented surname; "Bank of" stays, "England" changes.
    expect(mention(out[1]!, 0)).toBe(last);
    expect(out[1]!.tokens.slice(3, 5)).toEqual(["Bank", "of"]);
    expect(out[1]!.tokens[5]).not.toBe("England");
    // The capitals line gets the same names in capitals.
    expect(mention(out[2]!, 0)).toBe(last!.toUpperCase());
    expect(mention(out[2]!, 1)).toBe(out[0]!.tokens[3]!.toUpperCase());
    expect(out.map((s) => s.spans.map((sp) => sp.type))).toEqual(doc.map((s) => s.spans.map((sp) => sp.type)));
    // Pure and seeded: the input is unchanged and the same seed gives the same output.
    expect(doc[0]!.tokens[1]).toBe("Clinton");
    expect(swapDocument(doc, { pool: "invented", rand: rng(7) })).toEqual(out);
    expect(swapDocument(doc, { pool: "invented", rand: rng(8) })).not.toEqual(out);
  });

  it("draws real names of the same type, never one from the sentence, and keeps spans aligned", () => {
    const out = swapDocument(doc, { pool: "real", real, rand: rng(3) });
    const per = out[0]!.tokens.slice(out[0]!.spans[0]!.start, out[0]!.spans[0]!.end);
    expect(real.byType[PER]!.map((n) => n.join(" "))).toContain(per.join(" "));
    expect(["Bonn", "Rome"]).toContain(mention(out[0]!, 1));
    expect(["Daimler Benz", "Fiat"]).toContain(mention(out[1]!, 1));
    // The one-token "Clinton" becomes the replacement's surname.
    expect(mention(out[1]!, 0)).toBe(per[per.length - 1]);
    expect(out[1]!.tokens.slice(-1)).toEqual(["."]);
    expect(mention(out[2]!, 1)).toBe(mention(out[0]!, 1).toUpperCase());
  });

  it("skips real names from capitals lines", () => {
    const names = RealNames.fromSentences([
      { tokens: ["SOCCER", "-", "AJAX", "WIN"], spans: [{ start: 2, end: 3, type: ORG }] },
      {
        tokens: ["Ajax", "won", "in", "COMMACK"],
        spans: [
          { start: 0, end: 1, type: ORG },
          { start: 3, end: 4, type: LOC },
        ],
      },
    ]);
    expect(names.byType[ORG]).toEqual([["Ajax"]]);
    expect(names.byType[LOC]).toEqual([]);
  });
});

describe("robustness measures", () => {
  it("scores spans and splits recall by unseen words", () => {
    const pred = [doc.map((s, i) => (i === 0 ? s.spans : s.spans.slice(0, 1)))];
    const f = score([doc], pred);
    expect([f.gold, f.predicted, f.correct]).toEqual([6, 4, 4]);
    const split = unseenRecall([doc], pred, new Set(["Bill", "Clinton", "Paris", "CLINTON", "PARIS"]));
    expect(split.unseen).toEqual({ mentions: 1, found: 0, recall: 0 });
    expect(split.seen.mentions).toBe(5);
    expect(split.seen.found).toBe(4);
  });
});
