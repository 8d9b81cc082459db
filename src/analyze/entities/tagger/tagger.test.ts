import { describe, expect, it } from "vitest";
import { segment } from "../../../text/segment.js";
import { loadTagger } from "./index.js";

const tagger = loadTagger();
const tag = (text: string) => tagger.tag(text, segment(text)).map((s) => ({ text: text.slice(s.start, s.end), type: s.type }));

describe("loadTagger", () => {
  it("is cached", () => {
    expect(loadTagger()).toBe(tagger);
  });

  it("finds people, places and organisations in plain news text", () => {
    const found = tag("Prime Minister Margaret Okonjo met officials of the World Bank in Nairobi on Tuesday.");
    expect(found).toContainEqual({ text: "Margaret Okonjo", type: "PER" });
    expect(found).toContainEqual({ text: "Nairobi", type: "LOC" });
    expect(found.some((f) => f.text.includes("World Bank") && f.type === "ORG")).toBe(true);
  });

  it("returns spans with offsets into the text and scores in 0..1", () => {
    const text = "Talks between Germany and France resumed in Brussels.";
    const spans = tagger.tag(text, segment(text));
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expect.arrayContaining(["Germany", "France", "Brussels"]));
  });

  it("tags an all-caps headline", () => {
    const found = tag("GERMANY BEATS FRANCE IN PARIS");
    expect(found.filter((f) => f.type === "LOC").map((f) => f.text)).toEqual(expect.arrayContaining(["GERMANY", "PARIS"]));
  });
});

describe("hostile input", () => {
  it("handles empty input and sentences without tokens", () => {
    expect(tagger.tag("", [])).toEqual([]);
    expect(tagger.tag("   ", [{ start: 0, end: 0, tokens: [] }])).toEqual([]);
  });

  it("survives emoji, non-Latin scripts and text without spaces", () => {
    const texts = ["🙂🙂🙂 Vladimir 🚀 met 習近平 in Москва 🇷🇺", "مرحبا بكم في الرياض اليوم", "x".repeat(100_000), "AbCdEf".repeat(20_000)];
    for (const t of texts) {
      const spans = tagger.tag(t, segment(t));
      for (const s of spans) expect(t.slice(s.start, s.end).length).toBeGreaterThan(0);
    }
  });

  it("tags an all-caps document and a sentence longer than the tagging window", () => {
    const caps = "OFFICIALS IN MADRID SAID ON MONDAY THAT TALKS WITH THE EUROPEAN COMMISSION WOULD RESUME.\n".repeat(50);
    expect(tag(caps).filter((f) => f.text === "MADRID")).toHaveLength(50);
    const long = Array.from({ length: 2500 }, (_, i) => (i === 1500 ? "Madrid" : "word")).join(" ");
    expect(tag(long)).toContainEqual({ text: "Madrid", type: "LOC" });
  });

  it("tags a 10,000-token sentence in linear time", () => {
    const words = "Smith said Acme Corp will open offices in Lyon and Kyoto next year while".split(" ");
    const sentence = (n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(" ");
    const time = (text: string) => {
      const sents = segment(text);
      const t0 = performance.now();
      tagger.tag(text, sents);
      return performance.now() - t0;
    };
    time(sentence(2000)); // warm-up
    const small = time(sentence(10_000));
    const big = time(sentence(40_000));
    expect(big / small).toBeLessThan(10); // 4x the tokens: linear is ~4, quadratic would be ~16
  });
});

describe("hard cases", () => {
  it("tags a Title-Case headline like an all-caps one, without swallowing the common words", () => {
    const found = tag("Brazil Says It Will Answer Firmly After Protests Near Lisbon");
    expect(found).toContainEqual({ text: "Brazil", type: "LOC" });
    expect(found).toContainEqual({ text: "Lisbon", type: "LOC" });
    expect(found.some((f) => /Says|Answer|Protests/.test(f.text))).toBe(false);
  });

  it("does not treat a name-heavy sentence as a headline", () => {
    const found = tag("Angela Merkel met Emmanuel Macron and Mark Rutte in Berlin.");
    expect(found.filter((f) => f.type === "PER").map((f) => f.text)).toEqual(["Angela Merkel", "Emmanuel Macron", "Mark Rutte"]);
  });

  it("leaves a possessive 's out of the entity", () => {
    const found = tag("Talks resumed on Monday after Chancellor Olaf Brenner’s visit to Warsaw.");
    expect(found).toContainEqual({ text: "Olaf Brenner", type: "PER" });
  });

  it("finds names at the start of a sentence and after a title", () => {
    const found = tag("Mr. Tanaka spoke. Tanaka said Japan would respond.");
    expect(found.filter((f) => f.text === "Tanaka").length).toBe(2);
    expect(found).toContainEqual({ text: "Japan", type: "LOC" });
  });
});
