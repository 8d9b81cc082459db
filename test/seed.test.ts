/**
 * The reference article: runs ../shared/tools/check-seed.mjs on the record of
 * ../shared/fixtures/seed/article.txt and requires every metadata, blocks and entities expectation to
 * pass (quotes, times and events are later layers).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze/index.js";

const shared = resolve(import.meta.dirname, "../../shared");
const seed = join(shared, "fixtures/seed/article.txt");
const checker = join(shared, "tools/check-seed.mjs");

describe.skipIf(!existsSync(seed) || !existsSync(checker))("seed article (needs ../shared/fixtures/seed and ../shared/tools)", () => {
  it("passes every metadata, blocks and entities check of expected.json", () => {
    const record = analyze({ bytes: readFileSync(seed), path: seed });
    const file = join(mkdtempSync(join(tmpdir(), "newsgraph-seed-")), "record.json");
    writeFileSync(file, JSON.stringify(record));
    let output: string;
    try {
      output = execFileSync(process.execPath, [checker, file, "--only", "metadata,blocks,entities"], { encoding: "utf8" });
    } catch (err) {
      output = (err as { stdout: string }).stdout;
    }
    const rows = output.split("\n").filter((l) => /^(PASS|FAIL) /.test(l));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((r) => r.startsWith("FAIL"))).toEqual([]);
  });
});
