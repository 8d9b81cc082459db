import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { readHtml } from "./index.js";
import { ldGraph } from "./jsonld.js";

const page = (scripts: string[], body = "") =>
  `<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join("")}</head><body>${body}</body></html>`;
const graphOf = (html: string) => ldGraph(new DOMParser().parseFromString(html, "text/html") as unknown as Document);

describe("ldGraph", () => {
  it("collects every object through @graph and nesting, in document order, with an @id index", () => {
    const g = graphOf(
      page([
        JSON.stringify({
          "@graph": [
            { "@type": "NewsArticle", "@id": "#a", author: { "@id": "#p" } },
            { "@type": "Person", "@id": "#p", name: "Ana Ruiz" },
          ],
        }),
        `{"@type":"WebSite","name":"Harbour News",}`,
        "{{{not json",
      ]),
    );
    expect(g.nodes.map((n) => n["@type"] ?? n["@id"] ?? "graph")).toEqual(["graph", "NewsArticle", "#p", "Person", "WebSite"]);
    expect(g.byId.get("#p")?.name).toBe("Ana Ruiz");
    expect(g.broken).toEqual(["{{{not json"]);
  });

  it("does not walk into a live blog's update entries", () => {
    const blog = {
      "@type": "LiveBlogPosting",
      headline: "Storm live",
      liveBlogUpdate: [{ "@type": "BlogPosting", headline: "Ferries cancelled" }],
    };
    expect(graphOf(page([JSON.stringify(blog)])).nodes).toHaveLength(1);
  });

  it("repairs single quotes, comments and unescaped inner quotes", () => {
    const g = graphOf(
      page([
        `{"@type": "NewsArticle", "headline": "Ferry fares rise", "description": 'Fares rise by 5%'}`,
        `{"@type": "Organization", // the site's owner\n "name": "Harbour News"}`,
        `{"@type": "Product", "name": "A 5" screen", "brand": "Quay"}`,
      ]),
    );
    expect(g.broken).toEqual([]);
    expect(g.nodes.map((n) => n.description ?? n.name)).toEqual(["Fares rise by 5%", "Harbour News", 'A 5" screen']);
  });

  it("repairs at most 64 KB of scripts a page, none over 32 KB", () => {
    // Missing commas: jsonrepair's slowest case, which grows with the square of the length.
    const broken = (n: number) => `{${'"a":1 '.repeat(n)}}`;
    const g = graphOf(page([broken(6_000), ...Array(4).fill(broken(5_000)), "{'small': 'repaired'}"]));
    // 36 KB is never repaired; two of 30 KB fit the page's budget, the third and fourth do not.
    expect(g.broken.map((b) => b.length)).toEqual([36_002, 30_002, 30_002]);
    expect(g.nodes).toHaveLength(3);
  });

  it("stays bounded on a script of a million items or 100,000 levels", () => {
    const wide = `[${Array(900_000).fill("{}").join(",")}]`;
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const t0 = performance.now();
    const g = graphOf(page([wide, deep]));
    expect(g.nodes.length).toBeLessThanOrEqual(5000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("readHtml with hostile JSON-LD", () => {
  it("still reads the articleBody fallback beside a script of a million items", () => {
    // The page's own text is too short, so the reader looks for a JSON-LD articleBody. Walking
    // the wide script once overflowed the call stack and lost the whole page.
    const wide = `[${Array(900_000).fill("0").join(",")}]`;
    const text = "The harbour ferry will run every hour from Monday, the operator said, after a winter of cancellations. ";
    const article = JSON.stringify({ "@type": "NewsArticle", headline: "Ferries return", articleBody: text.repeat(4) });
    const a = readHtml(page([wide, article], "<p>Loading…</p>"));
    expect(a.metadata.headline).toBe("Ferries return");
    expect(a.blocks.filter((b) => b.role === "body").map((b) => b.text)).toEqual([text.repeat(4).trim()]);
  });
});
