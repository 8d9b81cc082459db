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
    expect(() => parseAnalyzeArgs(["a.txt", "--map", "text=body=x"])).toThrow(/^--map expects field=field pairs, found "text=body=x"/);
    expect(() => parseAnalyzeArgs(["a.txt", "--map", "text=body,text=content"])).toThrow(/^--map names the record field "text" twice/);
  });

  it("takes known stages", () => {
    const run = parseAnalyzeArgs(["a.txt", "--stages", "structure,language", "--disable", "entities"]);
    expect(run).toMatchObject({ paths: ["a.txt"], options: { stages: ["structure", "language"], disable: ["entities"] } });
  });
});

describe("parseAnalyzeArgs: small usage errors", () => {
  it("checks --kind before asking for an input: a path after --kind is a bad kind", () => {
    expect(() => parseAnalyzeArgs(["--kind", "/tmp/a.txt"])).toThrow(/^--kind must be one of .*found "\/tmp\/a.txt"/);
  });

  it("refuses a --fetch-max that is not a whole number", () => {
    expect(() => parseAnalyzeArgs(["a.xml", "--fetch", "--fetch-max", "abc"])).toThrow(/^--fetch-max must be a whole number, found "abc"/);
    expect(parseAnalyzeArgs(["a.xml", "--fetch-max", "3"])).toMatchObject({ paths: ["a.xml"] });
  });

  it("refuses an empty or repeated stage list", () => {
    expect(() => parseAnalyzeArgs(["a.txt", "--stages="])).toThrow(/^--stages expects stage names, each once, found ""/);
    expect(() => parseAnalyzeArgs(["a.txt", "--stages", "structure,structure"])).toThrow(/^--stages expects stage names/);
    expect(() => parseAnalyzeArgs(["a.txt", "--disable", "entities,"])).toThrow(/^--disable expects stage names/);
  });

  it("reads --out - as stdout", () => {
    expect(parseAnalyzeArgs(["a.txt", "--out", "-"])).toMatchObject({ out: undefined });
  });

  it("makes parseArgs' own errors usage errors", () => {
    expect(() => parseAnalyzeArgs(["a.txt", "--bogus"])).toThrow(/Unknown option '--bogus'/);
    expect(() => parseAnalyzeArgs(["a.txt", "--bogus"])).not.toThrow(TypeError);
  });
});

describe("runAnalyze", () => {
  it("refuses an --out that is one of the inputs, or bad stages, before writing --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-analyze-"));
    const input = join(dir, "same.txt");
    writeFileSync(input, "Ships left the harbour.\n");
    expect(await runAnalyze([input, "--out", join(dir, ".", "same.txt")])).toBe(2);
    expect(readFileSync(input, "utf8")).toBe("Ships left the harbour.\n");
    writeFileSync(join(dir, "keep.json"), "precious\n");
    expect(await runAnalyze([input, "--stages", "bogus", "--out", join(dir, "keep.json")])).toBe(2);
    expect(readFileSync(join(dir, "keep.json"), "utf8")).toBe("precious\n");
    rmSync(dir, { recursive: true, force: true });
  });
});
