import { describe, expect, it } from "vitest";
import { readHtml } from "./index.js";
import { parseHtml } from "./parse.js";

describe("parseHtml", () => {
  it("keeps text split by character references in one node, as a browser does", () => {
    const p = parseHtml("<html><body><p>Jos&eacute; Garc&iacute;a &amp; Ren&eacute;e O&#8217;Neil</p></body></html>").querySelector("p")!;
    expect([...p.childNodes].map((n) => n.nodeValue)).toEqual(["José García & Renée O’Neil"]);
  });

  it("gives whole names to bylines written with character references", () => {
    const story = `<p>${"The harbour ferry will run every hour from Monday, the operator said. ".repeat(6)}</p>`;
    const a = readHtml(
      `<html><body><article><h1>Ferry returns</h1><p class="byline">By Jos&eacute; Garc&iacute;a</p>${story}</article></body></html>`,
    );
    expect(a.metadata.authors).toEqual(["José García"]);
    // A credit split at "&nbsp;" was read as a byline opening with "by".
    const credit = `<sub>Photo&nbsp;by Ana Ruiz https://photos.example/1</sub>`;
    expect(
      readHtml(`<html><body><article><h1>Ferry returns</h1>${story}${credit}</article></body></html>`).metadata.authors,
    ).toBeUndefined();
  });
});
