/**
 * Pass two: the text blocks inside the chosen containers, in document order. Widgets that
 * survived scoring (link lists, share bars, boilerplate lines) are dropped here; headings,
 * lists and quotes stay; captions, bylines and credits get their own roles.
 */
import type { BlockRole } from "../../model/record.js";
import { figureLine } from "./caption.js";
import { dropContainer, LINK_LIST_DENSITY } from "./containers.js";
import { ELEMENT, classOf, walk, type DomElement } from "./dom.js";
import { shortText } from "./metadata/page-scan.js";
import { BLOCK_TAGS, isSkipped, roleHint } from "./hints.js";
import { isCredit, isDateLine, isFurniture, isPrintedByline } from "./lines.js";
import { BY_WORDS } from "./metadata/byline.js";
import { desktopHiddenClasses, isMobileOnly } from "./screen.js";
import { visibleLength, type Scan } from "./scan.js";
import { SKIP_LANDMARK_MAX, idFinder, skipLinkTarget, type SkipRange } from "./skiplinks.js";

export interface TextBlock {
  role: BlockRole;
  text: string;
}

/** A block whose text is mostly links is dropped below this many characters. */
const SHORT_LINK_BLOCK = 120;

/** Role names (byline, caption, ...) apply to elements with at most this much text. */
const ROLE_HINT_MAX_CHARS = 400;

/** Private-use characters: icon-font glyphs (a share icon, a clock), which print no text. */
const ICON_GLYPHS = /[\uE000-\uF8FF]/g;
/** Zero-width characters: a block of nothing else (a spacer paragraph of "&#8203;") prints nothing. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** Separators left at the start of a byline or dateline line by the element before it. */
const LEADING_SEPARATOR = /^[\s|•·,;/–—-]+/;
/** Roles whose nested parts make one line: a byline's names, a dateline's label and date. */
const ONE_LINE_ROLES: ReadonlySet<BlockRole> = new Set(["byline", "meta"]);

/**
 * The first short line after a video player's figure that has no caption of its own, not a
 * sentence, is the video's title ("Related video: Closing arguments heard in the case").
 */
const VIDEO_TITLE_MAX = 160;
const SENTENCE_END = /[.!?…"”'’):]$/;

/** Blocks that are headings, list items or cells: parts of the article's own structure. */
const LISTED_OR_HEADED = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th"]);

function isUncaptionedVideo(el: DomElement): boolean {
  const figure = el.localName === "figure" ? el : el.querySelector("figure");
  if (!figure || figure.querySelector("figcaption") !== null) return false;
  return /video|player/i.test(classOf(figure) ?? "") || figure.querySelector("video, iframe, [class*='video'], [class*='player']") !== null;
}

/**
 * A paragraph that is one sentence running on into a link ("Two people died after the fires
 * <a>burned 1.1 million acres.</a>"): it ends as a sentence and has words of its own, not a label
 * ("Our standards: <a>The Trust Principles.</a>").
 */
const OWN_WORDS_MIN = 3;

function isLinkedSentence(tag: string | undefined, text: string, own: string): boolean {
  if (tag !== "p" || !/[.!?]["”’]?$/.test(text) || /:\s*$/.test(own)) return false;
  return (own.match(/\p{L}+/gu)?.length ?? 0) >= OWN_WORDS_MIN;
}

/** Headings below the headline, and the item number a listicle's heading opens with ("13. "). */
const NUMBERED_HEADING_TAG = /^h[2-6]$/;
const NUMBERED = /^\d{1,3}[.)]\s/;

/** A block repeating the one before it is dropped from this many characters on (a sentence, not a label). */
const REPEAT_MIN_CHARS = 40;

/** Lower-case words joined by single spaces, for comparing texts. */
function plainWords(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** Ancestors searched for the desktop copy of a mobile-only element. */
const TWIN_LEVELS = 2;
/**
 * Text read around a mobile-only element for its copy: a few times its own, at least TWIN_MIN_CHARS.
 * An ancestor with more text is not "near"; reading it whole for each of thousands of mobile-only
 * elements in one container was quadratic (2,000 took 27 s).
 */
const TWIN_MIN_CHARS = 40_000;
const TWIN_TIMES = 4;

/**
 * A mobile-only element whose text the page prints again near it, for desktop screens (a summary
 * set twice, a slide's text in a desktop and a mobile section): the desktop copy is read.
 */
function mobileTwin(el: DomElement, root: DomElement, hiddenClasses: ReadonlySet<string>): boolean {
  if (!isMobileOnly(el, hiddenClasses)) return false;
  const words = plainWords(el.textContent ?? "");
  if (words === "") return false;
  const max = Math.max(TWIN_MIN_CHARS, words.length * TWIN_TIMES);
  let p: DomElement = el;
  for (let level = 0; level < TWIN_LEVELS && p !== root; level++) {
    const up = p.parentNode as DomElement | null;
    if (!up) return false;
    p = up;
    const text = shortText(p as unknown as Element, max);
    if (text === undefined) return false;
    const around = plainWords(text);
    const first = around.indexOf(words);
    if (first >= 0 && around.indexOf(words, first + words.length) >= 0) return true;
  }
  return false;
}

/** Each page's class names its style sheets hide on a desktop screen, by the page's top element. */
const pageHiddenClasses = new WeakMap<DomElement, ReadonlySet<string>>();

function hiddenClassesOf(el: DomElement): ReadonlySet<string> {
  let top = el;
  while (top.parentNode?.nodeType === ELEMENT) top = top.parentNode as DomElement;
  let hidden = pageHiddenClasses.get(top);
  if (!hidden) {
    hidden = desktopHiddenClasses([...top.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n"));
    pageHiddenClasses.set(top, hidden);
  }
  return hidden;
}

function collapse(s: string): string {
  return s
    .replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0\n]*/g, "\n")
    .replace(/[ \t\r\f\v\u00a0]+/g, " ")
    .trim();
}

export interface EmitRange {
  /** Start after this element has ended. */
  after?: DomElement;
  /** Stop where this element starts. */
  until?: DomElement;
}

/** Text blocks of the given containers (optionally only the part between two elements). */
export function emitBlocks(scan: Scan, roots: DomElement[], range: EmitRange = {}): TextBlock[] {
  const out: TextBlock[] = [];
  let started = range.after === undefined;
  let done = false;
  let seenBody = false;
  /** The headline's words, once it is out (blocks read after the headline element know it already). */
  let headline = range.after?.localName === "h1" ? plainWords(range.after.textContent ?? "") : undefined;
  for (const root of roots) {
    const rootText = scan.stats.get(root)?.text ?? 0;
    const byId = idFinder(root);
    const hiddenClasses = hiddenClassesOf(root);
    const blockTags: string[] = [];
    /** Each open element's own role (one that ends its block on exit), and the role it leaves in force. */
    const roles: (BlockRole | undefined)[] = [];
    const inherited: (BlockRole | undefined)[] = [];
    let buf = "";
    /** In a byline or dateline an element has begun after a word: a space before the next word. */
    let wordBreak = false;
    /**
     * The last character added to `buf`, and the last that was not a blank ("\n" for a <br>). Kept
     * here because reading the end of `buf`, a string grown by concatenation, copies all of it.
     */
    let lastChar = "";
    let lastMark = "";
    let linkChars = 0;
    /** The block's text outside links. */
    let own = "";
    let anchors = 0;
    let pre = 0;
    /** Open tables: whether each has header cells (a data table, not layout). */
    const tables: boolean[] = [];
    /** Open cells of data tables, whose linked names are data, not link lists. */
    let dataCells = 0;
    /** Open lists: the next number of an ordered list, null for others. */
    const lists: (number | null)[] = [];
    /** "3. " for the first block of an ordered list item, as a reader sees it. */
    let marker = "";
    /** The alt text of an image seen since the last block, in plain words. */
    let alt = "";
    /** A video figure without a caption has just ended. */
    let afterVideo = false;
    const flush = () => {
      const plain = collapse(buf.replace(ICON_GLYPHS, ""));
      const links = linkChars;
      const ownText = own;
      own = "";
      buf = "";
      wordBreak = false;
      lastChar = "";
      lastMark = "";
      linkChars = 0;
      if (plain.replace(ZERO_WIDTH, "").trim() === "") return;
      const text = marker + plain;
      marker = "";
      // The first text after an image that repeats the image's alt text is its caption.
      const altCaption = alt !== "" && plainWords(text) === alt;
      alt = "";
      const len = visibleLength(text);
      const tag = blockTags[blockTags.length - 1];
      const videoTitle = afterVideo && len <= VIDEO_TITLE_MAX && !SENTENCE_END.test(text) && !LISTED_OR_HEADED.has(tag ?? "");
      afterVideo = false;
      const linky = dataCells === 0 && links / len > LINK_LIST_DENSITY;
      const hinted = inherited[inherited.length - 1];
      const printedByline = isPrintedByline(text, len, hinted === "byline");
      // Mostly links and short: a link list, unless it introduces what follows ("From the Tribune:"),
      // is a sentence of a paragraph whose words run on into a link, a listicle's numbered heading
      // that links its item ("13. Dia & Co"), or a byline ("By …", or a byline box's line) whose
      // names link to author pages.
      if (
        linky &&
        len <= SHORT_LINK_BLOCK &&
        !printedByline &&
        !text.endsWith(":") &&
        !isLinkedSentence(tag, text, ownText) &&
        !(NUMBERED_HEADING_TAG.test(tag ?? "") && NUMBERED.test(ownText.trimStart()))
      )
        return;
      // Short lines broken by <br>, mostly links: a link list at any length.
      if (linky && text.includes("\n") && text.split("\n").every((l) => l.length <= SHORT_LINK_BLOCK)) return;
      if (isFurniture(text, len)) return;
      // One headline: a later <h1> is a subhead.
      const role: BlockRole =
        tag === "h1"
          ? headline === undefined
            ? "headline"
            : "body"
          : (hinted ??
            (altCaption || videoTitle || isCredit(text, len)
              ? "caption"
              : printedByline
                ? "byline"
                : isDateLine(text, len)
                  ? "meta"
                  : "body"));
      // "| Updated: 11:05", ", Senior Editor": the separator belonged to the line before. A
      // figure's line may be a credit or the player's furniture (see caption.ts).
      const block = ONE_LINE_ROLES.has(role)
        ? { role, text: text.replace(LEADING_SEPARATOR, "") }
        : role === "caption"
          ? figureLine(text)
          : { role, text };
      if (!block?.text) return;
      // The headline printed again (a title bar shown on scrolling, an author box's title) is a copy.
      if (headline !== undefined && (tag === "h1" || block.role !== "body") && plainWords(block.text) === headline) return;
      if (block.role === "headline") headline = plainWords(block.text);
      // A paragraph right after itself is a second copy (an intro set for two layouts), not the
      // writer's; a table's cells do repeat ("Yes", "Free").
      const prev = out[out.length - 1];
      if (prev?.role === block.role && prev.text === block.text && len >= REPEAT_MIN_CHARS && tag !== "td" && tag !== "th") return;
      if (block.role === "body") seenBody = true;
      out.push(block);
    };
    /** Inside a stretch a skip link jumps over: its target and the target's ancestors. */
    let skip: SkipRange | undefined;
    const visit = (el: DomElement) => {
      const name = el.localName;
      if (el === range.until) done = true;
      if (done) return false;
      if (skip) {
        if (el === skip.target) {
          skip = undefined;
          if (visibleLength(el.textContent ?? "") <= SKIP_LANDMARK_MAX) return false;
        } else return skip.around.has(el);
      }
      if (name === "img") alt = plainWords(el.getAttribute("alt") ?? "");
      if (name === "a") {
        skip = skipLinkTarget(scan, root, el, byId);
        if (skip) return false;
      }
      const outer = inherited[inherited.length - 1];
      // Class names inside preformatted text are syntax highlighting ("hljs-comment"), not furniture.
      if (
        el !== root &&
        (isSkipped(el) || (pre === 0 && (dropContainer(scan, el, rootText, outer === "byline") || mobileTwin(el, root, hiddenClasses))))
      ) {
        // A player left out as furniture still has its title printed after it.
        if (isUncaptionedVideo(el)) afterVideo = true;
        return false;
      }
      if (name === "br") {
        // Two line breaks in a row end a paragraph, as on pages written without <p>.
        if (lastMark === "\n") flush();
        else {
          buf += "\n";
          lastChar = lastMark = "\n";
        }
        return true;
      }
      const hint = el === root ? undefined : roleHint(el);
      const small = name === "figcaption" || (scan.stats.get(el)?.text ?? 0) <= ROLE_HINT_MAX_CHARS;
      // A table is content even inside a figure (block editors wrap tables in <figure>).
      // A link in a byline is an author's name, whatever its class says ("meta__link").
      const role =
        name === "table"
          ? "body"
          : name === "a" && outer === "byline"
            ? "byline"
            : hint && small && (hint !== "standfirst" || !seenBody)
              ? hint
              : undefined;
      // A named inline element (a byline span, a <time>) is a block of its own, unless it continues
      // its container's byline or dateline: "By <a class=author>Ann Lee</a>" is one line. A
      // figure's parts (caption, credit, counter) stay apart.
      const continues = role !== undefined && role === outer && ONE_LINE_ROLES.has(role);
      if (BLOCK_TAGS.has(name) || (role && !continues)) flush();
      // In a byline or dateline every element is its own word: "Ann Lee<span>Senior Editor</span>",
      // "Nov 20 2019<span class=divider></span>4:29 AM", but not before ", Editor".
      else if (outer && ONE_LINE_ROLES.has(outer) && /[^\s([{]/u.test(lastChar)) wordBreak = true;
      if (BLOCK_TAGS.has(name)) blockTags.push(name);
      roles.push(continues ? undefined : role);
      inherited.push(role ?? outer);
      if (name === "a") anchors++;
      else if (name === "pre") pre++;
      else if (name === "table") tables.push(el.querySelector("th") !== null);
      else if ((name === "td" || name === "th") && tables[tables.length - 1]) dataCells++;
      else if (name === "ol") lists.push(Number.parseInt(el.getAttribute("start") ?? "1", 10) || 1);
      else if (name === "ul") lists.push(null);
      else if (name === "li") {
        const n = lists[lists.length - 1];
        if (n !== undefined && n !== null) {
          marker = `${n}. `;
          lists[lists.length - 1] = n + 1;
        }
      }
      return true;
    };
    visit(root);
    walk(root, {
      enter: visit,
      text(node) {
        if (!started || done || skip) return;
        const v = node.nodeValue ?? "";
        if (wordBreak && /^[\p{L}\p{N}]/u.test(v)) buf += " ";
        // Line breaks in the source are spaces, except in preformatted text; <br> makes a line.
        const added = pre > 0 ? v : v.replace(/\s+/g, " ");
        buf += added;
        if (added) lastChar = added[added.length - 1]!;
        const mark = added.trimEnd();
        if (mark) {
          lastMark = mark[mark.length - 1]!;
          wordBreak = false;
        }
        if (anchors > 0) linkChars += visibleLength(v);
        else own += v;
      },
      exit(el) {
        const name = el.localName;
        if (el === range.after) started = true;
        if (name === "br") return;
        if (BLOCK_TAGS.has(name) || roles[roles.length - 1]) flush();
        if (name === "figure" && isUncaptionedVideo(el)) afterVideo = true;
        if (BLOCK_TAGS.has(name)) blockTags.pop();
        roles.pop();
        inherited.pop();
        if (name === "a") anchors--;
        else if (name === "pre") pre--;
        else if (name === "table") tables.pop();
        else if ((name === "td" || name === "th") && tables[tables.length - 1]) dataCells--;
        else if (name === "ol" || name === "ul") lists.pop();
        else if (name === "li") marker = "";
      },
    });
    flush();
  }
  return joinBylineLabels(out);
}

/** A byline's label on its own line: "By", "Written by", "Fact checked by:", "Von". */
const BYLINE_LABEL = new RegExp(
  String.raw`^(?:(?:written|posted|reported|reviewed|edited|fact[- ]checked|medically reviewed|photos?|words|story|text|guide)\s+)?(?:${BY_WORDS.join("|")})\s*:?$`,
  "i",
);

/** Another label after the first ("Fact checked", "Updated on …"), not a name. */
const NOT_A_NAME = /^(?:updated|published|posted|fact[- ]checked|reviewed|edited|written|modified|last)\b/i;

/**
 * Joins a byline label set in its own block element to the name after it ("By" + "Ann Lee" gives
 * "By Ann Lee"), as a reader sees them.
 */
function joinBylineLabels(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const name = /^\p{Lu}/u.test(b.text) && !NOT_A_NAME.test(b.text);
    if (b.role === "byline" && prev?.role === "byline" && BYLINE_LABEL.test(prev.text) && name)
      out[out.length - 1] = { role: "byline", text: `${prev.text} ${b.text}` };
    else out.push(b);
  }
  return out;
}
