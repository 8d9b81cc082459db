import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { ReadResult } from "../article.js";
import { readInput } from "../index.js";

const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"';
const urlset = (entries: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${NS}>${entries}</urlset>`;
const news = (loc: string, title: string, date: string) =>
  `<url><loc>${loc}</loc><news:news><news:publication><news:name>The Example Times</news:name><news:language>en</news:language></news:publication><news:publication_date>${date}</news:publication_date><news:title>${title}</news:title></news:news></url>`;

const read = (xml: string | Uint8Array, path = "sitemap.xml") => [
  ...readInput({ bytes: typeof xml === "string" ? Buffer.from(xml) : xml, path }),
];
const summary = (rs: ReadResult[]) =>
  rs.map((r) => (r.ok ? "article" : `${r.error.code}${r.list ? " list" : ""} ${r.source.url ?? ""}`.trim()));

describe("sitemaps", () => {
  it("list each page of a news sitemap as a link to fetch, with its title and date", () => {
    const rs = read(
      urlset(
        news("https://news.example/2026/11/harbour-bridge", "Harbour bridge &amp; ferry plans approved", "2026-11-28T09:30:00+00:00") +
          "<url><loc> https://news.example/about </loc><lastmod>2026-01-02</lastmod></url>",
      ),
    );
    expect(summary(rs)).toEqual(["NO_ARTICLE https://news.example/2026/11/harbour-bridge", "NO_ARTICLE https://news.example/about"]);
    expect(rs[0]).toMatchObject({
      source: { path: "sitemap.xml" },
      error: {
        message: expect.stringContaining(
          'sitemap.xml entry 1 "Harbour bridge & ferry plans approved" (2026-11-28T09:30:00+00:00) is a link',
        ),
      },
    });
    expect(rs[1]).toMatchObject({
      error: { message: expect.stringContaining("entry 2 (2026-01-02) is a link (https://news.example/about)") },
    });
  });

  it("list the sitemaps of a sitemap index as lists to fetch", () => {
    const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/news.xml</loc></sitemap><sitemap><loc>https://news.example/2026.xml.gz</loc><lastmod>2026-11-01</lastmod></sitemap></sitemapindex>`;
    expect(summary(read(index))).toEqual([
      "NO_ARTICLE list https://news.example/news.xml",
      "NO_ARTICLE list https://news.example/2026.xml.gz",
    ]);
  });

  it("are read gzipped and with one entry, and skip an entry without an address", () => {
    const rs = read(
      gzipSync(urlset("<url><loc>https://news.example/a</loc></url><url><lastmod>2026-01-01</lastmod></url>")),
      "sitemap.xml.gz",
    );
    expect(summary(rs)).toEqual(["NO_ARTICLE https://news.example/a", "CORRUPT_RECORD"]);
    expect(rs[1]).toMatchObject({ error: { message: "sitemap.xml.gz entry 2 has no <loc> address; skipped" } });
    expect(summary(read(urlset("")))).toEqual([]);
  });

  it("give the addresses of a sitemap cut short, then say it is not well-formed", () => {
    const cut = urlset(
      news("https://news.example/a?x=1&amp;y=2", "A", "2026-11-28") + "<url><loc>https://news.example/b</loc></url>",
    ).slice(0, -10);
    const rs = read(cut);
    expect(summary(rs)).toEqual(["NO_ARTICLE https://news.example/a?x=1&y=2", "NO_ARTICLE https://news.example/b", "CORRUPT_RECORD"]);
    expect(rs[2]).toMatchObject({
      error: { message: expect.stringMatching(/^sitemap.xml is not well-formed XML \(.*\); 2 addresses were read/) },
    });
  });

  it("refuse entity expansion and read 50,000 entries (the protocol's most) in linear time", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "${"x".repeat(900)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><urlset ${NS}><url><loc>https://news.example/&c;</loc></url></urlset>`;
    expect(JSON.stringify(read(bomb)).length).toBeLessThan(10_000);
    const many = urlset(Array.from({ length: 50_000 }, (_, i) => `<url><loc>https://news.example/story/${i}</loc></url>`).join("\n"));
    const t0 = performance.now();
    expect(read(many)).toHaveLength(50_000);
    const open = `<urlset ${NS}>${"<loc>".repeat(200_000)}`;
    expect(summary(read(open))).toEqual(["CORRUPT_RECORD"]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
