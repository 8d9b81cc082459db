import { describe, expect, it } from "vitest";
import { readHtml } from "./index.js";

const prose =
  "<p>The harbour ferry will run every twenty minutes from next spring, after the council agreed to pay for a second boat and a longer pier.</p>";
/** Other paragraphs of the same story: a page prints each paragraph once. */
const more = [
  "<p>The second boat was built at the yard across the bay, and it will carry bicycles and prams as well as foot passengers on every crossing.</p>",
  "<p>Fares stay at two pounds for adults and one pound for children until the end of next year, the harbour board said on Tuesday night.</p>",
];
/** `n` different paragraphs. */
const proseRun = (n: number) => [prose, ...more].slice(0, n).join("");

/** The body text of a page whose article holds `inner` among plain paragraphs. */
function bodyOf(inner: string): string {
  const a = readHtml(`<html><body><article><h1>Ferry news</h1>${proseRun(2)}${inner}${prose}</article></body></html>`);
  return a.blocks
    .filter((b) => b.role === "body")
    .map((b) => b.text)
    .join("\n");
}

describe("body cleaning", () => {
  it("keeps a link wrapped in a span as part of its sentence", () => {
    const body = bodyOf(
      `<p>Mayor Ines Rook <span class="link-wrap"><a href="/rook">announced the plan</a></span> on Tuesday evening in the town hall.</p>`,
    );
    expect(body).toContain("Mayor Ines Rook announced the plan on Tuesday evening in the town hall.");
  });

  it("reads the title line under a video player without a caption as a caption, not a heading or a sentence", () => {
    const video = `<div class="video-top"><figure class="video-hero"><div id="player-1"></div></figure></div>`;
    const titled = readHtml(
      `<html><body><article><h1>Ferry news</h1>${video}<div class="t"><p>Related video: the new ferry on its first crossing</p></div>${proseRun(3)}</article></body></html>`,
    );
    expect(titled.blocks.find((b) => b.text.startsWith("Related video"))?.role).toBe("caption");
    expect(bodyOf(`${video}<h3>What the ferry will change</h3>`)).toContain("What the ferry will change");
    expect(bodyOf(`${video}<p>The ferry sails at six.</p>`)).toContain("The ferry sails at six.");
  });

  it("keeps a short sentence that runs on into a link, but not a label before one or a bare link line", () => {
    const body = bodyOf(
      `<p>Two ferries were cancelled <a href="/s">after storms closed the harbour mouth for a whole day.</a></p><p>Our standards: <a href="/t">The Ledger Trust Principles.</a></p><p><a href="/u">More ferry news from the coast.</a></p>`,
    );
    expect(body).toContain("Two ferries were cancelled after storms closed the harbour mouth for a whole day.");
    expect(body).not.toMatch(/Our standards|More ferry news/);
  });

  it("keeps the linked names in the cells of a data table, but not a table of bare links without headers", () => {
    const row = (name: string, role: string) =>
      `<tr><td><a href="/p/${name.length}">${name}</a></td><td>Harbour board</td><td>${role}</td></tr>`;
    const data = bodyOf(
      `<table><thead><tr><th>Name</th><th>Body</th><th>Role</th></tr></thead><tbody>${row("Ines Rook", "Chair")}${row("Tomas Vell", "Treasurer")}</tbody></table>`,
    );
    expect(data).toMatch(/Ines Rook[\s\S]*Chair[\s\S]*Tomas Vell/);
    const layout = bodyOf(
      `<table><tr><td><a href="/a">Ferries</a></td><td><a href="/b">Buses</a></td><td><a href="/c">Trains</a></td></tr></table>`,
    );
    expect(layout).not.toMatch(/Ferries|Buses/);
  });

  it("drops a site's FAQ module set in an aside, but keeps a FAQ section in the article's own flow", () => {
    const faq =
      "<h3>How often do ferries run?</h3><p>Every twenty minutes on weekdays and every half hour at weekends, from six in the morning.</p>";
    const aside = bodyOf(`<aside class="faq-module"><header><h3>Your questions about the council, answered</h3></header>${faq}</aside>`);
    expect(aside).not.toMatch(/Your questions|Every twenty minutes on weekdays/);
    const own = bodyOf(`<section class="faq">${faq}</section>`);
    expect(own).toContain("Every twenty minutes on weekdays");
  });

  it("still drops a span that is a list of links", () => {
    const body = bodyOf(`<p><span class="tags"><a href="/a">Ferries</a> <a href="/b">Harbour</a> <a href="/c">Council</a></span></p>`);
    expect(body).not.toMatch(/Ferries|Council/);
  });

  it("leaves out screen-reader-only text, by class or by clip style", () => {
    const body = bodyOf(
      `<p>The timetable is <a href="/t">online<span class="sr-only">, opens new tab</span></a> and <a href="/p">in print<span style="position:absolute;clip:rect(0 0 0 0);width:1px">, opens new tab</span></a> at the pier office.</p>` +
        `<p>Tickets cost two pounds<span style="clip-path: inset(50%)"> (screen reader note)</span> for adults and one pound for children.</p>`,
    );
    expect(body).toContain("The timetable is online and in print at the pier office.");
    expect(body).toContain("Tickets cost two pounds for adults");
    expect(body).not.toMatch(/opens new tab|screen reader/);
  });

  it("drops the numbered code-block slots WordPress ad plugins put between paragraphs", () => {
    const body = bodyOf(
      `<div class="code-block code-block-7" style="padding:20px">Dear reader, our little harbour newsletter needs your help to keep going, so please consider becoming a paying supporter today and get a free mug.</div>`,
    );
    expect(body).not.toContain("Dear reader");
    const code = bodyOf(
      `<pre class="language-python" id="code-block-2">ferries = count(timetable) # one line of real code in the article</pre>`,
    );
    expect(code).toContain("ferries = count(timetable)");
    expect(body).toContain("The harbour ferry will run");
  });

  it("drops an author biography box after the article", () => {
    const bio =
      "Wren Halloway is a senior harbour correspondent who has covered ferries, tides and town councils for twenty years. Before that she worked as a deckhand on the island route and studied marine history. ".repeat(
        3,
      );
    const body = bodyOf(
      `<div class="post-author-box"><div class="author-name">Wren Halloway</div><div class="author-bio">${bio}</div></div>`,
    );
    expect(body).not.toContain("senior harbour correspondent");
  });

  it("drops a box of teasers titled like related reading", () => {
    const teaser = (t: string) =>
      `<div class="card"><h4><a href="/x">${t}</a></h4><p>A short summary of the other story, in one line.</p></div>`;
    const body = bodyOf(
      `<div class="box"><h3>You might also like</h3>${teaser("Lighthouse keeper retires after forty years")}${teaser("Island bakery wins regional prize")}</div>`,
    );
    expect(body).not.toMatch(/might also like|Lighthouse keeper|Island bakery/);
  });

  it("keeps a section whose title only starts like a teaser box ('Latest figures')", () => {
    const body = bodyOf(
      `<div class="box"><h3>Latest figures</h3><p>Passenger numbers rose by a fifth last year, <a href="/report">the operator's annual report</a> said, with most of the growth on the early crossings.</p></div>`,
    );
    expect(body).toContain("Passenger numbers rose by a fifth");
  });

  it("gives a line that only dates the story the meta role, not a sentence with a date", () => {
    const a = readHtml(
      `<html><body><article><h1>Ferry news</h1>${prose}<p>Nov. 20, 2019 6:02 AM EST</p><p>Updated: Wednesday, 3 March 2024</p><p>On 3 March 2024 the pier opened.</p>${prose}</article></body></html>`,
    );
    const role = (start: string) => a.blocks.find((b) => b.text.startsWith(start))?.role;
    expect(role("Nov. 20, 2019")).toBe("meta");
    expect(role("Updated: Wednesday")).toBe("meta");
    expect(role("On 3 March 2024")).toBe("body");
  });

  it("drops lone interface labels and a row of share buttons, keeps headings and sentences that start alike", () => {
    const labels = [
      "Advertising",
      "Article Continues Below",
      "Trending",
      "Related Posts:",
      "Posted On",
      "Next article",
      "See more",
      "3 MIN. READ",
    ];
    const body = bodyOf(
      labels.map((l) => `<p>${l}</p>`).join("") +
        `<div><span>Facebook</span><span>Twitter</span><span>Linkedin</span><span>EMail</span></div>` +
        `<h3>Video</h3><p>Posted on the pier, the notice lists the new winter times.</p><h3>Trending routes this winter</h3>`,
    );
    expect(body.split("\n").slice(2, -1)).toEqual([
      "Video",
      "Posted on the pier, the notice lists the new winter times.",
      "Trending routes this winter",
    ]);
  });

  it("drops a line asking readers to follow the site on social media, keeps a sentence starting alike", () => {
    const body = bodyOf(
      `<p>Follow Harbour Radio on Instagram, Facebook, Twitter and YouTube.</p><p>Follow our full coverage of the ferry talks at https://radio.example/ferry</p><p>Follow @harbourradio for updates.</p><p>Follow the money, the auditor told the council, and the pier costs make sense.</p>`,
    );
    expect(body).not.toContain("Follow Harbour Radio");
    expect(body).not.toContain("full coverage");
    expect(body).not.toContain("@harbourradio");
    expect(body).toContain("Follow the money");
    expect(bodyOf("<p>Follow these steps shared on Twitter to stay safe on a crowded ferry.</p>")).toContain("Follow these steps");
  });

  it("drops a newsletter box's pitch, keeps a sentence about a newsletter", () => {
    const body = bodyOf(
      `<p>Let our news meet your inbox. The stories that matter, delivered weekday mornings.</p><p>Sign up for our newsletter, The Tide, and never miss a sailing.</p><p>The harbour board's newsletter reported that fares would rise in June.</p>`,
    );
    expect(body).not.toContain("meet your inbox");
    expect(body).not.toContain("Sign up");
    expect(body).toContain("newsletter reported that fares");
  });

  it("drops a form's consent line, keeps a sentence or a quoted sign starting alike", () => {
    const body = bodyOf(
      `<p>By signing up, you agree to our Terms of Service and Privacy Policy.</p><p>By clicking Join, I acknowledge that I have read the Terms of Use.</p>` +
        `<p>By using the new pier, ferries save ten minutes on every crossing.</p><blockquote><p>By entering this harbour you agree to the harbour rules.</p></blockquote>`,
    );
    expect(body).not.toMatch(/Terms of (?:Service|Use)/);
    expect(body).toContain("By using the new pier");
    expect(body).toContain("By entering this harbour");
  });

  it("drops a line filing the article under tags or categories, keeps a sentence starting alike", () => {
    const body = bodyOf(
      `<p>Tags: ferries, harbour board, island council, timetables, winter service, pier works, fares</p><p>Topics discussed at the meeting included fares and the winter timetable.</p><h2>Categories of ticket</h2>`,
    );
    expect(body).not.toContain("Tags:");
    expect(body).toContain("Topics discussed at the meeting");
    expect(body).toContain("Categories of ticket");
  });

  it("leaves out what a standalone skip link jumps over, but not text around a 'skip ahead' link in a sentence", () => {
    const body = bodyOf(
      `<div class="inline-block"><a href="#after-promo">Skip past newsletter promotion</a><div class="box"><p>Get the harbour bulletin every Friday morning, with tide tables and news from the island.</p></div><p id="after-promo">after newsletter promotion</p></div>` +
        `<p>Readers in a hurry can <a href="#fares">skip ahead</a> to the section on fares, which explains the new prices for islanders.</p><h2 id="fares">Fares</h2>`,
    );
    expect(body).not.toMatch(/newsletter promotion|harbour bulletin/);
    expect(body).toContain("Readers in a hurry can skip ahead to the section on fares");
    expect(body).toContain("Fares");
    const more = "<p>Islanders will pay half fare on every crossing, the council said, and season tickets will cost less.</p>";
    const jumpToEnd = bodyOf(`<p><a href="#comments">Skip to comments</a></p>${more.repeat(3)}<div id="comments"></div>`);
    expect(jumpToEnd).toContain("Islanders will pay half fare");
  });

  it("keeps a short linked line that introduces a quotation", () => {
    const body = bodyOf(
      `<p>From <a href="https://tribune.example/ferry">the Island Tribune</a>:</p><blockquote><p>The new boat will carry two hundred passengers and forty cars on every crossing.</p></blockquote>`,
    );
    expect(body).toContain("From the Island Tribune:");
  });

  it("drops a paragraph of link lines broken by <br>, keeps a prose paragraph with line breaks", () => {
    const body = bodyOf(
      `<p>DON'T MISS<br><a href="/a">Lighthouse keeper retires after forty years on the rock [PICTURES]</a><br><a href="/b">Island bakery wins the regional prize for its seaweed bread [VIDEO]</a><br><a href="/c">Storm closes the causeway for a second day running [LATEST]</a></p>` +
        `<p>The pier will open in May.<br>Tickets go on sale in April, <a href="/t">online</a> and at the harbour office.</p>`,
    );
    expect(body).not.toMatch(/DON'T MISS|Lighthouse keeper/);
    expect(body).toContain("Tickets go on sale in April");
  });

  it("reads a collapsed accordion panel that a control opens, but not other hidden text", () => {
    const panel = bodyOf(
      `<h3><button aria-expanded="false">Is there a night ferry?</button></h3><div hidden aria-hidden="true"><p>Only on Fridays and Saturdays in summer, leaving the island at half past eleven.</p></div>`,
    );
    expect(panel).toContain("Only on Fridays and Saturdays in summer");
    const body = bodyOf(
      `<button aria-controls="faq-1" aria-expanded="false">How long is the crossing?</button><div id="faq-1" style="display:none" role="region"><p>The crossing takes forty minutes in calm weather and up to an hour when the wind is from the west.</p></div>` +
        `<div style="display:none"><p>Thank you for subscribing to the harbour bulletin, your first issue arrives on Friday morning.</p></div>`,
    );
    expect(body).toContain("The crossing takes forty minutes");
    expect(body).not.toContain("Thank you for subscribing");
  });

  it("keeps syntax-highlighted comments in code, whose class names look like furniture", () => {
    const body = bodyOf(
      `<pre><code><span class="hljs-comment"># count the ferries</span>\nferries = len(timetable)\n<span class="token comment">// done</span></code></pre>`,
    );
    expect(body).toContain("# count the ferries");
    expect(body).toContain("// done");
  });

  it("gives the line after an image that repeats its alt text the caption role", () => {
    const a = readHtml(
      `<html><body><article><h1>Ferry news</h1>${proseRun(2)}<div><img src="pier.jpg" alt="The new pier at low tide"><span class="small">The new pier at low tide</span></div>${prose}</article></body></html>`,
    );
    expect(a.blocks.find((b) => b.text === "The new pier at low tide")?.role).toBe("caption");
  });

  it("gives a long figcaption the caption role too", () => {
    const caption = "Cross-section of the new pier, showing the twelve berths, the waiting room and the ramp. ".repeat(6);
    const a = readHtml(
      `<html><body><article><h1>Ferry news</h1>${proseRun(3)}<figure><img src="pier.png" alt=""><figcaption>${caption}</figcaption></figure>${prose}</article></body></html>`,
    );
    expect(a.blocks.find((b) => b.text.startsWith("Cross-section of the new pier"))?.role).toBe("caption");
  });
});

describe("paragraphs written with <br>", () => {
  it("ends a paragraph at two line breaks in a row, keeps one as a line break", () => {
    const one = "The ferry leaves at nine on weekdays and at ten on Sundays, from the new pier.";
    const two = "The council will review the timetable in spring, after the second boat arrives.";
    const blocks = (html: string) =>
      readHtml(`<html><body><article><h1>Ferry news</h1><div>${html}</div></article></body></html>`)
        .blocks.filter((b) => b.role === "body")
        .map((b) => b.text);
    expect(blocks(`${one}<br><br>${two}<br> <br>${one}`)).toEqual([one, two, one]);
    expect(blocks(`${one}<br>${two}`)).toEqual([`${one}\n${two}`]);
  });

  it("reads 40,000 lines broken by <br> in linear time", () => {
    // Reading the end of the growing text at each <br> made this quadratic: about 3 minutes.
    const html = `<html><body><article><h1>Ferry news</h1><div>${"The ferry runs every twenty minutes.<br>".repeat(40_000)}</div></article></body></html>`;
    const t0 = performance.now();
    expect(readHtml(html).blocks.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe("icon fonts", () => {
  it("leaves out private-use glyphs, and a line of nothing else", () => {
    expect(bodyOf("<p>\uE023</p><p>\uE08A Ferries run late on Sundays.</p>")).toBe(
      [prose, more[0], "<p>Ferries run late on Sundays.</p>", prose].join("\n").replace(/<\/?p>/g, ""),
    );
  });
});

describe("print and mobile copies", () => {
  it("leaves out what only a printer shows: a print header with the page's address, a citation box", () => {
    const a = readHtml(
      `<html><body><article><div class="print-header"><span>https://news.example/ferry-1234.php</span></div><h1>Ferry news</h1>${proseRun(2)}` +
        `<div class="d-none d-print-block"><p>Citation: Ferry news, retrieved from the harbour site today.</p></div>${prose}</article></body></html>`,
    );
    expect(a.text).not.toMatch(/news\.example|Citation/);
    expect(a.blocks[0]).toMatchObject({ role: "headline", text: "Ferry news" });
  });

  it("keeps what a phone and a printer show but a desktop does not", () => {
    expect(bodyOf(`<div class="d-lg-none d-print-block"><p>Ferries run late on Sundays in winter.</p></div>`)).toContain(
      "Ferries run late on Sundays in winter.",
    );
  });

  it("reads a text the page prints twice, for desktop and for mobile screens, once", () => {
    const summary = "Ines Rook has run the harbour ferry for ten years and knows every crossing.";
    for (const twins of [
      `<div class="intro"><div class="intro__text">${summary}</div></div><div class="intro__text-mobile">${summary}</div>`,
      `<div class="hidden md:block"><p>${summary}</p></div><div class="md:hidden"><p>${summary}</p></div>`,
      `<p class="d-md-none">${summary}</p><p class="d-none d-md-block">${summary}</p>`,
      `<section class="slide mobile"><p>${summary}</p></section><section class="slide desktop"><p>${summary}</p></section>`,
    ]) {
      expect(bodyOf(twins).split(summary).length - 1, twins).toBe(1);
    }
  });

  it("reads a paragraph printed twice in a row once, but keeps repeated table cells and short lines", () => {
    const intro = "<p>Ines Rook has run the harbour ferry for ten years and knows every crossing.</p>";
    expect(bodyOf(intro + intro).split("Ines Rook").length - 1).toBe(1);
    const cell = "<td>Included with every ticket bought at the pier office</td>";
    const table = `<table><tr><th>Plan</th><th>Day</th><th>Week</th></tr><tr><td>Bikes</td>${cell}${cell}</tr></table>`;
    expect(bodyOf(table).split("Included with every ticket").length - 1).toBe(2);
    expect(bodyOf("<p>Step one: wait.</p><p>Step one: wait.</p>").split("Step one").length - 1).toBe(2);
  });

  it("reads once a section a site builder prints once per breakpoint, hiding the others by its style sheet", () => {
    const section = `<p>Ines Rook has run the harbour ferry for ten years and knows every crossing.</p>${more[1]}`;
    const css =
      "<style>@media (min-width: 1200px){.hidden-k2{display:none!important}}@media (max-width: 809px){.hidden-q7{display:none!important}}</style>";
    const body = bodyOf(`${css}<div class="variant hidden-k2">${section}</div><div class="variant hidden-q7">${section}</div>`);
    expect(body.split("Ines Rook").length - 1).toBe(1);
  });

  it("looks for the copies of 8,000 mobile-only lines in one container in linear time", () => {
    // Each read its whole container's text for its copy: 2,000 took 27 s, 4,000 two minutes.
    const rows = Array.from(
      { length: 8_000 },
      (_, i) =>
        `<div class="d-md-none">Mobile line ${i} on the ferry</div><p>Desktop paragraph ${i} on the ferry timetable and its changes.</p>`,
    );
    const html = `<html><body><article><h1>Ferry news</h1><div>${rows.join("")}</div></article></body></html>`;
    const t0 = performance.now();
    expect(readHtml(html).text).toContain("Desktop paragraph 7999");
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it("keeps a mobile-only text the desktop does not print elsewhere", () => {
    expect(bodyOf(`<p class="visible-xs">Tap the map to see every pier on the route.</p>`)).toContain("Tap the map to see every pier");
  });
});

describe("summary boxes", () => {
  it("reads a highlights box before the body as the standfirst: a summary of it, not more of it", () => {
    const a = readHtml(
      `<html><body><article><h1>Ferry news</h1><div class="field--name-field-highlights"><div>Highlights</div><div>Fares stay at two pounds for adults.</div></div>${proseRun(3)}</article></body></html>`,
    );
    expect(a.blocks.filter((b) => b.role === "standfirst").map((b) => b.text)).toEqual([
      "Highlights",
      "Fares stay at two pounds for adults.",
    ]);
  });
});

describe("zero-width characters", () => {
  it("makes no block of a paragraph that holds only zero-width characters, keeps them inside text", () => {
    expect(bodyOf("<p>\u200b</p><p> \u200b\u200d&#8203; </p><p>Ferries run\u200b late on Sundays.</p>")).toBe(
      [prose, more[0], "<p>Ferries run\u200b late on Sundays.</p>", prose].join("\n").replace(/<\/?p>/g, ""),
    );
  });
});

describe("one headline", () => {
  it("reads a later <h1> as a subhead and leaves out the headline printed again", () => {
    const a = readHtml(
      `<html><body><article><h1>Ferry news</h1><div class="byline"><div class="title">Ferry news</div><div>By Ann Lee</div></div>${proseRun(2)}` +
        `<h1>Fares for islanders</h1>${more[1]}<figure><img src="a.jpg"><figcaption>Ferry News</figcaption></figure><h1>Ferry news</h1></article></body></html>`,
    );
    expect(a.blocks.filter((b) => b.role === "headline").map((b) => b.text)).toEqual(["Ferry news"]);
    expect(a.blocks.find((b) => b.text === "Fares for islanders")?.role).toBe("body");
    expect(a.blocks.filter((b) => /^ferry news$/i.test(b.text))).toHaveLength(1);
    expect(a.blocks.find((b) => b.role === "byline")?.text).toBe("By Ann Lee");
    const header = readHtml(
      `<html><body><article><header><h1>Ferry news</h1><div class="byline"><div class="title">Ferry news</div><div>By Ann Lee</div></div></header>` +
        `<div class="story">${proseRun(3)}</div></article></body></html>`,
    );
    expect(header.blocks.slice(0, 2).map((b) => `${b.role}: ${b.text}`)).toEqual(["headline: Ferry news", "byline: By Ann Lee"]);
  });
});

describe("byline and dateline lines", () => {
  /** The byline and meta blocks of a page with `header` under its headline. */
  const lines = (header: string) =>
    readHtml(`<html><body><article><h1>Ferry news</h1>${header}${proseRun(3)}</article></body></html>`)
      .blocks.filter((b) => b.role === "byline" || b.role === "meta")
      .map((b) => [b.role, b.text]);

  it("keeps a byline box's linked names in one line with its label", () => {
    expect(lines(`<div class="byline"><span>By</span> <a class="author-name" href="/people/ann-lee">Ann Lee</a></div>`)).toEqual([
      ["byline", "By Ann Lee"],
    ]);
    expect(lines(`<div class="article-byline">Written by <a class="author" href="/a/ann">Ann Lee</a></div>`)).toEqual([
      ["byline", "Written by Ann Lee"],
    ]);
  });

  it("joins a byline's label set in its own block to the name after it, not to another label", () => {
    expect(lines(`<div class="byline"><div>By</div><div class="author-name"><a href="/a/ann">Ann Lee</a></div></div>`)).toEqual([
      ["byline", "By Ann Lee"],
    ]);
    expect(lines(`<div class="byline"><div>Fact checked by</div><div>Bob Roe</div></div>`)).toEqual([
      ["byline", "Fact checked by Bob Roe"],
    ]);
    expect(lines(`<div class="byline"><div>By</div><div>Updated on May 2, 2024</div></div>`)).toEqual([
      ["byline", "By"],
      ["byline", "Updated on May 2, 2024"],
    ]);
  });

  it("keeps apart what the markup keeps apart without spaces", () => {
    expect(
      lines(`<div class="byline"><a class="author-name" href="/a/ann">Ann Lee</a><span class="author-title">Harbour Editor</span></div>`),
    ).toEqual([["byline", "Ann Lee Harbour Editor"]]);
    expect(
      lines(
        `<div class="byline">By <b>Ann Lee</b><span>, Harbour Editor</span> (<a href="mailto:ann@example.com">ann@example.com</a>)</div>`,
      ),
    ).toEqual([["byline", "By Ann Lee, Harbour Editor (ann@example.com)"]]);
    expect(lines(`<div class="timestamp">Published Wed, Nov 20 2019<span class="divider"></span>4:29 AM EST</div>`)).toEqual([
      ["meta", "Published Wed, Nov 20 2019 4:29 AM EST"],
    ]);
  });

  it("keeps a byline's linked name in a plain wrapper or with a non-byline class", () => {
    expect(lines(`<div class="byline">By <div><a href="/a/ann">Ann Lee</a></div></div>`)).toEqual([["byline", "By Ann Lee"]]);
    expect(lines(`<div class="byline">By <span><a class="meta__link" href="/a/ann">Ann Lee</a></span></div>`)).toEqual([
      ["byline", "By Ann Lee"],
    ]);
  });

  it("drops a byline box's share links", () => {
    expect(
      lines(
        `<div class="byline">By <a href="/a/ann">Ann Lee</a><div><a href="https://facebook.com/x">Facebook</a> <a href="/print">Print</a></div></div>`,
      ),
    ).toEqual([["byline", "By Ann Lee"]]);
  });

  it("drops an author box's links that name no one", () => {
    expect(lines(`<div class="author-box"><a href="/a/ann">View all articles by this author</a></div>`)).toEqual([]);
  });

  it("reads a short 'By …' line in the languages whose dates are read as a byline", () => {
    for (const by of ["By Ann Lee", "Von Anna Lehmann", "Par Anne Leroy", "Por Ana López", "Door Anna de Vries", "Af Anna Jensen"])
      expect(lines(`<p>${by}</p>`)).toEqual([["byline", by]]);
    // A sentence is not a byline.
    expect(lines(`<p>Par for the course, said Anne Leroy.</p>`)).toEqual([]);
  });

  it("drops the separator a byline or dateline line starts with, and a line that is only one", () => {
    expect(
      lines(`<div class="date">May 2, 2024</div><div class="sep meta">|</div><div class="updated">| Updated May 3, 2024</div>`),
    ).toEqual([
      ["meta", "May 2, 2024"],
      ["meta", "Updated May 3, 2024"],
    ]);
  });

  it("keeps a dateline's label and date together", () => {
    expect(
      lines(`<div class="published-date"><span class="date-label">Published</span> <time datetime="2024-05-02">2 May 2024</time></div>`),
    ).toEqual([["meta", "Published 2 May 2024"]]);
  });
});
