import { describe, expect, it } from "vitest";
import { readHtml } from "./index.js";

const para = (label: string) =>
  `<p>${label} The river authority, which runs the locks, said the work would take six weeks, cost about two million pounds, and close the towpath.</p>`;
/** A page-builder block: text nested deeper than paragraph scores reach. */
const block = (label: string, n: number) =>
  `<section class="block"><div><div><div><div><div class="text">${Array.from({ length: n }, (_, i) => para(`${label} ${i + 1}.`)).join("")}</div></div></div></div></div></section>`;

describe("selectRoots", () => {
  it("takes all blocks of an article split by a page builder when nothing but prose is around them", () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div class="blocks">${block("Part one", 5)}${block("Part two", 3)}</div><footer><a href="/about">About us</a></footer></body></html>`;
    const body = readHtml(html).blocks.filter((b) => b.role === "body");
    const labels = (label: string, n: number) => Array.from({ length: n }, (_, i) => `${label} ${i + 1}`);
    expect(body.map((b) => b.text.slice(0, 10))).toEqual([...labels("Part one", 5), ...labels("Part two", 3)]);
  });
});
