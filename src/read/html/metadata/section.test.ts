import { describe, expect, it } from "vitest";
import { chooseSection } from "./section.js";

const url = "https://www.harbourpost.example/2024/05/ferry";
const sites = ["Harbour Post"];

describe("chooseSection", () => {
  it("takes the first stated section", () => {
    expect(chooseSection([undefined, "Transport", "News"], sites, url)).toBe("Transport");
    expect(chooseSection(["Waste, Fraud & Abuse"], sites, url)).toBe("Waste, Fraud & Abuse");
  });

  it("passes over the site's name, its address, a URL and content-system defaults", () => {
    expect(chooseSection(["Harbour Post", "Transport"], sites, url)).toBe("Transport");
    expect(chooseSection(["harbourpost.example", "Transport"], sites, url)).toBe("Transport");
    expect(chooseSection(["https://www.harbourpost.example/transport/", "Transport"], sites, url)).toBe("Transport");
    for (const v of ["Uncategorized", "uncategorised", "All", "post", "Articles", "test"])
      expect(chooseSection([v], sites, url)).toBeUndefined();
  });

  it("reads the first of a long list and drops a long description", () => {
    expect(chooseSection(["Quays,Ferries,Harbour Board,Fares and Tickets,In Depth,Multimedia,Video"], sites, url)).toBe("Quays");
    expect(
      chooseSection(["Ferry fares rise again this spring as the harbour board meets to set the new timetable"], sites, url),
    ).toBeUndefined();
  });

  it("keeps a section that only begins with the site's name", () => {
    expect(chooseSection(["Harbour Post Archives"], sites, url)).toBe("Harbour Post Archives");
  });

  it("reads the first section of a comma list, past defaults and navigation labels", () => {
    expect(chooseSection(["Ferry News,Home Page,Popular"], sites, url)).toBe("Ferry News");
    expect(chooseSection(["Articles, Quays, Tides, Weather"], sites, url)).toBe("Quays");
    expect(chooseSection(["Tides, Local"], sites, url)).toBe("Tides");
    expect(chooseSection(["Harbour Post, Quays"], sites, url)).toBe("Quays");
  });

  it("keeps commas that belong to one name: a series or a place", () => {
    expect(chooseSection(["School of Ships, Ports and Harbours"], sites, url)).toBe("School of Ships, Ports and Harbours");
    expect(chooseSection(["Ferries, Tides, & Weather"], sites, url)).toBe("Ferries, Tides, & Weather");
    expect(chooseSection(["Portree, UK"], sites, url)).toBe("Portree, UK");
  });

  it("does not read a description with commas as a list", () => {
    expect(
      chooseSection(["Fares rise again this spring as the harbour board meets to set the timetable, tides and fees"], sites, url),
    ).toBeUndefined();
  });

  it("passes over navigation labels", () => {
    for (const v of ["Home Page", "Homepage", "Front Page", "Latest News", "Featured", "Popular"])
      expect(chooseSection([v, "Quays"], sites, url)).toBe("Quays");
  });
});
