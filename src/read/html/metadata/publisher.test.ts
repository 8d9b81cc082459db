import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "./index.js";
import { namesLabel } from "./publisher.js";
import { siteLabel } from "./title-parts.js";

const publisher = (head: string, url?: string) =>
  extractMetadata(parseHTML(`<html><head>${head}</head><body><h1>Ferry fares rise again</h1></body></html>`).document, url, 0).publisher;
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe("siteLabel", () => {
  it("is the registered name, under a country's generic second level too", () => {
    expect(siteLabel("https://www.harbourpost.example/2024/ferry")).toBe("harbourpost");
    expect(siteLabel("https://news.coastdaily.co.uk/ferry")).toBe("coastdaily");
    expect(siteLabel("https://www.valleymail.com.au/ferry")).toBe("valleymail");
    expect(siteLabel("https://blog.tools.example/x")).toBe("tools");
  });

  it("is undefined for no address, a bad one, or a bare host", () => {
    expect(siteLabel(undefined)).toBeUndefined();
    expect(siteLabel("not a url")).toBeUndefined();
    expect(siteLabel("http://localhost/x")).toBeUndefined();
  });
});

describe("namesLabel", () => {
  it("matches a name written out, with a suffix, cut short, or as initials", () => {
    expect(namesLabel("The Harbour Post", "harbourpost")).toBe(true);
    expect(namesLabel("Quillwork Blog", "quillwork")).toBe(true);
    expect(namesLabel("Encore Realty", "encorerealtysc")).toBe(true);
    expect(namesLabel("The North Yorkshire Times", "nytimes")).toBe(true);
    expect(namesLabel("Harbour Street Journal", "hsj")).toBe(true);
    expect(namesLabel("Centre for Ferry Studies", "cfs")).toBe(true);
    expect(namesLabel("Hôtel Quayside", "hotelquayside")).toBe(true);
  });

  it("rejects other names, short ones and long phrases", () => {
    expect(namesLabel("Associated Press", "harbourpost")).toBe(false);
    expect(namesLabel("CFS", "cfstudies")).toBe(false);
    expect(namesLabel("Harbour", "harbourpost")).toBe(true);
    expect(namesLabel("Hp", "harbourpost")).toBe(false);
    expect(namesLabel("harbour post ferry fares rise again this spring", "harbourpost")).toBe(false);
  });
});

describe("publisher", () => {
  const url = "https://www.harbourpost.example/2024/05/ferry";

  it("keeps JSON-LD's publisher when it names the site", () => {
    expect(
      publisher(
        ld({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Harbour Post" } }) +
          `<meta property="og:site_name" content="HarbourPost.example">`,
        url,
      ),
    ).toBe("Harbour Post");
  });

  it("takes og:site_name over a JSON-LD publisher that is a wire service or a tagline", () => {
    const og = `<meta property="og:site_name" content="The Harbour Post">`;
    expect(publisher(ld({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Associated Press" } }) + og, url)).toBe(
      "The Harbour Post",
    );
    expect(publisher(ld({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "News you can trust" } }) + og, url)).toBe(
      "The Harbour Post",
    );
  });

  it("keeps JSON-LD's publisher when nothing names the site", () => {
    expect(publisher(ld({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Coast Media Group" } }), url)).toBe(
      "Coast Media Group",
    );
  });

  it("cuts a tagline from a site name", () => {
    expect(publisher(`<meta property="og:site_name" content="Harbour Post | News from the quay">`, url)).toBe("Harbour Post");
    expect(publisher(`<meta property="og:site_name" content="Coast Media - News from the quay">`, url)).toBe(
      "Coast Media - News from the quay",
    );
  });

  it("reads the title's site part when no metadata names a publisher", () => {
    expect(publisher(`<title>Ferry fares rise again - The Harbour Post</title>`, url)).toBe("The Harbour Post");
    expect(publisher(`<title>Harbour Post: Ferry fares rise again</title>`, url)).toBe("Harbour Post");
    // A title without a separator is a headline, even when it starts with the site's name.
    expect(publisher(`<title>harbourpost.example ferry fares rise again</title>`, url)).toBeUndefined();
    expect(publisher(`<title>Ferry fares rise again | Quay Life</title>`, url)).toBeUndefined();
    expect(publisher(`<title>Ferry fares rise again - The Harbour Post</title>`)).toBeUndefined();
  });

  it("takes the holder's name out of a copyright notice, and only where nothing else names a publisher", () => {
    const notice = (v: string) => `<meta name="copyright" content="${v}">`;
    expect(publisher(notice("Copyright 2014"), url)).toBeUndefined();
    expect(publisher(notice("© 2009-2024 Quay Media Ltd. All rights reserved."), url)).toBe("Quay Media Ltd");
    expect(publisher(notice("Copyright Quay Trust. For terms of use, visit https://quay.example/terms"), url)).toBe("Quay Trust");
    expect(publisher(notice("Copyright Quay Trust.") + `<title>Ferry fares rise again | Harbour Post Weekly</title>`, url)).toBe(
      "Harbour Post Weekly",
    );
    expect(publisher(notice("Copyright Quay Trust.") + `<meta property="og:site_name" content="Quay Life">`, url)).toBe("Quay Life");
  });

  it("drops a copyright sign and a separator left at the end of a site name", () => {
    expect(publisher(`<meta property="og:site_name" content="Quay Life |">`, url)).toBe("Quay Life");
    expect(publisher(`<meta property="og:site_name" content="Quay Life©">`, url)).toBe("Quay Life");
    expect(publisher(`<meta property="og:site_name" content="/">`, url)).toBeUndefined();
  });

  it("drops a tagline after a separator when it reads as a phrase, not a name", () => {
    const site = (v: string) => publisher(`<meta property="og:site_name" content="${v}">`, url);
    expect(site("Quay Life - exploring the coast on foot")).toBe("Quay Life");
    expect(site("Quay Life | Ferries, Tides, Weather")).toBe("Quay Life");
    expect(site("Quay Life - Tales of the Sea and the People Who Work It")).toBe("Quay Life");
    expect(site("Quay Life - Harbour Care")).toBe("Quay Life - Harbour Care");
  });

  it("prefers the title's site name to a stated name that reads as a phrase", () => {
    const title = `<title>Ferry fares rise again | Harbour-Post</title>`;
    const site = (v: string) => publisher(`<meta property="og:site_name" content="${v}">` + title, url);
    expect(site("HarbourPost Blog about ferries, tides and harbour news")).toBe("Harbour-Post");
    // A long name in title case is a name.
    expect(site("Quay Cafe and Bakery of the Old Harbour Town")).toBe("Quay Cafe and Bakery of the Old Harbour Town");
  });
});
