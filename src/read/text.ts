import type { Article } from "./article.js";

/**
 * Page dumps and plain text: the reader only decodes. Their layout (header, headline, byline,
 * captions, credits) is worked out by the structure stage, which sees the same text.
 */
export function readLines(base: Omit<Article, "blocks" | "metadata">): Article {
  return { ...base, blocks: [], metadata: {} };
}
