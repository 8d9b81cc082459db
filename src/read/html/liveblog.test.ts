import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readInput } from "../index.js";
import { readHtml, readHtmlPage } from "./index.js";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/html/${name}`, import.meta.url), "utf8");
const bodyOf = (a: { blocks: { role: string; text: string }[] }) => a.blocks.filter((b) => b.role === "body").map((b) => b.text);

describe("live blogs (AMP live lists)", () => {
  const page = readHtmlPage(fixture("live-blog.html"), "https://ledger.example/ferry-strike-live");

  it("reads the intro as the page's article, without the updates", () => {
    const body = bodyOf(page.article);
    expect(body[0]).toMatch(/^Talks between the harbour board/);
    expect(body[body.length - 1]).toBe("Follow the latest updates below:");
    expect(page.article.text).not.toMatch(/walkout|relief boat/);
    expect(page.article.metadata.headline).toBe("Ferry strike – live: talks resume at the harbour");
  });

  it("reads each update with text as an article of its own, with headline, time, author and permalink", () => {
    expect(page.updates).toHaveLength(2);
    const [walkout, queue] = page.updates;
    expect(walkout!.metadata).toMatchObject({
      headline: "Union calls off Friday walkout",
      published: "2031-05-06T16:45:00+00:00",
      date: "2031-05-06",
      authors: ["Tobias Fenn"],
      url: "https://ledger.example/ferry-strike-live#post-700112",
      language: "en",
    });
    expect(walkout!.blocks.map((b) => b.role)).toEqual(["headline", "body", "body", "byline", "meta"]);
    // The footer prints the name and the time with no space between: the byline is the name alone.
    expect(walkout!.blocks.slice(3).map((b) => b.text)).toEqual(["Tobias Fenn", "6 May 2031 16:45"]);
    expect(bodyOf(walkout!)[1]).toMatch(/^A board spokesperson/);
    for (const b of walkout!.blocks) expect(walkout!.text.slice(b.start, b.end)).toBe(b.text);
  });

  it("gives an update without a headline of its own none, rather than the blog's", () => {
    const queue = page.updates[1]!;
    expect(queue.metadata.headline).toBeUndefined();
    expect(queue.blocks[0]).toMatchObject({ role: "body" });
    expect(queue.metadata).toMatchObject({ published: "2031-05-06T15:10:00+00:00", authors: ["Mara Quill"] });
  });

  it("leaves out items with no text (an advert slot, a video under a headline)", () => {
    expect(page.updates.some((u) => u.text.includes("cafe"))).toBe(false);
  });

  it("hands the updates to readers as articles after the page's, each with its permalink as source URL", () => {
    const results = [
      ...readInput({ bytes: Buffer.from(fixture("live-blog.html")), path: "live.html", url: "https://ledger.example/ferry-strike-live" }),
    ];
    expect(results.map((r) => r.ok && r.article.source.url)).toEqual([
      "https://ledger.example/ferry-strike-live",
      "https://ledger.example/ferry-strike-live#post-700112",
      "https://ledger.example/ferry-strike-live#post-700105",
    ]);
  });

  it("takes the headline and time from the page when JSON-LD has no entry, and makes the permalink from the item id", () => {
    const bare = fixture("live-blog.html")
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, "")
      .replace("<h3>Union calls off Friday walkout</h3>", "<h3>Union calls off<br>Friday walkout</h3>");
    const { updates } = readHtmlPage(bare, "https://ledger.example/ferry-strike-live");
    expect(updates[0]!.metadata).toMatchObject({
      headline: "Union calls off Friday walkout",
      published: "2031-05-06T16:45:00+00:00",
      authors: [],
      url: "https://ledger.example/ferry-strike-live#post-700112",
    });
    expect(updates[1]!.metadata).toMatchObject({ published: "2031-05-06T15:10:00+00:00" });
  });

  it("reads a live blog without live-list markup whole, as one article", () => {
    const plain = fixture("live-blog.html").replace(/<\/?amp-live-list[^>]*>/g, "");
    const page2 = readHtmlPage(plain);
    expect(page2.updates).toEqual([]);
    expect(page2.article.text).toMatch(/walkout/);
  });

  it("reads JSON-LD update headlines and authors as plain text (markup and references cleaned)", () => {
    const html = fixture("live-blog.html")
      .replace(
        '"headline":"Union calls off Friday walkout"',
        '"headline":"Union calls off <img src=x onerror=alert(1)><b>Friday</b> &amp; weekend walkouts"',
      )
      .replace('"name":"Tobias Fenn"', '"name":"<b>Tobias Fenn</b>"');
    const [walkout] = readHtmlPage(html, "https://ledger.example/ferry-strike-live").updates;
    expect(walkout!.metadata.headline).toBe("Union calls off Friday & weekend walkouts");
    expect(walkout!.metadata.authors).toEqual(["Tobias Fenn"]);
  });

  it("survives hostile live lists: thousands of items, broken JSON-LD", () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) =>
        `<div id="post-${100000 + i}" data-sort-time="${i}"><p>Update number ${i} on the ferry talks, with enough words to count as text.</p></div>`,
    ).join("");
    const html = `<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[{]</script></head><body><article><p>Intro paragraph about the ferry talks at the harbour this week.</p><amp-live-list><div items>${items}</div></amp-live-list></article></body></html>`;
    const { article, updates } = readHtmlPage(html);
    expect(updates).toHaveLength(5000);
    expect(article.text).toMatch(/^Intro paragraph/);
    expect(readHtml("<amp-live-list><div items></div></amp-live-list>").warnings.map((w) => w.code)).toContain("NO_ARTICLE");
  });

  it("gathers a live list of 130,000 items without overflowing the call stack", () => {
    // Spreading the items into one push() call threw, and the page lost its live-blog reading.
    const html = `<html><body><article><p>Intro paragraph about the ferry talks at the harbour this week.</p><amp-live-list><div items>${'<i data-sort-time="1"></i>'.repeat(130_000)}</div></amp-live-list></article></body></html>`;
    const { article } = readHtmlPage(html);
    expect(article.warnings.map((w) => w.code)).not.toContain("READ_FAILED");
    expect(article.text).toMatch(/^Intro paragraph/);
  });
});
