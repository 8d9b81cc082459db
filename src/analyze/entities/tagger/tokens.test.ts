import { describe, expect, it } from "vitest";
import { segment } from "../../../text/segment.js";
import { trainingTokens } from "./tokens.js";

const cut = (text: string) => trainingTokens(segment(text).flatMap((s) => s.tokens)).map((t) => text.slice(t.start, t.end));

describe("trainingTokens", () => {
  it("splits possessives off, with offsets into the text", () => {
    expect(cut("Musk's Tesla and Kishida’s cabinet")).toEqual(["Musk", "'s", "Tesla", "and", "Kishida", "’s", "cabinet"]);
  });

  it("reads typographic quotes as the straight ones of the training text, offsets unchanged", () => {
    const text = "“Trump’s aide” met O’Rourke";
    const tokens = trainingTokens(segment(text).flatMap((s) => s.tokens));
    expect(tokens.map((t) => t.text)).toEqual(['"', "Trump", "'s", "aide", '"', "met", "O'Rourke"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["“", "Trump", "’s", "aide", "”", "met", "O’Rourke"]);
  });

  it("joins initialisms, titles and initials with their dot", () => {
    const tokens = trainingTokens([
      { start: 0, end: 3, text: "U.S" },
      { start: 3, end: 4, text: "." },
      { start: 5, end: 7, text: "Mr" },
      { start: 7, end: 8, text: "." },
      { start: 9, end: 10, text: "F" },
      { start: 10, end: 11, text: "." },
      { start: 12, end: 16, text: "said" },
      { start: 16, end: 17, text: "." },
    ]);
    expect(tokens.map((t) => t.text)).toEqual(["U.S.", "Mr.", "F.", "said", "."]);
    expect(tokens[0]).toEqual({ start: 0, end: 4, text: "U.S." });
  });

  it("leaves a dot after a space alone", () => {
    expect(
      trainingTokens([
        { start: 0, end: 2, text: "Mr" },
        { start: 3, end: 4, text: "." },
      ]).map((t) => t.text),
    ).toEqual(["Mr", "."]);
  });
});
