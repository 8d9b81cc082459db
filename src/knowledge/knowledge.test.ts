import { describe, expect, it } from "vitest";
import { loadKnowledge, phraseKey, scanWords } from "./index.js";

const k = loadKnowledge();
const match = (text: string) => {
  const words = scanWords(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = k.gazetteer.matchAt(words, i);
    if (m) {
      out.push(`${text.slice(words[i]!.start, words[i + m.words - 1]!.end)}=${m.phrase.entry.id}`);
      i += m.words - 1;
    }
  }
  return out;
};

describe("words", () => {
  it("keeps dotted acronyms whole and splits hyphens and possessives", () => {
    expect(scanWords("the U.S.-led pact, Kishida's office").map((w) => w.text)).toEqual([
      "the",
      "U.S.",
      "-",
      "led",
      "pact",
      ",",
      "Kishida",
      "'s",
      "office",
    ]);
    expect(scanWords("O'Brien’s Shi'ite").map((w) => w.text)).toEqual(["O'Brien", "’s", "Shi'ite"]);
  });
  it("folds case, diacritics and dots in keys", () => {
    expect(phraseKey("Erdoğan")).toBe(phraseKey("ERDOGAN"));
    expect(phraseKey("U.S.")).toBe(phraseKey("US"));
  });
});

describe("knowledge", () => {
  it("loads countries with aliases, codes and demonyms", () => {
    expect(k.countries.get("JP")?.name).toBe("Japan");
    expect(match("the U.S. and the United States of America")).toEqual(["U.S.=country:US", "United States of America=country:US"]);
    expect(match("Chinese and Japanese officials")).toEqual(["Chinese=norp:CN", "Japanese=norp:JP"]);
    // Saint, as news abbreviates it (and spells it out), for countries and cities.
    expect(match("St Vincent and the Grenadines and St. Lucia")).toEqual([
      "St Vincent and the Grenadines=country:VC",
      "St. Lucia=country:LC",
    ]);
    const ids = (text: string) => match(text).map((m) => m.slice(m.indexOf("=") + 1));
    expect(ids("Saint Petersburg")).toEqual(ids("St. Petersburg"));
    expect(match("Saint Petersburg")[0]).toMatch(/^Saint Petersburg=city:/);
  });
  it("knows regions, cities, organisations and office holders", () => {
    expect(match("in the Asia-Pacific")).toEqual(["Asia-Pacific=region:Asia-Pacific:"]);
    expect(match("Tokyo")).toEqual(["Tokyo=city:Tokyo:JP"]);
    expect(match("NATO and the North Atlantic Treaty Organization")).toEqual([
      "NATO=org:NATO",
      "North Atlantic Treaty Organization=org:NATO",
    ]);
    expect(k.gazetteer.lookup(phraseKey("NATO"))?.entry.orgKind).toBe("alliance");
    expect(k.gazetteer.lookup(phraseKey("Fumio Kishida"))?.entry).toMatchObject({ kind: "person", country: "JP" });
  });
  it("knows today's companies, news organisations and parties, with their home country", () => {
    expect(match("Huawei, Reuters and the Labour Party")).toEqual([
      "Huawei=org:Huawei",
      "Reuters=org:Reuters",
      "Labour Party=org:Labour Party",
    ]);
    expect(k.gazetteer.lookup(phraseKey("Huawei"))?.entry).toMatchObject({ orgKind: "company", country: "CN" });
    // A longer name beats the country or city inside it; an ambiguous bare name stays what it was.
    expect(match("United Russia and the New York Times")).toEqual(["United Russia=org:United Russia", "New York Times=org:New York Times"]);
    expect(k.gazetteer.lookup(phraseKey("Amazon"))?.entry.kind).toBe("region");
  });
  it("knows the divisions and territories news names bare, with their country, over small towns of the same name", () => {
    expect(match("Scotland, Wales, Xinjiang and the West Bank")).toEqual([
      "Scotland=state:Scotland:GB",
      "Wales=state:Wales:GB",
      "Xinjiang=state:Xinjiang:CN",
      "West Bank=state:West Bank:PS",
    ]);
  });
  it("prefers a country to a state of the same name", () => {
    expect(k.gazetteer.lookup(phraseKey("Georgia"))?.entry.id).toBe("country:GE");
  });
  it("marks acronyms so lower-case words do not match them", () => {
    expect(k.gazetteer.lookup(phraseKey("US"))?.acronym).toBe(true);
    expect(k.gazetteer.lookup(phraseKey("Japan"))?.acronym).toBe(false);
  });
  it("loads once per process", () => {
    expect(loadKnowledge()).toBe(k);
  });
});
