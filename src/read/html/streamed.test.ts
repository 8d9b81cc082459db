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

  it("fills a placeholder that arrived inside an earlier segment", () => {
    const html =
      `<html><body><article><h1>Winter ferries</h1>${prose(1)}<template id="P:1"></template></article>` +
      `<div hidden id="S:1">${prose(2)}<template id="P:2"></template></div><div hidden id="S:2">${prose(3)}</div></body></html>`;
    const body = readHtml(html)
      .blocks.filter((b) => b.role === "body")
      .map((b) => b.text.slice(0, 11));
    expect(body).toEqual(["Paragraph 1", "Paragraph 2", "Paragraph 3"]);
  });

  it("moves 20,000 segments in linear time (each placeholder is found in an index, not by a walk of the page)", () => {
    const n = 20_000;
    const slots = Array.from({ length: n }, (_, i) => `<template id="P:${i}"></template>`).join("");
    const segments = Array.from({ length: n }, (_, i) => `<div hidden id="S:${i}"><p>Sailing ${i} leaves on time.</p></div>`).join("");
    const t0 = performance.now();
    const a = readHtml(`<html><body><article><h1>Winter ferries</h1>${prose(1)}${slots}</article>${segments}</body></html>`);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(a.text).toContain(`Sailing ${n - 1} leaves on time.`);
  });
});
