import { describe, expect, it } from "vitest";
import { parseDate } from "./dates.js";

describe("parseDate", () => {
  it("keeps the source's own offset", () => {
    expect(parseDate("Tue, 05 Mar 2024 09:30:00 +0100")).toEqual({ date: "2024-03-05", published: "2024-03-05T09:30:00+01:00" });
    expect(parseDate("Wed, 6 Mar 2024 23:05 EST")).toEqual({ date: "2024-03-06", published: "2024-03-06T23:05:00-05:00" });
    expect(parseDate("2024-04-01T08:00:00.123-05:00")).toEqual({ date: "2024-04-01", published: "2024-04-01T08:00:00-05:00" });
    expect(parseDate("2024-04-01T08:00:00Z")).toEqual({ date: "2024-04-01", published: "2024-04-01T08:00:00+00:00" });
  });
  it("a time without an offset, or a bare day, gives only the day", () => {
    expect(parseDate("2015-07-21T02:16:13")).toEqual({ date: "2015-07-21" });
    expect(parseDate("5 March 2024")).toEqual({ date: "2024-03-05" });
  });
  it("Unix seconds and milliseconds", () => {
    expect(parseDate(1714546800)).toEqual({ date: "2024-05-01", published: "2024-05-01T07:00:00+00:00" });
    expect(parseDate("1714546800000")).toEqual({ date: "2024-05-01", published: "2024-05-01T07:00:00+00:00" });
  });
  it("nonsense gives nothing", () => {
    for (const v of ["yesterday", "2024-13-45", "31 Foo 2024", null, {}, ""]) expect(parseDate(v)).toEqual({});
  });
});
