/**
 * Table-driven check of the structure stage over the project's own page-dump and plain-text
 * fixtures (test/fixtures/dumps/NAME.txt with NAME.json): the metadata (language aside, which
 * another stage sets) must equal the expected object, and the blocks must match in order, role and
 * opening text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze/index.js";

const dir = join(import.meta.dirname, "fixtures/dumps");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();

interface Expected {
  about: string;
  metadata: Record<string, unknown>;
  blocks: string[];
}

describe("structure stage on page-dump and plain-text fixtures", () => {
  it("has at least 25 fixtures, each with expectations", () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const n of names) expect(readdirSync(dir)).toContain(n.replace(/\.txt$/, ".json"));
  });

  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, ".json")), "utf8")) as Expected;
    it(`${name}: ${expected.about}`, () => {
      const record = analyze({ bytes: readFileSync(join(dir, name)), path: name }, { stages: ["structure"] });
      const { language: _language, ...metadata } = record.metadata;
      expect(metadata).toEqual(expected.metadata);
      const got = record.blocks.map((b) => `${b.role}: ${b.text}`);
      expect(got).toHaveLength(expected.blocks.length);
      expected.blocks.forEach((want, i) => expect(got[i]!.startsWith(want), `block ${i}: ${got[i]}`).toBe(true));
      for (const b of record.blocks) {
        expect(b.text).toBe(record.text.slice(b.start, b.end));
        expect(b.text).toBe(b.text.trim());
      }
      for (let i = 1; i < record.blocks.length; i++) expect(record.blocks[i]!.start).toBeGreaterThanOrEqual(record.blocks[i - 1]!.end);
    });
  }
});
