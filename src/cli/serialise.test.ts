import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { serialise } from "./serialise.js";

const record = () => analyze("Ferry service resumes\n\nThe harbour ferry sailed again on Monday.", { stages: ["structure"] });

describe("serialise", () => {
  it("writes a record as JSON, indented when asked", () => {
    const r = record();
    expect(JSON.parse(serialise(r, undefined).json)).toEqual(JSON.parse(JSON.stringify(r)));
    expect(serialise(r, 2).json).toContain('\n  "schema"');
  });

  it("puts an error line in place of a record too large for one string, so the batch goes on", () => {
    const r = record();
    // What JSON.stringify throws past V8's string limit, without building 512 MB in a test.
    Object.defineProperty(r, "metadata", { enumerable: true, value: { toJSON: () => "x".repeat(2 ** 29) } });
    const out = serialise(r, undefined);
    expect(out.result).toMatchObject({ error: { code: "RECORD_TOO_LARGE" } });
    expect(JSON.parse(out.json).error.message).toMatch(/^the record of \d+ characters of text, \d+ blocks and 0 entities is too large/);
  });
});
