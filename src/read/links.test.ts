import { describe, expect, it } from "vitest";
import type { ReadResult } from "./article.js";
import { readInput } from "./index.js";
import { isLinkList, readLinkList } from "./links.js";

const summary = (rs: Iterable<ReadResult>) =>
  [...rs].map((r) => (r.ok ? `article ${r.article.source.kind}` : `${r.error.code} ${r.source.url ?? ""}`.trim()));

describe("link lists", () => {
  it("are told apart from texts by their lines: addresses, blanks and # comments only", () => {
    expect(isLinkList("https://example.com/a\n\n# from the search\nhttp://news.example/b?id=1#top\n", false)).toBe(true);
    expect(isLinkList("https://example.com/story\n", false)).toBe(true);
    expect(isLinkList("Read more at https://example.com/a\nhttps://example.com/b\n", false)).toBe(false);
    expect(isLinkList("https://example.com/a b\n", false)).toBe(false);
    expect(isLinkList("ftp://example.com/a\n", false)).toBe(false);
    expect(isLinkList("# only a comment\n\n", false)).toBe(false);
    expect(isLinkList("", false)).toBe(false);
    // The detection window may cut the last line anywhere.
    expect(isLinkList("https://example.com/a\nhttps://exa", true)).toBe(true);
    expect(isLinkList("https://example.com/a\r\nThe second line is prose", false)).toBe(false);
  });

  it("give each address as a link to fetch, and a line that is none as an error for that line", () => {
    const rs = [...readLinkList("https://example.com/a\r\n\n  https://example.com/b  \nnot an address\n# done\n", { path: "urls.txt" })];
    expect(summary(rs)).toEqual(["NO_ARTICLE https://example.com/a", "NO_ARTICLE https://example.com/b", "CORRUPT_RECORD"]);
    expect(rs[0]).toMatchObject({ source: { path: "urls.txt" }, error: { message: expect.stringContaining("urls.txt line 1 is a link") } });
    expect(rs[2]).toMatchObject({ error: { message: "urls.txt line 4 is not a web address in a list of them; skipped" } });
  });

  it("are detected by content and read through readInput", () => {
    expect(summary(readInput({ bytes: Buffer.from("https://example.com/a\nhttps://example.com/b\n"), path: "list" }))).toEqual([
      "NO_ARTICLE https://example.com/a",
      "NO_ARTICLE https://example.com/b",
    ]);
    // A text that names an address is still a text, and --kind text reads a list as one.
    expect(summary(readInput({ bytes: Buffer.from("The story is at https://example.com/a and more.\n") }))).toEqual(["article text"]);
    expect(summary(readInput({ bytes: Buffer.from("https://example.com/a\n") }, { kind: "text" }))).toEqual(["article text"]);
  });

  it("reads a long list and hostile lines in linear time", () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `https://example.com/story/${i}`).join("\n");
    const hostile = `https://example.com/a\nhttp://${"a".repeat(200_000)} b\n${"https://x".repeat(50_000)}\n`;
    const t0 = performance.now();
    expect([...readInput({ bytes: Buffer.from(many) })]).toHaveLength(100_000);
    expect(summary(readLinkList(hostile, {}))).toEqual(["NO_ARTICLE https://example.com/a", "CORRUPT_RECORD", "CORRUPT_RECORD"]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
