/**
 * What a line inside a figure really is. Figures hold more than captions: the player's controls
 * ("Back to Gallery", "1 / 9", "toggle caption"), screen-reader labels ("Image caption", glued to
 * the caption on some pages: "Media captionWho is …"), and photo credits ("Credit: Ann Lee",
 * "Getty Images", "Ann Lee/Harbour Post"), which are the credit role, not the caption.
 */

/** Figure furniture: labels, player controls and counters. */
const FURNITURE =
  /^(?:(?:(?:image|photo|picture|media|video)\s+)?(?:caption|copyright|credits?)\s*:?|close|(?:toggle|show|hide) caption|back to gallery|enlarge(?: image| photo)?|view (?:gallery|image|slideshow)|media playback is unsupported on your device|this slideshow requires javascript\.?|press enter or click to view image in full size|\d+(?:\s*(?:\/|of)\s*\d+)?)$/i;
/** A screen-reader label before the caption itself. */
const LABEL = /^(?:image|media|video) ?caption\s*:?\s*(?=\S)/i;
/**
 * A line that opens as a credit: "Credit: …", "Photo courtesy of …", "(Image: Getty)", ": Ann Lee/Getty"
 * (its label left out), and the same labels in the languages whose dates are read ("Foto: …",
 * "Bild: …", "Crédit photo : …", "Quelle: …").
 */
const CREDIT_LEAD =
  /^[(\s]*(?:(?:(?:photo|image|picture|illustration|video|graphic)s?\s+)?(?:credit|courtesy|source)\b|(?:cr[ée]dit(?:o|s)?|quelle|fuente|fonte|bron|kilde)(?:\s+(?:photo|foto|fotogr[áa]fico))?\s*:|(?:photo|image|picture|illustration|foto|bild|imagen|immagine|billede)s?\s*(?:by\b|:))|^:\s*\S/iu;
/** Picture agencies and wires, named alone or after the photographer. */
const AGENCY =
  /^(?:getty(?: images)?|shutterstock|reuters|ap(?: photo)?|associated press|afp|epa(?:-efe)?|alamy|istock(?:photo)?|pa(?: wire| images| media)?|wireimage|bloomberg|xinhua|anadolu|nasa)$/i;
/** A credit is a few words; a longer line is a caption that ends with one. */
const MAX_CREDIT_WORDS = 10;
/** A name in a credit: capitalised words, with the particles names carry. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|de|da|del|der|van|von|la|le|di|du)$/u;

export type FigureLine = { role: "caption" | "credit"; text: string } | undefined;

/** `text` read as a caption block: dropped (undefined), a credit, or the caption without its label. */
export function figureLine(text: string): FigureLine {
  const t = text.trim();
  if (FURNITURE.test(t)) return undefined;
  const caption = t.replace(LABEL, "");
  return isCredit(caption) ? { role: "credit", text: caption } : { role: "caption", text: caption };
}

function isCredit(t: string): boolean {
  const words = t.split(/\s+/);
  if (words.length > MAX_CREDIT_WORDS) return false;
  if (CREDIT_LEAD.test(t)) return true;
  const bare = t.replace(/^\(|\)$/g, "").trim();
  if (AGENCY.test(bare)) return true;
  // "Ann Lee FOR THE HARBOUR POST": a photographer for a paper, set in capitals.
  if (/ FOR /.test(bare) && bare === bare.toUpperCase()) return true;
  // "Ann Lee/Harbour Post", "Ann Lee | Getty Images", "Ann Lee, AP": names only, and a picture
  // agency or the photographer/outlet slash.
  const parts = bare.split(/\s*(?:\/|\s\|\s|,)\s*/);
  if (parts.length < 2 || !parts.every((p) => p.length > 0 && p.split(/\s+/).every((w) => NAME_WORD.test(w)))) return false;
  return bare.includes("/") || parts.some((p) => AGENCY.test(p));
}
