/**
 * What tags and class/id names say about an element: the tag sets and hint patterns the body
 * extractor scores and cleans with. Patterns match whole words of class and id values.
 */
import { classOf } from "./dom.js";
import { isPrintOnly } from "./screen.js";

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
  if (n !== "" && (FURNITURE.test(n) || (UNLIKELY.test(n) && !MAYBE.test(n)) || isPrintOnly(n))) return true;
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
