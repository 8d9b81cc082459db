/**
 * Writes docs/article.schema.json from the TypeBox schema in src/model/record.ts, so the JSON Schema
 * is generated from the types and never written twice. Run with `npm run schema`;
 * test/schema.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ArticleRecordSchema } from "../src/model/record.js";

export const SCHEMA_PATH = fileURLToPath(new URL("../docs/article.schema.json", import.meta.url));

/**
 * The JSON Schema document, as written to disk (2-space indent, trailing newline). Nested `$id`s
 * (TypeBox keeps the one on Span wherever it is reused) are dropped: repeated, they would make
 * validators see one id bound to several schemas.
 */
export function articleSchemaJson(): string {
  const schema = { $schema: "http://json-schema.org/draft-07/schema#", ...ArticleRecordSchema };
  return (
    JSON.stringify(schema, (key, value: unknown) => (key === "$id" && value !== ArticleRecordSchema.$id ? undefined : value), 2) + "\n"
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, articleSchemaJson());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
