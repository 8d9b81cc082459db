/**
 * Chooses the article container(s) from the scan: the top-scoring candidate (link-density
 * penalised), moved up when its ancestors hold the other strong candidates, widened with
 * siblings that score well, and overridden by an explicit article-body marker.
 */
import { ELEMENT, classOf, type DomElement } from "./dom.js";
import { linkDensity, parentElement, type Scan } from "./scan.js";

/** Class names compared as a set of tokens in page order ("a  b a" is "a b"), "" for none. */
function classKey(el: DomElement): string {
  const cls = classOf(el);
  return cls === null ? "" : [...new Set(cls.split(/\s+/).filter(Boolean))].join(" ");
}

/** Candidates compared when deciding whether to move up to a shared ancestor. */
const ALTERNATIVES = 5;
/** An alternative counts when it scores at least this share of the top candidate. */
const ALTERNATIVE_SHARE = 0.75;
/** An article-body marker wins unless the top candidate outside it has this many times its text. */
const MARKER_OVERRIDE = 2;
/** A marked article body needs this much text to be trusted. */
const MIN_MARKER_CHARS = 200;
/** Further parts of a marked article body need this much text. */
const MIN_PART_CHARS = 100;
/** Blocks of the top candidate's class that score this share of it count as its repeats... */
const REPEATED_SHARE = 0.5;
/** ...and this many repeats make their shared ancestor the article. */
const MIN_REPEATED = 2;
/** Move up to an ancestor with this many times the prose... */
const PROSE_GAIN = 3;
/** ...or this many times, when that much of the ancestor's text is prose (nothing else around)... */
const PURE_PROSE_GAIN = 1.5;
const PURE_PROSE_SHARE = 0.9;
/** ...unless the ancestor is this much links. */
const MAX_CLIMB_LINK_DENSITY = 0.35;

function finalScore(scan: Scan, el: DomElement): number {
  const s = scan.stats.get(el);
  return s ? s.score * (1 - linkDensity(s)) : 0;
}

function contains(a: DomElement, b: DomElement): boolean {
  for (let n: DomElement | undefined = b; n; n = parentElement(n)) if (n === a) return true;
  return false;
}

function ownText(scan: Scan, el: DomElement): number {
  const s = scan.stats.get(el);
  return s ? s.text - s.link : 0;
}

function topCandidate(scan: Scan): DomElement | undefined {
  const ranked = scan.candidates.map((el) => ({ el, score: finalScore(scan, el) })).sort((a, b) => b.score - a.score);
  let top = ranked[0]?.el;
  if (!top) return undefined;
  const topScore = ranked[0]!.score;
  // Several strong candidates under one ancestor: the ancestor is the article.
  const alternatives = ranked.slice(1, ALTERNATIVES + 1).filter((r) => r.score >= topScore * ALTERNATIVE_SHARE);
  if (alternatives.length >= 3) {
    for (let anc = parentElement(top); anc && anc.localName !== "body"; anc = parentElement(anc)) {
      if (alternatives.filter((a) => contains(anc!, a.el)).length >= 3) {
        top = anc;
        break;
      }
    }
  }
  // Climb while a parent scores higher than the child it came from.
  let last = finalScore(scan, top);
  const threshold = last / 3;
  for (let p = parentElement(top); p && p.localName !== "body"; p = parentElement(p)) {
    if (!scan.stats.get(p)?.scored) continue;
    const s = finalScore(scan, p);
    if (s < threshold) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  // An only child says nothing on its own: take the parent.
  for (let p = parentElement(top); p && p.localName !== "body" && elementChildren(p).length === 1; p = parentElement(p)) top = p;
  return top;
}

export function commonAncestor(a: DomElement, b: DomElement): DomElement | undefined {
  const seen = new Set<DomElement>();
  for (let n: DomElement | undefined = a; n; n = parentElement(n)) seen.add(n);
  for (let n: DomElement | undefined = b; n; n = parentElement(n)) if (seen.has(n)) return n;
  return undefined;
}

/**
 * Page builders cut an article into many blocks of one class ("rich-text"), each scoring alike:
 * when others of the top candidate's class score close to it, take the ancestor they share.
 */
function joinRepeated(scan: Scan, top: DomElement): DomElement {
  const cls = classKey(top);
  if (!cls) return top;
  const threshold = finalScore(scan, top) * REPEATED_SHARE;
  let joined = top;
  let count = 0;
  for (const el of scan.candidates) {
    if (el === top || el.localName !== top.localName || classKey(el) !== cls || finalScore(scan, el) < threshold) continue;
    const anc = commonAncestor(joined, el);
    if (!anc || anc.localName === "body" || anc.localName === "html") continue;
    joined = anc;
    count++;
  }
  return count >= MIN_REPEATED && linkDensity(scan.stats.get(joined)) < MAX_CLIMB_LINK_DENSITY ? joined : top;
}

export function elementChildren(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) out.push(c as DomElement);
  return out;
}

/**
 * A marked article body and the other parts marked the same way (pages that split the article
 * into chunks repeat the container), in document order.
 */
function markerParts(scan: Scan, marker: DomElement): DomElement[] {
  const cls = classKey(marker);
  if (!cls) return [marker];
  const same = scan.articleBodies.filter(
    (el) => el.localName === marker.localName && classKey(el) === cls && ownText(scan, el) >= MIN_PART_CHARS,
  );
  const outer = same.filter((el) => !same.some((other) => other !== el && contains(other, el)));
  return outer.includes(marker) ? outer : [marker];
}

/**
 * Scores reach only a few levels up, so an article spread over many small containers (page
 * builders) scores low everywhere: move up while an ancestor holds much more prose.
 */
function climbForProse(scan: Scan, top: DomElement): DomElement {
  let best = top;
  let bestProse = scan.stats.get(top)?.prose ?? 0;
  for (let p = parentElement(top); p && p.localName !== "body" && p.localName !== "html"; p = parentElement(p)) {
    const s = scan.stats.get(p);
    if (!s) break;
    const gain = s.prose >= PURE_PROSE_SHARE * s.text ? PURE_PROSE_GAIN : PROSE_GAIN;
    if (s.prose >= gain * bestProse && linkDensity(s) < MAX_CLIMB_LINK_DENSITY) {
      best = p;
      bestProse = s.prose;
    }
  }
  return best;
}

/** The containers whose text is the article, in document order (empty when nothing scored). */
export function selectRoots(scan: Scan): DomElement[] {
  let top = topCandidate(scan);
  if (top) top = climbForProse(scan, joinRepeated(scan, top));
  const marker = scan.articleBodies
    .filter((el) => ownText(scan, el) >= MIN_MARKER_CHARS)
    .sort((a, b) => ownText(scan, b) - ownText(scan, a))[0];
  const prose = (el: DomElement) => scan.stats.get(el)?.prose ?? 0;
  if (
    marker &&
    (!top ||
      contains(marker, top) ||
      (contains(top, marker) ? prose(top) < PROSE_GAIN * prose(marker) : ownText(scan, top) < MARKER_OVERRIDE * ownText(scan, marker)))
  ) {
    top = marker;
  }
  if (!top) return [];
  if (top === marker) {
    const parts = markerParts(scan, marker);
    if (parts.length > 1) return parts;
  }
  const parent = parentElement(top);
  if (!parent) return [top];
  const topScore = finalScore(scan, top);
  const threshold = Math.max(10, topScore * 0.2);
  const cls = classKey(top);
  return elementChildren(parent).filter((sib) => {
    if (sib === top) return true;
    const stat = scan.stats.get(sib);
    if (!stat || scan.excluded.has(sib)) return false;
    const bonus = cls !== "" && classKey(sib) === cls ? topScore * 0.2 : 0;
    if (top !== marker && stat.scored && finalScore(scan, sib) + bonus >= threshold) return true;
    // A paragraph (or a div used as one) with real prose joins the article.
    if (sib.localName === "p" || !stat.blockChildren) {
      const density = linkDensity(stat);
      if (stat.text > 80 && density < 0.25) return true;
      if (stat.text > 0 && stat.text <= 80 && density === 0 && /\.( |$)/.test(sib.textContent ?? "")) return true;
    }
    return false;
  });
}
