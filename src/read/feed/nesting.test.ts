import { describe, expect, it } from "vitest";
import { nestingFault } from "./nesting.js";

describe("nestingFault", () => {
  it("accepts nested elements, self-closing tags, attributes with '>' and '/>', comments, CDATA and a DOCTYPE subset", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "x>y">]><!-- <b> --><rss><channel><item a="1 > 0" b='/>'><title>A &amp; B</title><link/><x:y>z</x:y><d><![CDATA[<p>open <b>]]></d></item></channel></rss>`;
    expect(nestingFault(xml)).toBeUndefined();
  });

  it("finds a stray open tag, a stray close tag and a cut-off text", () => {
    expect(nestingFault("<item><title>A <b>bold</title></item>")).toEqual({ message: "<b> is not closed before </title>", cut: false });
    expect(nestingFault("<item><title>A</b></title></item>")).toEqual({
      message: "</b> is inside <title>, which it does not close",
      cut: false,
    });
    expect(nestingFault("<item></item></channel>")).toEqual({ message: "</channel> closes no open element", cut: false });
    expect(nestingFault("<rss><channel><item><title>Cut")).toEqual({ message: "<title> is not closed", cut: true });
    expect(nestingFault('<rss><item a="cut')).toMatchObject({ cut: true });
  });

  it("leaves Atom entry content raw, as the parser does", () => {
    expect(nestingFault('<feed><entry><content type="html"><p>a<br></p></content></entry></feed>')).toBeUndefined();
    expect(nestingFault("<feed><entry><content type='html'><p>a")).toEqual({ message: "<content> is not closed", cut: true });
    // Elsewhere the same markup is a fault.
    expect(nestingFault("<rss><item><content><p>a<br></p></content></item></rss>")?.cut).toBe(false);
  });
});
