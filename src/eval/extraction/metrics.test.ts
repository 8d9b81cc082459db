import { describe, expect, it } from "vitest";
import {
  authorSet,
  dateOutcome,
  datePrf,
  macroPrf,
  normalizeExact,
  sameSet,
  shinglePage,
  shingles,
  wordBagPage,
  wordTokens,
} from "./metrics.js";
import { rougeLsumBest, rougeSentences, rougeTokens } from "./rouge.js";

describe("word tokens", () => {
  it("keeps letters, digits and underscore runs, drops punctuation", () => {
    expect(wordTokens("It's 3:15 — snake_case, café!")).toEqual(["It", "s", "3", "15", "snake_case", "café"]);
  });
});

describe("zyte shingle metric", () => {
  it("makes 4-token shingles, or one shingle of a short text", () => {
    expect([...shingles("a b c d e").keys()]).toEqual(["a b c d", "b c d e"]);
    expect([...shingles("a b").keys()]).toEqual(["a b"]);
    expect(shingles("  ,, ").size).toBe(0);
  });
  it("scores a perfect page 1/1 and normalises TP/FP/FN per page", () => {
    expect(shinglePage("one two three four five", "one two three four five")).toEqual({ precision: 1, recall: 1 });
    // gold shingles: [1234, 2345]; predicted: [1234, 2349] -> TP 1, FP 1, FN 1
    const s = shinglePage("w1 w2 w3 w4 w5", "w1 w2 w3 w4 w9");
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
  });
  it("leaves a page without predicted shingles out of the precision mean", () => {
    const empty = shinglePage("a b c d e", "");
    expect(empty.precision).toBeUndefined();
    expect(empty.recall).toBe(0);
    const agg = macroPrf([empty, { precision: 1, recall: 1 }]);
    expect(agg.precision).toBe(1);
    expect(agg.recall).toBe(0.5);
    expect(agg.f1).toBeCloseTo(2 / 3);
  });
});

describe("wcxb word metric", () => {
  it("compares lowercase bags of words", () => {
    const s = wordBagPage("The cat sat", "the CAT ran away");
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 3);
  });
  it("scores empty gold 1 only against empty output", () => {
    expect(wordBagPage("", "").f1).toBe(1);
    expect(wordBagPage("", "x").f1).toBe(0);
    expect(wordBagPage("x", "").f1).toBe(0);
  });
});

describe("exact headline and author comparison", () => {
  it("normalises NFKC, whitespace and case", () => {
    expect(normalizeExact("  Ｈello \n World ")).toBe("hello world");
  });
  it("compares authors as sets of names", () => {
    expect(sameSet(authorSet("Ann Lee and Bo Chan"), authorSet(["bo chan", "Ann  Lee"]))).toBe(true);
    expect(sameSet(authorSet("Ann Lee, Bo Chan"), authorSet(["Ann Lee"]))).toBe(false);
  });
});

describe("date metric", () => {
  it("counts hits, false positives and misses, pooled", () => {
    const outcomes = [
      dateOutcome("2020-01-02", "2020-01-02T10:00:00Z"),
      dateOutcome("2020-01-02", "2020-01-03"),
      dateOutcome("2020-01-02", undefined),
      dateOutcome(null, "2020-01-01"),
      dateOutcome("2020-01", "2020-01-09"),
    ];
    expect(outcomes).toEqual(["hit", "falsePositive", "miss", "falsePositive", "hit"]);
    const d = datePrf(outcomes);
    expect(d.precision).toBeCloseTo(2 / 4);
    expect(d.recall).toBeCloseTo(2 / 3);
  });
});

describe("ROUGE-LSum", () => {
  it("tokenises like rouge_score (ASCII alphanumerics, lowercase)", () => {
    expect(rougeTokens("Café, NATO's 2nd!")).toEqual(["caf", "nato", "s", "2nd"]);
  });
  it("splits sentences on line breaks and sentence ends, not on Mr.", () => {
    expect(rougeSentences("Mr. Smith came. He left!\nNew line").length).toBe(3);
  });
  it("is 1 for an identical text and lower for a partial one", () => {
    const gold = ["The minister arrived on Monday.", "Talks went on late."];
    expect(rougeLsumBest(gold, [], "The minister arrived on Monday.\n\nTalks went on late.").f1).toBeCloseTo(1);
    const half = rougeLsumBest(gold, [], "The minister arrived on Monday.");
    expect(half.precision).toBeCloseTo(1);
    expect(half.recall).toBeCloseTo(5 / 9);
  });
  it("takes the best variant over optional paragraphs", () => {
    const gold = ["The minister arrived on Monday.", "Photo caption text here."];
    expect(rougeLsumBest(gold, [1], "The minister arrived on Monday.").f1).toBeCloseTo(1);
    expect(rougeLsumBest(gold, [], "The minister arrived on Monday.").f1).toBeLessThan(1);
  });
});
