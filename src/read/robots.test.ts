import { describe, expect, it } from "vitest";
import { allowedBy, readRobots, ruleMatches } from "./robots.js";

const rules = (text: string) => readRobots(text).rules;

describe("robots.txt", () => {
  const star = rules("User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /private\nAllow: /private/open\nDisallow: /*.pdf$\n");
  it("applies the * group, longest match first, with * and $", () => {
    expect(allowedBy(star, "/story")).toBe(true);
    expect(allowedBy(star, "/private/x")).toBe(false);
    expect(allowedBy(star, "/private/open/y")).toBe(true);
    expect(allowedBy(star, "/files/a.pdf")).toBe(false);
    expect(allowedBy(star, "/files/a.pdf?x")).toBe(true);
  });
  it("matches a hostile rule in linear time", () => {
    const hostile = rules(`User-agent: *\nDisallow: /${"*a".repeat(40)}*b\n`);
    const t0 = performance.now();
    expect(allowedBy(hostile, `/${"a".repeat(2000)}`)).toBe(true);
    expect(allowedBy(hostile, `/${"a".repeat(2000)}b`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it("reads a line with a long run of spaces in linear time", () => {
    // 200 KB took 16 s (each end of the run was tried); robots.txt is read up to 512 KB.
    const t0 = performance.now();
    const spaced = rules(`User-agent: *\nDisallow: /a${" ".repeat(200_000)}b\nAllow:   /c  \n`);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(spaced).toEqual([
      { allow: false, path: `/a${" ".repeat(200_000)}b` },
      { allow: true, path: "/c" },
    ]);
  });
  it("reads * and a final $ as RFC 9309 does", () => {
    expect(ruleMatches("/a*c$", "/abc")).toBe(true);
    expect(ruleMatches("/a*c$", "/abcd")).toBe(false);
    expect(ruleMatches("/a*c$", "/acbc")).toBe(true);
    expect(ruleMatches("/a*", "/a")).toBe(true);
    expect(ruleMatches("/*x*y", "/yx")).toBe(false);
    expect(ruleMatches("/$", "/")).toBe(true);
    expect(ruleMatches("/$", "/a")).toBe(false);
    expect(ruleMatches("/a.b", "/a-b")).toBe(false);
  });
  it("reads lines ended by CR alone (old Mac files)", () => {
    expect(allowedBy(rules("User-agent: *\rDisallow: /private\r"), "/private/x")).toBe(false);
  });
  it("prefers a group naming newsgraph", () => {
    expect(allowedBy(rules("User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nDisallow: /x\n"), "/story")).toBe(true);
  });

  it("reads the Crawl-delay of the group that applies to us", () => {
    expect(readRobots("User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n")).toEqual({ rules: [{ allow: false, path: "/x" }], delay: 2.5 });
    expect(readRobots("User-agent: other\nCrawl-delay: 9\n\nUser-agent: *\nDisallow: /x\n").delay).toBeUndefined();
    expect(readRobots("User-agent: newsgraph\nCrawl-delay: 4\n\nUser-agent: *\nCrawl-delay: 1\n").delay).toBe(4);
    expect(readRobots("User-agent: *\nCrawl-delay: soon\nCrawl-delay: -3\n").delay).toBeUndefined();
  });
});
