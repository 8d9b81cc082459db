/**
 * Link lists: a text file that holds web addresses, one a line (what a spreadsheet column, a
 * search export or `grep -o` leaves). Each address is an article to fetch, as a feed item that
 * has only a link is: a NO_ARTICLE result whose `source.url` is the address, which `--fetch`
 * follows. Blank lines and `#` comments are passed over.
 */
import type { ReadResult } from "./article.js";
import { failure, linkResult, type Origin } from "./origin.js";

/** An absolute http(s) address, nothing else (no spaces). */
export const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
/** Longest line taken for an address (browsers and servers refuse longer ones). */
const MAX_LINK = 8192;

const isSkipped = (line: string): boolean => line === "" || line.startsWith("#");

/**
 * True when the head of a text (its first characters) is a link list: at least one address, and
 * every line but blanks and comments is one. The last line is left out when the head was cut.
 */
export function isLinkList(head: string, cut: boolean): boolean {
  const lines = head.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (cut && lines.length > 1) lines.pop();
  let links = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (isSkipped(line)) continue;
    if (line.length > MAX_LINK || !WEB_ADDRESS.test(line)) return false;
    links++;
  }
  return links > 0;
}

/**
 * The addresses of a link list, each a NO_ARTICLE result with the address as `source.url`; a
 * line that is not an address is a CORRUPT_RECORD for that line, and the list goes on.
 */
export function* readLinkList(text: string, origin: Origin): Generator<ReadResult> {
  const name = origin.path ?? origin.url ?? "input";
  let n = 0;
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)) {
    n++;
    const line = raw.trim();
    if (isSkipped(line)) continue;
    if (line.length <= MAX_LINK && WEB_ADDRESS.test(line)) {
      yield linkResult(origin, line, `${name} line ${n} is a link (${line.slice(0, 200)}), not an article; fetch it to analyze the page`);
    } else {
      yield failure(origin, "CORRUPT_RECORD", `${name} line ${n} is not a web address in a list of them; skipped`);
    }
  }
}
