import { describe, expect, it } from "vitest";
import type { ReadResult } from "../article.js";
import { readInput } from "../index.js";

const read = (xml: string, path = "news.xml"): ReadResult[] => [...readInput({ bytes: Buffer.from(xml), path })];
const body = (words: string) => `<p>${words} The council met again on Tuesday and agreed the plan.</p><p>Work starts next spring.</p>`;

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><link>https://gazette.example/</link><language>en-gb</language>
<item><title>Bridge plan approved &amp; funded</title><link>https://gazette.example/bridge</link>
<pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate><dc:creator>Jane Doe</dc:creator><category>Local</category>
<description>Short teaser.</description>
<content:encoded><![CDATA[${body("The bridge plan was approved.")}]]></content:encoded></item>
<item><title>Link only</title><link>https://gazette.example/link-only</link><description>Teaser only.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Valley Times</title>
<entry><title type="text">Dam inspection finds cracks</title><link rel="alternate" href="https://valley.example/dam"/>
<published>2024-04-01T08:00:00-05:00</published><updated>2024-04-02T10:00:00-05:00</updated>
<author><name>Sam Roe</name></author><category term="Environment"/>
<content type="html">&lt;p&gt;Inspectors found cracks in the dam wall.&lt;/p&gt;&lt;p&gt;Repairs begin in May.&lt;/p&gt;</content></entry>
<entry><title>XHTML entry</title><link href="https://valley.example/x"/><updated>2024-04-03T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Water levels <b>rose</b> overnight.</p></div></content></entry>
</feed>`;

const RSS1 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://hill.example/"><title>Hill News</title><link>https://hill.example/</link></channel>
<item rdf:about="https://hill.example/fair"><title>Fair returns</title><link>https://hill.example/fair</link>
<dc:date>2024-06-10</dc:date><dc:creator>Ann Lee</dc:creator>
<content:encoded>&lt;p&gt;The county fair returns this weekend after two years.&lt;/p&gt;</content:encoded></item>
</rdf:RDF>`;

function articles(rs: ReadResult[]) {
  return rs.flatMap((r) => (r.ok ? [r.article] : []));
}

describe("feeds", () => {
  it("RSS 2.0: content:encoded items become articles with feed metadata; link-only items are listed", () => {
    const rs = read(RSS2);
    const [a] = articles(rs);
    expect(a?.source.kind).toBe("feed");
    expect(a?.source.url).toBe("https://gazette.example/bridge");
    expect(a?.text).toContain("The bridge plan was approved.");
    expect(a?.metadata).toMatchObject({
      headline: "Bridge plan approved & funded",
      published: "2024-03-05T09:30:00+01:00",
      date: "2024-03-05",
      authors: ["Jane Doe"],
      section: "Local",
      publisher: "Harbour Gazette",
      url: "https://gazette.example/bridge",
    });
    const listed = rs.filter((r) => !r.ok);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ ok: false, source: { url: "https://gazette.example/link-only" }, error: { code: "NO_ARTICLE" } });
    // The message says what the item holds: its teaser is not taken for the article.
    expect(!listed[0]!.ok && listed[0]!.error.message).toContain("only a link (https://gazette.example/link-only) and a short teaser");
  });

  it("an item without link or text says what it holds: nothing, a guid that is no permalink, or a teaser", () => {
    const xml = `<rss><channel><title>T</title><item><title>Nothing</title></item><item><guid isPermaLink="false">desk-42</guid></item>
<item><title>Teaser</title><description>Short.</description></item></channel></rss>`;
    expect(read(xml).map((r) => !r.ok && r.error.message)).toEqual([
      'news.xml item 1 "Nothing" has no article text and no link; nothing to fetch',
      "news.xml item 2 has no article text and no link, only a guid (desk-42); nothing to fetch",
      'news.xml item 3 "Teaser" has no article text and no link, only a short teaser; nothing to fetch',
    ]);
  });

  it("Atom: html and xhtml content, published and updated, author names", () => {
    const as = articles(read(ATOM, "valley.atom"));
    expect(as).toHaveLength(2);
    expect(as[0]!.text).toContain("Inspectors found cracks in the dam wall.");
    expect(as[0]!.metadata).toMatchObject({
      headline: "Dam inspection finds cracks",
      published: "2024-04-01T08:00:00-05:00",
      updated: "2024-04-02T10:00:00-05:00",
      authors: ["Sam Roe"],
      section: "Environment",
    });
    expect(as[1]!.text).toContain("Water levels rose overnight.");
    expect(as[1]!.source.url).toBe("https://valley.example/x");
  });

  it("Atom: a title of type html is read as text; prefixed XHTML content keeps its paragraphs", () => {
    const xml = ATOM.replace(
      '<title type="text">Dam inspection finds cracks</title>',
      '<title type="html">Dam &lt;em&gt;cracks&lt;/em&gt; &amp;amp; repairs</title>',
    )
      .replace('xml:lang="en"', 'xml:lang="en" xmlns:xhtml="http://www.w3.org/1999/xhtml"')
      .replace(/<div xmlns="[^"]+"><p>(.*?)<\/p><\/div>/, "<xhtml:div><xhtml:p>$1</xhtml:p><xhtml:p>Roads closed.</xhtml:p></xhtml:div>");
    const as = articles(read(xml, "valley.atom"));
    expect(as[0]!.metadata.headline).toBe("Dam cracks & repairs");
    expect(as[1]!.text).toBe("Water levels rose overnight.\n\nRoads closed.");
  });

  it("RSS 1.0 (RDF): items beside the channel, dc:date and dc:creator", () => {
    const [a] = articles(read(RSS1, "hill.rdf"));
    expect(a?.text).toContain("The county fair returns this weekend");
    expect(a?.metadata).toMatchObject({ headline: "Fair returns", date: "2024-06-10", authors: ["Ann Lee"] });
  });

  it("reads a creator written as a byline, and RSS 2.0's 'email (Name)' author", () => {
    const xml = RSS2.replace(
      "<dc:creator>Jane Doe</dc:creator>",
      "<dc:creator>By Jane Doe and Tom Lee</dc:creator><author>desk@gazette.example (Ana Ruiz)</author>",
    );
    expect(articles(read(xml))[0]?.metadata.authors).toEqual(["Ana Ruiz", "Jane Doe", "Tom Lee"]);
  });

  it("does not expand DOCTYPE entities (billion laughs)", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`).join("")}]>
<rss><channel><title>x</title><item><title>&bbbbbbbbb;</title><content:encoded>&lt;p&gt;Text &bbbbbbbbb; here.&lt;/p&gt;</content:encoded></item></channel></rss>`;
    const t0 = performance.now();
    const rs = read(lol);
    expect(performance.now() - t0).toBeLessThan(1000);
    const total = JSON.stringify(rs).length;
    expect(total).toBeLessThan(10_000);
  });

  it("skips an item nested 10,000 deep with a clear error and reads the items around it", () => {
    const good = (n: number) =>
      `<item><title>Good ${n}</title><link>https://gazette.example/${n}</link><content:encoded><![CDATA[${body("Fine.")}]]></content:encoded></item>`;
    const nest = `${"<x>".repeat(10_000)}${"</x>".repeat(10_000)}`;
    const feed = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title>${good(1)}<item><title>Bad</title>${nest}</item>${good(2)}</channel></rss>`;
    const rs = read(feed);
    expect(rs.map((r) => (r.ok ? r.article.metadata.headline : r.error.code))).toEqual(["Good 1", "CORRUPT_RECORD", "Good 2"]);
    expect(!rs[1]!.ok && rs[1]!.error.message).toMatch(/item 2 could not be parsed \(Maximum nested tags exceeded\); skipped/);
    expect(articles(rs)[1]!.metadata.publisher).toBe("Harbour Gazette");
    // Nesting outside the items leaves nothing to read item by item.
    const deepHead = read(`<rss><channel><title>${nest}</title>${good(1)}</channel></rss>`);
    expect(deepHead).toHaveLength(1);
    expect(deepHead[0]).toMatchObject({ ok: false, error: { code: "READ_FAILED" } });
  });

  it("a stray tag left open in one item: that item is read by name, with a warning, and the others as usual", () => {
    const good = (n: number, title = `Good ${n}`) =>
      `<item><title>${title}</title><link>https://gazette.example/${n}</link><content:encoded><![CDATA[${body("Fine.")}]]></content:encoded></item>`;
    const feed = (items: string) =>
      `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title>${items}</channel></rss>`;
    const rs = read(feed(good(1) + good(2, "Bad <b>bold") + good(3)));
    expect(rs.map((r) => (r.ok ? r.article.metadata.headline : r.error.code))).toEqual(["Good 1", "Bad bold", "Good 3"]);
    const loose = articles(rs)[1]!;
    expect(loose.metadata).toMatchObject({ url: "https://gazette.example/2", publisher: "Harbour Gazette" });
    expect(loose.text).toContain("The council met again");
    expect(loose.warnings[0]).toEqual({
      code: "MALFORMED_XML",
      message: "news.xml item 2 is not well-formed XML (<b> is not closed before </title>); its fields were read by name",
    });
    expect(articles(rs)[0]!.warnings).toEqual([]);
    // Nothing to read by name (no text, no link): the item is reported as corrupt.
    const none = read(feed(good(1) + "<item><title>Bad <b>bold</title></item>"));
    expect(none[1]).toMatchObject({ ok: false, error: { code: "CORRUPT_RECORD" } });
    expect(!none[1]!.ok && none[1]!.error.message).toBe("news.xml item 2 could not be parsed (<b> is not closed before </title>); skipped");
    // Linear: 20,000 link-only items around a bad one are each listed, the bad one too.
    const listed = (n: number) =>
      `<item><title>${n === 10_000 ? "Bad <b>bold" : n}</title><link>https://gazette.example/${n}</link></item>`;
    const t0 = performance.now();
    const all = read(feed(Array.from({ length: 20_000 }, (_, n) => listed(n)).join("")));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(all.map((r) => !r.ok && r.error.code)).toEqual(Array.from({ length: 20_000 }, () => "NO_ARTICLE"));
    expect(all[10_000]).toMatchObject({ source: { url: "https://gazette.example/10000" } });
    expect(!all[10_000]!.ok && all[10_000]!.error.message).toMatch(
      /has only a link .* \(it is not well-formed XML \(<b> is not closed before <\/title>\); its fields were read by name\)$/,
    );
  });

  it("reads HTML written unescaped into descriptions, in the items and in the channel", () => {
    const long = `<p>The ferry <b>returns</b> on Monday.<br>Tickets go on sale&nbsp;today <img src=ferry.jpg> at the quay.</p><p>${"The service runs twice a day. ".repeat(40)}</p>`;
    const feed = `<?xml version="1.0"?><rss><channel><title>Quay Post</title><description>News <br> from the quay</description><language>en</language>
<item><title>Ferry returns</title><link>https://quay.example/ferry</link><pubDate>Mon, 01 Jul 2024 10:00:00 GMT</pubDate><description>${long}</description></item>
<item><title>Second</title><link>https://quay.example/2</link><description><![CDATA[${long}]]></description></item></channel></rss>`;
    const rs = read(feed);
    const [a, b] = articles(rs);
    expect(rs).toHaveLength(2);
    expect(a!.metadata).toMatchObject({ headline: "Ferry returns", publisher: "Quay Post", language: "en", date: "2024-07-01" });
    expect(a!.text).toContain("The ferry returns on Monday.\nTickets go on sale today at the quay.");
    expect(a!.warnings.map((w) => w.code)).toEqual(["MALFORMED_XML", "MALFORMED_XML"]);
    expect(a!.warnings.map((w) => w.message).sort()).toEqual([
      "news.xml item 1 is not well-formed XML (<img> is not closed before </p>); its fields were read by name",
      "news.xml: the feed's head is not well-formed XML (<br> is not closed before </description>); its fields were read by name",
    ]);
    // The item in CDATA is well-formed; only the head's warning.
    expect(b!.text).toBe(a!.text);
    expect(b!.warnings.map((w) => w.code)).toEqual(["MALFORMED_XML"]);
  });

  it("reading an item by name stays linear on hostile markup", () => {
    const feed = (inner: string) =>
      `<rss><channel><title>T</title><item><title>Bad <b>x</title><link>https://a.example/1</link><description>${inner}</description></item></channel></rss>`;
    const t0 = performance.now();
    const rs = read(feed(`<p>${"a<br>".repeat(200_000)}</p>`));
    expect(articles(rs)[0]?.text.length).toBeGreaterThan(200_000);
    // An author opened and never closed 100,000 times, its close far outside the item.
    const many = read(
      `<rss><channel><item><title>Bad <b>x</title><link>https://a.example/1</link><author>${"<x>".repeat(100_000)}</author></item></channel></rss></x>`,
    );
    expect(many).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it("reading an item by name stays linear on a long attribute name, unclosed link tags and CDATA sections", () => {
    // Each took 20 to 56 s (200 KB, 1 MB, 1 MB): every character of the run, or every opening, searched to the end.
    const bad = (inner: string) =>
      `<rss><channel><title>T</title><item><title>A</title><link>https://a.example/1</link><br>${inner}</item></channel></rss>`;
    for (const inner of [
      `<category a${"-".repeat(200_000)}>x</category>`,
      "<link".repeat(200_000),
      `<description>${"<![CDATA[>".repeat(100_000)}</description>`,
    ]) {
      const t0 = performance.now();
      const rs = read(bad(inner));
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(rs).toMatchObject([{ ok: false, source: { url: "https://a.example/1" }, error: { code: "NO_ARTICLE" } }]);
    }
  });

  it("a feed cut inside its last item reads the items before and says the last is cut off", () => {
    const cut = RSS2.slice(0, RSS2.indexOf("<description>Teaser only."));
    const rs = read(cut);
    expect(rs.map((r) => (r.ok ? r.article.metadata.headline : r.error.code))).toEqual(["Bridge plan approved & funded", "CORRUPT_RECORD"]);
    expect(rs[1]).toMatchObject({
      source: { url: "https://gazette.example/link-only" },
      error: { message: "news.xml item 2 is cut off (the feed ends inside it); skipped" },
    });
  });

  it("a truncated feed still yields the items before the cut", () => {
    const cut = RSS2.slice(0, RSS2.indexOf("<item><title>Link only"));
    const as = articles(read(cut));
    expect(as).toHaveLength(1);
    expect(as[0]!.metadata.headline).toBe("Bridge plan approved & funded");
  });

  it("XML that is not a feed (or a sitemap) is refused as unsupported", () => {
    const rs = read(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><title>Chart</title></svg>`, "chart.xml");
    expect(rs[0]).toMatchObject({ ok: false, error: { code: "UNSUPPORTED_INPUT" } });
    // Text read as a feed (--kind feed) is not called XML.
    const text = [...readInput({ bytes: Buffer.from("Council votes.\n\nThe council met.\n"), path: "a.txt" }, { kind: "feed" })];
    expect(text).toEqual([
      {
        ok: false,
        source: { path: "a.txt" },
        error: { code: "UNSUPPORTED_INPUT", message: "a.txt is not XML (it does not open with a tag), so not a feed" },
      },
    ]);
  });
});
