import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "./index.js";

const headline = (html: string, url?: string) => extractMetadata(parseHTML(html).document, url, 0).headline;

describe("headline: tails printed in the h1", () => {
  it("cuts short '| Section' parts from the h1, as from the title", () => {
    expect(
      headline(
        `<html><head><title>Ferry fares rise again | Harbour Life | Coast Daily</title></head><body><h1>Ferry fares rise again | Harbour Life | Coast Daily</h1></body></html>`,
      ),
    ).toBe("Ferry fares rise again");
    // A long part after "|" is part of the headline.
    expect(headline(`<html><body><h1>Rain | why the valley floods every spring and what towns can do</h1></body></html>`)).toBe(
      "Rain | why the valley floods every spring and what towns can do",
    );
  });

  it("cuts a short ' - Label' tail and a trailing site name after any dash", () => {
    expect(headline(`<html><body><h1>Nine night trains across the Alps - Tried and Ranked</h1></body></html>`)).toBe(
      "Nine night trains across the Alps",
    );
    expect(headline(`<html><body><h1>Bread ovens compared – Loafwise</h1></body></html>`, "https://loafwise.example/ovens")).toBe(
      "Bread ovens compared",
    );
    // An en dash before a short phrase that is no site name stays: "– tips and tricks".
    expect(headline(`<html><body><h1>Starting a compost heap – tips and tricks</h1></body></html>`)).toBe(
      "Starting a compost heap – tips and tricks",
    );
  });
});

describe("headline: h2 and h3", () => {
  it("takes an h2 that repeats a metadata title when no h1 does", () => {
    expect(
      headline(
        `<html><head><meta property="og:title" content="How otters learned to crack clams"><meta name="twitter:title" content="Otters and the clam trick"></head>
        <body><h1>A note from our editors</h1><h2>More stories</h2><h2>Otters and the clam trick</h2></body></html>`,
      ),
    ).toBe("Otters and the clam trick");
  });

  it("keeps an h1 that repeats a metadata title over a matching h2", () => {
    expect(
      headline(
        `<html><head><meta property="og:title" content="Otters crack clams"><title>Otters use stones</title></head>
        <body><h1>Otters crack clams</h1><h2>Otters use stones</h2></body></html>`,
      ),
    ).toBe("Otters crack clams");
  });
});

describe("headline: capitals and damaged characters", () => {
  it("keeps an h1 in capitals when a metadata title has the same capitals", () => {
    expect(
      headline(
        `<html><head><meta property="og:title" content="RIVER PILOTS VS. HARBOUR PILOTS"><title>River pilots vs harbour pilots | Pilot Club</title></head><body><h1>RIVER PILOTS VS. HARBOUR PILOTS</h1></body></html>`,
      ),
    ).toBe("RIVER PILOTS VS. HARBOUR PILOTS");
  });

  it("takes the metadata title when the h1 shows '?' for characters lost to a wrong encoding", () => {
    expect(
      headline(
        `<html><head><meta property="og:title" content="Rowing Basics: A Beginner's Guide"></head><body><h1>Rowing Basics? A Beginner? Guide</h1></body></html>`,
      ),
    ).toBe("Rowing Basics: A Beginner's Guide");
    expect(
      headline(
        `<html><head><meta property="og:title" content="Can kelp save the bay? Divers think so"></head><body><h1>Can kelp save the bay? Divers think so</h1></body></html>`,
      ),
    ).toBe("Can kelp save the bay? Divers think so");
  });

  it("compares an h1 full of '?' with the metadata title in polynomial time", () => {
    const h1 = `Harbour news ${"?".repeat(150)} island`;
    const og = `Harbour news ${"x".repeat(301)} island`;
    const t0 = performance.now();
    expect(headline(`<html><head><meta property="og:title" content="${og}"></head><body><h1>${h1}</h1></body></html>`)).toBe(h1);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe("headline: text of the h1", () => {
  it("joins letters split by inline tags and separates parts styled apart", () => {
    expect(headline(`<html><body><h1>Ten ways to <span class="cap">K</span>eep bees calm</h1></body></html>`)).toBe(
      "Ten ways to Keep bees calm",
    );
    expect(headline(`<html><body><h1><span>Quiet Harbours</span><span>Where to moor in winter</span></h1></body></html>`)).toBe(
      "Quiet Harbours Where to moor in winter",
    );
  });
});

describe("headline: several h1s", () => {
  it("keeps the first h1 the metadata confirms over a later, partly agreeing one", () => {
    expect(
      headline(
        `<html><head><meta property="og:title" content="Our favourite cycling routes near Bergen"></head>
        <body><h1>Bergen Weekly</h1><h1>The best cycling routes and viewpoints near Bergen</h1><h1>Next: our favourite kayak routes near Bergen</h1></body></html>`,
      ),
    ).toBe("The best cycling routes and viewpoints near Bergen");
  });

  it("keeps a several-word h1 that only begins with the site's address, but skips the logo", () => {
    expect(
      headline(
        `<html><head><title>Dunmore Catalogue Index</title></head><body><h1>Dunmore Tools</h1><h1>Dunmore Tools Spring Catalogue</h1></body></html>`,
        "https://www.dunmoretools.example/catalogue",
      ),
    ).toBe("Dunmore Tools Spring Catalogue");
  });

  it("takes the metadata title over an h1 that is a whole paragraph", () => {
    const blurb =
      "Find out which garden projects pay back the most. We walk through costs, timing and upkeep for every kind of plot, from balconies to allotments, and help you plan the work season by season with checklists you can print.";
    expect(
      headline(
        `<html><head><meta property="og:title" content="The 8 Garden Projects That Pay Back Most"></head><body><h1>${blurb}</h1></body></html>`,
      ),
    ).toBe("The 8 Garden Projects That Pay Back Most");
  });
});

describe("headline: word agreement", () => {
  it("counts a plural and its singular as one word when the metadata confirms an h1", () => {
    expect(
      headline(
        `<html><head><meta property="og:title" content="The Six Best Espresso Machines Under 300 for Small Kitchens"></head>
        <body><h1>Which espresso machine under 300 should you buy?</h1></body></html>`,
      ),
    ).toBe("Which espresso machine under 300 should you buy?");
  });

  it("takes a two-word h1 only when the metadata has both its words", () => {
    expect(
      headline(
        `<html><head><meta property="og:title" content="Recent Projects for Clients"></head><body><h1>Our Projects</h1></body></html>`,
      ),
    ).toBe("Recent Projects for Clients");
    expect(
      headline(`<html><head><meta property="og:title" content="Tide Tables for Bergen"></head><body><h1>Tide Tables</h1></body></html>`),
    ).toBe("Tide Tables");
  });
});

describe("headline: labels after a spaced hyphen in the title", () => {
  it("cuts a short ' - Label' from a metadata title, not a long subtitle", () => {
    expect(headline(`<html><head><title>Annual Ferry Safety Rankings - Infographic</title></head></html>`)).toBe(
      "Annual Ferry Safety Rankings",
    );
    expect(headline(`<html><head><title>Harbour dues - what the new rules mean for boat owners</title></head></html>`)).toBe(
      "Harbour dues - what the new rules mean for boat owners",
    );
  });
});

describe("headline: site names from the host", () => {
  const title = (t: string, url: string) => headline(`<html><head><title>${t}</title></head><body><p>Text.</p></body></html>`, url);

  it("reads the site's own label under a country's second level, not 'com' or 'co'", () => {
    // "com" of .com.au once counted as the site's name, so any part starting "Com…" was cut.
    expect(title("Community anger grows: council to review parking fees", "https://www.valleymail.com.au/news/1")).toBe(
      "Community anger grows: council to review parking fees",
    );
    expect(title("Commuters face long delays - Valley Mail", "https://www.valleymail.com.au/news/1")).toBe("Commuters face long delays");
    expect(title("Coach firm collapses - BBC News", "https://news.bbc.co.uk/1")).toBe("Coach firm collapses");
  });

  it("takes a site name only as whole leading words, not as the start of a word", () => {
    // news.com.au is "news"; "Newsom" starts with it but is no site name.
    expect(title("Newsom signs housing bill: what changes for renters", "https://www.news.com.au/finance/1")).toBe(
      "Newsom signs housing bill: what changes for renters",
    );
    const timeSite = (t: string) =>
      headline(
        `<html><head><title>${t}</title><meta property="og:site_name" content="Time"></head><body><p>Text.</p></body></html>`,
        "https://time.example/1",
      );
    expect(timeSite("Timeline of the strike: ten days at the docks")).toBe("Timeline of the strike: ten days at the docks");
    expect(timeSite("Time Magazine: ten days at the docks")).toBe("ten days at the docks");
  });
});
