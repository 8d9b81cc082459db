import { describe, expect, it } from "vitest";
import { isCredit, isDateLine, isFurniture, isPrintedByline } from "./lines.js";

const len = (s: string) => s.length;

describe("what a short line is", () => {
  it("furniture: labels, promotions, pitches, tag and consent lines, only while short", () => {
    for (const line of [
      "Advertisement",
      "Read more: the harbour plan",
      "FacebookTwitterEmail",
      "Follow the Harbour Gazette on Instagram and YouTube.",
      "Get the morning briefing delivered to your inbox",
      "Tags: ferries, harbour",
      "By signing up, you agree to our terms and confirm you are over 16. By signing up you agree to receive email.",
    ])
      expect(isFurniture(line, len(line)), line).toBe(true);
    for (const line of ["The ferry returns on Monday.", "Topics for discussion at the council", `Advertisement ${"x".repeat(100)}`])
      expect(isFurniture(line, len(line)), line).toBe(false);
  });

  it("a printed byline, and a byline box's line that is no profile link", () => {
    expect(isPrintedByline("By Ana Ruiz and Tom Lee", 23, false)).toBe(true);
    expect(isPrintedByline("Ana Ruiz", 8, true)).toBe(true);
    expect(isPrintedByline("View all articles", 17, true)).toBe(false);
    expect(isPrintedByline("By the harbour the ferry waits.", 31, false)).toBe(false);
  });

  it("a photo credit and a line that only dates the story", () => {
    expect(isCredit("Photo: Ana Ruiz/Harbour Gazette", 31)).toBe(true);
    expect(isCredit("The photographer waited for hours.", 34)).toBe(false);
    expect(isDateLine("Updated: 3 March 2024, 10:05 GMT", 32)).toBe(true);
    expect(isDateLine("The council met on 3 March 2024.", 32)).toBe(false);
  });
});
