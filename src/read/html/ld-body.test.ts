import { describe, expect, it } from "vitest";
import { ldParagraphs } from "./ld-body.js";

describe("ldParagraphs", () => {
  it("reads paragraphs out of markup, entities and blank lines", () => {
    expect(
      ldParagraphs(
        "<p>Ferries  return&nbsp;on Monday.</p>\n \n<div class='x'>Fares rise by 5&#37; &amp; more.<br/>Tolls <b>stay</b>.</div>",
      ),
    ).toEqual(["Ferries return on Monday.", "Fares rise by 5% & more.", "Tolls stay."]);
  });

  it("keeps a '<' that no tag closes as text", () => {
    expect(ldParagraphs("Fares rose 3 < 5 <p>Tolls fell")).toEqual(["Fares rose 3 < 5", "Tolls fell"]);
  });

  it("stays linear on unclosed '<', unclosed tags and long runs of spaces", () => {
    // Each took about 20 s at 200 KB (each '<' or space searched to the end of the body).
    for (const body of ["<".repeat(200_000), "<p".repeat(100_000), `a${" ".repeat(200_000)}b`]) {
      const t0 = performance.now();
      ldParagraphs(body);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
