/**
 * What tags and class/id names say about an element: the tag sets and hint patterns the body
 * extractor scores and cleans with. Patterns match whole words of class and id values.
 */
import { classOf } from "./dom.js";

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "select",
  "button",
  "input",
  "textarea",
  "option",
  "nav",
  "head",
  "title",
  "link",
  "meta",
  "video",
  "audio",
  "map",
  "dialog",
  "menu",
]);

/** Elements that start a new block of text (everything else is inline). */
export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** Blocks that are paragraphs themselves: their score goes to their parent. */
export const PARAGRAPH_TAGS = new Set(["p", "pre", "blockquote", "li", "dd", "dt", "td", "th", "address", "h2", "h3", "h4", "h5", "h6"]);

export const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Containers the cleaner may drop as a whole when they look like link lists or widgets. */
export const CLEANABLE_TAGS = new Set([
  "div",
  "section",
  "ul",
  "ol",
  "dl",
  "table",
  "form",
  "aside",
  "header",
  "footer",
  "figure",
  "span",
  "center",
  "details",
]);

/**
 * Furniture names an article-like word next to them does not excuse ("article-share"); also the
 * numbered slots ("code-block code-block-N") WordPress ad plugins insert between paragraphs.
 */
const FURNITURE =
  /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|advertising|comments?|cookie|consent|gdpr|newsletter|outbrain|taboola|related|share|sharing|social|sponsor|sponsored|subscribe|subscription|signup|promo|recommended|recirc|trending|latest|popular|most-?read|more-?stories|read-?next|up-?next|cta|gating|login|signin|registration|donate|donation|ez-toc|toc-container|table-of-contents|sharedaddy|author-?bio|author-?box|about-?(?:the-?)?author)(?:$|[\s_-])|(?:^|\s)code-block code-block-\d+(?:$|\s)/i;

/** Furniture names that an article-like word next to them does excuse ("content-sidebar-wrap"). */
const UNLIKELY =
  /(?:^|[\s_-])(?:banner|breadcrumbs?|combx|community|disqus|footer|menu|navbar|popup|modal|remark|replies|rss|shoutbox|sidebar|skyscraper|supplemental|pagination|pager|toolbar|jump-?link)(?:$|[\s_-])/i;

const MAYBE =
  /(?:^|[\s_-])(?:and|article|body|column|content|main|story|entry|post)(?:$|[\s_-])|articlebody|storybody|postbody|entrycontent/i;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|(?:^|[\s_-])ad(?:$|[\s_-])|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|social|recommend|byline|author|caption|credit/i;

const SKIP_ROLES = /^(?:navigation|complementary|banner|contentinfo|menu|menubar|dialog|alertdialog|search|toolbar)$/;

export interface HintedElement {
  localName: string;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
}

/**
 * Class names, with the id beside them. A class-less element's id is not read: such ids are
 * often generated or describe a use ("media_group_315201", "speakable-summary" on a lede), and
 * read alone they dropped article text on the development sets.
 */
function names(el: HintedElement): string {
  const c = classOf(el);
  if (!c?.trim()) return "";
  const id = el.getAttribute("id");
  return id ? `${c} ${id}` : c;
}

/** Screen-reader-only ("visually hidden") class names: text for assistive technology only. */
const SCREEN_READER_ONLY = /(?:^|[\s_-])(?:sr-only|visually-?hidden|screen-reader-text|a11y-hidden|visuallyhidden)(?:$|[\s_-])/i;

/** Inline styles that hide: display, visibility, or the "clip" pattern (a 1px box, clipped away). */
const HIDING_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|clip\s*:\s*rect\(\s*[01](?:px)?[\s,]|clip-path\s*:\s*inset\(\s*(?:50|100)%/i;

/**
 * Hidden by attribute, inline style or screen-reader-only class: often a widget or a link hint
 * (", opens new tab"), sometimes the article itself (shown by a script, or streamed into a hidden
 * element by server rendering).
 */
export function isHidden(el: HintedElement): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style !== null && HIDING_STYLE.test(style)) return true;
  const cls = classOf(el);
  return cls !== null && SCREEN_READER_ONLY.test(cls);
}

/** Elements whose subtree the extractor never reads (scripts, navigation). */
export function isSkipped(el: HintedElement): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  const role = el.getAttribute("role");
  return role !== null && SKIP_ROLES.test(role);
}

/**
 * The screen width pages are read at, a desktop browser's: what a page shows only on narrower
 * screens is its mobile copy of something.
 */
const DESKTOP_WIDTH = 1366;

/** Minimum widths of the breakpoint prefixes of Bootstrap 4/5 ("d-md-none") and Tailwind ("md:hidden"). */
const BOOTSTRAP_BREAKPOINTS: Readonly<Record<string, number>> = { sm: 576, md: 768, lg: 992, xl: 1200, xxl: 1400 };
const TAILWIND_BREAKPOINTS: Readonly<Record<string, number>> = { sm: 640, md: 768, lg: 1024, xl: 1280, "2xl": 1536 };
const DISPLAY_VALUE = String.raw`(none|hidden|block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-cell|table-row|contents|flow-root)`;
/** "d-none", "d-lg-block", "d-print-block"; "hidden", "md:flex", "print:block". */
const BOOTSTRAP_DISPLAY = new RegExp(String.raw`^d-(?:(sm|md|lg|xl|xxl|print)-)?${DISPLAY_VALUE}$`);
const TAILWIND_DISPLAY = new RegExp(String.raw`^(?:(sm|md|lg|xl|2xl|print):)?${DISPLAY_VALUE}$`);
/**
 * Classes that hide an element on a desktop screen: Bootstrap 3 ("hidden-lg"), Foundation
 * ("hide-for-large", "show-for-small-only"), Elementor, and the plain names sites give their own.
 */
const DESKTOP_HIDDEN =
  /^(?:hidden-lg|hidden-(?:md|lg)-up|hide-for-(?:medium|large)(?:-up)?|show-for-(?:small|medium)-only|elementor-hidden-desktop|mobile-only|only-mobile|(?:show|visible)(?:-on)?-mobile|mobile-visible|(?:hide|hidden)(?:-on)?-desktop|desktop-hidden)$/i;
/** Bootstrap 3's "visible-xs" shows an element only at the tiers it names; "lg" is the desktop's. */
const VISIBLE_TIER = /^visible-(xs|sm|md|lg)(?:-block|-inline|-inline-block)?$/;
/** Shown only in print: "visible-print", "print-only", a print edition's header with the page's address. */
const PRINT_ONLY =
  /^(?:visible-print(?:-block|-inline|-inline-block)?|print-only|printonly|only-print|show-for-print|print-header|print-footer)$/i;

/** A display utility class: the breakpoint it applies from (0: always, "print": on paper) and whether it hides. */
function displayClass(token: string): { from: number | "print"; hides: boolean } | undefined {
  for (const [pattern, widths] of [
    [BOOTSTRAP_DISPLAY, BOOTSTRAP_BREAKPOINTS],
    [TAILWIND_DISPLAY, TAILWIND_BREAKPOINTS],
  ] as const) {
    const m = pattern.exec(token);
    if (!m) continue;
    const hides = m[2] === "none" || m[2] === "hidden";
    return { from: m[1] === undefined ? 0 : m[1] === "print" ? "print" : widths[m[1]]!, hides };
  }
  return undefined;
}

/**
 * What an element's class names say about where it shows: `desktop`, whether a desktop screen
 * shows it (by breakpoint classes: a bare "hidden" or "d-none" is often undone by a script);
 * `print`, whether it shows in print only.
 */
function display(cls: string): { desktop: boolean; print: boolean } {
  // The widest breakpoint up to the desktop's decides, as in the stylesheets these classes come from.
  let from = -1;
  let hidden = false;
  /** Hidden on the narrowest screens, and shown on some. */
  let baseHides = false;
  let screenShows = false;
  let printed = false;
  const tiers: string[] = [];
  let named = false;
  let print = false;
  for (const token of cls.split(/\s+/)) {
    const d = displayClass(token);
    if (d) {
      if (d.from === "print") printed = !d.hides;
      else {
        if (d.from === 0 && d.hides) baseHides = true;
        if (!d.hides) screenShows = true;
        if (d.from <= DESKTOP_WIDTH && d.from > from) {
          from = d.from;
          hidden = d.hides;
        }
      }
    } else if (DESKTOP_HIDDEN.test(token)) named = true;
    else if (PRINT_ONLY.test(token)) print = true;
    else {
      const tier = VISIBLE_TIER.exec(token);
      if (tier) tiers.push(tier[1]!);
    }
  }
  const responsive = (from > 0 && hidden) || named || (tiers.length > 0 && !tiers.includes("lg"));
  // "d-none d-print-block": hidden on every screen, shown on paper.
  return { desktop: !responsive, print: print || (printed && baseHides && !screenShows) };
}

/** A class naming the mobile copy of something: "mobile", "subtitle-mobile", "friendly-toc__text-mobile". */
const MOBILE_COPY = /^(?:.*[-_])?mobile$/i;

/**
 * Shown on small screens only, by its breakpoint classes ("d-md-none", "lg:hidden", "hidden-lg"),
 * by the page's own style sheets (`hiddenClasses`, see desktopHiddenClasses) or by its name
 * ("mobile-only", "subtitle-mobile"): a page's mobile copy of what a desktop screen shows in
 * another element.
 */
export function isMobileOnly(el: HintedElement, hiddenClasses: ReadonlySet<string>): boolean {
  const cls = classOf(el);
  if (cls === null) return false;
  return !display(cls).desktop || cls.split(/\s+/).some((t) => MOBILE_COPY.test(t) || hiddenClasses.has(t));
}

/** A media query's width condition: "(min-width: 810px)", "(max-width:1199.98px)", "(min-width: 64em)". */
const WIDTH_FEATURE = /\(\s*(min|max)-width\s*:\s*([\d.]+)(px|r?em)\s*\)/gi;
/** The other words a media query that holds on a desktop screen may have. */
const SCREEN_WORDS = /\b(?:only|screen|all|and)\b/gi;
/** A rule that hides, and a selector that is one class name. */
const HIDES = /\bdisplay\s*:\s*none\b/i;
const ONE_CLASS = /^\s*\.([\w-]+)\s*$/;

/** Whether a media query list holds on a desktop screen; false for one it cannot read (print, hover, orientation). */
function onDesktop(query: string): boolean {
  return query.split(",").some((q) => {
    let holds = true;
    const rest = q.replace(WIDTH_FEATURE, (_, side: string, n: string, unit: string) => {
      const px = Number(n) * (unit.toLowerCase() === "px" ? 1 : 16);
      if (side.toLowerCase() === "min" ? px > DESKTOP_WIDTH : px < DESKTOP_WIDTH) holds = false;
      return "";
    });
    return holds && rest.replace(SCREEN_WORDS, "").trim() === "";
  });
}

/**
 * Class names a page's style sheet hides on a desktop screen, by "display: none" for one class in
 * an @media block whose widths include the desktop's. Site builders set each section once per
 * breakpoint and hide the others by such classes (".hidden-1rq27kw" from 1200px up).
 */
export function desktopHiddenClasses(css: string): Set<string> {
  const hidden = new Set<string>();
  for (const media of css.matchAll(/@media([^{]*)\{/g)) {
    if (!onDesktop(media[1]!)) continue;
    // The block's own rules, "selector { declarations }", up to its closing brace.
    let depth = 1;
    let from = media.index + media[0].length;
    let selector = "";
    for (let i = from; i < css.length && depth > 0; i++) {
      const c = css[i];
      if (c === "{") {
        if (depth === 1) {
          selector = css.slice(from, i);
          from = i + 1;
        }
        depth++;
      } else if (c === "}" && --depth === 1) {
        if (HIDES.test(css.slice(from, i)))
          for (const s of selector.split(",")) {
            const m = ONE_CLASS.exec(s);
            if (m) hidden.add(m[1]!);
          }
        from = i + 1;
      }
    }
  }
  return hidden;
}

/** Class names of a site's explainer or FAQ module set in an aside. */
const ASIDE_MODULE = /(?:^|[\s_-])(?:faq|explainer|module)(?:$|[\s_-])/i;

/**
 * Named like page furniture (comments, share bars, related links, ads). Such an element is left
 * out unless it turns out to hold the article (the scan decides, knowing sizes); so is what only
 * a printer shows (a print edition's header). A `panel` (the
 * collapsed part of an accordion or tab list, which a control on the page opens) is not hidden.
 */
export function isUnlikely(el: HintedElement, panel = false): boolean {
  const name = el.localName;
  if (name === "body" || name === "html" || name === "article" || name === "main") return false;
  const n = names(el);
  // An aside holding a site's explainer or FAQ module ("Your questions about ..., answered") is beside the story;
  // a FAQ in the page's own flow (a guide's last section) is content.
  if (name === "aside" && ASIDE_MODULE.test(n)) return true;
  if (n !== "" && (FURNITURE.test(n) || (UNLIKELY.test(n) && !MAYBE.test(n)) || display(n).print)) return true;
  return !panel && isHidden(el);
}

/** Readability-style class weight: +25 for article-like names, -25 for boilerplate names. */
export function classWeight(el: HintedElement): number {
  const n = names(el);
  if (n === "") return 0;
  let w = 0;
  if (NEGATIVE.test(n)) w -= 25;
  if (POSITIVE.test(n)) w += 25;
  return w;
}

/** The strongest hint there is: schema.org articleBody or a body-named container. */
export function isArticleBody(el: HintedElement): boolean {
  if (el.localName === "body" || el.localName === "html") return false;
  const prop = el.getAttribute("itemprop");
  if (prop && /\barticleBody\b/.test(prop)) return true;
  const n = names(el);
  return /(?:^|\s)(?:article|story|post|entry)[-_]{0,2}(?:body|content|text)(?:$|\s)/i.test(n);
}

/** A block's role from its own or an ancestor's class and tag names. */
export function roleHint(el: HintedElement): "byline" | "caption" | "credit" | "meta" | "standfirst" | undefined {
  if (el.localName === "figcaption" || el.localName === "caption" || el.localName === "figure") return "caption";
  if (el.localName === "time") return "meta";
  const n = names(el);
  if (n === "") return undefined;
  // "byline" and "caption" are unambiguous even inside camelCase names ("imageEmbedCaption").
  if (/byline|(?:^|[\s_-])(?:by-line|author|authors|contributor)(?:$|[\s_-])/i.test(n)) return "byline";
  if (/caption|(?:^|[\s_-])(?:figure|gallery|photo|image|img|picture|slideshow)(?:$|[\s_-])/i.test(n)) return "caption";
  if (/(?:^|[\s_-])(?:credit|credits|copyright|photo-credit)(?:$|[\s_-])/i.test(n)) return "credit";
  if (/(?:^|[\s_-])(?:standfirst|dek|deck|subtitle|sub-?headline|summary|highlights|lede|intro|excerpt|strapline)(?:$|[\s_-])/i.test(n))
    return "standfirst";
  if (/(?:^|[\s_-])(?:date|dateline|timestamp|time|published|updated|posted|meta)(?:$|[\s_-])/i.test(n)) return "meta";
  return undefined;
}
