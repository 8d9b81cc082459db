/**
 * Where an element shows, read from its class names and the page's own style sheets: a page is
 * read as a desktop browser shows it, so a copy shown only on phones is a copy, and what only a
 * printer shows is furniture.
 */
import { classOf } from "./dom.js";
import type { HintedElement } from "./hints.js";

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
 * breakpoint and hide the others by such classes (".hidden-1rq27kw" from 1200px up). One pass over
 * the sheet, whatever its @media blocks nested or left open.
 */
export function desktopHiddenClasses(css: string): Set<string> {
  const hidden = new Set<string>();
  /**
   * One entry per brace open: for an @media block holding on a desktop screen, where its current
   * rule ("selector { declarations }") starts and that rule's selector.
   */
  const open: ({ from: number; selector: string } | undefined)[] = [];
  let lastOpen = -1;
  /** The first "@media" after the last "{" (its query runs to the next "{"); css.length for none. */
  let media = -1;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === "{") {
      const block = open[open.length - 1];
      if (block) {
        block.selector = css.slice(block.from, i);
        block.from = i + 1;
      }
      if (media <= lastOpen) {
        const at = css.indexOf("@media", lastOpen + 1);
        media = at < 0 ? css.length : at;
      }
      open.push(media < i && onDesktop(css.slice(media + 6, i)) ? { from: i + 1, selector: "" } : undefined);
      lastOpen = i;
    } else if (c === "}" && open.length > 0) {
      open.pop();
      const block = open[open.length - 1];
      if (block) {
        if (HIDES.test(css.slice(block.from, i)))
          for (const s of block.selector.split(",")) {
            const m = ONE_CLASS.exec(s);
            if (m) hidden.add(m[1]!);
          }
        block.from = i + 1;
      }
    }
  }
  return hidden;
}

/** Shown in print only, by class names ("print-header", "visible-print", "d-none d-print-block"). */
export function isPrintOnly(names: string): boolean {
  return display(names).print;
}
