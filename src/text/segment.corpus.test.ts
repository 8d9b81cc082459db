import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPORA_DIR, loadCorpora } from "../../bench/corpora.js";
import { segment } from "./segment.js";

describe.skipIf(!existsSync(CORPORA_DIR))(`segment on real news (${CORPORA_DIR}; skipped when absent)`, () => {
  it("gives ordered, non-overlapping tokens whose text is exactly the original slice", () => {
    let checked = 0;
    for (const corpus of loadCorpora(150)) {
      for (const text of corpus.texts) {
        let last = 0;
        for (const s of segment(text)) {
          for (const t of s.tokens) {
            if (t.start < last || t.end <= t.start || text.slice(t.start, t.end) !== t.text) {
              expect.fail(`${corpus.name}: bad token ${JSON.stringify(t)} after offset ${last}`);
            }
            last = t.end;
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
