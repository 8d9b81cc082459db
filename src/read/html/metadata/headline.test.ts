import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "./index.js";

const headline = (html: string, url?: string) => extractMetadata(parseHTML(html).document, url, 0).headline;

describe("headline: tails printed in the h1", () => {
  it("cuts short '| Section' parts from the h1, as from the title", () => {
    expect(
      headline(
        `<html><head><title>Ferry fares rise again | Harbour Life | Coast Daily</title></head><body><h1>Ferry fares rise again | Harbour Life | Coast Daily</h1></body></html>`,
      ),
    ).toBe("Ferry fares rise again");
    // A long part after "|" is part of the headline.
    expect(headline(`<html><body><h1>Rain | why the valley floods every spring and what towns can do</h1></body></html>`)).toBe(
      "Rain | why the valley floods every spring and what towns can do",
    );
  });
});
