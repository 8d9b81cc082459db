/**
 * Which containers inside the article are furniture: furniture-named ones the scan excluded, link
 * lists, boxes of teasers titled "Related" or "Read more", and negatively named widgets without
 * prose. Inline elements in running text always stay.
 */
import { ELEMENT, TEXT, type DomElement, type DomNode } from "./dom.js";
import { BLOCK_TAGS, CLEANABLE_TAGS, classWeight, isSkipped, roleHint } from "./hints.js";
import { linkDensity, parentElement, type Scan } from "./scan.js";

/** A container whose text is at least this share links is a link list. */
export const LINK_LIST_DENSITY = 0.5;
/** Lists are link lists from a lower share on. */
const LIST_LINK_DENSITY = 0.35;
/** A negatively named container is kept when it holds at least this share of the root's text. */
const NEGATIVE_KEEP_SHARE = 0.5;
/**
 * Titles of teaser boxes: links to other articles, with or without their summaries. "Latest",
 * "Popular" and the like only as a whole title ("Latest news", not "Latest figures").
 */
const RELATED_BOX_TITLE =
  /^(?:related\b|read (?:more|next|also)\b|also read\b|more (?:from|on|about|stories|articles|news|to read)\b|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested)\b|(?:recommended|(?:most )?popular|trending|latest|top stories|most read)(?: now| today| for you)?(?: (?:news|stories|articles|posts|videos|reads|reading|content))?(?: (?:on|from) [\w .]+)?\W*$)/i;
/** Teaser boxes link their titles: at least this share of their text is links. */
const TEASER_LINK_DENSITY = 0.15;
/** A box title is a short line. */
const BOX_TITLE_MAX = 60;
/** Longest byline box kept despite its links; a longer one is an author list or biography. */
const BYLINE_BOX_MAX = 200;

/** The nearest block-level element around `el`. */
export function enclosingBlock(el: DomElement): DomElement | undefined {
  let p = parentElement(el);
  while (p && !BLOCK_TAGS.has(p.localName)) p = parentElement(p);
  return p;
}

/** An inline element in running text: its block holds mostly text outside links. */
function inRunningText(scan: Scan, el: DomElement): boolean {
  if (BLOCK_TAGS.has(el.localName)) return false;
  const block = enclosingBlock(el);
  const s = block && scan.stats.get(block);
  return !!s && s.inline > 0 && s.inlineLink < s.inline * LINK_LIST_DENSITY;
}

/** The text of the first block inside `el` that has any (a box's title), or "" when that is long. */
function leadingBlockText(el: DomElement): string {
  let node: DomNode | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT && (node.nodeValue ?? "").trim() !== "") break;
    const skip = node.nodeType !== ELEMENT || isSkipped(node as DomElement);
    if (!skip && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== el) node = node.parentNode;
    if (!node || node === el) return "";
    node = node.nextSibling;
  }
  if (!node) return "";
  let block = node.parentNode as DomElement;
  while (block !== el && !BLOCK_TAGS.has(block.localName)) block = block.parentNode as DomElement;
  const text = (block.textContent ?? "").replace(/\s+/g, " ").trim();
  return text.length <= BOX_TITLE_MAX ? text : "";
}

/**
 * Whether the container `el`, inside a root with `rootText` characters, is left out. `inByline`:
 * `el` sits in a byline box.
 */
export function dropContainer(scan: Scan, el: DomElement, rootText: number, inByline = false): boolean {
  if (scan.excluded.has(el)) return true;
  if (!CLEANABLE_TAGS.has(el.localName)) return false;
  const s = scan.stats.get(el);
  if (!s || s.text === 0) return false;
  // A link wrapped in a span inside a paragraph is part of the sentence.
  if (inRunningText(scan, el)) return false;
  const density = linkDensity(s);
  // A box titled "Related articles" or "Read more" inside the article is a set of teasers.
  if (s.text < rootText * NEGATIVE_KEEP_SHARE && density >= TEASER_LINK_DENSITY && RELATED_BOX_TITLE.test(leadingBlockText(el)))
    return true;
  const list = el.localName === "ul" || el.localName === "ol";
  // A byline box, and what it holds, links its names to author pages: its lines are judged one by
  // one (emit.ts).
  if (density > (list ? LIST_LINK_DENSITY : LINK_LIST_DENSITY))
    return !(s.text <= BYLINE_BOX_MAX && (inByline || roleHint(el) === "byline"));
  // Negatively named (widget, meta, tags...) and without a single paragraph of prose.
  return classWeight(el) < 0 && roleHint(el) === undefined && s.prose === 0 && s.text < rootText * NEGATIVE_KEEP_SHARE;
}
