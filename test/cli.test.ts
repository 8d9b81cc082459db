import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateRecord } from "../src/model/validate.js";
import { CLI_PATH, ROOT, jsonLines, runCli, type CliRun } from "./run-cli.js";

const ONE = "Port talks resume\n\nThe two governments resumed talks on Monday. Officials said a deal was close.\n";
const TWO = "Ships leave harbour\n\nThe first ships left the harbour on Tuesday morning after the talks.\n";
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
  mkdirSync(file("batch"));
  writeFileSync(file("batch/a.txt"), ONE);
  writeFileSync(file("batch/b.txt"), TWO);
  writeFileSync(
    file("batch/c.bin"),
    Uint8Array.from({ length: 512 }, (_, i) => i % 7),
  );
  writeFileSync(file("one.txt"), ONE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsgraph CLI", () => {
  // The CLI runs are independent, so they start together (each pays the process start-up once).
  const runs: Record<string, CliRun> = {};
  beforeAll(async () => {
    const plan: Record<string, [string[], string?]> = {
      help: [["--help"]],
      analyzeHelp: [["analyze", "--help"]],
      json: [["analyze", file("one.txt")]],
      pretty: [["analyze", file("one.txt"), "--format", "pretty"]],
      batch: [["analyze", file("batch"), file("nowhere.txt")]],
      out: [["analyze", file("batch/a.txt"), file("batch/b.txt"), "--out", file("out.jsonl")]],
      stdin: [["analyze", "-"], TWO],
      noInput: [["analyze"]],
      bare: [[]],
      badFormat: [["analyze", file("one.txt"), "--format", "xml"]],
      badOut: [["analyze", file("one.txt"), "--out", file("no-such-folder/out.jsonl")]],
    };
    await Promise.all(Object.entries(plan).map(async ([name, [args, stdin]]) => (runs[name] = await runCli(args, stdin))));
  }, 60_000);

  it("--help shows usage with examples; analyze --help shows options, exit codes and examples", () => {
    const top = runs.help!;
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("newsgraph analyze");
    expect(top.stdout).toContain("Exit codes");
    const analyze = runs.analyzeHelp!;
    expect(analyze.code).toBe(0);
    expect(analyze.stdout).toMatch(/--format json\|jsonl\|pretty/);
    expect(analyze.stdout).toMatch(/Examples:\n\s+newsgraph analyze \S+/);
    expect(analyze.stdout).toContain("newsgraph analyze -");
  });

  it("one file: one JSON record by default, indented with --format pretty", () => {
    const json = runs.json!;
    expect(json.code).toBe(0);
    expect(json.stdout.trimEnd().split("\n")).toHaveLength(1);
    const record = JSON.parse(json.stdout);
    expect(record.schema).toBe("newsgraph/article@1");
    expect(record.source.path).toBe(file("one.txt"));
    expect(record.text).toBe(ONE);
    expect(validateRecord(record)).toEqual([]);
    const pretty = runs.pretty!;
    expect(pretty.stdout).toContain('\n  "schema": "newsgraph/article@1"');
    expect(JSON.parse(pretty.stdout)).toEqual({ ...record, provenance: expect.anything() });
  });

  it("a folder streams JSONL in path order; an unreadable file is an error line and the exit code is 1 at the end", () => {
    const run = runs.batch!;
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.source.path)).toEqual([file("batch/a.txt"), file("batch/b.txt"), file("batch/c.bin"), file("nowhere.txt")]);
    expect(lines[0]!.text).toBe(ONE);
    expect(lines[1]!.text).toBe(TWO);
    for (const bad of [lines[2]!, lines[3]!]) {
      expect(Object.keys(bad)).toEqual(["source", "error"]);
      expect(Object.keys(bad.error)).toEqual(["code", "message"]);
    }
    expect(lines[2]!.error.code).toBe("BINARY_INPUT");
    expect(lines[3]!.error.code).toBe("NOT_FOUND");
    expect(lines[3]!.error.message).toContain("nowhere.txt");
  });

  it("writes JSONL to --out instead of stdout; no progress line when stderr is not a terminal", () => {
    const run = runs.out!;
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("");
    expect(jsonLines(readFileSync(file("out.jsonl"), "utf8")).map((l) => l.text)).toEqual([ONE, TWO]);
  });

  it('reads stdin for "-"', () => {
    const run = runs.stdin!;
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.source.path).toBe("-");
    expect(record.text).toBe(TWO);
    expect(record.metadata.language).toBe("en");
  });

  it("bad usage exits 2 with a message", () => {
    expect(runs.noInput!.code).toBe(2);
    expect(runs.noInput!.stderr).toContain("no input given");
    expect(runs.bare!.code).toBe(2);
    expect(runs.bare!.stdout).toBe("");
    expect(runs.bare!.stderr).toContain("Usage:");
    expect(runs.badFormat!.code).toBe(2);
    expect(runs.badFormat!.stderr).toContain('found "xml"');
  });

  it("an --out it cannot write exits 2 with one line, not a stack trace", () => {
    expect(runs.badOut!.code).toBe(2);
    expect(runs.badOut!.stderr).toMatch(/^newsgraph analyze: cannot write --out ".*no-such-folder\/out\.jsonl": ENOENT/);
    expect(runs.badOut!.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("stops quietly when the reader closes the pipe (| head)", async () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => JSON.stringify({ text: `Ship ${i} left the harbour on Tuesday morning.` }));
    writeFileSync(file("many.jsonl"), lines.join("\n"));
    const child = spawn(process.execPath, ["--import", "tsx", CLI_PATH, "analyze", file("many.jsonl"), "--format", "jsonl"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const [code] = (await once(child, "close")) as [number | null];
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
