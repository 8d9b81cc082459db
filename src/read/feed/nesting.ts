/**
 * fast-xml-parser accepts XML whose elements do not nest: a stray `<b>` left open in an item's title
 * is closed by `</title>`, and every element after it lands one level too deep, so the items after
 * it vanish or come out garbled, with no error. This scan finds such faults, in linear time, so
 * that the feed can be read item by item instead. The parser's own XMLValidator finds them too, but
 * it also refuses what feeds write and the parser reads well (a bare "&" in "AT&T").
 */

export interface NestingFault {
  /** What is wrong, for a message: `<b> is not closed before </title>`. */
  message: string;
  /** Whether the text ended with elements still open (a cut-off text), rather than a wrong close. */
  cut: boolean;
}

const NAME = /\/?([^\s\d/>!?<"'=.-][^\s/>"'=<]*)/y;
const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Where the raw content of an element the parser keeps raw (Atom `entry/content`) ends, or -1. */
function rawEnd(xml: string, name: string, from: number): number {
  const re = new RegExp(`</${name.replace(/[.-]/g, "\\$&")}\\s*>`, "g");
  re.lastIndex = from;
  return re.exec(xml) ? re.lastIndex : -1;
}

/** The end (past `>`) of the tag whose name ends at `from`, quotes respected, or -1 when the text ends first. */
function tagEnd(xml: string, from: number): number {
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (c === ">") return j + 1;
    if (c === '"' || c === "'") {
      j = xml.indexOf(c, j + 1);
      if (j < 0) return -1;
    }
  }
  return -1;
}

/** The end of a comment, CDATA section, processing instruction or DOCTYPE at `at`, or -1. */
function markupEnd(xml: string, at: number): number {
  const past = (s: string, from: number) => {
    const k = xml.indexOf(s, from);
    return k < 0 ? -1 : k + s.length;
  };
  if (xml.startsWith("<!--", at)) return past("-->", at + 4);
  if (xml.startsWith("<![CDATA[", at)) return past("]]>", at + 9);
  if (xml[at + 1] === "?") return past("?>", at + 2);
  // <!DOCTYPE ...> with an optional [internal subset].
  const gt = past(">", at);
  const bracket = xml.indexOf("[", at);
  if (bracket < 0 || gt < 0 || bracket > gt) return gt;
  const subsetEnd = past("]", bracket);
  return subsetEnd < 0 ? -1 : past(">", subsetEnd);
}

/** Why the elements of `xml` do not nest, or undefined when they do. */
export function nestingFault(xml: string): NestingFault | undefined {
  const open: string[] = [];
  for (let i = xml.indexOf("<"); i >= 0;) {
    let end: number;
    if (xml[i + 1] === "!" || xml[i + 1] === "?") end = markupEnd(xml, i);
    else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(xml);
      if (!m) {
        i = xml.indexOf("<", i + 1);
        continue;
      }
      const name = m[1]!;
      end = tagEnd(xml, NAME.lastIndex);
      if (end < 0) break;
      if (m[0][0] === "/") {
        const top = open.pop();
        if (top !== name) {
          const message =
            top === undefined
              ? `</${name}> closes no open element`
              : open.includes(name)
                ? `<${top}> is not closed before </${name}>`
                : `</${name}> is inside <${top}>, which it does not close`;
          return { message, cut: false };
        }
      } else if (xml[end - 2] !== "/") {
        const parent = open.at(-1);
        open.push(name);
        // The parser keeps Atom content raw (stopNodes), so markup inside it is not checked.
        if (localName(name) === "content" && parent && localName(parent) === "entry") {
          end = rawEnd(xml, name, end);
          if (end >= 0) open.pop();
        }
      }
    }
    if (end < 0) break;
    i = xml.indexOf("<", end);
  }
  return open.length ? { message: `<${open.at(-1)}> is not closed`, cut: true } : undefined;
}
