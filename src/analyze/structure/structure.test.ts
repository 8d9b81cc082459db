import { describe, expect, it } from "vitest";
import { analyze } from "../index.js";
import { emptyRecord } from "../pipeline.js";
import type { StageContext } from "../stage.js";
import { parseByline } from "./byline.js";
import { splitCaption } from "./captions.js";
import { inlineCreditStart, isCreditLine } from "./credits.js";
import { parseDateline } from "./dateline.js";
import { structureStage } from "./index.js";
import { MAX_LINES, classifyLines } from "./layout.js";
import { isNoise } from "./noise.js";
import { clockPrefix, isClockLine, parseStampLine } from "./stamps.js";

const only = { stages: ["structure"] };

describe("parseDateline", () => {
  const cases: [string, { place?: string; agency?: string } | undefined][] = [
    ["TOKYO (Reuters) - The yen fell.", { place: "Tokyo", agency: "Reuters" }],
    ["WASHINGTON, May 24 (AP) — The Senate voted.", { place: "Washington", agency: "AP" }],
    ["KYIV, Ukraine (AP) — A ship left port.", { place: "Kyiv, Ukraine", agency: "AP" }],
    ["New Delhi, May 24 (PTI) The government said.", { place: "New Delhi", agency: "PTI" }],
    ["SAO PAULO, June 3 (Reuters) - Brazil's", { place: "Sao Paulo", agency: "Reuters" }],
    ["(Reuters) - Oil prices rose on Monday.", { agency: "Reuters" }],
    ["BEIJING — China said on Monday", { place: "Beijing" }],
    ["NEW DELHI: The ministry said", { place: "New Delhi" }],
    ["UPDATE: The ministry said", undefined],
    ["The ministry said on Monday (local time) - that", undefined],
  ];
  it.each(cases)("%s", (text, want) => {
    const d = parseDateline(text);
    expect(d ? { ...(d.place ? { place: d.place } : {}), ...(d.agency ? { agency: d.agency } : {}) } : undefined).toEqual(want);
  });
});

describe("parseByline", () => {
  it("reads names before a timestamp, with and without By", () => {
    expect(parseByline("FP Staff May 24, 2023 13:01:15 IST")).toMatchObject({ byline: "FP Staff", authors: ["FP Staff"], end: 8 });
    expect(parseByline("By Jane Doe and John Roe, Reuters")).toMatchObject({
      byline: "Jane Doe and John Roe, Reuters",
      authors: ["Jane Doe", "John Roe"],
    });
    expect(parseByline("By José Núñez | Updated: May 24, 2023")).toMatchObject({ authors: ["José Núñez"] });
  });
  it("drops the separators and a dangling 'on' or 'at' after the names", () => {
    expect(parseByline("By Jane Doe, on")).toMatchObject({ authors: ["Jane Doe"] });
    expect(parseByline("By Jane Doe ; at :")).toMatchObject({ authors: ["Jane Doe"] });
    expect(parseByline("By Jane Doe,,, ")).toMatchObject({ authors: ["Jane Doe"] });
    expect(parseByline("By Matt Pat")).toMatchObject({ authors: ["Matt Pat"] });
  });
  it("refuses sentences, places and bare names outside the byline zone", () => {
    expect(parseByline("By Monday, officials had left the building.")).toBeUndefined();
    expect(parseByline("By the time the vote came, most had gone.")).toBeUndefined();
    expect(parseByline("New Delhi | May 24, 2023 10:00 IST")).toBeUndefined();
    expect(parseByline("Jane Doe")).toBeUndefined();
    expect(parseByline("Jane Doe", true)).toMatchObject({ authors: ["Jane Doe"] });
  });
});

describe("captions, credits and noise", () => {
  it("splits a caption from its credit", () => {
    const s = "Japanese Prime Minister Fumio Kishida. Photo- Japan govt";
    const c = splitCaption(s)!;
    expect(s.slice(...c.caption!)).toBe("Japanese Prime Minister Fumio Kishida.");
    expect(s.slice(...c.credit!)).toBe("Photo- Japan govt");
    expect(splitCaption("Photo: Reuters")).toEqual({ credit: [0, 14] });
    for (const [line, credit] of [
      ["Crowds fill the square on Monday. (Jane Doe/Reuters)", "(Jane Doe/Reuters)"],
      ["The ferry at the quay (Jane Doe/Reuters)", "(Jane Doe/Reuters)"],
      ["The minister in Oslo. (Pool/Jane Doe/Agency via Reuters)", "(Pool/Jane Doe/Agency via Reuters)"],
      ["The minister in Oslo. Jane Doe/AFP via Getty Images", "Jane Doe/AFP via Getty Images"],
    ]) {
      const c = splitCaption(line!);
      expect(c && line!.slice(...c.credit!), line).toBe(credit);
    }
    expect(splitCaption("The minister said the photo was taken in May.")).toBeUndefined();
  });
  it("knows trailing credits and splits inline ones", () => {
    expect(isCreditLine("With inputs from agencies")).toBe(true);
    expect(isCreditLine("(With inputs from PTI)")).toBe(true);
    expect(isCreditLine("Source: PTI")).toBe(true);
    expect(isCreditLine("Research by handset maker Nokia shows that people use phones more.")).toBe(false);
    const p = "Prices rose. (Reporting by Jane Doe; Editing by John Roe)";
    expect(p.slice(inlineCreditStart(p))).toBe("(Reporting by Jane Doe; Editing by John Roe)");
  });
  it("marks crawl noise", () => {
    for (const s of [
      "Advertisement",
      "Home > World > Asia",
      "Updated 2 hours ago",
      "Follow: Google News",
      "Share",
      "Facebook Twitter WhatsApp Email",
      "Also Read: Rovers sack coach",
    ]) {
      expect(isNoise(s), s).toBe(true);
    }
    expect(isNoise("78,000")).toBe(false);
    expect(isNoise("Shares fell 4% on Monday.")).toBe(false);
  });
});

describe("stamp lines and live-blog times", () => {
  it("reads labelled and bare stamp lines, and refuses sentences", () => {
    expect(parseStampLine("Last Updated : Oct 06 2016 | 12:17 AM IST")).toMatchObject({ updated: { iso: "2016-10-06T00:17:00+05:30" } });
    expect(parseStampLine("Mar 27, 2019 12:33 PM IST | Source: Moneycontrol.com")).toMatchObject({
      published: { iso: "2019-03-27T12:33:00+05:30" },
    });
    expect(parseStampLine("Published 11:28 IST, March 27th 2019 | Updated 12:40 IST, March 27th 2019")).toMatchObject({
      published: { iso: "2019-03-27T11:28:00+05:30" },
      updated: { iso: "2019-03-27T12:40:00+05:30" },
    });
    expect(parseStampLine("On May 24, 2023 the minister resigned.")).toBeUndefined();
    expect(parseStampLine("FP Staff May 24, 2023 13:01:15 IST")).toBeUndefined();
  });
  it("finds entry times, not numbers", () => {
    expect(isClockLine("14:05 IST")).toBe(true);
    expect(isClockLine("1:45 PM")).toBe(true);
    expect(isClockLine("1,450")).toBe(false);
    expect(clockPrefix("13:40 IST: Schools will stay shut.")).toBe("13:40 IST: ".length);
    expect(clockPrefix("3.45 - 4.10 per cent was the range.")).toBe(0);
    expect(clockPrefix("1.50 Crore people were affected.")).toBe(0);
  });
});

describe("structure stage", () => {
  it("plain text without a header: title-like first line is the headline, the rest is body", () => {
    const r = analyze("Ministers agree on fishing quotas\n\nMinisters met in Oslo on Monday.\n\nThey agreed on quotas.", only);
    expect(r.blocks.map((b) => b.role)).toEqual(["headline", "body", "body"]);
    expect(r.metadata.headline).toBe("Ministers agree on fishing quotas");
  });

  it("with a headline from the reader (JSONL), only the line that is that headline becomes the headline block", () => {
    const jsonl = (headline: string, text: string) =>
      analyze({ bytes: new TextEncoder().encode(JSON.stringify({ headline, text })), path: "in.jsonl" }, only);
    const other = jsonl("Ferry service resumes after storm", "Harbour Lights Festival Opens Tonight\n\nThe ferry left at dawn.");
    expect(other.blocks.map((b) => b.role)).toEqual(["body", "body"]);
    expect(other.metadata.headline).toBe("Ferry service resumes after storm");
    const same = jsonl("Ferry service resumes after storm", "Ferry Service Resumes  After Storm\n\nThe ferry left at dawn.");
    expect(same.blocks.map((b) => b.role)).toEqual(["headline", "body"]);
    expect(same.metadata.headline).toBe("Ferry service resumes after storm");
    const dump = jsonl(
      "Ferry service resumes after storm",
      " date 2024-05-01 Harbour Lights Festival Opens Tonight\n\nThe ferry left at dawn.",
    );
    expect(dump.blocks.map((b) => b.role)).not.toContain("headline");
  });

  it("plain text: a first line that is a caption, name, place, date, promotion or navigation is no headline", () => {
    for (const first of [
      "Crowds fill the harbour square, May 3, 2021. (Jane Doe/Reuters)",
      "The ferry at the quay (Jane Doe/Reuters)",
      "(Jane Doe)",
      "Jane Roe",
      "Harbour Park",
      "Harbour Park, Oslo",
      "New Delhi",
      "Saturday 20 May",
      "For more local reporting, subscribe to our newsletters",
      "Next Previous Jane Roe – Oslo",
      "Share All sharing options for: Harbour road to close",
    ]) {
      const r = analyze(`${first}\n\nOpinion contributor\n\nThe council voted on Monday to close the harbour road.`, only);
      expect(
        r.blocks.map((b) => b.role),
        first,
      ).not.toContain("headline");
      expect(r.metadata.headline, first).toBeUndefined();
    }
    for (const first of ["Ferry Service Resumes After Storm", "Storm closes harbour road for a week"]) {
      expect(analyze(`${first}\n\nThe council voted on Monday.`, only).metadata.headline).toBe(first);
    }
  });

  it("a first line that is a sentence is body", () => {
    const r = analyze("Ministers met in Oslo on Monday.\nThey agreed on nothing.", only);
    expect(r.blocks.map((b) => b.role)).toEqual(["body", "body"]);
    expect(r.metadata.headline).toBeUndefined();
  });

  it("keeps blocks a reader supplied and only fills missing metadata", () => {
    const text = "Title here\nBy Jane Doe | May 24, 2023 10:00 IST\nTOKYO (Reuters) - Body text.";
    const by = text.indexOf("By");
    const body = text.indexOf("TOKYO");
    const article = {
      source: { kind: "html" as const, sha256: "0".repeat(64), bytes: text.length },
      text,
      blocks: [
        { start: 0, end: 10, text: "Title here", role: "headline" as const },
        { start: by, end: body - 1, text: text.slice(by, body - 1), role: "byline" as const },
        { start: body, end: text.length, text: text.slice(body), role: "body" as const },
      ],
      metadata: { headline: "Title from meta tags" },
      warnings: [],
    };
    const record = emptyRecord(article);
    const ctx: StageContext = { options: {}, warn: () => {} };
    const patch = structureStage.run(record, ctx);
    expect(patch.blocks).toBeUndefined();
    expect(patch.metadata).toMatchObject({
      headline: "Title from meta tags",
      byline: "Jane Doe",
      authors: ["Jane Doe"],
      published: "2023-05-24T10:00:00+05:30",
      dateline: { place: "Tokyo", agency: "Reuters" },
    });
  });

  it("handles empty and whitespace-only text", () => {
    expect(classifyLines("", "text").blocks).toEqual([]);
    expect(classifyLines(" \n\r\n\t", "dump").blocks).toEqual([]);
    expect(classifyLines(" date 2023-05-24 World", "dump").metadata).toMatchObject({ date: "2023-05-24", section: "World" });
  });

  it("keeps a 5 MB single line as one body block with a LONG_LINE warning, quickly", () => {
    const line = "word ".repeat(1_000_000);
    const t = performance.now();
    const r = analyze(line, only);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(r.blocks).toHaveLength(1);
    expect(r.blocks[0]!.role).toBe("body");
    expect(r.warnings.map((w) => w.code)).toContain("LONG_LINE");
  });

  it("keeps the lines past the limit as one body block with a TOO_MANY_LINES warning (a record of millions of blocks cannot be written)", () => {
    const text = "Ferry log\n\n" + "Sailed at dawn.\n\n".repeat(MAX_LINES + 5_000);
    const r = analyze(text, only);
    expect(r.blocks.length).toBeLessThanOrEqual(MAX_LINES);
    const last = r.blocks[r.blocks.length - 1]!;
    expect(last).toMatchObject({ role: "body", end: text.trimEnd().length });
    expect(last.text.split("\n\n")).toHaveLength(5_002);
    expect(r.warnings.map((w) => w.code)).toContain("TOO_MANY_LINES");
    expect(analyze("Ferry log\n\nSailed at dawn.", only).warnings.map((w) => w.code)).not.toContain("TOO_MANY_LINES");
  });

  it("classifies 50 MB of dump text in linear time", () => {
    const unit = [
      "Finance panel clears farm credit bill",
      "FP Staff May 24, 2023 13:01:15 IST",
      "The minister at parliament. Photo- PIB",
      "The committee cleared the bill on Wednesday after three days of hearings and a long debate.",
      "Advertisement",
      "With inputs from agencies",
      "Updated Date: May 24, 2023 13:04:54 IST",
      "",
    ].join("\n");
    const small = unit.repeat(Math.ceil(5e6 / unit.length));
    const big = unit.repeat(Math.ceil(50e6 / unit.length));
    let t = performance.now();
    classifyLines(small, "dump");
    const tSmall = performance.now() - t;
    t = performance.now();
    const r = classifyLines(big, "dump");
    const tBig = performance.now() - t;
    expect(r.blocks.length).toBeGreaterThan(1_000_000);
    expect(tBig).toBeLessThan(Math.max(25 * tSmall, 2_000));
  });

  it("gives nasty lines (many parentheses, spaces, repeated words) no super-linear time", () => {
    const nasty = [
      "(".repeat(590),
      " ".repeat(590) + "x",
      "A ".repeat(295),
      "date ".repeat(118),
      "Photo ".repeat(99),
      "By " + "Jane ".repeat(59),
    ].join("\n");
    const t = performance.now();
    for (let i = 0; i < 200; i++) classifyLines(nasty, "dump");
    expect(performance.now() - t).toBeLessThan(3_000);
  });
});
