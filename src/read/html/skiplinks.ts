/**
 * Skip links: a "Skip past newsletter promotion" link (href="#id") standing alone lets
 * screen-reader users jump over a box; what lies between the link and its target, later in the
 * same container, is that box.
 */
import type { DomElement } from "./dom.js";
import { enclosingBlock } from "./containers.js";
import { parentElement, type Scan } from "./scan.js";

/** The text of a link that jumps over a box ("Skip past newsletter promotion", "Skip ad"). */
const SKIP_LINK = /^skip\b/i;
/** A skip link's target this short is only a landmark ("After newsletter promotion"), not text. */
export const SKIP_LANDMARK_MAX = 40;
/** A skipped box holds at most this share of the article container's text. */
const MAX_SKIPPED_SHARE = 0.3;

export interface SkipRange {
  target: DomElement;
  around: Set<DomElement>;
}

/**
 * The first element under `root` with a given id, from an index built on the first call: one pass over
 * the root instead of a search of it for every skip link.
 */
export function idFinder(root: DomElement): (id: string) => DomElement | undefined {
  let index: Map<string, DomElement> | undefined;
  return (id) => {
    if (!index) {
      index = new Map();
      for (const el of root.querySelectorAll("[id]")) {
        const v = el.getAttribute("id");
        if (v !== null && !index.has(v)) index.set(v, el);
      }
    }
    return index.get(id);
  };
}

/**
 * The stretch a skip link jumps over, when `link` is one whose target follows it inside `root`
 * (`byId` finds elements under `root`, see idFinder).
 */
export function skipLinkTarget(
  scan: Scan,
  root: DomElement,
  link: DomElement,
  byId: (id: string) => DomElement | undefined,
): SkipRange | undefined {
  const href = link.getAttribute("href");
  if (!href || !/^#[\w-]+$/.test(href) || !SKIP_LINK.test((link.textContent ?? "").trim())) return undefined;
  // A link standing alone, not "you can skip ahead" inside a sentence.
  const block = enclosingBlock(link);
  const s = block && scan.stats.get(block);
  if (!s || s.inlineLink < s.inline) return undefined;
  const target = byId(href.slice(1));
  const order = (el: DomElement) => scan.stats.get(el)?.order ?? -1;
  if (!target || order(target) <= order(link)) return undefined;
  const around = new Set<DomElement>();
  for (let p = parentElement(target); p && p !== root; p = parentElement(p)) around.add(p);
  // The box is small: link and target meet in an element with a small share of the root's text
  // ("Skip to comments" at the top of the article would jump over all of it).
  let shared = parentElement(link);
  while (shared && shared !== root && !around.has(shared)) shared = parentElement(shared);
  const rootText = scan.stats.get(root)?.text ?? 0;
  if (!shared || shared === root || (scan.stats.get(shared)?.text ?? 0) > rootText * MAX_SKIPPED_SHARE) return undefined;
  return { target, around };
}
