import { describe, expect, it } from "vitest";
import { parseAnalyzeArgs } from "./analyze.js";

describe("parseAnalyzeArgs", () => {
  it("refuses an unknown stage in --stages or --disable before any work, with one prefix", () => {
    expect(() => parseAnalyzeArgs(["a.txt", "--stages", "bogus"])).toThrow(/^unknown stage "bogus"; known stages: structure/);
    expect(() => parseAnalyzeArgs(["a.txt", "--disable", "bogus"])).toThrow(/^unknown stage "bogus"/);
    expect(() => parseAnalyzeArgs(["a.txt", "--map", "text"])).toThrow(/^--map expects field=field pairs/);
  });

  it("takes known stages", () => {
    const run = parseAnalyzeArgs(["a.txt", "--stages", "structure,language", "--disable", "entities"]);
    expect(run).toMatchObject({ paths: ["a.txt"], options: { stages: ["structure", "language"], disable: ["entities"] } });
  });
});
