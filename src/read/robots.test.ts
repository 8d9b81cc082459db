import { describe, expect, it } from "vitest";
import { readRobots } from "./robots.js";

const ORIGIN = "https://quay.example";
const allows = (text: string, path: string) => readRobots(ORIGIN, text).allows(new URL(path, ORIGIN));

describe("robots.txt", () => {
  it("applies our group, else *, the longest rule first, with * and $", () => {
    const star = "User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /private\nAllow: /private/open\nDisallow: /*.pdf$\n";
    expect([allows(star, "/story"), allows(star, "/private/x"), allows(star, "/private/open/y")]).toEqual([true, false, true]);
    expect([allows(star, "/files/a.pdf"), allows(star, "/files/a.pdf?x")]).toEqual([false, true]);
    expect(allows("User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nDisallow: /x\n", "/story")).toBe(true);
    expect(allows("User-agent: *\rDisallow: /private\r", "/private/x")).toBe(false);
  });

  it("reads hostile files in linear time: a rule of many stars, a line of 200 KB of spaces", () => {
    const t0 = performance.now();
    const stars = `User-agent: *\nDisallow: /${"*a".repeat(40)}*b\n`;
    expect([allows(stars, `/${"a".repeat(2000)}`), allows(stars, `/${"a".repeat(2000)}b`)]).toEqual([true, false]);
    expect(allows(`User-agent: *\nDisallow: /a${" ".repeat(200_000)}b\nAllow:   /c  \n`, "/c")).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("reads the Crawl-delay of the group that applies to us", () => {
    expect(readRobots(ORIGIN, "User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n").delay).toBe(2.5);
    expect(readRobots(ORIGIN, "User-agent: other\nCrawl-delay: 9\n\nUser-agent: *\nDisallow: /x\n").delay).toBeUndefined();
    expect(readRobots(ORIGIN, "User-agent: newsgraph\nCrawl-delay: 4\n\nUser-agent: *\nCrawl-delay: 1\n").delay).toBe(4);
  });
});
