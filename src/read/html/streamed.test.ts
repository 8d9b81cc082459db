import { describe, expect, it } from "vitest";
import { readHtml } from "./index.js";

const prose = (n: number) =>
  `<p>Paragraph ${n}: the island council met on Thursday to decide the ferry timetable for the winter, and agreed on an hourly service.</p>`;

describe("streamed server rendering", () => {
  it("moves hidden streamed segments into their placeholders, replacing the fallback", () => {
    const html =
      `<html><body><main><h1>Winter ferries</h1><article>${prose(1)}<!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->` +
      `<template id="P:1"></template>${prose(4)}</article></main><footer>About us</footer>` +
      `<div hidden id="S:0">${prose(2)}</div><div hidden id="S:1">${prose(3)}</div></body></html>`;
    const body = readHtml(html)
      .blocks.filter((b) => b.role === "body")
      .map((b) => b.text.slice(0, 11));
    expect(body).toEqual(["Paragraph 1", "Paragraph 2", "Paragraph 3", "Paragraph 4"]);
  });
});
