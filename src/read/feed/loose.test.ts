import { describe, expect, it } from "vitest";
import { bareFrame, looseHead, looseItem } from "./loose.js";

describe("looseItem", () => {
  it("reads an RSS item's fields by name: text without markup, HTML kept, CDATA unwrapped", () => {
    const item = looseItem(
      `<item><title>Bad <b>bold &amp; wide</title><link>https://a.example/1</link><category>Local</category><category>Roads</category>` +
        `<description>One<br>two <img src=a.jpg></description><dc:creator><![CDATA[Ann Lee]]></dc:creator>` +
        `<!-- <title>not this</title> --><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>`,
    );
    expect(item).toEqual({
      title: "Bad bold & wide",
      link: ["https://a.example/1"],
      category: ["Local", "Roads"],
      description: "One<br>two <img src=a.jpg>",
      creator: ["Ann Lee"],
      encoded: "<p>Body</p>",
    });
  });

  it("reads an Atom entry: attributes, a person's name, raw content, self-closed links", () => {
    const entry = looseItem(
      `<entry xmlns="http://www.w3.org/2005/Atom"><title type="html">A &lt;i&gt;test&lt;/i&gt;</title>` +
        `<link rel="alternate" href="https://b.example/x?a=1&amp;b=2"/><author><name>Sam Roe</name><email>s@b.example</email></author>` +
        `<content type="html">&lt;p&gt;Hi&lt;/p&gt;<br></content></entry>`,
    );
    expect(entry).toEqual({
      title: { "@type": "html", "#text": "A <i>test</i>" },
      link: [{ "@rel": "alternate", "@href": "https://b.example/x?a=1&b=2" }],
      author: [{ name: "Sam Roe", email: "s@b.example" }],
      content: { "@type": "html", "#text": "&lt;p&gt;Hi&lt;/p&gt;<br>" },
    });
  });

  it("skips elements never closed, and ends a field at its own end tag", () => {
    expect(looseItem("<item><br><title>T</title><p>stray<link>https://c.example/</link>")).toEqual({
      title: "T",
      link: ["https://c.example/"],
    });
    expect(looseItem("<item><description>a</description><description>b</description></item>")).toEqual({ description: "a" });
    expect(looseItem("")).toEqual({});
  });
});

describe("looseHead", () => {
  it("reads the channel of RSS 2.0, RSS 1.0 and Atom heads", () => {
    expect(looseHead(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Post</title><description>a<br>b</description>`)).toEqual(
      {
        rss: { channel: { title: "Quay Post", description: "a<br>b" } },
      },
    );
    expect(looseHead(`<rdf:RDF><channel rdf:about="x"><title>Hill <b>News</title></channel>`)).toEqual({
      RDF: { channel: { "@about": "x", title: "Hill News" } },
    });
    expect(looseHead(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley</title><subtitle>x<br>y</subtitle>`)).toEqual({
      feed: { title: "Valley", subtitle: "x y" },
    });
    expect(looseHead("<html><title>x</title>")).toBeUndefined();
  });

  it("gives a bare frame of the same kind for the items", () => {
    expect(bareFrame("<rss><channel>")).toEqual({ head: "<rss><channel>", tail: "</channel></rss>" });
    expect(bareFrame('<feed xmlns="http://www.w3.org/2005/Atom">')).toEqual({ head: "<feed>", tail: "</feed>" });
    expect(bareFrame("<rdf:RDF>")).toEqual({ head: "<RDF>", tail: "</RDF>" });
  });
});
