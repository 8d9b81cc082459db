/**
 * The one catalogue of error and warning codes. Every warning or error newsgraph emits uses a code
 * from here; messages say what was found.
 */
export const CODES = {
  // reading
  EMPTY_INPUT: "the input has no bytes or only whitespace",
  BINARY_INPUT: "the input looks like binary data, not text",
  INVALID_UTF8: "the input is not valid UTF-8; bad bytes were replaced with U+FFFD",
  ENCODING_GUESSED: "the character encoding was guessed",
  ENCODING_DECLARED_WRONG: "the declared character encoding did not match the bytes",
  NUL_REMOVED: "the text held NUL characters (stray bytes of a bad export); they were removed",
  MOJIBAKE_REPAIRED: "the text held UTF-8 that had been decoded as Latin-1 or Windows-1252 and encoded again; it was repaired",
  INPUT_TRUNCATED: "the input was larger than the limit and was cut",
  SOURCE_TRUNCATED: "the source gave only the start of the text (a news API's excerpt); the rest is missing",
  LONG_LINE: "a line was longer than the limit; it was kept but not classified",
  TOO_MANY_LINES: "the text had more lines than the limit; the rest was kept as one body block, not classified",
  TEXT_TOO_LONG_FOR_STAGE: "the text is longer than a stage reads; the stage read only its beginning",
  READ_FAILED: "the input could not be read",
  NOT_FOUND: "no file matches the path or pattern",
  UNSUPPORTED_INPUT: "the input kind is not supported",
  CORRUPT_RECORD: "a record inside a container (WARC, feed, JSONL) was corrupt and was skipped",
  DECOMPRESSION_LIMIT: "the compressed input expanded past the limit and was cut",
  DECOMPRESSION_FAILED: "the compressed input was truncated or corrupt; the part before the fault was read",
  NO_ARTICLE: "no article text was found in the input",
  FETCH_FAILED:
    "a web address (named as an input, or a link of a feed, sitemap, list or export) could not be fetched, or robots.txt or a limit forbade it",
  MALFORMED_XML: "a feed item or feed head was not well-formed XML (HTML written into it unescaped); its fields were read by name",
  HTML_TOO_DEEP: "the HTML nested elements too deep; the deepest tags were dropped and their text kept",
  // analysis
  LANGUAGE_UNSUPPORTED: "the stage supports only some languages and skipped this one",
  LANGUAGE_UNCERTAIN: "the language could not be identified with confidence",
  STAGE_FAILED: "a stage threw; its fields were left empty",
  MODEL_MISSING: "a model file the stage needs is missing",
  INVALID_RECORD: "the record failed validation",
  // output
  RECORD_TOO_LARGE: "the record was too large to write as JSON; an error line stands in its place",
} as const;

export type Code = keyof typeof CODES;

export class NewsgraphError extends Error {
  constructor(
    readonly code: Code,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? CODES[code], options);
    this.name = "NewsgraphError";
  }
}

export function warning(code: Code, message?: string, stage?: string) {
  return stage ? { code, message: message ?? CODES[code], stage } : { code, message: message ?? CODES[code] };
}
