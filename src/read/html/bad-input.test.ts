import { describe, expect, it } from "vitest";
import { walk, type DomNode } from "./dom.js";
import { MAX_CLASS_CHARS, MAX_DEPTH, MAX_HTML_CHARS, limitClasses, limitDepth } from "./guard.js";
import { readHtml } from "./index.js";

const PARAGRAPH =
  "<p>The ferry service to the islands resumed on Friday after a week of storms, the operator said, and extra sailings were added for the weekend.</p>";

function page(body: string): string {
  return `<!DOCTYPE html><html><head><title>t</title></head><body><article><h1>Ferries resume</h1>${body}</article></body></html>`;
}

function codes(a: { warnings: { code: string }[] }): string[] {
  return a.warnings.map((w) => w.code);
}

describe("readHtml on hostile HTML", () => {
  it("reads truncated HTML (cut inside a tag and inside a paragraph)", () => {
    const full = page(PARAGRAPH.repeat(5));
    for (const cut of [full.length - 20, full.indexOf("<p>", 300) + 2, Math.floor(full.length / 2)]) {
      const a = readHtml(full.slice(0, cut));
      expect(a.blocks.some((b) => b.role === "body")).toBe(true);
      for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text);
    }
  });

  it("cuts a 30 MB page to the parse limit with a warning", () => {
    const html = page(PARAGRAPH.repeat(Math.ceil(30_000_000 / PARAGRAPH.length)));
    expect(html.length).toBeGreaterThan(30_000_000);
    const a = readHtml(html);
    expect(codes(a)).toContain("INPUT_TRUNCATED");
    expect(a.text.length).toBeLessThan(MAX_HTML_CHARS);
    expect(a.text).toMatch(/^Ferries resume\n\nThe ferry service/);
  });

  it("survives elements nested 100,000 deep, quickly, keeping the text", () => {
    const n = 100_000;
    const html = page(
      `${"<div>".repeat(n)}<p>Deep inside the page the ferry timetable is printed in full for the winter season of sailings.</p>${"</div>".repeat(n)}`,
    );
    const t0 = performance.now();
    const a = readHtml(html);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(codes(a)).toContain("HTML_TOO_DEEP");
    expect(a.text).toContain("Deep inside the page the ferry timetable");
  });

  it("reads 100,000 hidden sibling elements in linear time (each looks back only to its previous sibling)", () => {
    const html = page(
      `<p>The ferry timetable for the winter season is printed here in full for every sailing.</p>${'<div hidden class="note">x</div>'.repeat(100_000)}`,
    );
    const t0 = performance.now();
    const a = readHtml(html);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(a.text).toContain("The ferry timetable for the winter season");
  });

  it("follows 20,000 skip links in linear time, with one id index per container", () => {
    const boxes = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<div><p><a href="#after${i}">Skip advert</a></p><p>Win a cruise for two</p><div id="after${i}">x</div></div><p>Sailings run hourly.</p>`,
    ).join("");
    const t0 = performance.now();
    const a = readHtml(page(`<article><p>The ferry timetable for the winter season is printed here in full.</p>${boxes}</article>`));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(a.text).toContain("The ferry timetable for the winter season");
    expect(a.text).not.toContain("Win a cruise");
  });

  it("cuts a page of millions of tags or stray '<' at the tag limit, quickly", () => {
    for (const html of [page("<p>x</p>".repeat(1_000_000)), "<1".repeat(3_000_000)]) {
      const t0 = performance.now();
      const a = readHtml(html);
      expect(performance.now() - t0).toBeLessThan(20_000);
      expect(codes(a)).toContain("INPUT_TRUNCATED");
    }
  });

  it("returns no article and a warning for a page that is all script", () => {
    const a = readHtml(`<html><head><script>${"var x = 1;".repeat(1000)}</script></head><body><script>boot()</script></body></html>`);
    expect(a.text).toBe("");
    expect(codes(a)).toContain("NO_ARTICLE");
  });

  it("handles empty and non-HTML input without throwing", () => {
    for (const input of ["", "   ", "just some words", "<<<>>>", "\u0000\u0001binary"]) {
      const a = readHtml(input);
      expect(typeof a.text).toBe("string");
    }
  });
});

describe("limitClasses", () => {
  it("cuts a class value past the limit, in either quotes, and leaves others", () => {
    const long = "a ".repeat(MAX_CLASS_CHARS);
    expect(limitClasses(`<p class="${long}">x</p><p class='${long}'>y</p><p class="lede">z</p>`)).toBe(
      `<p class="${long.slice(0, MAX_CLASS_CHARS)}">x</p><p class='${long.slice(0, MAX_CLASS_CHARS)}'>y</p><p class="lede">z</p>`,
    );
    const page = `<p class="lede">x</p>`;
    expect(limitClasses(page)).toBe(page);
    expect(limitClasses(`<p class="never closed`)).toBe(`<p class="never closed`);
  });

  it("lets a page with a class list of 300,000 names be read (linkedom spreads it into a call)", () => {
    const html = `<html><body><article class="${"story ".repeat(300_000)}"><h1>Ferry news</h1><p>The ferry runs every twenty minutes from the new pier, the harbour board said on Monday.</p></article></body></html>`;
    expect(readHtml(html).metadata.headline).toBe("Ferry news");
  });
});

describe("limitDepth", () => {
  it("leaves ordinary pages untouched", () => {
    const html = page(PARAGRAPH.repeat(3) + "<ul><li>one<li>two</ul><p>unclosed<p>paragraphs<br><img src=x>");
    const out = limitDepth(html);
    expect(out.flattened).toBe(false);
    expect(out.cut).toBe(false);
    expect(out.html).toBe(html);
  });
  it("drops only the tags past the limit and keeps their text", () => {
    const out = limitDepth(`${"<span>".repeat(10)}x${"</span>".repeat(10)}`, 4);
    expect(out.flattened).toBe(true);
    expect(out.html).toBe(`${"<span>".repeat(4)}x${"</span>".repeat(4)}`);
  });
  it("stays linear on tag openings that never close", () => {
    for (const html of ["<a".repeat(300_000), "<".repeat(600_000) + ">", `<div${" x".repeat(300_000)}`]) {
      const t0 = performance.now();
      limitDepth(html);
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
  });
  it("ignores tags inside scripts and comments", () => {
    const html = `<script>${"<div>".repeat(MAX_DEPTH + 10)}</script><!-- ${"<div>".repeat(MAX_DEPTH + 10)} --><p>ok</p>`;
    expect(limitDepth(html).flattened).toBe(false);
  });
});

describe("walk", () => {
  it("walks a tree 200,000 levels deep without recursion", () => {
    const root: DomNode = {
      nodeType: 1,
      parentNode: null,
      firstChild: null,
      nextSibling: null,
      previousSibling: null,
      nodeValue: null,
      textContent: null,
    };
    let cur = root;
    for (let i = 0; i < 200_000; i++) {
      const child: DomNode & { localName: string } = {
        nodeType: 1,
        parentNode: cur,
        firstChild: null,
        nextSibling: null,
        previousSibling: null,
        nodeValue: null,
        textContent: null,
        localName: "div",
      };
      cur.firstChild = child;
      cur = child;
    }
    cur.firstChild = {
      nodeType: 3,
      parentNode: cur,
      firstChild: null,
      nextSibling: null,
      previousSibling: null,
      nodeValue: "leaf",
      textContent: "leaf",
    };
    let entered = 0;
    let exited = 0;
    const texts: string[] = [];
    walk(root, { enter: () => (entered++, true), exit: () => void exited++, text: (n) => void texts.push(n.nodeValue!) });
    expect([entered, exited, texts]).toEqual([200_000, 200_000, ["leaf"]]);
  });
});
