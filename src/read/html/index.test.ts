import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { extractBlocks, readHtml } from "./index.js";
import { fitsReadability } from "./readability.js";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/html/${name}`, import.meta.url), "utf8");

function expectValidSpans(a: ReturnType<typeof readHtml>) {
  for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text);
}

describe("readHtml on a news page", () => {
  const a = readHtml(fixture("harbour-article.html"), "https://ledger.example/harbour");
  const body = a.blocks.filter((b) => b.role === "body").map((b) => b.text);

  it("finds headline, standfirst, byline, caption and the body in reading order", () => {
    expect(a.blocks[0]).toMatchObject({ role: "headline", text: "Harbour board approves new ferry pier" });
    expect(a.blocks.find((b) => b.role === "standfirst")?.text).toMatch(/^The twelve-berth pier/);
    expect(a.blocks.find((b) => b.role === "byline")?.text).toBe("By Mara Quill and Tobias Fenn");
    expect(a.blocks.find((b) => b.role === "caption")?.text).toMatch(/artist's drawing/);
    expect(body[0]).toMatch(/^The Eastwick harbour board voted/);
    expect(body[body.length - 1]).toMatch(/^Work on the foundations/);
  });

  it("keeps headings, list items and quotes inside the article as their own blocks", () => {
    expect(body).toContain("What the pier will change");
    expect(body).toContain("Step-free access from the harbour road");
    expect(body.some((t) => t.startsWith("This is the most important decision"))).toBe(true);
  });

  it("leaves out navigation, share bars, newsletter boxes, related links, comments, sidebars and footers", () => {
    for (const junk of [
      "Sport",
      "Share on social",
      "Sign up to our morning",
      "Ferry fares to rise",
      "waited twenty years",
      "Most read",
      "All rights reserved",
      "cookies",
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it("joins blocks with blank lines, every block a span of the text", () => {
    expectValidSpans(a);
    expect(a.text).toContain("a decade.\n\nBoard members");
    expect(a.metadata.headline).toBe("Harbour board approves new ferry pier");
    expect(a.warnings).toEqual([]);
  });
});

describe("readHtml lists", () => {
  it("numbers ordered list items as a reader sees them", () => {
    const p = "<p>The ferry timetable changes on Monday, and the operator has listed what passengers need to know before they travel.</p>";
    const a = readHtml(
      `<html><body><article><h1>Timetable</h1>${p.repeat(3)}<ol start="3"><li><h3>Book ahead</h3><p>Seats are limited.</p></li><li>Arrive early</li></ol><ul><li>No number here</li></ul></article></body></html>`,
    );
    const body = a.blocks.filter((b) => b.role === "body").map((b) => b.text);
    expect(body).toContain("3. Book ahead");
    expect(body).toContain("Seats are limited.");
    expect(body).toContain("4. Arrive early");
    expect(body).toContain("No number here");
  });
});

describe("readHtml short lines", () => {
  it("gives a byline inside the body its role and drops furniture lines", () => {
    const p = "<p>The ferry timetable changes on Monday, and the operator has listed what passengers need to know before they travel.</p>";
    const a = readHtml(
      `<html><body><article><h1>Timetable</h1><p>By Ada Moss</p>${p.repeat(3)}<p>by the way, this is not a byline</p><p>Advertisement</p><p>12 Comments</p></article></body></html>`,
    );
    expect(a.blocks.find((b) => b.text === "By Ada Moss")?.role).toBe("byline");
    expect(a.blocks.find((b) => b.text.startsWith("by the way"))?.role).toBe("body");
    expect(a.text).not.toMatch(/Advertisement|Comments/);
  });
});

describe("readHtml headline outside the article", () => {
  it("keeps the words of an <h1> set on two lines apart, as the metadata headline does", () => {
    const p = "<p>The ferry timetable changes on Monday, and the operator has listed what passengers need to know before they travel.</p>";
    const a = readHtml(
      `<html><body><div class="hero"><h1>Ferries resume<br>Extra sailings <span>added</span></h1></div><div class="content">${p.repeat(3)}</div></body></html>`,
    );
    expect(a.blocks[0]).toMatchObject({ role: "headline", text: "Ferries resume Extra sailings added" });
    expect(a.metadata.headline).toBe("Ferries resume Extra sailings added");
    expectValidSpans(a);
  });

  it("takes the <h1> that prints the metadata's headline, not a newsletter box's nearer the article", () => {
    const p = "<p>The ferry timetable changes on Monday, and the operator has listed what passengers need to know before they travel.</p>";
    const a = readHtml(
      `<html><head><meta property="og:title" content="Ferries resume after storms"></head><body><header><h1>Ferries resume after storms</h1><p class="byline">By Ada Moss</p></header>` +
        `<div class="modal"><h1>Thank you for subscribing!</h1></div><div class="content">${p.repeat(3)}</div></body></html>`,
    );
    expect(a.blocks[0]).toMatchObject({ role: "headline", text: "Ferries resume after storms" });
    expect(a.text).not.toContain("Thank you for subscribing");
    expectValidSpans(a);
  });
});

describe("readHtml galleries", () => {
  const slide = (n: number) =>
    `<figure><img src="/s${n}.jpg"><figcaption>Costume ${n}: a cardboard box painted red becomes a post box. All it needs is a slot and some white paint.</figcaption></figure>`;
  const roles = (a: { blocks: { role: string }[] }) => a.blocks.map((b) => b.role);

  it("reads the slides' captions as the body when they hold more text than it", () => {
    const a = readHtml(
      `<html><body><article><h1>Costumes to make at home</h1><p>Here are five ideas.</p>${[1, 2, 3, 4, 5].map(slide).join("")}</article></body></html>`,
    );
    expect(roles(a)).toEqual(["headline", "body", "body", "body", "body", "body", "body"]);
    expect(a.blocks[2]!.text).toMatch(/^Costume 1: a cardboard box/);
    expectValidSpans(a);
  });

  it("keeps captions as captions beside a body longer than they are, and two captions in any case", () => {
    const p =
      "<p>The ferry timetable changes on Monday, and the operator has listed what passengers need to know before they travel there.</p>";
    const story = readHtml(
      `<html><body><article><h1>Timetable</h1>${[1, 2, 3, 4, 5].map((n) => p.replace("</p>", ` Notice ${n}.</p>`)).join("")}${[1, 2, 3].map(slide).join("")}</article></body></html>`,
    );
    expect(roles(story).filter((r) => r === "caption")).toHaveLength(3);
    const two = readHtml(`<html><body><article><h1>Two</h1><p>Two ideas.</p>${[1, 2].map(slide).join("")}</article></body></html>`);
    expect(roles(two).filter((r) => r === "caption")).toHaveLength(2);
  });
});

describe("readHtml: short linked lines", () => {
  const story = `<p>${"The harbour ferry will run every hour from Monday, the operator said. ".repeat(5)}</p>`;
  const blocks = (html: string) => {
    const a = readHtml(`<html><body><article><h1>Ferry boxes</h1>${html}</article></body></html>`);
    return a.blocks.map((b) => `${b.role}: ${b.text.slice(0, 20)}`);
  };

  it("keeps a 'By' line whose name links to the author's page, as a byline", () => {
    expect(blocks(`<p>By <a href="/author/ana-ruiz">Ana Ruiz</a></p>${story}`)).toContain("byline: By Ana Ruiz");
  });

  it("keeps a listicle's numbered heading that links its item, and drops a linked heading without a number", () => {
    const html = `${story}<h2>13.&nbsp;<a href="https://shop.example/d">Dia &amp; Co</a></h2>${story}<h3><a href="/next">Next story</a></h3>`;
    expect(blocks(html)).toContain("body: 13. Dia & Co");
    expect(blocks(html)).not.toContain("body: Next story");
  });
});

describe("readHtml cascade", () => {
  it("falls back to the JSON-LD articleBody when the page body is only a script", () => {
    const a = readHtml(fixture("script-only-body.html"));
    const body = a.blocks.filter((b) => b.role === "body");
    expect(body).toHaveLength(3);
    expect(body[1]!.text).toMatch(/^Visitors can watch/);
    expectValidSpans(a);
  });
});

describe("extractBlocks cascade", () => {
  it("keeps Readability.js away from tables nested hundreds deep, even in a part its own scan skips", () => {
    // Readability takes cubic time on nested tables (the text density of every table, per
    // enclosing table): 3 s for these 400 when only the scanned part's depth was checked.
    const parse = (h: string) => new DOMParser().parseFromString(h, "text/html") as unknown as Document;
    const tables = "<table><tr><td>Winter sailings".repeat(400);
    const html = `<html><body><p>The ferry timetable is printed below.</p><div role="navigation">${tables}</div></body></html>`;
    expect(fitsReadability(parse(html))).toBe(false);
    expect(fitsReadability(parse(`<html><body><p>The ferry timetable.</p><table><tr><td>Winter</table></body></html>`))).toBe(true);
    const t0 = performance.now();
    extractBlocks(parse(html));
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it("asks Readability.js when its own scoring and JSON-LD give too little", () => {
    const prose =
      "<p>The county library will stay open until nine in the evening on weekdays from next month, after a trial last winter drew more readers than expected, its director said.</p>";
    // Its own scoring leaves out a share-named box holding under 60% of the page; Readability keeps it.
    const comments = `<div class="comments">${"I disagree with the council about the hours of the library. ".repeat(7)}</div>`;
    const html = `<html><body><div class="share-box">${[1, 2, 3].map((n) => prose.replace("</p>", ` Notice ${n}.</p>`)).join("")}</div>${comments}</body></html>`;
    const { blocks, method } = extractBlocks(new DOMParser().parseFromString(html, "text/html") as unknown as Document);
    expect(method).toBe("readability");
    const body = blocks.filter((b) => b.role === "body").map((b) => b.text);
    expect(body.slice(0, 3).every((t) => t.startsWith("The county library will stay open"))).toBe(true);
  });
  it("does not repeat the headline when a fallback's body opens with it", () => {
    const html = `<html><body><article><h1>Ferry fares rise</h1><p class="byline">By Ann Lee</p><p>The harbour board raised fares again, citing fuel costs and repairs to the pier.</p><p>Commuters are angry and want a review.</p></article></body></html>`;
    const { blocks, method } = extractBlocks(new DOMParser().parseFromString(html, "text/html") as unknown as Document);
    expect(method).toBe("readability");
    expect(blocks.filter((b) => b.text === "Ferry fares rise").map((b) => b.role)).toEqual(["headline"]);
  });

  it("says which step produced the body", () => {
    const doc = (name: string) => new DOMParser().parseFromString(fixture(name), "text/html") as unknown as Document;
    expect(extractBlocks(doc("harbour-article.html")).method).toBe("dom");
    expect(extractBlocks(doc("script-only-body.html")).method).toBe("json-ld");
  });
});

describe("readHtml output is plain text", () => {
  const a = readHtml(fixture("hostile-headline.html"));
  it("drops scripts, handlers, frames and svg from a headline and the body", () => {
    expect(a.blocks[0]).toMatchObject({ role: "headline", text: "Breaking news now" });
    expect(a.text).not.toMatch(/alert|onerror|<script|<img|<iframe|<svg/i);
  });
  it("keeps escaped markup as the characters a reader sees", () => {
    expect(a.text).toContain("Written as <b>bold</b> in the source");
  });
});

describe("readHtml on a body fragment (paragraphs with no html or body element)", () => {
  const paragraphs = [
    "The harbour board met on Tuesday and agreed to rebuild the north pier before the summer season.",
    "Work will start in March, the board said, and the ferry will use the south pier until then.",
    "Fishing crews asked for a second landing stage, which the board will discuss at its next meeting.",
  ];
  it("reads the whole fragment as the article, as the feed and JSONL readers do", () => {
    const a = readHtml(paragraphs.map((p) => `<p>${p}</p>`).join("\n"));
    for (const p of paragraphs) expect(a.text).toContain(p);
    expect(a.warnings.map((w) => w.code)).not.toContain("NO_ARTICLE");
    expectValidSpans(a);
  });
  it("keeps a leading h1 as the headline and the paragraphs as body", () => {
    const a = readHtml(`<h1>North pier to be rebuilt</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}`);
    expect(a.metadata.headline).toBe("North pier to be rebuilt");
    expect(a.blocks.filter((b) => b.role === "body").map((b) => b.text)).toEqual(paragraphs);
  });
});
