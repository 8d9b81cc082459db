import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { desktopHiddenClasses, isMobileOnly } from "./screen.js";

/** An element with the given class attribute. */
function withClass(cls: string): Element {
  const { document } = parseHTML(`<html><body><div class="${cls}">Text</div></body></html>`);
  return document.querySelector("div")!;
}

const none = new Set<string>();

describe("isMobileOnly", () => {
  it("reads breakpoint classes at a desktop screen's width", () => {
    for (const cls of [
      "d-md-none",
      "d-none d-sm-block d-lg-none",
      "md:hidden",
      "block lg:hidden",
      "hidden-lg",
      "visible-xs",
      "hide-for-large",
      "elementor-hidden-desktop",
      "mobile-only",
    ])
      expect(isMobileOnly(withClass(cls), none), cls).toBe(true);
    for (const cls of [
      "d-none d-md-block",
      "d-xxl-none",
      "hidden md:block",
      "2xl:hidden",
      "hidden-xs",
      "visible-lg",
      "visible-xs visible-lg",
      "hidden",
      "d-none",
    ])
      expect(isMobileOnly(withClass(cls), none), cls).toBe(false);
  });

  it("reads names that say mobile copy, and the classes the page's style sheet hides", () => {
    expect(isMobileOnly(withClass("subtitle-mobile"), none)).toBe(true);
    expect(isMobileOnly(withClass("mobile-app-guide"), none)).toBe(false);
    expect(isMobileOnly(withClass("variant hidden-x1"), new Set(["hidden-x1"]))).toBe(true);
  });
});

describe("desktopHiddenClasses", () => {
  it("takes the one-class rules that hide in @media blocks holding at a desktop width", () => {
    const css =
      ".always{display:none}" +
      "@media(min-width: 1200px){.hidden-a{display:none!important}.shown{display:block}}" +
      "@media (min-width: 810px) and (max-width: 1199px){.hidden-b{display:none!important}}" +
      "@media only screen and (max-width: 90em){.hidden-c, .hidden-d {display: none}.x .y{display:none}}" +
      "@media print{.hidden-e{display:none}}" +
      "@media (min-width: 1200px) and (hover: hover){.hidden-f{display:none}}" +
      "@media screen and (min-width: 1024px){@supports (display:grid){.hidden-g{display:none}}}";
    expect([...desktopHiddenClasses(css)].sort()).toEqual(["hidden-a", "hidden-c", "hidden-d"]);
  });

  it("reads @media blocks nested in others, in time linear in the sheet", () => {
    const nested =
      "@media screen{.hidden-a{display:none}@media (max-width: 90em){.hidden-b{display:none}}@media print{.hidden-c{display:none}}}";
    expect([...desktopHiddenClasses(nested)].sort()).toEqual(["hidden-a", "hidden-b"]);
    // Each block was read to its end, and the query after each "@media" to the next "{": 9 s and 28 s.
    for (const css of ["@media".repeat(50_000), "@media (min-width: 1200px){".repeat(20_000)]) {
      const t0 = performance.now();
      desktopHiddenClasses(css);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
