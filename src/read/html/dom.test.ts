import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { textNodes, type DomNode } from "./dom.js";
import { shortText } from "./metadata/page-scan.js";

/** A `<div>` of `n` text-holding `<span>`s, whose text nodes count how often their text is read. */
function countedDiv(n: number): { div: Element; reads: () => number } {
  const { document } = parseHTML(`<div>${"<span>May 1, 2020</span>".repeat(n)}</div>`);
  const div = document.querySelector("div")!;
  let reads = 0;
  for (const span of Array.from(div.children)) {
    const text = span.firstChild!;
    const value = text.nodeValue;
    for (const key of ["nodeValue", "textContent", "data"]) {
      Object.defineProperty(text, key, {
        get: () => {
          reads++;
          return value;
        },
      });
    }
  }
  return { div, reads: () => reads };
}

describe("textNodes", () => {
  it("gives an element's text nodes in document order, nested ones included", () => {
    const { document } = parseHTML("<div>a<p>b<b>c</b></p><!-- x -->d</div>");
    const texts = [...textNodes(document.querySelector("div") as unknown as DomNode)].map((n) => n.nodeValue);
    expect(texts).toEqual(["a", "b", "c", "d"]);
  });

  it("walks only as far as it is read", () => {
    const { div, reads } = countedDiv(10_000);
    for (const node of textNodes(div as unknown as DomNode)) {
      expect(node.nodeValue).toBe("May 1, 2020");
      break;
    }
    expect(reads()).toBeLessThanOrEqual(1);
  });
});

describe("shortText", () => {
  it("stops reading a long element's text at its limit (a date's parent may hold the whole page)", () => {
    const { div, reads } = countedDiv(10_000);
    expect(shortText(div, 120)).toBeUndefined();
    // About 480 characters' worth of its 10,000 text nodes.
    expect(reads()).toBeLessThan(100);
    expect(shortText(countedDiv(3).div, 120)).toBe("May 1, 2020May 1, 2020May 1, 2020");
  });
});
