import { describe, expect, it } from "vitest";
import { chooseStandfirst } from "./standfirst.js";

describe("chooseStandfirst", () => {
  it("takes JSON-LD's description, else the meta description", () => {
    expect(chooseStandfirst("Fares rise again.", "Ferry fares rise.")).toBe("Fares rise again.");
    expect(chooseStandfirst(undefined, "Ferry fares rise.")).toBe("Ferry fares rise.");
    expect(chooseStandfirst(" ", undefined)).toBeUndefined();
  });

  it("decodes a second layer of character references", () => {
    expect(chooseStandfirst("Fares&nbsp;rise &amp; tides &#8217;turn&#8217;", undefined)).toBe("Fares rise & tides ’turn’");
    expect(chooseStandfirst(undefined, "Fares rise &amp; fall")).toBe("Fares rise & fall");
  });

  it("prefers a clean meta description to a JSON-LD one that is visibly broken", () => {
    expect(chooseStandfirst("Itu2019s fares again", "It’s fares again")).toBe("It’s fares again");
    expect(chooseStandfirst("Caf\\u00e9 fares", "Café fares")).toBe("Café fares");
    expect(chooseStandfirst("Fares rise &rarr;", "Fares rise →")).toBe("Fares rise →");
    // Broken on both sides, or no other: JSON-LD's stays.
    expect(chooseStandfirst("Itu2019s fares", "Itu2019s fares, again")).toBe("Itu2019s fares");
    expect(chooseStandfirst("Itu2019s fares", undefined)).toBe("Itu2019s fares");
  });

  it("does not read model numbers or words as broken escapes", () => {
    expect(chooseStandfirst("The SU2000 and menu2 ferry fares", "Other")).toBe("The SU2000 and menu2 ferry fares");
  });
});
