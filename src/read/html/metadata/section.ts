/**
 * Section choice: the first section a page states (JSON-LD articleSection, article:section and
 * kin, parsely) that reads as one. Templates fill the field with the site's own name, a URL, a
 * content-management default ("Uncategorized", "post"), a keyword list or a paragraph.
 */
import { hostWords, squash } from "./title-parts.js";

/** A section name is a few words; longer values are keyword lists or descriptions. */
const MAX_SECTION_CHARS = 60;
/** Values that content systems put in the field by default. */
const PLACEHOLDER = /^(?:uncategori[sz]ed|all|none|null|undefined|default|test|posts?|articles?|pages?|home|index)$/i;

/** A long comma list ("Brooklyn,Government,Housing,…") is a list of sections: its first is read. */
function firstOfList(v: string): string {
  return v.length > MAX_SECTION_CHARS && v.includes(",") ? v.slice(0, v.indexOf(",")).trim() : v.trim();
}

export function chooseSection(
  values: readonly (string | undefined)[],
  sites: readonly string[],
  url: string | undefined,
): string | undefined {
  const siteKeys = new Set([...sites.map(squash), ...hostWords(url)]);
  return values
    .map((v) => (v ? firstOfList(v) : ""))
    .find(
      (v) =>
        v.length > 0 &&
        v.length <= MAX_SECTION_CHARS &&
        !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) &&
        !PLACEHOLDER.test(v) &&
        !siteKeys.has(squash(v)),
    );
}
