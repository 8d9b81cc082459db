import { describe, expect, it } from "vitest";
import { withHints } from "./origin.js";

describe("withHints", () => {
  it("fills only what the page does not say; a page with any date keeps its own", () => {
    const hints = {
      headline: "Feed title",
      published: "2026-11-28T09:30:00+00:00",
      date: "2026-11-28",
      authors: ["Ana Ruiz"],
      section: "Local",
    };
    expect(withHints({ headline: "Page title", date: "2026-11-27", authors: [] }, hints)).toEqual({
      headline: "Page title",
      date: "2026-11-27",
      authors: ["Ana Ruiz"],
      section: "Local",
    });
    expect(withHints({ authors: ["Tom Lee"] }, hints)).toEqual({ ...hints, authors: ["Tom Lee"] });
    expect(withHints({ language: "en" }, undefined)).toEqual({ language: "en" });
  });
});
