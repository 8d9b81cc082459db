/**
 * Photo captions and their credits. A caption is only recognised by a credit or a caption
 * prefix, never by position alone: "Japanese Prime Minister Fumio Kishida. Photo- Japan govt",
 * "Protesters in Tokyo. (AP Photo/Jane Doe)", "FILE PHOTO: ... REUTERS/Jane Doe", "File image",
 * "Photo: Reuters", "Image courtesy: Twitter/@handle".
 */

/** Captions are short; longer lines are never tested. */
const MAX_CAPTION = 500;
/** A paragraph signed off "... the ministry said. (AP)" is body: a bare agency credits a caption only on a short line. */
const MAX_AGENCY_CAPTION = 250;
/** A credit is looked for only in this many characters at the end of a line. */
const TAIL = 160;

const WIRE =
  "AP|AFP|Reuters|REUTERS|PTI|ANI|IANS|EPA|EPA-EFE|Getty\\s+Images|Getty|Xinhua|XINHUA|Bloomberg|Shutterstock|iStock|iStockphoto|Alamy|Pexels|Unsplash|Twitter|X|Facebook|Instagram|YouTube|Wikimedia\\s+Commons";
const END = '(?<=^|[.!?"”’)]\\s{0,3}|\\s[|–—]\\s)';
/** A photographer's name: capitalised words, initials and short particles ("Nam Y. Huh", "Ana de Souza"). */
const PERSON = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+)(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+|\p{Ll}{1,3})){0,4}`;
/** A photographer (and source) before the agency: "Jane Doe/Reuters", "Jane Doe/AFP via Getty Images". */
const BY_WIRE = String.raw`${PERSON}/(?:[\p{L}\p{M}.'’ -]{2,40}/){0,2}(?:[\p{L}\p{M}.'’ -]{1,40}\svia\s)?(?:${WIRE})`;
const CREDITS: { re: RegExp; short?: true }[] = [
  // (AP Photo/Jane Doe), (Photo: Reuters), (Image: Twitter/@handle), (Reuters)
  {
    re: new RegExp(
      `\\((?:[\\p{L}.&'’ -]{1,40}\\s)?(?:Photo|Image|Pic|Picture|Photograph|File)s?(?:\\s?(?:/|:|-|by)\\s?[^()]{1,80})?\\)$`,
      "gu",
    ),
  },
  { re: new RegExp(`${END}\\((?:${WIRE})(?:\\s?/\\s?[^()]{1,60})?\\)$`, "gu"), short: true },
  // Photo- Japan govt · Photo: Reuters · Image courtesy: X · Photo by X on Unsplash · Credit: Getty
  {
    re: new RegExp(
      `${END}(?:(?:file\\s+)?photo|photograph|image|picture|pic|credits?|photo\\s+credits?|image\\s+credits?|image\\s+courtesy|photo\\s+courtesy|courtesy|image\\s+source|photo\\s+source|illustration|graphic|video\\s+grab)s?\\s?(?:[-:–—|]|by\\b|\\s(?=[A-Z@]))\\s?[^!?|]{1,80}$`,
      "giu",
    ),
  },
  // Sergio Flores | AFP | Getty Images
  { re: new RegExp(`${END}[\\p{L}\\p{M} .'’-]{2,40}(?:\\s\\|\\s[\\p{L}\\p{M} .'’-]{2,40}){0,2}\\s\\|\\s(?:${WIRE})$`, "gu") },
  // File image · Representational image · Screengrab
  {
    re: new RegExp(
      `${END}(?:file\\s+(?:image|photo|pic|picture|photograph)|representational\\s+(?:image|photo|picture)|representative\\s+(?:image|photo|picture)|image\\s+for\\s+representation|stock\\s+(?:image|photo)|screengrab|screen\\s*grab|screenshot)\\.?$`,
      "giu",
    ),
  },
  // (Jane Doe/Reuters) · (Sputnik/Jane Doe/Kremlin via Reuters) · "... on Monday. Jane Doe/AFP via Getty Images"
  { re: new RegExp(`\\(${BY_WIRE}\\)$|${END}${BY_WIRE}$`, "gu"), short: true },
  // REUTERS/Jane Doe · AFP/Getty Images · REUTERS/Jane Doe/File Photo
  { re: new RegExp(`${END}(?:${WIRE})/[\\p{L}\\p{M}\\p{N}@_ .'’-]{2,60}(?:/[\\p{L} .-]{2,30})?$`, "gu") },
  // "... on Tuesday. AFP" (a bare agency after the caption sentence)
  { re: new RegExp(`(?<=[.!?"”’]\\s{1,3})(?:${WIRE})$`, "gu"), short: true },
];

/** One cheap scan before the credit patterns: every credit has one of these in the line's tail. */
const CREDIT_HINT = /[)/]|photo|image|pic|credit|courtesy|illustration|graphic|grab|screen/giu;
const WIRE_HINT = new RegExp(`\\b(?:${WIRE})\\b`, "gu");

function hasCreditHint(s: string, from: number): boolean {
  CREDIT_HINT.lastIndex = from;
  WIRE_HINT.lastIndex = from;
  return CREDIT_HINT.test(s) || WIRE_HINT.test(s);
}

/** Lines that are captions by their prefix (credit optional). */
const CAPTION_PREFIX =
  /^(?:(?:file|representational|representative|archive)\s+(?:image|photo|picture|pic|photograph)\s+(?:of|shows|showing)\s|(?:file\s+photo|file|photo|image|pictured|above|top|left|right|from\s+left)(?:\s?[:–—]|\s-\s)|in\s+this\s+(?:file\s+)?(?:photo|image|picture|handout\s+photo)\s)/i;

export interface CaptionSplit {
  /** Caption offsets in the line (absent for a credit-only line). */
  caption?: [number, number];
  credit?: [number, number];
}

function trimEndOf(s: string, end: number): number {
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  return end;
}

/** Splits a caption line into caption and credit, or returns undefined if it is no caption. */
export function splitCaption(s: string): CaptionSplit | undefined {
  if (s.length > MAX_CAPTION) return undefined;
  const from = Math.max(0, s.length - TAIL);
  for (const { re, short } of hasCreditHint(s, from) ? CREDITS : []) {
    if (short && s.length > MAX_AGENCY_CAPTION) continue;
    // Global regexes start at lastIndex while their lookbehind still sees the text before it.
    re.lastIndex = from;
    const m = re.exec(s);
    if (!m) continue;
    const at = m.index;
    // A separator left between caption and credit (" | ", " - ") belongs to neither.
    let capEnd = trimEndOf(s, at);
    if (/[|–—]$/.test(s.slice(0, capEnd))) capEnd = trimEndOf(s, capEnd - 1);
    const split: CaptionSplit = { credit: [at, s.length] };
    if (capEnd > 0) split.caption = [0, capEnd];
    return split;
  }
  if (CAPTION_PREFIX.test(s)) return { caption: [0, s.length] };
  return undefined;
}
