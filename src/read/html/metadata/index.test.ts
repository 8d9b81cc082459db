import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "./index.js";

const NOW = Date.UTC(2026, 10, 28);
const meta = (html: string, url?: string) => extractMetadata(parseHTML(html).document, url, NOW);
// Pages escape "</" inside scripts ("<\/script>"), or the HTML parser would end the script there.
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj).replace(/<\//g, "<\\/")}</script>`;

describe("extractMetadata: JSON-LD", () => {
  it("reads a NewsArticle inside @graph with @id-referenced authors and a publisher", () => {
    const m = meta(
      `<html lang="en-GB"><head>${ld({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebSite", "@id": "https://ex.test/#site", name: "The Example Gazette" },
          { "@type": "Person", "@id": "https://ex.test/#p1", name: "Mara Quill" },
          {
            "@type": ["NewsArticle"],
            headline: "Harbour bridge reopens after repairs",
            author: [{ "@id": "https://ex.test/#p1" }, { "@type": "Person", name: "Tomas Brenn" }],
            publisher: { "@type": "Organization", name: "The Example Gazette" },
            datePublished: "2021-06-03T08:15:00+02:00",
            dateModified: "2021-06-04T10:00:00+02:00",
            articleSection: ["City"],
          },
        ],
      })}<title>Harbour bridge reopens after repairs | The Example Gazette</title></head><body><h1>Harbour bridge reopens after repairs</h1></body></html>`,
    );
    expect(m).toMatchObject({
      headline: "Harbour bridge reopens after repairs",
      authors: ["Mara Quill", "Tomas Brenn"],
      publisher: "The Example Gazette",
      published: "2021-06-03T08:15:00+02:00",
      date: "2021-06-03",
      updated: "2021-06-04T10:00:00+02:00",
      section: "City",
      language: "en",
    });
  });

  it("tolerates malformed JSON-LD: raw newlines, trailing commas, comments, garbage", () => {
    const broken = `<script type="application/ld+json"><!--
      {"@type": "Article", "headline": "Line one
      line two", "datePublished": "2020-02-02", "author": {"name": "Ida Varn"},}
    --></script><script type="application/ld+json">{{{not json</script>`;
    const m = meta(`<html><head>${broken}</head><body></body></html>`);
    expect(m.headline).toBe("Line one line two");
    expect(m.date).toBe("2020-02-02");
    expect(m.authors).toEqual(["Ida Varn"]);
    const worse = meta(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-05-05", "headline": "Cut off</script></head></html>`,
    );
    expect(worse.date).toBe("2019-05-05");
  });

  it("survives huge and deeply nested JSON-LD quickly", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const wide = JSON.stringify({ "@type": "NewsArticle", headline: "Wide", keywords: Array.from({ length: 50_000 }, (_, i) => `k${i}`) });
    const t0 = performance.now();
    const m = meta(
      `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">${wide}</script></head></html>`,
    );
    expect(m.headline).toBe("Wide");
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("outputs plain text for script-laden headlines and authors", () => {
    const m = meta(
      `<html><head>${ld({
        "@type": "NewsArticle",
        headline: "<script>alert(1)</script>Safe &amp; sound <b>title</b>",
        author: { name: '<img src=x onerror="alert(1)">Nell Ostrow' },
        datePublished: "2022-01-01",
      })}</head></html>`,
    );
    expect(m.headline).toBe("Safe & sound title");
    expect(m.authors).toEqual(["Nell Ostrow"]);
  });
});

describe("extractMetadata: meta tags and page", () => {
  it("falls back to Open Graph, article:* and Dublin Core tags", () => {
    const m = meta(
      `<html><head>
      <meta property="og:title" content="Council votes on the new library - Riverside Post">
      <meta property="og:site_name" content="Riverside Post">
      <meta property="article:published_time" content="2018-10-12T09:00:00-05:00">
      <meta property="article:modified_time" content="2018-10-13T09:00:00-05:00">
      <meta property="article:section" content="Local">
      <meta property="article:author" content="https://facebook.example/someone">
      <meta name="dc.creator" content="Pia Lund">
      <meta property="og:locale" content="fr_FR">
      <link rel="canonical" href="/news/library">
    </head><body></body></html>`,
      "https://riverside.example/news/library?ref=x",
    );
    expect(m).toMatchObject({
      headline: "Council votes on the new library",
      publisher: "Riverside Post",
      date: "2018-10-12",
      section: "Local",
      authors: ["Pia Lund"],
      language: "fr",
      canonicalUrl: "https://riverside.example/news/library",
      url: "https://riverside.example/news/library?ref=x",
    });
  });

  it("passes over a canonical address whose host is no host name, to the next source", () => {
    const page = (links: string) => `<html><head>${links}</head><body></body></html>`;
    const url = "https://riverside.example/news/library";
    expect(meta(page(`<link rel="canonical" href="https://council-votes-on-library">`), url).canonicalUrl).toBeUndefined();
    expect(
      meta(page(`<link rel="canonical" href="http://council-votes"><meta property="og:url" content="${url}">`), url).canonicalUrl,
    ).toBe(url);
  });

  it("takes the meta description as standfirst where JSON-LD's is visibly broken", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","description":"Itu2019s fares again &amp;rarr;"}</script>`;
    const og = `<meta property="og:description" content="It’s fares again →">`;
    expect(meta(`<html><head>${ld}${og}</head><body></body></html>`).standfirst).toBe("It’s fares again →");
  });

  it("reads parsely-page JSON", () => {
    const m = meta(
      `<html><head><meta name="parsely-page" content='{"title":"Tides rise","author":"Ola Brix","pub_date":"2017-07-07T07:07:07Z","section":"Science"}'></head></html>`,
    );
    expect(m).toMatchObject({ headline: "Tides rise", authors: ["Ola Brix"], date: "2017-07-07", section: "Science" });
  });

  it("finds a byline and a <time> in the body when the head says nothing", () => {
    const m = meta(`<html><body><article><h1>Night market opens</h1>
      <div class="article-byline">By Rhea Stone and Marco Pell | Updated <time datetime="2024-03-09T18:00:00Z">March 9</time></div>
      <p>Text.</p></article></body></html>`);
    expect(m.authors).toEqual(["Rhea Stone", "Marco Pell"]);
    expect(m.byline).toBe("Rhea Stone and Marco Pell");
    expect(m.date).toBe("2024-03-09");
    expect(m.headline).toBe("Night market opens");
  });

  it("prefers the publication date over the modified one and uses dates in the URL", () => {
    const m = meta(
      `<html><body><h1>Story</h1><p class="updated-date">Updated: 2024-05-05</p></body></html>`,
      "https://x.example/2019/03/27/story/",
    );
    expect(m.date).toBe("2019-03-27");
  });

  it("reads a date printed under the headline", () => {
    const m = meta(`<html><body><div><h1>Top ten harbour walks</h1><p>January 22, 2014</p><p>Body text here.</p></div></body></html>`);
    expect(m.date).toBe("2014-01-22");
  });

  it("ignores absurd dates", () => {
    const m = meta(
      `<html><head><meta property="article:published_time" content="1901-01-01"><meta name="date" content="2999-12-31"></head><body><time datetime="0000-00-00">never</time></body></html>`,
    );
    expect(m.date).toBeUndefined();
    expect(m.published).toBeUndefined();
  });

  it("returns nothing much, without throwing, for empty and odd documents", () => {
    for (const html of ["", "<html></html>", "<<<>>>", "\u0000\u0001", "<html><body>" + "<div>".repeat(20_000) + "</body></html>"]) {
      const m = meta(html);
      expect(m.headline).toBeUndefined();
      expect(m.date).toBeUndefined();
    }
  });
});

describe("extractMetadata: dates as the page prints them", () => {
  it("moves a UTC stamp to the zone the page shows", () => {
    const m = meta(`<html><head><meta property="article:published_time" content="2023-11-09T06:35:29Z"></head>
      <body><h1>Harbour fire</h1><p>Posted: <time datetime="2023-11-08T22:35:29-08:00">Nov 8, 2023</time></p></body></html>`);
    expect(m.date).toBe("2023-11-08");
    expect(m.published).toBe("2023-11-08T22:35:29-08:00");
  });

  it("reads ambiguous numeric dates day-first on day-first pages only", () => {
    const page = (lang: string) => `<html lang="${lang}"><body><div class="post-date">04/12/2020</div></body></html>`;
    expect(meta(page("en-GB")).date).toBe("2020-12-04");
    expect(meta(page("en-US")).date).toBe("2020-04-12");
    expect(meta(`<html><body><div class="post-date">04/12/2020</div></body></html>`, "https://news.example.co.uk/a").date).toBe(
      "2020-12-04",
    );
  });

  it("reads the dateline under the headline's own <h1>, not under a site-name <h1> above it", () => {
    const nav = `<nav>${"<a href='/s'>Harbour section link</a> ".repeat(40)}</nav>`;
    const m = meta(
      `<html><head><title>Ferry fares rise again | Harbour Post</title><meta property="article:published_time" content="2024-05-01T09:00:00+01:00"></head>
      <body><header><h1>Harbour Post</h1>${nav}</header><article><h1>Ferry fares rise again</h1><p class="dateline">2 May 2024</p><p>Fares rose.</p></article></body></html>`,
    );
    expect(m.date).toBe("2024-05-02");
  });

  it("reads an update date the page prints when its metadata has none", () => {
    const page = (under: string) =>
      meta(`<html><body><h1>Ferry fares rise again</h1>${under}<p>Fares rose for the third time this year.</p></body></html>`);
    expect(page(`<p>Published May 2, 2024</p><p><span>Last updated:</span> <span>May 3, 2024</span></p>`).updated).toBe("2024-05-03");
    // A time printed with no zone names no instant: only its day is kept.
    expect(page(`<p>Posted May 2, 2024 9:00 AM; Updated May 3, 2024 10:00 AM</p>`).updated).toBe("2024-05-03");
    expect(page(`<p>By Ann Lee</p><time class="updated" datetime="2024-05-04">May 4</time>`).updated).toBe("2024-05-04");
    expect(page(`<p>Published May 2, 2024</p>`).updated).toBeUndefined();
  });

  it("prefers the dateline printed under the headline to a metadata stamp of another day", () => {
    const m = meta(`<html><head><meta property="article:published_time" content="2020-01-03T09:48:24+01:00"></head>
      <body><h1>Goats leave the island</h1><span>Monday, 6 January 2020</span><p>Long body text follows here.</p></body></html>`);
    expect(m.date).toBe("2020-01-06");
  });

  it("never takes a date labelled as an update under the headline for the publication date", () => {
    const page = (under: string) =>
      meta(`<html><head><meta property="article:published_time" content="2021-03-04T09:00:00+01:00">
        <meta property="article:modified_time" content="2024-05-03T10:00:00+01:00"></head>
        <body><h1>Ferry fares rise again</h1>${under}<p>Fares rose for the third time this year.</p></body></html>`);
    for (const under of [
      "<p>Last Updated May 3, 2024</p>",
      "<p><span>Updated</span></p><p>May 3, 2024</p>",
      "<p>Mis à jour le 3 mai 2024</p>",
    ]) {
      const m = page(under);
      expect(m.date, under).toBe("2021-03-04");
      expect(m.updated).toBe("2024-05-03T10:00:00+01:00");
    }
    // A printed date of its own still wins over the stamp.
    expect(page("<p>March 5, 2021</p><p>Updated May 3, 2024</p>").date).toBe("2021-03-05");
  });

  it("gives a zoneless time the zone of the same moment elsewhere on the page, else keeps only the day", () => {
    const head = (published: string, ldDate: string) =>
      meta(
        `<html><head><meta property="article:published_time" content="${published}">${ld({ "@type": "NewsArticle", datePublished: ldDate })}</head><body></body></html>`,
      );
    expect(head("2024-02-28T08:41:36", "2024-02-28T08:41:36Z").published).toBe("2024-02-28T08:41:36+00:00");
    expect(head("2019-11-18 16:07:38", "Mon, 18 Nov 2019 16:07:38 -0600").published).toBe("2019-11-18T16:07:38-06:00");
    const unknown = head("2024-02-28T08:41:36", "2024-02-28T14:00:00Z");
    expect(unknown.published).toBe("2024-02-28");
    expect(unknown.date).toBe("2024-02-28");
  });

  it("takes the page's own earlier stamp over a later day in its address (a magazine's issue date)", () => {
    const page = (stamp: string) =>
      meta(
        `<html><head><meta property="article:published_time" content="${stamp}"></head><body></body></html>`,
        "https://mag.example/magazine/2024/03/11/harbour-lights",
      );
    expect(page("2024-03-01T06:00:00-05:00").published).toBe("2024-03-01T06:00:00-05:00");
    // A stamp later than the address's day is a re-publication: the address's day stands.
    expect(page("2024-03-12T06:00:00-05:00").date).toBe("2024-03-11");
  });

  it("reads no dateline around an empty <h1>, and reads datelines in other languages", () => {
    const head = `<head><meta property="article:published_time" content="2020-01-02T10:21:00+01:00"></head>`;
    const teaser = `<div class="teaser"><a href="/other">Growth slows</a><div class="timestamps">01. januar 2020</div></div>`;
    const m = meta(
      `<html>${head}<body><div class="headline">Norwegian shares rise</div>${teaser}<div class="epages"><h1></h1></div></body></html>`,
    );
    expect(m.date).toBe("2020-01-02");
    const printed = meta(`<html lang="de"><body><h1>Die Fähre fährt wieder</h1><span>3. Februar 2024</span><p>Text.</p></body></html>`);
    expect(printed.date).toBe("2024-02-03");
    const updated = meta(
      `<html lang="fr"><body><h1>Le bac reprend</h1><p>${"Le bac reprend son service. ".repeat(50)}</p><p>Mis à jour le <span class="date">14 mars 2024</span></p><p>Publié le <span class="date">12 mars 2024</span></p></body></html>`,
    );
    expect(updated.date).toBe("2024-03-12");
  });

  it("falls back to the most frequent date written anywhere in the page", () => {
    const m = meta(`<html><body><p>Nothing dated here.</p><a href="/files/2016/05/04/report.pdf">report</a>
      <img src="/files/2016/05/04/cover.png"><a href="/2015/01/01/older">older</a></body></html>`);
    expect(m.date).toBe("2016-05-04");
  });
});

describe("extractMetadata: bylines printed in odd places", () => {
  it("reads a byline split over nodes and cuts the job title", () => {
    const m = meta(
      `<html><body><h1>Garden notes</h1><div class="post-author"><span>By</span> <a href="/author/ines-dahl">Ines Dahl</a><span>Senior Garden Editor</span></div></body></html>`,
    );
    expect(m.authors).toEqual(["Ines Dahl"]);
  });

  it("reads an author page link and a 'Written by' label", () => {
    expect(
      meta(`<html><body><h1>Bread at home</h1><p>Text.</p><a href="https://x.example/authors/tove-lind/">Tove Lind</a></body></html>`)
        .authors,
    ).toEqual(["Tove Lind"]);
    expect(
      meta(
        `<html><body><h1>Bread at home</h1><p>Long text of the story.</p><footer><h3>Written by</h3><p>Tove Lind</p></footer></body></html>`,
      ).authors,
    ).toEqual(["Tove Lind"]);
  });

  it("takes names from the twitter:label 'Written by' pair and keeps lower-case structured names", () => {
    const m = meta(
      `<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="kim oduya"></head></html>`,
    );
    expect(m.authors).toEqual(["kim oduya"]);
  });

  it("prefers a person on the page to an organisation credited in JSON-LD", () => {
    const m =
      meta(`<html><head>${ld({ "@type": "NewsArticle", headline: "Clinic opens", author: { "@type": "Organization", name: "Riverside Health" } })}</head>
      <body><h1>Clinic opens</h1><p class="byline">By Joa Menn</p></body></html>`);
    expect(m.authors).toEqual(["Joa Menn"]);
  });

  it("reads 'by' under the headline only where it opens a byline, not in prose or menus", () => {
    const under = (html: string) => meta(`<html><body><h1>Ferry vote</h1>${html}</body></html>`).authors;
    expect(under("<p>Work starts in spring and the ferry should sail by autumn, officials said.</p>")).toBeUndefined();
    expect(under(`<nav><a href="/c">Recycle by City</a></nav><p>The ferry returns in May.</p>`)).toBeUndefined();
    expect(under("<p>January 20th, 2025 by Ines Dahl</p><p>The ferry returns in May.</p>")).toEqual(["Ines Dahl"]);
    expect(under("<p><span>Posted 10:19am</span> <span>by</span> <span>tove</span></p><p>The ferry returns.</p>")).toEqual(["tove"]);
    expect(under("<p>Local · by Joa Menn</p><p>The ferry returns.</p>")).toEqual(["Joa Menn"]);
  });

  it("does not read a menu's 'Authors' or 'Contributors' entry as a label for the entries after it", () => {
    const menu = `<nav><ul><li>Who we work with</li><li>Coaches &amp; Authors</li><li>Digital Agencies</li><li>Service Businesses</li></ul></nav>`;
    expect(meta(`<html><body>${menu}<h1>Bookkeeping in spring</h1><p>Long text of the story.</p></body></html>`).authors).toBeUndefined();
    const contributors = `<div role="navigation"><a>Contributors</a><a>Online Services</a></div>`;
    expect(
      meta(`<html><body><h1>Policy</h1><p>${"Long text of the story. ".repeat(60)}</p><footer>${contributors}</footer></body></html>`)
        .authors,
    ).toBeUndefined();
  });

  it("takes no author from a menu's people pages or an 'authorities' class", () => {
    const menu = `<ul class="menu"><li class="menu-item"><a href="/about/people/alumni/">Alumni</a></li></ul>`;
    const story = `<h1>Spring recital</h1><p>${"Long text of the story. ".repeat(60)}</p>`;
    expect(meta(`<html><body><header>${menu}</header>${story}</body></html>`).authors).toBeUndefined();
    const authorities = `<li class="menu-item authorities-board-actions"><a href="/board">Authorities Board Actions</a></li>`;
    expect(meta(`<html><body><ul>${authorities}</ul>${story}</body></html>`).authors).toBeUndefined();
    expect(meta(`<html><body>${story}<p><a href="/people/ines-dahl/">Ines Dahl</a></p></body></html>`).authors).toEqual(["Ines Dahl"]);
  });

  it("does not take section labels, dates or 'Authorities' for authors", () => {
    const m = meta(
      `<html><body><h1>Rules change</h1><p>The Authorities said no.</p><div class="author">Lifestyle</div><div class="byline">Jul 11</div></body></html>`,
    );
    expect(m.authors).toBeUndefined();
  });
});

describe("extractMetadata: headline", () => {
  it("takes the page's h1 as printed, skipping a logo h1 and template furniture", () => {
    const m =
      meta(`<html><head><meta property="og:site_name" content="Pine Journal"><meta property="og:title" content="Snow closes the pass | Pine Journal"></head>
      <body><h1>Pine Journal</h1><h1>Snow closes <!-- x -->the pass<br>again Posted on March 2, 2021 by Ola</h1></body></html>`);
    expect(m.headline).toBe("Snow closes the pass again");
  });

  it("takes the title part of an h1 that sets a kicker above it, when the metadata repeats that part", () => {
    const page = (og: string) =>
      `<html><head><meta property="og:site_name" content="Pine Journal"><meta property="og:title" content="${og}"></head><body><h1><div class="kicker">Exclusive report</div><span>Harbour pier plans unveiled</span></h1></body></html>`;
    expect(meta(page("Harbour pier plans unveiled | Pine Journal")).headline).toBe("Harbour pier plans unveiled");
    expect(meta(page("Exclusive report: harbour pier plans")).headline).toBe("Exclusive report Harbour pier plans unveiled");
  });

  it("keeps an h1 the metadata does not repeat, unless it is a one-word label", () => {
    expect(
      meta(
        `<html><head><meta property="og:title" content="Keeping apples fresh: ten ways"></head><body><h1>How we keep apples fresh all winter</h1></body></html>`,
      ).headline,
    ).toBe("How we keep apples fresh all winter");
    expect(
      meta(`<html><head><meta property="og:title" content="Webcams at the Lake Reserve"></head><body><h1>Webcams</h1></body></html>`)
        .headline,
    ).toBe("Webcams at the Lake Reserve");
  });
});

describe("extractMetadata: scholarly author tags", () => {
  it("reads every citation_author as a co-author, given name first", () => {
    const m = meta(
      `<html><head><meta name="citation_author" content="Okafor, Nneka"><meta name="citation_author" content="Berg, Lasse"></head></html>`,
    );
    expect(m.authors).toEqual(["Nneka Okafor", "Lasse Berg"]);
  });

  it("reads a hostile citation_author in linear time", () => {
    const t0 = performance.now();
    meta(`<html><head><meta name="citation_author" content="${"\t".repeat(1500)},${"\t".repeat(3000)}\u0000,\t"></head></html>`);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe("extractMetadata: account names", () => {
  it("prefers a name printed on the page to a CMS account name in the metadata", () => {
    const m =
      meta(`<html><head>${ld({ "@type": "BlogPosting", headline: "Tide tables", author: { "@type": "Person", name: "mara.k" } })}</head>
      <body><h1>Tide tables</h1><p class="byline">By Mara Kvist</p></body></html>`);
    expect(m.authors).toEqual(["Mara Kvist"]);
    const alone = meta(
      `<html><head>${ld({ "@type": "BlogPosting", headline: "Tide tables", author: { "@type": "Person", name: "mara.k" } })}</head><body></body></html>`,
    );
    expect(alone.authors).toEqual(["mara.k"]);
  });
});

describe("extractMetadata: headline labels and addresses", () => {
  it("drops a kind label before the h1 and the site address before the title", () => {
    expect(meta(`<html><body><h1>Blog: Ten quiet beaches near Split</h1></body></html>`).headline).toBe("Ten quiet beaches near Split");
    expect(meta(`<html><head><title>annlee.example Notes on bread</title></head></html>`, "https://annlee.example/notes").headline).toBe(
      "Notes on bread",
    );
  });
});

describe("extractMetadata: large pages", () => {
  it("reads a multi-megabyte page without a date in bounded time", () => {
    const body = `<div><p>${"plain words without any date at all ".repeat(2)}</p></div>`.repeat(40_000);
    const doc = parseHTML(`<html><head><title>Long page</title></head><body><h1>Long page</h1>${body}</body></html>`).document;
    const t0 = performance.now();
    const m = extractMetadata(doc, undefined, NOW);
    expect(m.headline).toBe("Long page");
    expect(m.date).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("extractMetadata: capitals", () => {
  it("takes the agreeing metadata title when the h1 is set in capitals", () => {
    const m = meta(
      `<html><head><meta property="og:title" content="Best drip coffee makers: tips from roasters"></head><body><h1>BEST DRIP COFFEE MAKERS: TIPS FROM ROASTERS</h1></body></html>`,
    );
    expect(m.headline).toBe("Best drip coffee makers: tips from roasters");
  });
});

describe("extractMetadata: markup in page fields", () => {
  it("returns plain text when the h1, og:title or byline carry markup or scripts", () => {
    const m = meta(`<html><head><meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;Quiet harbour"></head>
      <body><h1>Quiet <script>alert(1)</script>harbour</h1><p class="byline">By <b onclick="x()">Ria Holm</b><script>steal()</script></p></body></html>`);
    expect(m.headline).toBe("Quiet harbour");
    expect(m.authors).toEqual(["Ria Holm"]);
    expect(JSON.stringify(m)).not.toMatch(/<|alert|steal/);
  });

  it("keeps an escaped tag that the page prints as text in its h1", () => {
    const m = meta(`<html><head><title>Twenty years of the &lt;table&gt; tag</title></head>
      <body><h1>Twenty years of the &lt;table&gt; tag</h1></body></html>`);
    expect(m.headline).toBe("Twenty years of the <table> tag");
  });
});

describe("extractMetadata: unknown site labels", () => {
  it("cuts a short trailing label from a metadata title, not a long subtitle", () => {
    expect(meta(`<html><head><title>Homestead gardens feed the valley | District News</title></head></html>`).headline).toBe(
      "Homestead gardens feed the valley",
    );
    expect(
      meta(`<html><head><title>Homestead gardens | how five valley families feed their street all year</title></head></html>`).headline,
    ).toBe("Homestead gardens | how five valley families feed their street all year");
  });
});

describe("extractMetadata: co-authors named by one source only", () => {
  it("takes the printed list where JSON-LD names only its first author", () => {
    const m = meta(
      `<html><head>${ld({ "@type": "BlogPosting", headline: "Seed swaps", author: { "@type": "Person", name: "Orla Finch" } })}</head>
      <body><h1>Seed swaps</h1><div class="meta"><a href="/author/orla">Dr Orla Finch</a>, <a href="/author/ben">Ben Sallow</a> &amp; <a href="/author/ivo">Ivo Marr</a></div></body></html>`,
    );
    expect(m.authors).toEqual(["Dr Orla Finch", "Ben Sallow", "Ivo Marr"]);
  });

  it("does not join a fact-checker's link to the author's", () => {
    const m = meta(
      `<html><head><meta name="author" content="Orla Finch"></head><body><h1>Seed swaps</h1>
      <div class="meta"><span>By</span> <a href="/author/1/">Orla Finch</a> <span>– Updated May 2, 2024 | Fact-checked by</span> <a href="/author/2/">Ben Sallow</a></div></body></html>`,
    );
    expect(m.authors).toEqual(["Orla Finch"]);
  });

  it("reads a longer list from a later scholarly tag", () => {
    const m = meta(
      `<html><head><meta name="dc.creator" content="Orla Finch"><meta name="citation_authors" content="Orla Finch"><meta name="citation_authors" content="Ben Sallow"></head></html>`,
    );
    expect(m.authors).toEqual(["Orla Finch", "Ben Sallow"]);
  });
});

describe("extractMetadata: generic credits", () => {
  it("keeps a metadata credit such as 'Staff' as the byline, never as an author, and only when no one is named", () => {
    const staff = meta(`<html><head><meta name="author" content="Staff"></head><body><h1>Rain</h1></body></html>`);
    expect(staff.byline).toBe("Staff");
    expect(staff.authors ?? []).toEqual([]);
    expect(
      meta(`<html><head><meta name="author" content="Staff"></head><body><h1>Rain</h1><p class="byline">By Una Pell</p></body></html>`)
        .authors,
    ).toEqual(["Una Pell"]);
  });
});

describe("extractMetadata: author boxes with a bio", () => {
  const bio = "She has written about coastal ecology and small-boat sailing for two decades, and teaches a night class on tides. ".repeat(
    3,
  );
  it("reads the name at the head of a box too long to be a byline", () => {
    const m = meta(
      `<html><body><h1>Tides</h1><p>Text.</p><div class="post_author-box"><div>Wren Aldous</div><p>${bio}</p></div></body></html>`,
    );
    expect(m.authors).toEqual(["Wren Aldous"]);
  });

  it("does not take an avatar's initials from such a box", () => {
    const m = meta(`<html><body><h1>Tides</h1><p>Text.</p><div class="post_author-box"><span>WA</span><p>${bio}</p></div></body></html>`);
    expect(m.authors).toBeUndefined();
  });
});

describe("extractMetadata: a name beside the date, without 'By'", () => {
  it("reads full names printed next to the date under the headline", () => {
    expect(
      meta(
        `<html><body><h1>Tides</h1><div><span>Dec 26, 2025</span><span>·</span><span>Wren Aldous in</span><a>Boats</a></div><p>Text.</p></body></html>`,
      ).authors,
    ).toEqual(["Wren Aldous"]);
    expect(meta(`<html><body><h1>Tides</h1><p>Wren Aldous, Ivo C. Marr</p><p>24 Apr 2000</p></body></html>`).authors).toEqual([
      "Wren Aldous",
      "Ivo C. Marr",
    ]);
  });

  it("leaves a lone word or a line far from any date alone", () => {
    expect(meta(`<html><body><h1>Tides</h1><p>Boats</p><p>Dec 26, 2025</p></body></html>`).authors).toBeUndefined();
    expect(
      meta(`<html><body><h1>Tides</h1><p>Wren Aldous</p><p>The tide came in twice today, as tides do.</p></body></html>`).authors,
    ).toBeUndefined();
  });
});

describe("extractMetadata: personal sites", () => {
  const mine = "I went out at dawn. My boat leaks, and I like it that way; I have sailed it for years and I know my tides.";
  const ours = "We went out at dawn. Our boats are checked by us, and we sail them for you. I agree.";
  const page = (site: string, text = mine) =>
    `<html><head><meta property="og:site_name" content="${site}"><title>Notes on tides | ${site}</title></head><body><h1>Notes on tides</h1><p>${text}</p></body></html>`;
  it("credits the owner of a site named for a person whose name is in the host, writing as 'I'", () => {
    expect(meta(page("Wren Aldous"), "https://wrenaldous.example/notes/tides").authors).toEqual(["Wren Aldous"]);
    expect(meta(page("Wren Aldous"), "https://wren.example/notes/tides").authors).toEqual(["Wren Aldous"]);
  });

  it("does not credit an organisation's site or a name unrelated to the host", () => {
    expect(meta(page("Harbour Lab"), "https://harbourlab.example/notes/tides").authors).toBeUndefined();
    expect(meta(page("The Tide Table"), "https://tidetable.example/notes/tides").authors).toBeUndefined();
    expect(meta(page("Wren Aldous"), "https://tides.example/notes/tides").authors).toBeUndefined();
    expect(meta(page("Wren Aldous", ours), "https://wrenaldous.example/notes/tides").authors).toBeUndefined();
  });
});

describe("extractMetadata: labelled lists of authors", () => {
  it("reads every name after a label that stands alone", () => {
    const m = meta(
      `<html><body><h1>Tides</h1><div class="post-authors">Written by <span>Dr Wren Aldous</span>, <span>Ivo Marr</span> and <span>Cy Pratt</span></div></body></html>`,
    );
    expect(m.authors).toEqual(["Dr Wren Aldous", "Ivo Marr", "Cy Pratt"]);
  });

  it("ends the list at a job title, a desk or a badge", () => {
    const m = meta(
      `<html><body><h1>Tides</h1><div class="post-authors"><span>Written by:</span><span>Wren Aldous,</span><span>Senior Analyst</span><span>Updated May 2, 2024</span><span>Verified Check</span></div></body></html>`,
    );
    expect(m.authors).toEqual(["Wren Aldous"]);
    expect(meta(`<html><body><h1>Tides</h1><p class="byline">By <b>Wren Aldous</b>, <i>Global Desk</i></p></body></html>`).authors).toEqual(
      ["Wren Aldous"],
    );
  });
});

describe("extractMetadata: account names", () => {
  it("prefers a printed full name to a run-together account name in metadata", () => {
    const m = meta(
      `<html><head><meta name="author" content="WrenA"></head><body><h1>Tides</h1><p class="byline">By Wren Aldous</p></body></html>`,
    );
    expect(m.authors).toEqual(["Wren Aldous"]);
  });
});

describe("extractMetadata: a personal site credited as its own publisher", () => {
  it("keeps the owner credited in JSON-LD when the site is named for them", () => {
    const page = `<html><head>${ld({
      "@type": "BlogPosting",
      headline: "Tides",
      author: { "@type": "Person", name: "Wren Aldous" },
      publisher: { "@type": "Person", name: "Wren Aldous" },
    })}</head><body><h1>Tides</h1><p>A parser written by Ivo Marr.</p></body></html>`;
    expect(meta(page, "https://wren.example/notes/tides").authors).toEqual(["Wren Aldous"]);
  });
});

describe("extractMetadata: the site's name in a printed byline", () => {
  it("drops the site's own name after its writers, keeps a personal site's owner", () => {
    const page = (byline: string, site: string) =>
      `<html><head><meta property="og:site_name" content="${site}"></head><body><h1>Ferry fares rise again</h1><p class="byline">By ${byline}</p><p>Fares rose for the third time this year.</p></body></html>`;
    expect(meta(page("Ann Lee, Harbour Post", "Harbour Post"), "https://harbourpost.example/a").authors).toEqual(["Ann Lee"]);
    expect(meta(page("Ann Lee and Bob Roe, Harbour Post", "Harbour Post"), "https://harbourpost.example/a").authors).toEqual([
      "Ann Lee",
      "Bob Roe",
    ]);
    expect(meta(page("Wren Aldous", "Wren Aldous"), "https://wrenaldous.example/a").authors).toEqual(["Wren Aldous"]);
    // No og:site_name: the name that spells the host is the site.
    expect(meta(page("Ann Lee, HarbourPost.example", "Coast Media"), "https://harbourpost.example/a").authors).toEqual(["Ann Lee"]);
  });
});

describe("extractMetadata: the byline under the headline against metadata", () => {
  it("prefers a full name printed with 'By' under the headline to another name in metadata", () => {
    const m = meta(
      `<html><head><meta name="author" content="Ivo Marr"></head><body><h1>Tides</h1><div><span>By</span> <a href="/p/wren">Wren Aldous</a> <span>May 2, 2024</span></div><p>Text.</p></body></html>`,
    );
    expect(m.authors).toEqual(["Wren Aldous"]);
  });

  it("keeps metadata against a reviewer or a 'by' in running text", () => {
    expect(
      meta(
        `<html><head><meta name="author" content="Wren Aldous"></head><body><h1>Tides</h1><p>Reviewed by: Ivo Marr, CFP</p><p>May 2, 2024</p></body></html>`,
      ).authors,
    ).toEqual(["Wren Aldous"]);
    expect(
      meta(`<html><head><meta name="author" content="Wren Aldous"></head><body><h1>Tides</h1><p>A new study by Ivo Marr</p></body></html>`)
        .authors,
    ).toEqual(["Wren Aldous"]);
  });
});

describe("extractMetadata: JSON-LD author references", () => {
  it("follows a typed reference with no name, and a stub listed before the full node", () => {
    const typedRef = meta(
      `<html><head>${ld({
        "@graph": [
          { "@type": "NewsArticle", headline: "Tides", author: { "@id": "#p", "@type": "Person" } },
          { "@type": "Person", "@id": "#p", name: "Wren Aldous" },
        ],
      })}</head></html>`,
    );
    expect(typedRef.authors).toEqual(["Wren Aldous"]);
    const stubFirst = meta(
      `<html><head>${ld({
        "@graph": [
          { "@type": "Person", "@id": "#p" },
          { "@type": "NewsArticle", headline: "Tides", author: [{ "@id": "#p" }] },
          { "@type": "Person", "@id": "#p", name: "Wren Aldous", url: "https://ex.test/wren" },
        ],
      })}</head></html>`,
    );
    expect(stubFirst.authors).toEqual(["Wren Aldous"]);
  });
});

describe("extractMetadata: a plural label over a list", () => {
  it("reads one full name per list item after 'Author(s)'", () => {
    const m = meta(
      `<html><body><h1>Tides</h1><p>Text.</p><div><h6>Author(s)</h6><ul><li><a href="/q?a=1">Wren Aldous</a></li><li><a href="/q?a=2">Ivo C. Marr</a></li></ul><p>Related</p></div></body></html>`,
    );
    expect(m.authors).toEqual(["Wren Aldous", "Ivo C. Marr"]);
  });
});

describe("extractMetadata: an element that holds only the author's name", () => {
  it("takes a lower-case name from an author-name element, not from any byline box", () => {
    expect(meta(`<html><body><h1>Tides</h1><p>Text.</p><h4 class="post-author__name"> wren aldous </h4></body></html>`).authors).toEqual([
      "wren aldous",
    ]);
    expect(meta(`<html><body><h1>Tides</h1><p>Text.</p><div class="post-author">wren aldous</div></body></html>`).authors).toBeUndefined();
  });
});

describe("extractMetadata: the headline's own byline", () => {
  it("reads the byline under the h1 that holds the headline, not under a section's h1", () => {
    const m = meta(
      `<html><head><meta property="og:title" content="Tides turn early"><meta name="author" content="Ivo Marr"></head><body><h1>Perspectives</h1><nav>Home</nav>
      <h1>Tides turn early</h1><p>By Wren Aldous</p><p>Text.</p></body></html>`,
    );
    expect(m.authors).toEqual(["Wren Aldous"]);
  });

  it("does not let a teaser's byline far below the headline override metadata", () => {
    const filler = "The tide came in twice today, as it does, and the harbour filled. ".repeat(8);
    const m = meta(
      `<html><head><meta property="og:title" content="Tides turn early"><meta name="author" content="Ivo Marr"></head><body><h1>Tides turn early</h1><p>${filler}</p><p>By Wren Aldous</p></body></html>`,
    );
    expect(m.authors).toEqual(["Ivo Marr"]);
  });
});

describe("extractMetadata: citation_authors in one tag", () => {
  it("splits 'Family, Given; Family, Given'", () => {
    const m = meta(`<html><head><meta name="citation_authors" content="Aldous, Wren; Marr, Ivo C."></head></html>`);
    expect(m.authors).toEqual(["Wren Aldous", "Ivo C. Marr"]);
  });
});

describe("extractMetadata: authors that are not the page's author", () => {
  const story = `<p>${"The tide came in twice today, as it does, and the harbour filled. ".repeat(8)}</p>`;

  it("takes no label printed beside the date for a name", () => {
    const m = meta(`<html><body><h1>Tides</h1><p>March 3, 2024</p><p>Filed Under:</p><a>Harbour Boats</a>${story}</body></html>`);
    expect(m.authors).toBeUndefined();
  });

  it("takes no licence link for an author's page", () => {
    const licence = `<a rel="license" href="https://creativecommons.org/licenses/by/3.0/">Creative Commons License</a>`;
    expect(meta(`<html><body><h1>Tides</h1>${story}<footer>${licence}</footer></body></html>`).authors).toBeUndefined();
  });

  it("takes no category from inside a byline element", () => {
    const byline = `<div class="story-meta"><span class="byline__category">Harbour Boats</span><span class="byline__separator">|</span></div>`;
    expect(meta(`<html><body><h1>Tides</h1>${byline}${story}</body></html>`).authors).toBeUndefined();
  });

  it("reads a 'By' label in another language after a section and a date in a byline box", () => {
    const box = `<div class="created_and_author"><span>Havne - 02. januar 2020 kl. 10:21</span><div>Af Wren Aldous</div></div>`;
    expect(meta(`<html><body><h1>Tides</h1>${box}${story}</body></html>`).authors).toEqual(["Wren Aldous"]);
  });

  it("does not credit the author of a work the page reviews in JSON-LD", () => {
    const review = ld({
      "@type": "ClaimReview",
      author: { "@type": "Organization", name: "Harbour Checks" },
      itemReviewed: { "@type": "CreativeWork", author: { type: "Organization", name: "Many Posts" } },
    });
    const m = meta(`<html><head>${review}</head><body><h1>Tides</h1><p class="byline">Ivo Marr</p>${story}</body></html>`);
    expect(m.authors).toEqual(["Ivo Marr"]);
    const business = ld({
      "@type": "LocalBusiness",
      name: "Harbour Boats",
      review: { "@type": "Review", author: { "@type": "Person", name: "Ivo Marr" } },
    });
    expect(meta(`<html><head>${business}</head><body><h1>Tides</h1>${story}</body></html>`).authors).toBeUndefined();
  });

  it("does not credit the authors of cited works or comments in microdata", () => {
    const cited = `<ol><li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle"><meta itemprop="author" content="I. Marr, W. Aldous"><meta itemprop="datePublished" content="1988"></li></ol>`;
    const m = meta(
      `<html><head><meta name="citation_author" content="Okafor, Nneka"></head><body><article itemscope itemtype="http://schema.org/ScholarlyArticle"><h1>Tides</h1>${story}${cited}</article></body></html>`,
    );
    expect(m.authors).toEqual(["Nneka Okafor"]);
    expect(m.published).toBeUndefined();
    const comment = `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Ivo Marr</span><p itemprop="text">Nice.</p></div>`;
    expect(meta(`<html><body><h1>Tides</h1>${story}${comment}</body></html>`).authors).toBeUndefined();
  });
});
