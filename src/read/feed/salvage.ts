/**
 * A feed the XML parser refuses whole (one item nested past the depth limit, a broken entity) or
 * reads wrongly (a stray tag: see nesting.ts) still holds good items. Its text is cut at the item
 * or entry elements, so that each can be parsed alone, between the feed's own head (root and
 * channel) and tail: the bad item is lost, not the feed.
 */

/** Head and tail above this many characters are not repeated around every item (the work would be quadratic). */
const MAX_FRAME_CHARS = 64 * 1024;

export interface FeedParts {
  /** The text before the first item: XML declaration, root element, channel header. */
  head: string;
  /** The text after the last item: closing tags. */
  tail: string;
  /** Each item or entry element, as written. */
  items: string[];
}

const ITEM = "(?:[\\w.-]+:)?(?:item|entry)(?=[\\s>/])";
const ITEM_OPEN = new RegExp(`<(${ITEM})`, "g");

/** The end of the item named `name` whose start tag ends at `from`: past its close, at the next item's start, or at the end. */
function itemEnd(xml: string, name: string, from: number): number {
  const re = new RegExp(`</${name.replace(/[.-]/g, "\\$&")}\\s*>|<${ITEM}`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  return !m ? xml.length : m[0][1] === "/" ? re.lastIndex : m.index;
}

/** The feed cut at its items, or undefined when it has none or its frame is too large to repeat. */
export function splitFeedItems(xml: string): FeedParts | undefined {
  const items: string[] = [];
  let first = -1;
  let last = -1;
  ITEM_OPEN.lastIndex = 0;
  for (let m = ITEM_OPEN.exec(xml); m; m = ITEM_OPEN.exec(xml)) {
    // A self-closing item ends at its own ">"; an unclosed one runs to the next item or the end.
    const gt = xml.indexOf(">", m.index);
    const end = gt < 0 ? xml.length : xml[gt - 1] === "/" ? gt + 1 : itemEnd(xml, m[1]!, gt);
    if (first < 0) first = m.index;
    items.push(xml.slice(m.index, end));
    last = end;
    ITEM_OPEN.lastIndex = end;
  }
  if (first < 0) return undefined;
  const head = xml.slice(0, first);
  const tail = xml.slice(last);
  return head.length + tail.length > MAX_FRAME_CHARS ? undefined : { head, tail, items };
}
