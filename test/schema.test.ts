import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze/index.js";
import { articleSchemaJson, SCHEMA_PATH } from "../scripts/write-schema.js";

describe("docs/article.schema.json", () => {
  it("is what `npm run schema` generates from src/model/record.ts (run it after changing the record)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(articleSchemaJson());
  });

  it("requires exactly the fields a record has", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as { required: string[]; properties: Record<string, unknown> };
    const record = analyze("Ministers met in Oslo on Monday.");
    expect([...schema.required].sort()).toEqual(Object.keys(record).sort());
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(record).sort());
  });
});
