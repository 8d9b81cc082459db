/**
 * Standfirst choice: JSON-LD's description, else the meta description (og:description and kin).
 * A value escaped twice ("&amp;nbsp;") still holds character references after one decoding; that
 * layer is decoded too. A JSON-LD description that is still visibly broken after that gives way to
 * a meta description that is not: a character reference left in it ("views &rarr;"), or a JSON
 * escape that lost its backslash ("Itu2019s", "caf\u00e9" written with the backslash doubled).
 */
import { cleanText } from "./text.js";

/** A character reference: "&nbsp;", "&#8217;", "&#x2019;". */
const REFERENCE = /&(?:[a-z][a-z0-9]{1,7}|#[0-9]{1,7}|#x[0-9a-f]{1,6});/i;
/** A JSON escape of a Latin-1 or punctuation character left in the text, after a letter or a backslash. */
const LEFT_ESCAPE = /(?:\p{L}|\\)u(?:00|20)[0-9a-fA-F]{2}/u;

function broken(s: string): boolean {
  return REFERENCE.test(s) || LEFT_ESCAPE.test(s);
}

/** `jsonLd`, `meta`: the descriptions with one layer of references decoded (by the JSON-LD reader, by the HTML parser). */
export function chooseStandfirst(jsonLd: string | undefined, meta: string | undefined): string | undefined {
  const [ld, tag] = [jsonLd, meta].map((v) => (v ? cleanText(v) || undefined : undefined));
  return ld && broken(ld) && tag && !broken(tag) ? tag : (ld ?? tag);
}
