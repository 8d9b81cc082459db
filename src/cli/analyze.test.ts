import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnalyzeArgs, runAnalyze } from "./analyze.js";

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

describe("runAnalyze", () => {
  it("refuses an --out that is one of the inputs, before writing it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-analyze-"));
    const input = join(dir, "same.txt");
    writeFileSync(input, "Ships left the harbour.\n");
    expect(await runAnalyze([input, "--out", join(dir, ".", "same.txt")])).toBe(2);
    expect(readFileSync(input, "utf8")).toBe("Ships left the harbour.\n");
    rmSync(dir, { recursive: true, force: true });
  });
});
