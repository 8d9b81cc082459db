import { describe, expect, it } from "vitest";
import type { ReadResult } from "../article.js";
import { readInput } from "../index.js";

const read = (xml: string, path = "feeds.opml") => [...readInput({ bytes: Buffer.from(xml), path })];
const summary = (rs: ReadResult[]) =>
  rs.map((r) => (r.ok ? "article" : `${r.error.code}${r.list ? " list" : ""} ${r.source.url ?? ""}`.trim()));

describe("OPML feed lists", () => {
  it("list each feed, in folders or not, as a list to fetch", () => {
    const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Desk subscriptions</title></head><body>
  <outline text="Local" title="Local">
    <outline type="rss" text="Quay Post" title="Quay Post" xmlUrl="https://quay.example/rss.xml" htmlUrl="https://quay.example/"/>
    <outline text="Harbour Daily &amp; Sons" type="rss" xmlUrl="https://harbour.example/feed?x=1&amp;y=2"/>
  </outline>
  <outline type="rss" text="Wire" xmlUrl="https://wire.example/atom"/>
  <outline type="link" text="A page" url="https://quay.example/about"/>
</body></opml>`;
    const rs = read(opml);
    expect(summary(rs)).toEqual([
      "NO_ARTICLE list https://quay.example/rss.xml",
      "NO_ARTICLE list https://harbour.example/feed?x=1&y=2",
      "NO_ARTICLE list https://wire.example/atom",
    ]);
    expect(rs[1]).toMatchObject({ error: { message: expect.stringMatching(/^feeds\.opml feed 2 "Harbour Daily & Sons" is a feed/) } });
  });

  it("say when the list names no feed, and read one with an outline left open", () => {
    expect(summary(read(`<opml version="1.0"><body><outline text="Empty folder"/></body></opml>`))).toEqual(["NO_ARTICLE"]);
    expect(summary(read(`<opml version="1.0"><body><outline text="x" xmlUrl="https://a.example/f"></body></opml>`))).toEqual([
      "NO_ARTICLE list https://a.example/f",
    ]);
  });

  it("read outlines nested as deep as the parser allows, and 20,000 feeds, in linear time", () => {
    const deep = `<opml><body>${'<outline text="f">'.repeat(200)}<outline xmlUrl="https://a.example/f"/>${"</outline>".repeat(200)}</body></opml>`;
    expect(summary(read(deep))).toEqual(["NO_ARTICLE list https://a.example/f"]);
    expect(summary(read(`<opml><body>${"<outline>".repeat(10_000)}</body></opml>`))).toEqual(["READ_FAILED"]);
    const many = `<opml><body>${Array.from({ length: 20_000 }, (_, i) => `<outline xmlUrl="https://a.example/${i}"/>`).join("")}</body></opml>`;
    const t0 = performance.now();
    expect(read(many)).toHaveLength(20_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
