import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { isUnlikely } from "./hints.js";

/** An element with the given class attribute. */
function withClass(cls: string): Element {
  const { document } = parseHTML(`<html><body><div class="${cls}">Text</div></body></html>`);
  return document.querySelector("div")!;
}

describe("print-only elements", () => {
  it("are unlikely: print headers and 'd-none d-print-block', not what phones show too", () => {
    for (const cls of ["print-header", "visible-print-block", "d-none d-print-block", "hidden print:block"])
      expect(isUnlikely(withClass(cls)), cls).toBe(true);
    for (const cls of ["d-lg-none d-print-block", "hidden-print", "d-none d-md-block d-print-block"])
      expect(isUnlikely(withClass(cls)), cls).toBe(false);
  });
});
