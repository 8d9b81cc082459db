import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page } from "../../test/fixtures/inputs/build.js";
import type { ReadResult } from "./article.js";
import { PoliteFetcher, USER_AGENT } from "./fetch.js";
import { readLink, readStream } from "./index.js";

describe("--fetch (a local server)", () => {
  let server: Server;
  let base: string;
  const hits: { path: string; at: number; ua: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ path: req.url ?? "", at: Date.now(), ua: String(req.headers["user-agent"]) });
      if (req.url === "/robots.txt") return res.end("User-agent: *\nDisallow: /private\n");
      if (req.url === "/story") {
        res.setHeader("content-type", "text/html; charset=utf-8");
        return res.end(page("Fetched story", ["The fetched story text runs here, long enough to be a body paragraph of a page."]));
      }
      const redirects: Record<string, string> = {
        "/moved": "/story",
        "/loop": "/loop",
        "/to-private": "/private/x",
        "/to-ftp": "ftp://127.0.0.1/story",
      };
      if (req.url && redirects[req.url]) {
        res.statusCode = 302;
        res.setHeader("location", redirects[req.url]!);
        return res.end();
      }
      if (req.url === "/feed.xml") {
        res.setHeader("content-type", "application/rss+xml");
        return res.end(feed(["/story", "/missing"]));
      }
      if (req.url === "/list.txt") {
        res.setHeader("content-type", "text/plain");
        return res.end(`# stories\n${base}/story\n${base}/private/x\n`);
      }
      const index = (locs: string[]) =>
        `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${base}${l}</loc></sitemap>`).join("")}</sitemapindex>`;
      const xml: Record<string, string> = {
        "/sitemap_index.xml": index(["/news-sitemap.xml", "/nested-index.xml"]),
        "/nested-index.xml": index(["/news-sitemap.xml"]),
        "/feeds.opml": `<opml version="2.0"><body><outline text="Local"><outline type="rss" text="Quay" xmlUrl="${base}/feed.xml"/></outline><outline xmlUrl="${base}/more.opml"/></body></opml>`,
        "/news-sitemap.xml": `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/story</loc></url></urlset>`,
      };
      if (req.url && xml[req.url]) {
        res.setHeader("content-type", "application/xml");
        return res.end(xml[req.url]);
      }
      if (req.url === "/big") {
        res.setHeader("content-type", "text/html");
        return res.end(
          page(
            "A long story",
            Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of the long story goes on for a while here.`),
          ),
        );
      }
      if (req.url === "/image") {
        res.setHeader("content-type", "image/png");
        return res.end("PNG");
      }
      res.statusCode = 404;
      res.end("gone");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const feed = (paths: string[]) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${paths.map((p) => `<item><title>${p}</title><link>${base}${p}</link></item>`).join("")}</channel></rss>`;

  async function read(xml: string, fetcher?: PoliteFetcher): Promise<ReadResult[]> {
    const out: ReadResult[] = [];
    const open = async function* () {
      yield Buffer.from(xml);
    };
    for await (const r of readStream({ path: "links.xml", open }, fetcher ? { fetcher } : {})) out.push(r);
    return out;
  }

  it("without --fetch nothing is requested; the links are listed", async () => {
    const rs = await read(feed(["/story"]));
    expect(rs).toMatchObject([{ ok: false, error: { code: "NO_ARTICLE" }, source: { url: `${base}/story` } }]);
    expect(hits).toHaveLength(0);
  });

  it("fetches HTML pages politely and reports what it could not fetch", async () => {
    const fetcher = new PoliteFetcher({ delayMs: 150, maxPages: 3 });
    const rs = await read(feed(["/story", "/private/secret", "/image", "/missing", "/story#comments", "/story?again"]), fetcher);
    const summary = rs.map((r) =>
      r.ok ? `${r.article.source.kind}:${r.article.source.url}` : `${r.error.code}:${r.error.message.replace(base, "")}`,
    );
    expect(summary[0]).toBe(`html:${base}/story`);
    expect(summary[1]).toMatch(/FETCH_FAILED:\/private\/secret: robots.txt disallows it/);
    expect(summary[2]).toMatch(/FETCH_FAILED:\/image: not HTML/);
    expect(summary[3]).toMatch(/FETCH_FAILED:\/missing: HTTP status 404/);
    expect(summary[4]).toMatch(/FETCH_FAILED:\/story#comments: fetched earlier in this run, not fetched again/);
    expect(summary[5]).toMatch(/FETCH_FAILED:.*limit of 3 pages/);
    const story = rs[0]!;
    expect(story.ok && story.article.text).toContain("The fetched story text runs here");
    expect(story.ok && story.article.source.path).toBe("links.xml");
    expect(hits.map((h) => h.path)).toEqual(["/robots.txt", "/story", "/image", "/missing"]);
    expect(hits.every((h) => h.ua === USER_AGENT)).toBe(true);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.at - hits[i - 1]!.at).toBeGreaterThanOrEqual(150);
  });

  it("fetches the links of JSON Feed items and of export lines with only a url", async () => {
    hits.length = 0;
    const jsonFeed = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", items: [{ id: "1", url: `${base}/story` }] });
    const lines = `{"url":"${base}/story","title":"From an export"}\n{"url":"${base}/missing"}\n`;
    for (const [input, kinds] of [
      [jsonFeed, ["html"]],
      [lines, ["html", "FETCH_FAILED"]],
    ] as const) {
      const rs = await read(input, new PoliteFetcher({ delayMs: 5 }));
      expect(rs.map((r) => (r.ok ? r.article.source.kind : r.error.code))).toEqual(kinds);
    }
  });

  it("follows redirects, checking each hop: scheme, robots.txt and a limit", async () => {
    hits.length = 0;
    const rs = await read(feed(["/moved", "/to-private", "/to-ftp", "/loop"]), new PoliteFetcher({ delayMs: 5 }));
    const summary = rs.map((r) => (r.ok ? `ok:${r.article.source.url}` : r.error.message.replace(new RegExp(base, "g"), "")));
    expect(summary).toEqual([
      `ok:${base}/story`,
      "/to-private: redirected to /private/x, whose robots.txt disallows it",
      "/to-ftp: a redirect to ftp:, not http(s)",
      "/loop: more than 5 redirects",
    ]);
    expect(hits.map((h) => h.path).filter((p) => p.startsWith("/private"))).toEqual([]);
  });

  const fresh = () => new PoliteFetcher({ delayMs: 5 });
  const all = async (results: AsyncIterable<ReadResult>) => {
    const out: string[] = [];
    for await (const r of results)
      out.push(
        r.ok ? `${r.article.source.kind}:${r.article.source.url}` : `${r.error.code}:${r.error.message.replace(new RegExp(base, "g"), "")}`,
      );
    return out;
  };

  it("fetches a web address named as an input only when asked, whatever its kind", async () => {
    hits.length = 0;
    expect(await all(readLink(`${base}/story`))).toEqual([
      `NO_ARTICLE:/story is a web address; it is fetched only when asked (the fetch option, --fetch)`,
    ]);
    expect(hits).toHaveLength(0);
    expect(await all(readLink(`${base}/story`, { fetcher: fresh() }))).toEqual([`html:${base}/story`]);
    // A feed is read as a feed, and its items' links are followed in turn.
    expect(await all(readLink(`${base}/feed.xml`, { fetcher: fresh() }))).toEqual([
      `html:${base}/story`,
      "FETCH_FAILED:/missing: HTTP status 404",
    ]);
    expect(await all(readLink(`${base}/image`, { fetcher: fresh() }))).toEqual(["FETCH_FAILED:/image: not text (image/png)"]);
    expect(await all(readLink(`${base}/private/x`, { fetcher: fresh() }))).toEqual(["FETCH_FAILED:/private/x: robots.txt disallows it"]);
  });

  it("fetches the addresses of a link list, fetched or read from a file", async () => {
    const expected = [`html:${base}/story`, "FETCH_FAILED:/private/x: robots.txt disallows it"];
    expect(await all(readLink(`${base}/list.txt`, { fetcher: fresh() }))).toEqual(expected);
    expect(
      (await read(`${base}/story\n${base}/private/x\n`, fresh())).map((r) => (r.ok ? `html:${r.article.source.url}` : r.error.code)),
    ).toEqual([`html:${base}/story`, "FETCH_FAILED"]);
  });

  it("reads a sitemap index: its sitemaps are fetched and their pages followed, one level deep", async () => {
    const fetcher = new PoliteFetcher({ delayMs: 5 });
    const got = await all(readLink(`${base}/sitemap_index.xml`, { fetcher }));
    expect(got).toEqual([
      `html:${base}/story`,
      expect.stringMatching(
        /^NO_ARTICLE:.*names a sitemap \(\/news-sitemap.xml\).*not fetched: a list named by another list is not followed/,
      ),
    ]);
  });

  it("says when a page was cut at the byte limit", async () => {
    const rs = await read(feed(["/big", "/story"]), new PoliteFetcher({ delayMs: 5, maxBytes: 4000 }));
    expect(rs.map((r) => (r.ok ? r.article.warnings.map((w) => w.code) : r.error.code))).toEqual([["INPUT_TRUNCATED"], []]);
    expect(rs[0]!.ok && rs[0]!.article.warnings[0]!.message).toBe(
      "the fetched input had more than 4000 bytes; only the first 4000 were read",
    );
  });

  it("reads an OPML list: its feeds are fetched and their items followed", async () => {
    expect(await all(readLink(`${base}/feeds.opml`, { fetcher: fresh() }))).toEqual([
      `html:${base}/story`,
      "FETCH_FAILED:/missing: HTTP status 404",
      "FETCH_FAILED:/more.opml: HTTP status 404",
    ]);
  });

  it("fills what a fetched page does not say from its feed item or sitemap entry: date, authors, publisher", async () => {
    const item = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Quay Post</title><language>en</language>
<item><title>Feed title</title><link>${base}/story</link><pubDate>Sat, 28 Nov 2026 09:30:00 +0000</pubDate><dc:creator>Ana Ruiz</dc:creator></item></channel></rss>`;
    const [fromFeed] = await read(item, fresh());
    expect(fromFeed).toMatchObject({
      ok: true,
      article: {
        metadata: { headline: "Fetched story", published: "2026-11-28T09:30:00+00:00", authors: ["Ana Ruiz"], publisher: "Quay Post" },
      },
    });
    const sitemap = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${base}/story</loc><news:news><news:publication><news:name>Quay Post</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-27T18:00:00-05:00</news:publication_date><news:title>Sitemap title</news:title></news:news></url></urlset>`;
    const [fromSitemap] = await read(sitemap, fresh());
    expect(fromSitemap).toMatchObject({
      ok: true,
      article: { metadata: { headline: "Fetched story", published: "2026-11-27T18:00:00-05:00", publisher: "Quay Post" } },
    });
  });

  it("asks several hosts at once, each host one request at a time, and keeps the links' order", async () => {
    const inFlight = new Map<string, number>();
    let most = 0;
    let mostPerHost = 0;
    const slow = () =>
      createServer((req, res) => {
        const host = String(req.headers.host);
        inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
        most = Math.max(
          most,
          [...inFlight.values()].reduce((a, b) => a + b, 0),
        );
        mostPerHost = Math.max(mostPerHost, inFlight.get(host)!);
        setTimeout(() => {
          inFlight.set(host, inFlight.get(host)! - 1);
          if (req.url === "/robots.txt") return res.end("");
          res.setHeader("content-type", "text/html");
          res.end(page(`Story ${req.url}`, [`The story at ${req.url} runs here, long enough to be a body paragraph.`]));
        }, 100);
      });
    const servers = [slow(), slow()];
    const bases: string[] = [];
    for (const s of servers) {
      await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
      bases.push(`http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    }
    try {
      const links = ["/a", "/b", "/c"].flatMap((p) => bases.map((b) => `${b}${p}`));
      const rs = await read(links.join("\n"), new PoliteFetcher({ delayMs: 5 }));
      expect(rs.map((r) => (r.ok ? r.article.source.url : r.error.message))).toEqual(links);
      expect(most).toBeGreaterThanOrEqual(2);
      expect(mostPerHost).toBe(1);
    } finally {
      await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    }
  });

  it("keeps a site's Crawl-delay between its requests, and passes over a site asking for more than a minute", async () => {
    const at: number[] = [];
    const server = createServer((req, res) => {
      at.push(Date.now());
      if (req.url === "/robots.txt") return res.end("User-agent: *\nCrawl-delay: 0.3\n");
      res.setHeader("content-type", "text/html");
      res.end(page("Story", ["The story runs here, long enough to be a body paragraph of a page."]));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const slow = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const rs = await read([1, 2, 3].map((i) => `${slow}/s${i}`).join("\n"), new PoliteFetcher({ delayMs: 5 }));
      expect(rs.every((r) => r.ok)).toBe(true);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(290);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    const patient = createServer((req, res) => res.end(req.url === "/robots.txt" ? "User-agent: *\nCrawl-delay: 3600\n" : "page"));
    await new Promise<void>((r) => patient.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(patient.address() as AddressInfo).port}/story`;
      expect(await new PoliteFetcher({ delayMs: 5 }).fetch(url)).toEqual({
        ok: false,
        message: `${url}: robots.txt asks for 3600 s between requests, more than the 60 s newsgraph waits`,
      });
    } finally {
      await new Promise<void>((r) => patient.close(() => r()));
    }
  });

  it("fetches nothing from a site whose robots.txt answers with a server error (RFC 9309)", async () => {
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(`${req.headers.host?.split(":")[0]} ${req.url}`);
      if (req.url === "/robots.txt") {
        res.statusCode = 503;
        return res.end();
      }
      res.setHeader("content-type", "text/html");
      res.end(page("Story", ["The story runs here, long enough to be a body paragraph of a page."]));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await new PoliteFetcher({ delayMs: 5 }).fetch(`${site}/story`)).toEqual({
        ok: false,
        message: `${site}/story: robots.txt could not be read (HTTP status 503), so nothing of the site is fetched`,
      });
      expect(asked).toEqual(["127.0.0.1 /robots.txt"]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
