/**
 * Section choice: the first section a page states (JSON-LD articleSection, article:section and
 * kin, parsely) that reads as one. Templates fill the field with the site's own name, a URL, a
 * content-management default ("Uncategorized", "post"), a navigation label ("Home Page"), a
 * category list or a paragraph; of a list, the first item that is a section is read.
 */
import { hostWords, squash } from "./title-parts.js";

/** A section name is a few words; longer values are keyword lists or descriptions. */
const MAX_SECTION_CHARS = 60;
/** Values that content systems put in the field by default. */
const PLACEHOLDER = /^(?:uncategori[sz]ed|all|none|null|undefined|default|test|posts?|articles?|pages?|home|index)$/i;
/** Where a story is listed or promoted, not what it is about. */
const NAVIGATION = /^(?:home ?page|front ?page|featured|popular|trending|highlights?|top stories|latest(?: (?:news|headlines|stories))?)$/i;

/**
 * The items of a comma list ("Commercial Real Estate,Home Page,Popular", "Health, Science,
 * Weather"), or the value whole where the commas belong to one name: a series ("Waste, Fraud &
 * Abuse", "College of Arts, Media and Design"), a place ("Helena, MT") or a description (an item
 * longer than a section name).
 */
function items(v: string): string[] {
  const parts = v
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.some((p) => p.length > MAX_SECTION_CHARS)) return [v.trim()];
  if (parts.length < 2 || /,\S/.test(v)) return parts;
  const last = parts[parts.length - 1]!;
  const series = /(?:^|\s)(?:and|&)\s/i.test(last) && parts.slice(1, -1).every((p) => !/\s/.test(p));
  const place = parts.length === 2 && /^\p{Lu}{2,3}$/u.test(last);
  return series || place ? [v.trim()] : parts;
}

export function chooseSection(
  values: readonly (string | undefined)[],
  sites: readonly string[],
  url: string | undefined,
): string | undefined {
  const siteKeys = new Set([...sites.map(squash), ...hostWords(url)]);
  return values
    .flatMap((v) => (v ? items(v) : []))
    .find(
      (v) =>
        v.length <= MAX_SECTION_CHARS &&
        !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) &&
        !PLACEHOLDER.test(v) &&
        !NAVIGATION.test(v) &&
        !siteKeys.has(squash(v)),
    );
}
