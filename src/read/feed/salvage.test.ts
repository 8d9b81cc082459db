import { describe, expect, it } from "vitest";
import { splitFeedItems } from "./salvage.js";

describe("splitFeedItems", () => {
  it("cuts RSS, Atom and prefixed items out of their feed's head and tail", () => {
    const rss = splitFeedItems(
      "<rss><channel><title>T</title><item><title>A</title></item><item/><item><title>B</title></item></channel></rss>",
    );
    expect(rss).toEqual({
      head: "<rss><channel><title>T</title>",
      tail: "</channel></rss>",
      items: ["<item><title>A</title></item>", "<item/>", "<item><title>B</title></item>"],
    });
    const atom = splitFeedItems('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry><atom:entry>x</atom:entry></feed>');
    expect(atom?.items).toEqual(["<entry><id>1</id></entry>", "<atom:entry>x</atom:entry>"]);
    // "<itemize>" is no item.
    expect(splitFeedItems("<rss><channel><itemize/></channel></rss>")).toBeUndefined();
  });

  it("keeps an unclosed last item to the end, and gives up on a frame too large to repeat", () => {
    expect(splitFeedItems("<rss><channel><item><title>Cut")?.items).toEqual(["<item><title>Cut"]);
    // An item left unclosed ends where the next begins, which is not swallowed.
    expect(splitFeedItems("<rss><item><title>A</title><item><title>B</title></item></rss>")?.items).toEqual([
      "<item><title>A</title>",
      "<item><title>B</title></item>",
    ]);
    expect(splitFeedItems(`<rss><channel><title>${"x".repeat(100_000)}</title><item/></channel></rss>`)).toBeUndefined();
  });
});
