/** What feed and sitemap readers share: the XML parser's safety settings and reading an element's text. */

/** Deepest element nesting accepted; feeds nest about 5 deep (Atom XHTML content is kept raw). */
const MAX_FEED_DEPTH = 256;

export type Node = Record<string, unknown>;

/**
 * XML, common HTML and numeric entities are decoded without limit; the caps apply to entities a
 * DOCTYPE declares ("external" tier), which is where billion-laughs attacks live. (`appliesTo` is
 * read by fast-xml-parser 5 but missing from its typings, hence the separate constant.)
 */
const ENTITY_LIMITS = {
  enabled: true,
  appliesTo: "external",
  maxEntityCount: 50,
  maxEntitySize: 1000,
  maxExpandedLength: 10_000,
  maxTotalExpansions: 100,
};

/** The parser's settings for untrusted XML: entity caps, depth cap, tag values kept as text. */
export const XML_SAFETY = {
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: ENTITY_LIMITS,
  htmlEntities: true,
  maxNestedTags: MAX_FEED_DEPTH,
};

/** The text of an element that may carry attributes (`{"#text": ..., "@type": ...}`). */
export function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === "object") return text((v as Node)["#text"]);
  return undefined;
}
