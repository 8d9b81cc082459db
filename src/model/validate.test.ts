import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { validateRecord } from "./validate.js";

describe("validateRecord", () => {
  it("accepts a freshly analyzed record", () => {
    const record = analyze("Ministers met in Oslo on Monday.\n\nThey agreed on nothing.");
    expect(validateRecord(record)).toEqual([]);
  });

  it("reports a span whose text does not match the record's text", () => {
    const record = analyze("Ministers met in Oslo on Monday.");
    record.blocks[0] = { ...record.blocks[0]!, text: "something else" };
    const problems = validateRecord(record);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe("$.blocks[0]");
  });

  it("reports schema errors such as a missing field", () => {
    const record = analyze("Ministers met in Oslo on Monday.") as unknown as Record<string, unknown>;
    delete record.entities;
    expect(validateRecord(record).length).toBeGreaterThan(0);
  });
});
