import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzePaths, isErrorResult, type AnalyzeResult } from "../src/analyze/index.js";
import type { ArticleRecord } from "../src/model/record.js";
import { validateRecord } from "../src/model/validate.js";
import { gzipMembers, page, warcRecord } from "./fixtures/inputs/build.js";

/** Every input kind, mixed in one folder (and one sub-folder), all written for this test. */
let dir: string;
const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title>
<item><title>Feed story</title><link>https://gazette.example/feed-story</link><content:encoded><![CDATA[<p>The feed story text runs here.</p>]]></content:encoded></item></channel></rss>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-inputs-"));
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "a-page.html"), page("Page story", ["The page story text runs here."]));
  writeFileSync(join(dir, "b-feed.xml"), rss);
  writeFileSync(
    join(dir, "c-crawl.warc.gz"),
    gzipMembers([warcRecord({ uri: "https://crawl.example/w", body: page("Warc story", ["The warc story text runs here."]) })]),
  );
  writeFileSync(
    join(dir, "d-export.jsonl.gz"),
    gzipSync(`${JSON.stringify({ title: "Line story", body: "The line story text runs here." })}\n`),
  );
  writeFileSync(join(dir, "sub", "e-notes.txt"), "Plain story\n\nThe plain story text runs here.\n");
  writeFileSync(join(dir, "sub", "f-page-without-extension.gz"), gzipSync(page("Zipped story", ["The zipped story text runs here."])));
  // An image is a site's asset, passed over in a folder; binary data of no known kind is an error line.
  writeFileSync(join(dir, "sub", "g-image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(dir, "sub", "h-blob.bin"), Buffer.from([0x00, 0x01, 0x02, 0xfe, 0, 0, 0, 0]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[], options = {}): Promise<AnalyzeResult[]> {
  const out: AnalyzeResult[] = [];
  for await (const r of analyzePaths(paths, options)) out.push(r);
  return out;
}

describe("mixed inputs", () => {
  it("a folder of every kind gives one valid record per article, in order, with its kind", async () => {
    const rs = await collect([dir]);
    expect(rs.filter(isErrorResult).map((r) => [r.source.path, r.error.code])).toEqual([[join(dir, "sub", "h-blob.bin"), "BINARY_INPUT"]]);
    const records = rs.filter((r): r is ArticleRecord => !isErrorResult(r));
    expect(records.map((r) => [r.source.kind, r.text.match(/The (\w+) story/)?.[1]])).toEqual([
      ["html", "page"],
      ["feed", "feed"],
      ["warc", "warc"],
      ["jsonl", "line"],
      ["text", "plain"],
      ["html", "zipped"],
    ]);
    for (const r of records) expect(validateRecord(r)).toEqual([]);
  });

  it("globs and --kind work across kinds", async () => {
    const rs = await collect([join(dir, "*.{xml,jsonl.gz}")]);
    expect(rs.map((r) => (isErrorResult(r) ? r.error.code : r.source.kind))).toEqual(["feed", "jsonl"]);
    const forced = await collect([join(dir, "a-page.html")], { kind: "text" });
    expect(!isErrorResult(forced[0]!) && forced[0]!.source.kind).toBe("text");
  });

  it("a missing file is an error line and the batch goes on", async () => {
    const rs = await collect([join(dir, "nope.warc"), join(dir, "b-feed.xml")]);
    expect(isErrorResult(rs[0]!) && rs[0]!.error.code).toBe("NOT_FOUND");
    expect(!isErrorResult(rs[1]!) && rs[1]!.source.kind).toBe("feed");
  });

  it("the CLI reads a gzipped WARC from stdin and a --map'd JSONL", () => {
    const warc = gzipMembers([
      warcRecord({ uri: "https://crawl.example/s", body: page("Stdin story", ["The stdin story text runs here."]) }),
    ]);
    const cli = (args: string[], input?: Buffer) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "analyze", ...args], { input, encoding: "utf8" });
    const fromStdin = cli(["-", "--format", "jsonl"], warc);
    expect(fromStdin.status, fromStdin.stderr).toBe(0);
    expect(JSON.parse(fromStdin.stdout.trim())).toMatchObject({ source: { kind: "warc", url: "https://crawl.example/s" } });
    writeFileSync(join(dir, "mapped.jsonl"), `${JSON.stringify({ copy: "The mapped story text runs here.", hed: "Mapped" })}\n`);
    const mapped = cli([join(dir, "mapped.jsonl"), "--map", "text=copy,headline=hed"]);
    expect(mapped.status, mapped.stderr).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ text: "The mapped story text runs here.", metadata: { headline: "Mapped" } });
  });
});
