/**
 * Pass one over the page: per element text and link-text lengths, and Readability-style content
 * scores that paragraphs give their ancestors. One iterative walk, linear in the page. Elements
 * named like furniture ("unlikely") are excluded afterwards unless they hold the article.
 */
import { ELEMENT, walkTree, type DomElement, type DomNode, type Visitor } from "./dom.js";
import { BLOCK_TAGS, HEADING_TAGS, PARAGRAPH_TAGS, classWeight, isArticleBody, isHidden, isSkipped, isUnlikely } from "./hints.js";

export interface Stat {
  /** Characters of text below the element (whitespace runs counted once). */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Content score from paragraphs below (0 when none scored it). */
  score: number;
  scored: boolean;
  /** Has a block-level child element. */
  blockChildren: boolean;
  /** Text directly in this block, outside nested blocks. */
  inline: number;
  /** Of which inside links. */
  inlineLink: number;
  /** Text of the prose paragraphs below (paragraphs with few links), furniture left out. */
  prose: number;
  commas: number;
  /** Position in document order. */
  order: number;
  /** Holds an <article> or an article-body marker that is not itself furniture. */
  hasArticle: boolean;
}

export interface Scan {
  stats: Map<DomElement, Stat>;
  /** Elements that received a paragraph score. */
  candidates: DomElement[];
  /** Elements marked as the article body (itemprop or body-like class). */
  articleBodies: DomElement[];
  h1s: DomElement[];
  /** Furniture-named elements left out of scoring and output. */
  excluded: Set<DomElement>;
  /** Text length of the whole page. */
  total: number;
}

/** A paragraph shorter than this gives no score. */
const MIN_PARAGRAPH_CHARS = 25;
/** How many ancestors a paragraph's score reaches. */
const SCORE_LEVELS = 5;
/** A furniture-named element holding at least this share of the page's text is kept. */
const UNLIKELY_KEEP_SHARE = 0.6;
/** A paragraph is prose when less than this share of it is links. */
const PROSE_LINK_DENSITY = 0.3;

const TAG_BASE: Record<string, number> = {
  div: 5,
  article: 8,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Visible length of a text: its characters with whitespace runs counted as one. */
export function visibleLength(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (!ws) n++;
    else if (!space) n++;
    space = ws;
  }
  return space && n > 0 ? n - 1 : n;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(","); i !== -1; i = s.indexOf(",", i + 1)) n++;
  return n;
}

export function linkDensity(s: Stat | undefined): number {
  return !s || s.text === 0 ? 0 : s.link / s.text;
}

interface Credit {
  ancestors: DomElement[];
  value: number;
  /** Innermost furniture-named element around the paragraph. */
  unlikely?: DomElement;
}

/** Scans the given top-level nodes (a document's children) and everything below them. */
export function scanPage(nodes: DomNode[]): Scan {
  const stats = new Map<DomElement, Stat>();
  const articleBodies: DomElement[] = [];
  const h1s: DomElement[] = [];
  const stack: DomElement[] = [];
  const blocks: Stat[] = [];
  const credits: Credit[] = [];
  const unlikelyStack: DomElement[] = [];
  /** Each furniture-named element and the one around it, in document order. */
  const unlikely: [DomElement, DomElement | undefined][] = [];
  /** Ids named by aria-controls so far: accordion and tab panels, hidden until opened. */
  const panels = new Set<string>();
  let anchors = 0;
  /** Open pre and code elements. */
  let code = 0;

  const visitor: Visitor = {
    enter(el) {
      const controls = el.getAttribute("aria-controls");
      if (controls) for (const id of controls.split(/\s+/)) panels.add(id);
      if (isSkipped(el)) return false;
      const name = el.localName;
      const stat: Stat = {
        text: 0,
        link: 0,
        score: 0,
        scored: false,
        blockChildren: false,
        inline: 0,
        inlineLink: 0,
        prose: 0,
        commas: 0,
        order: stats.size,
        hasArticle: false,
      };
      stats.set(el, stat);
      if (BLOCK_TAGS.has(name)) {
        const parent = stack[stack.length - 1];
        if (parent) stats.get(parent)!.blockChildren = true;
        blocks.push(stat);
      }
      stack.push(el);
      if (name === "a") anchors++;
      else if (name === "h1") h1s.push(el);
      // Class names inside code are syntax highlighting ("hljs-comment", "token comment"), not furniture.
      const panel = isHidden(el) && (panels.has(el.getAttribute("id") ?? "") || followsDisclosure(el));
      const unlikelyEl = code === 0 && isUnlikely(el, panel);
      if (name === "pre" || name === "code") code++;
      if (unlikelyEl) {
        unlikely.push([el, unlikelyStack[unlikelyStack.length - 1]]);
        unlikelyStack.push(el);
      } else if (name === "article" || isArticleBody(el)) {
        stat.hasArticle = true;
        if (name !== "article" || isArticleBody(el)) articleBodies.push(el);
      }
      return true;
    },
    text(node) {
      const top = stack[stack.length - 1];
      if (!top) return;
      const value = node.nodeValue ?? "";
      const len = visibleLength(value);
      if (len === 0) return;
      const s = stats.get(top)!;
      s.text += len;
      if (anchors > 0) s.link += len;
      const block = blocks[blocks.length - 1];
      if (block) {
        block.inline += len;
        if (anchors > 0) block.inlineLink += len;
        block.commas += countCommas(value);
      }
    },
    exit(el) {
      const stat = stats.get(el)!;
      const name = el.localName;
      if (BLOCK_TAGS.has(name)) {
        blocks.pop();
        if (stat.inline >= MIN_PARAGRAPH_CHARS && stat.inlineLink < stat.inline * PROSE_LINK_DENSITY) stat.prose += stat.inline;
        if (stat.inline >= MIN_PARAGRAPH_CHARS && !HEADING_TAGS.has(name) && name !== "li") {
          const top = stack.length - 1;
          const start = PARAGRAPH_TAGS.has(name) || !stat.blockChildren ? top - 1 : top;
          const ancestors: DomElement[] = [];
          for (let level = 0; level < SCORE_LEVELS && start - level >= 0; level++) ancestors.push(stack[start - level]!);
          const value = 1 + stat.commas + Math.min(Math.floor(stat.inline / 100), 3);
          const u = unlikelyStack[unlikelyStack.length - 1];
          credits.push(u ? { ancestors, value, unlikely: u } : { ancestors, value });
        }
      }
      stack.pop();
      if (name === "a") anchors--;
      else if (name === "pre" || name === "code") code--;
      if (unlikelyStack[unlikelyStack.length - 1] === el) unlikelyStack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        const p = stats.get(parent)!;
        p.text += stat.text;
        p.link += stat.link;
        p.prose += stat.prose;
        if (stat.hasArticle) p.hasArticle = true;
      }
    },
  };
  for (const n of nodes) walkTree(n, visitor);

  let total = 0;
  for (const n of nodes) total += stats.get(n as DomElement)?.text ?? 0;
  const excluded = new Set<DomElement>();
  for (const [el, outer] of unlikely) {
    const s = stats.get(el)!;
    if ((outer && excluded.has(outer)) || (!s.hasArticle && s.text < total * UNLIKELY_KEEP_SHARE)) excluded.add(el);
  }
  // Furniture's prose does not count for the elements around it.
  for (const el of excluded) {
    const prose = stats.get(el)!.prose;
    let outer = false;
    for (let p = parentElement(el); p; p = parentElement(p)) if (excluded.has(p)) outer = true;
    if (outer || prose === 0) continue;
    for (let p = parentElement(el); p; p = parentElement(p)) {
      const s = stats.get(p);
      if (s) s.prose -= prose;
    }
  }
  const candidates: DomElement[] = [];
  for (const c of credits) {
    if (c.unlikely && excluded.has(c.unlikely)) continue;
    c.ancestors.forEach((anc, level) => {
      const s = stats.get(anc)!;
      if (!s.scored) {
        s.scored = true;
        s.score += (TAG_BASE[anc.localName] ?? 0) + classWeight(anc);
        candidates.push(anc);
      }
      s.score += c.value / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    });
  }
  return { stats, candidates, articleBodies, h1s, excluded, total };
}

/** Right after a disclosure control ("aria-expanded" button): a collapsed panel it opens. */
function followsDisclosure(el: DomElement): boolean {
  // Back to the previous element sibling only: a scan from the parent's first child was quadratic in siblings.
  let c = el.previousSibling;
  while (c && c.nodeType !== ELEMENT) c = c.previousSibling;
  const prev = c as DomElement | null;
  return !!prev && (prev.hasAttribute("aria-expanded") || prev.querySelector("[aria-expanded]") !== null);
}

/** The element's parent, if it is an element. */
export function parentElement(el: DomNode): DomElement | undefined {
  const p = el.parentNode;
  return p && p.nodeType === ELEMENT ? (p as DomElement) : undefined;
}
