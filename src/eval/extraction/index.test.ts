import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateSet, loadSet } from "./index.js";
import { setKind } from "./sets.js";

const HARBOUR = readFileSync(new URL("../../../test/fixtures/html/harbour-article.html", import.meta.url));

describe("set kinds", () => {
  it("are recognised from the gold fields", () => {
    expect(setKind([{ id: "a", body: "x" }])).toBe("shingle");
    expect(setKind([{ id: "a", body: "x", body_paragraphs: ["x"] }])).toBe("rouge");
    expect(setKind([{ id: "a", body: "x", headline: "h", author: null }])).toBe("words");
    expect(setKind([{ id: "a", published: "2020-01-01" }])).toBe("date");
  });
});

describe("evaluateSet on a set made here", () => {
  const dir = mkdtempSync(join(tmpdir(), "ng-extraction-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "pages"));
  writeFileSync(join(dir, "pages", "harbour.html.gz"), gzipSync(HARBOUR));
  writeFileSync(join(dir, "pages", "empty.html.gz"), gzipSync("<html><body><nav><a href='/'>Home</a></nav></body></html>"));
  const body = [
    "The Eastwick harbour board voted on Tuesday evening to build a new ferry pier, ending a dispute that has divided the town for almost a decade.",
    "Board members approved the plan by seven votes to two, after a public meeting that ran for more than four hours and drew a crowd of residents, fishermen and ferry operators.",
  ].join("\n\n");
  const gold = [
    {
      id: "harbour",
      headline: "Harbour board approves new ferry pier",
      author: "Mara Quill and Tobias Fenn",
      published: "2024-04-02",
      body,
    },
    { id: "empty", headline: "Nothing here", author: null, published: null, body: "" },
  ];
  writeFileSync(join(dir, "gold.jsonl"), gold.map((g) => JSON.stringify(g)).join("\n") + "\n");

  it("scores bodies, headlines and pages", () => {
    const { scores, pages } = evaluateSet(loadSet(dir));
    expect(scores).toMatchObject({ kind: "words", pages: 2 });
    const harbour = pages.find((p) => p.id === "harbour")!;
    // The gold has the first two paragraphs only: full recall, partial precision.
    expect(harbour.bodyF1).toBeGreaterThan(0.3);
    expect(harbour.bodyF1).toBeLessThan(1);
    expect(pages.find((p) => p.id === "empty")!.bodyF1).toBe(1);
    expect(scores.headlineExact).toBe(0.5);
    expect(scores.pagesPerSecond).toBeGreaterThan(0);
  });
});

const ZYTE = resolve(import.meta.dirname, "../../../../shared/eval/extraction/zyte-aeb");

describe.skipIf(!existsSync(ZYTE))("evaluateSet on zyte-aeb (needs ../shared/eval)", () => {
  it("keeps the body F1 of the first 30 pages above 0.95", () => {
    const { scores } = evaluateSet(loadSet(ZYTE), 30);
    expect(scores.kind).toBe("shingle");
    expect(scores.bodyF1).toBeGreaterThan(0.95);
  });
});
