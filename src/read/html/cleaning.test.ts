import { describe, expect, it } from "vitest";
import { readHtml } from "./index.js";

const prose =
  "<p>The harbour ferry will run every twenty minutes from next spring, after the council agreed to pay for a second boat and a longer pier.</p>";

/** The body text of a page whose article holds `inner` among plain paragraphs. */
function bodyOf(inner: string): string {
  const a = readHtml(`<html><body><article><h1>Ferry news</h1>${prose.repeat(2)}${inner}${prose}</article></body></html>`);
  return a.blocks
    .filter((b) => b.role === "body")
    .map((b) => b.text)
    .join("\n");
}

describe("body cleaning", () => {
  it("keeps a link wrapped in a span as part of its sentence", () => {
    const body = bodyOf(
      `<p>Mayor Ines Rook <span class="link-wrap"><a href="/rook">announced the plan</a></span> on Tuesday evening in the town hall.</p>`,
    );
    expect(body).toContain("Mayor Ines Rook announced the plan on Tuesday evening in the town hall.");
  });

  it("still drops a span that is a list of links", () => {
    const body = bodyOf(`<p><span class="tags"><a href="/a">Ferries</a> <a href="/b">Harbour</a> <a href="/c">Council</a></span></p>`);
    expect(body).not.toMatch(/Ferries|Council/);
  });
});
