/**
 * Feeds in the wild write HTML into an item without escaping it (`<br>`, `<img src=a.jpg>`, a `<b>`
 * left open in a title). That is not XML, and the parser refuses the item. Like feedparser's loose
 * mode, such an item (or a feed head) is read field by field, by element name: a field runs from its
 * start tag to its own end tag, whatever lies between; text fields lose their markup, content
 * fields keep it as the HTML it is. The result has the shape the XML parser gives, so the same
 * reading follows. One pass, linear in the text.
 */
import { cleanText } from "../html/metadata/text.js";

type Node = Record<string, unknown>;

/** Fields whose value is HTML (kept), not text; `content` is kept raw, as the XML parser keeps Atom content. */
const HTML_FIELDS = new Set(["encoded", "description", "summary", "content"]);
/** Fields that hold fields: an Atom person (`<author><name>`), an RSS 1.0 channel. */
const NESTED_FIELDS = new Set(["author", "contributor", "channel"]);
/** Fields that may repeat (as the XML parser is told). */
const REPEATED = new Set(["item", "entry", "link", "category", "author", "creator", "subject", "contributor"]);
/** Nested fields are read this deep at most. */
const MAX_NESTING = 2;

const TAG = /<(\/?)((?:[\w.-]+:)?([\w.-]+))((?:\s[^<>]*?)?)(\/?)>|<!\[CDATA\[|<!--/g;
/** A name is tried from its first character only: tried from each, a long run of name characters was searched once per character. */
const ATTRIBUTE = /(?<![\w.:-])([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * `s` with each CDATA section replaced by `by(its content)`, in one pass: a section never closed
 * ends the search (a regular expression searched to the end again from each later opening).
 */
function mapCdata(s: string, by: (content: string) => string): string {
  let out = "";
  let from = 0;
  for (let open = s.indexOf("<![CDATA["); open >= 0; open = s.indexOf("<![CDATA[", from)) {
    const close = s.indexOf("]]>", open + 9);
    if (close < 0) break;
    out += s.slice(from, open) + by(s.slice(open + 9, close));
    from = close + 3;
  }
  return out + s.slice(from);
}

const unwrap = (content: string) => content;

/** Decodes the XML entities of a raw value and unwraps its CDATA sections. */
export function rawText(s: string): string {
  return mapCdata(s, unwrap).replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (m, e: string) => {
    if (e[0] !== "#") return XML_ENTITIES[e.toLowerCase()] ?? m;
    const code = Number(e[1] === "x" || e[1] === "X" ? `0${e.slice(1)}` : e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Whether a value holds markup outside its CDATA sections. */
const hasMarkup = (s: string) => mapCdata(s, () => "").includes("<");

/** A field's value: text without markup, or HTML (CDATA unwrapped; `content` left raw). */
function valueOf(name: string, inner: string): string {
  if (name === "content") return inner;
  if (!hasMarkup(inner)) return rawText(inner);
  const html = mapCdata(inner, unwrap);
  return HTML_FIELDS.has(name) ? html : cleanText(html);
}

function attributesOf(s: string): Node {
  const attrs: Node = {};
  for (const m of s.matchAll(ATTRIBUTE)) attrs[`@${localName(m[1]!)}`] = rawText(m[2] ?? m[3] ?? m[4] ?? "");
  return attrs;
}

/**
 * Finds end tags by name, remembering the last answer for each: an element opened many times and
 * never closed (or closed only past its parent) costs one search, not one per opening.
 */
class EndTags {
  private readonly last = new Map<string, { from: number; at?: [number, number] }>();
  constructor(private readonly xml: string) {}

  /** Start and end of the first `</name>` at or after `from`, or undefined. */
  find(name: string, from: number): [number, number] | undefined {
    const known = this.last.get(name);
    // No end tag lies between the last search's start and its answer (or the text's end).
    if (known && known.from <= from && (!known.at || from <= known.at[0])) return known.at;
    const re = new RegExp(`</${name.replace(/[.-]/g, "\\$&")}\\s*>`, "g");
    re.lastIndex = from;
    const m = re.exec(this.xml);
    const at: [number, number] | undefined = m ? [m.index, re.lastIndex] : undefined;
    this.last.set(name, { from, at });
    return at;
  }
}

/** The fields of the element body `xml[from, to)`: each element by name, to its own end tag. */
function fieldsIn(xml: string, from: number, to: number, ends: EndTags, depth: number): Node {
  const node: Node = {};
  const add = (name: string, value: unknown) => {
    if (REPEATED.has(name)) ((node[name] ??= []) as unknown[]).push(value);
    else if (!(name in node)) node[name] = value;
  };
  TAG.lastIndex = from;
  for (let m = TAG.exec(xml); m && m.index < to; m = TAG.exec(xml)) {
    if (m[0] === "<![CDATA[" || m[0] === "<!--") {
      const close = xml.indexOf(m[0] === "<!--" ? "-->" : "]]>", TAG.lastIndex);
      if (close < 0) break;
      TAG.lastIndex = close + 3;
      continue;
    }
    if (m[1]) continue; // an end tag no field opened
    const name = localName(m[2]!);
    const attrs = attributesOf(m[4]!);
    if (m[5]) {
      add(name, attrs);
      continue;
    }
    const end = ends.find(m[2]!, TAG.lastIndex);
    if (!end || end[0] > to) continue; // never closed (a stray <br>): not a field
    const inner = xml.slice(TAG.lastIndex, end[0]);
    const value =
      NESTED_FIELDS.has(name) && depth < MAX_NESTING && hasMarkup(inner)
        ? fieldsIn(xml, TAG.lastIndex, end[0], ends, depth + 1)
        : valueOf(name, inner);
    add(name, Object.keys(attrs).length ? { ...attrs, ...(typeof value === "string" ? { "#text": value } : value) } : value);
    TAG.lastIndex = end[1];
  }
  return node;
}

/** The fields of one item or entry written as `xml` (its start tag first), read loosely. */
export function looseItem(xml: string): Node {
  const start = /^\s*<[^>]*>/.exec(xml);
  return fieldsIn(xml, start ? start[0].length : 0, xml.length, new EndTags(xml), 0);
}

const ROOT = /<((?:[\w.-]+:)?(rss|feed|RDF))\b[^>]*>/;

/**
 * A feed's head (the text before its first item), read loosely, as the parser's document: `{rss:
 * {channel}}`, `{feed}` or `{RDF: {channel}}`; undefined when it opens no feed element.
 */
export function looseHead(xml: string): Node | undefined {
  const root = ROOT.exec(xml);
  if (!root) return undefined;
  const fields = fieldsIn(xml, root.index + root[0].length, xml.length, new EndTags(xml), 0);
  const kind = root[2]!;
  return { [kind]: kind === "rss" && !fields.channel ? { channel: fields } : fields };
}

/** A bare head and tail of the same kind of feed, to parse the items of a feed whose own head is not XML. */
export function bareFrame(head: string): { head: string; tail: string } {
  const kind = ROOT.exec(head)?.[2] ?? "rss";
  return kind === "rss" ? { head: "<rss><channel>", tail: "</channel></rss>" } : { head: `<${kind}>`, tail: `</${kind}>` };
}
