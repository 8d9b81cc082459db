/**
 * Credits that are not photo credits: trailing wire notes ("With inputs from agencies",
 * "(Reporting by ...; Editing by ...)"), source lines ("Source: PTI"), contributor notes and
 * syndication or copyright lines.
 */

/** Credit lines are short; longer lines are never tested as a whole. */
const MAX_CREDIT = 600;
/** How far from the end of a paragraph an inline "(Reporting by ...)" note may start. */
const MAX_INLINE = 400;

const AGENCIES = "AP|AFP|PTI|IANS|ANI|UNI|Reuters|Bloomberg|Xinhua|dpa|DPA|EFE|Kyodo|Yonhap|TASS|Agencies|Agency|WAM|SPA|NNN|Anadolu";

const CREDIT_LINE = new RegExp(
  "^(?:" +
    [
      "\\(?\\s*(?:with\\s+)?(?:additional\\s+)?inputs?\\s+(?:from|by)\\b[^()]{1,120}\\)?\\.?",
      "\\(\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|compilation|research|graphics?|production)\\s+by\\b.{1,400}\\)\\.?",
      "(?:additional\\s+)?(?:reporting|writing|editing)\\s+by\\s[^.!?]{1,300}\\.?",
      "\\(?\\s*(?:this|the)\\s+(?:story|article|report|copy)\\s+(?:has|was|is)\\s+(?:been\\s+)?(?:published|auto-generated|generated|edited|taken|sourced|not\\s+been\\s+edited|updated|corrected)\\b.{0,400}",
      "\\(?\\s*(?:except\\s+for\\s+the\\s+headline|only\\s+the\\s+headline)\\b.{0,400}",
      "(?:source|sources|agency|agencies|via)\\s*[:|-]\\s*(?:(?!\\.\\s).){1,60}",
      "(?:[-–—]{1,2}\\s*)?(?:" + AGENCIES + ")",
      "\\(\\s*(?:" + AGENCIES + ")(?:\\s*(?:with|and|&|,)\\s*(?:inputs?|" + AGENCIES + "))*\\s*\\)",
      "(?:copyright|©|\\(c\\))\\s.{0,200}",
      "all\\s+rights\\s+reserved\\.?",
      "(?:edited|curated|translated|produced)\\s+by\\s*:?\\s+[^.]{1,80}",
    ].join("|") +
    ")$",
  "i",
);

/** "Associated Press writer Jane Doe in Tokyo contributed to this report." */
const CONTRIBUTED = /^.{3,200}\s+contributed(?:\s+(?:reporting|research))?\s+to\s+this\s+(?:report|story|article)\.?$/i;

/** A note like "(Reporting by Jane Doe; Editing by John Roe)" closing a paragraph. */
const INLINE =
  /\(\s*(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b[^()]{1,300}\)\s*$|\(\s*with\s+(?:additional\s+)?inputs?\s+from\b[^()]{1,120}\)\s*$/i;

export function isCreditLine(s: string): boolean {
  if (s.length > MAX_CREDIT) return false;
  return CREDIT_LINE.test(s) || (s.includes("contributed") && CONTRIBUTED.test(s));
}

/** Where an inline trailing credit starts in a paragraph, or -1. */
export function inlineCreditStart(s: string): number {
  const from = Math.max(0, s.length - MAX_INLINE);
  const m = INLINE.exec(from ? s.slice(from) : s);
  if (!m || m.index + from === 0) return -1;
  return m.index + from;
}
