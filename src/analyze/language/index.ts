import type { Stage } from "../stage.js";
import { detectLanguage } from "./detect.js";

/** How much text the stage reads: enough for the detector's windows, whatever the article's size. */
const SAMPLE_CHARS = 20_000;

/**
 * Sets `metadata.language` (ISO 639-1) from the text. Body blocks are preferred (headlines, bylines
 * and credits are short and often carry names); the whole text is used when there is no body. When
 * the text does not tell, a language declared by the input (an HTML lang attribute) is kept, else
 * "und" with a LANGUAGE_UNCERTAIN warning.
 */
export const languageStage: Stage<"metadata"> = {
  name: "language",
  requires: ["blocks"],
  assigns: ["metadata"],
  run(record, ctx) {
    let sample = "";
    for (const b of record.blocks) {
      if (b.role !== "body") continue;
      sample += (sample ? "\n" : "") + b.text.slice(0, SAMPLE_CHARS - sample.length);
      if (sample.length >= SAMPLE_CHARS) break;
    }
    if (sample.trim().length === 0) sample = record.text.slice(0, SAMPLE_CHARS);
    const guess = detectLanguage(sample);
    if (guess.language !== "und") return { metadata: { ...record.metadata, language: guess.language } };
    if (record.metadata.language && record.metadata.language !== "und") return {};
    ctx.warn("LANGUAGE_UNCERTAIN", `the language could not be identified: ${guess.reason}`);
    return { metadata: { ...record.metadata, language: "und" } };
  },
};
