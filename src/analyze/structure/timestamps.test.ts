import { describe, expect, it } from "vitest";
import { findTimestamp } from "./timestamps.js";
import { ZONE_OFFSETS, usDaylight } from "../../text/timezones.js";

describe("findTimestamp", () => {
  const cases: [string, string][] = [
    ["FP Staff May 24, 2023 13:01:15 IST", "2023-05-24T13:01:15+05:30"],
    ["Last Updated : Oct 06 2016 | 12:17 AM IST", "2016-10-06T00:17:00+05:30"],
    ["Published 11:28 IST, March 27th 2019", "2019-03-27T11:28:00+05:30"],
    ["Mar 27, 2019 12:33 PM IST | Source: Moneycontrol.com", "2019-03-27T12:33:00+05:30"],
    ["Wednesday 24 May 2023 13.01 BST", "2023-05-24T13:01:00+01:00"],
    ["24 May 2023 09:15 GMT", "2023-05-24T09:15:00+00:00"],
    ["Jan 12, 2023 3:45 PM EST", "2023-01-12T15:45:00-05:00"],
    ["Jul 12, 2023 3:45 PM EDT", "2023-07-12T15:45:00-04:00"],
    ["Jan 12, 2023 3:45 PM CST", "2023-01-12T15:45:00-06:00"],
    ["Jul 12, 2023 3:45 PM CDT", "2023-07-12T15:45:00-05:00"],
    ["Jan 12, 2023 3:45 PM MST", "2023-01-12T15:45:00-07:00"],
    ["Jul 12, 2023 3:45 PM MDT", "2023-07-12T15:45:00-06:00"],
    ["Jan 12, 2023 3:45 PM PST", "2023-01-12T15:45:00-08:00"],
    ["Jul 12, 2023 3:45 PM PDT", "2023-07-12T15:45:00-07:00"],
    ["12 January 2023 10:00 CET", "2023-01-12T10:00:00+01:00"],
    ["12 July 2023 10:00 CEST", "2023-07-12T10:00:00+02:00"],
    ["12 January 2023 10:00 EET", "2023-01-12T10:00:00+02:00"],
    ["12 July 2023 10:00 EEST", "2023-07-12T10:00:00+03:00"],
    ["12 July 2023 10:00 MSK", "2023-07-12T10:00:00+03:00"],
    ["12 July 2023 10:00 GST", "2023-07-12T10:00:00+04:00"],
    ["12 July 2023 10:00 PKT", "2023-07-12T10:00:00+05:00"],
    ["12 July 2023 10:00 NPT", "2023-07-12T10:00:00+05:45"],
    ["12 July 2023 10:00 SGT", "2023-07-12T10:00:00+08:00"],
    ["12 July 2023 10:00 HKT", "2023-07-12T10:00:00+08:00"],
    ["12 July 2023 10:00 PHT", "2023-07-12T10:00:00+08:00"],
    ["12 July 2023 10:00 WIB", "2023-07-12T10:00:00+07:00"],
    ["12 July 2023 10:00 JST", "2023-07-12T10:00:00+09:00"],
    ["12 July 2023 10:00 KST", "2023-07-12T10:00:00+09:00"],
    ["12 July 2023 10:00 AEST", "2023-07-12T10:00:00+10:00"],
    ["12 January 2023 10:00 AEDT", "2023-01-12T10:00:00+11:00"],
    ["12 July 2023 10:00 ACST", "2023-07-12T10:00:00+09:30"],
    ["12 July 2023 10:00 AWST", "2023-07-12T10:00:00+08:00"],
    ["12 July 2023 10:00 NZST", "2023-07-12T10:00:00+12:00"],
    ["12 January 2023 10:00 NZDT", "2023-01-12T10:00:00+13:00"],
    ["12 July 2023 10:00 UTC", "2023-07-12T10:00:00+00:00"],
    ["Updated: 12 July 2023 10:00 (IST)", "2023-07-12T10:00:00+05:30"],
    ["April 11, 2023 4:05 PM GMT+9", "2023-04-11T16:05:00+09:00"],
    ["April 11, 2023 4:05 PM UTC-05:30", "2023-04-11T16:05:00-05:30"],
    ["24th May, 2023 5 pm GMT+8", "2023-05-24T17:00:00+08:00"],
    ["Sept. 3, 2022 10:15 a.m. ET", "2022-09-03T10:15:00-04:00"],
    ["Dec. 3, 2022 10:15 a.m. ET", "2022-12-03T10:15:00-05:00"],
    ["March 12, 2023 12:30 AM PT", "2023-03-12T00:30:00-08:00"],
    ["March 12, 2023 3:30 AM PT", "2023-03-12T03:30:00-07:00"],
    ["2023-05-24T13:01:15+05:30", "2023-05-24T13:01:15+05:30"],
    ["2023-05-24T07:31:15Z", "2023-05-24T07:31:15+00:00"],
    ["2023-05-24 13:01 UTC", "2023-05-24T13:01:00+00:00"],
    ["24.05.2023 13:01 MSK", "2023-05-24T13:01:00+03:00"],
    // No zone: the date alone, never an invented offset.
    ["May 24, 2023 13:01", "2023-05-24"],
    ["Posted on 24 May 2023", "2023-05-24"],
  ];
  it.each(cases)("%s -> %s", (input, iso) => {
    expect(findTimestamp(input)?.iso).toBe(iso);
  });

  it("returns the span of the timestamp in the line", () => {
    const s = "FP Staff May 24, 2023 13:01:15 IST";
    const ts = findTimestamp(s)!;
    expect(s.slice(ts.start, ts.end)).toBe("May 24, 2023 13:01:15 IST");
  });

  it("rejects impossible dates and times", () => {
    expect(findTimestamp("February 30, 2023 10:00 IST")).toBeUndefined();
    expect(findTimestamp("May 24, 2023 25:61 IST")?.iso).toBe("2023-05-24");
    expect(findTimestamp("no date here at 10:00 IST")).toBeUndefined();
  });

  it("reads only the first characters of a huge line", () => {
    const huge = "x".repeat(5_000_000) + " May 24, 2023 13:01 IST";
    const t = performance.now();
    expect(findTimestamp(huge)).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(200);
  });

  it("knows US daylight time boundaries", () => {
    expect(usDaylight(2023, 3, 12, 1)).toBe(false);
    expect(usDaylight(2023, 3, 12, 2)).toBe(true);
    expect(usDaylight(2023, 11, 5, 1)).toBe(true);
    expect(usDaylight(2023, 11, 5, 2)).toBe(false);
    expect(ZONE_OFFSETS.IST).toBe(330);
  });
});
