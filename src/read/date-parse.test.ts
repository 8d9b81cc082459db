import { describe, expect, it } from "vitest";
import { findDates, isPlausible, parseDate, toDay, toIso, urlDate } from "./date-parse.js";

const NOW = Date.UTC(2026, 10, 28);
const day = (s: string) => {
  const d = parseDate(s);
  return d ? toDay(d) : undefined;
};

describe("parseDate", () => {
  it("reads every zone abbreviation the dump timestamps know, US ET/PT by the date's daylight saving, whole words only", () => {
    expect(parseDate("March 27, 2019 10:30 IST")?.offset).toBe("+05:30");
    expect(parseDate("2019-07-04 10:30 ET")?.offset).toBe("-04:00");
    expect(parseDate("2019-01-04 10:30 PT")?.offset).toBe("-08:00");
    expect(parseDate("2020-05-01 08:00 GMT")?.offset).toBe("Z");
    expect(parseDate("27 March 2019 10:30 Utah")).toEqual({ year: 2019, month: 3, day: 27, time: "10:30:00" });
  });

  it.each([
    ["2019-03-27", "2019-03-27"],
    ["2019-03-27T10:05:00+01:00", "2019-03-27"],
    ["2019/3/7", "2019-03-07"],
    ["Wed, 27 Mar 2019 23:10:00 GMT", "2019-03-27"],
    ["March 27, 2019", "2019-03-27"],
    ["Mar. 27th, 2019 at 5:30 pm", "2019-03-27"],
    ["27 March 2019", "2019-03-27"],
    ["the 27th of March, 2019", "2019-03-27"],
    ["27-Mar-2019", "2019-03-27"],
    ["27.03.2019", "2019-03-27"],
    ["03/27/2019", "2019-03-27"],
    ["27/03/2019", "2019-03-27"],
    ["20190327", "2019-03-27"],
    ["1553644800", "2019-03-27"],
    ["Posted by Jo on September 4, 2025 in News", "2025-09-04"],
  ])("%s → %s", (input, expected) => {
    expect(day(input)).toBe(expected);
  });

  it("keeps the printed day and zone instead of shifting to UTC", () => {
    const d = parseDate("2023-11-08T22:35:29-08:00");
    expect(d && toIso(d)).toBe("2023-11-08T22:35:29-08:00");
    expect(toIso(parseDate("Nov 8, 2023 / 10:35 PM PST")!)).toBe("2023-11-08T22:35:00-08:00");
  });

  it("rejects impossible dates and text without dates", () => {
    for (const s of ["2019-02-30", "2019-13-01", "31.04.2019", "no date here", "", "9999999999999999"]) {
      expect(day(s), s).toBeUndefined();
    }
  });

  it("finds the earliest date in the text", () => {
    expect(day("Updated 27 March 2019, first published March 20, 2019")).toBe("2019-03-27");
    expect(findDates("from 1 May 2020 to 2020-06-02", 5).map((d) => toDay(d.date))).toEqual(["2020-05-01", "2020-06-02"]);
  });

  it("reads month names of the main European news languages, day first", () => {
    expect(day("Publié le 12 mars 2024 à 10h30")).toBe("2024-03-12");
    expect(day("Veröffentlicht am 3. Februar 2024")).toBe("2024-02-03");
    expect(day("Erhverv - 02. januar 2020 kl. 10:21")).toBe("2020-01-02");
    expect(day("Actualizado el 5 de abril de 2024")).toBe("2024-04-05");
    expect(day("Pubblicato il 14 luglio 2023")).toBe("2023-07-14");
    expect(day("1 DÉCEMBRE 2022")).toBe("2022-12-01");
    expect(day("Geplaatst op 9 mei 2021")).toBe("2021-05-09");
    expect(day("the 12 marshals of 2024")).toBeUndefined();
  });

  it("stays linear on long hostile input", () => {
    const t0 = performance.now();
    parseDate("1/".repeat(50_000) + "March ".repeat(10_000));
    findDates("2019-".repeat(20_000), 10);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("plausibility", () => {
  it("believes news-era dates up to now, not before 1995 or in the future", () => {
    expect(isPlausible(parseDate("2019-03-27")!, NOW)).toBe(true);
    expect(isPlausible(parseDate("1970-01-01")!, NOW)).toBe(false);
    expect(isPlausible(parseDate("2031-01-01")!, NOW)).toBe(false);
  });
});

describe("urlDate", () => {
  it.each([
    ["https://example.com/2019/03/27/some-story", "2019-03-27"],
    ["https://example.com/news/2019-03-27-some-story.html", "2019-03-27"],
    ["https://example.com/a/20190327/story", "2019-03-27"],
    ["https://example.com/2019/03/some-story", undefined],
    ["https://example.com/2019/13/45/x", undefined],
    ["https://example.com/item/123456789", undefined],
    ["https://news.example/world/2023/oct/03/harbour-story", "2023-10-03"],
    ["https://blog.example/2023/October/3/harbour-story", "2023-10-03"],
    ["https://blog.example/2023/sept/30", "2023-09-30"],
    ["https://blog.example/2023/octopus/03/x", undefined],
    ["https://blog.example/2023/oct/story", undefined],
  ])("%s → %s", (url, expected) => {
    const d = urlDate(url);
    expect(d ? toDay(d) : undefined).toBe(expected);
  });
});
