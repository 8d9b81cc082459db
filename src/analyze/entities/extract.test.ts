import { describe, expect, it } from "vitest";
import type { Block, Entity } from "../../model/record.js";
import { loadKnowledge } from "../../knowledge/index.js";
import { extractEntities } from "./extract.js";
import type { NerSpan } from "./tagger/types.js";

const k = loadKnowledge();

/** Hand-made tagger output: every whole-word occurrence of each surface, with its type. */
function spansFor(text: string, names: [string, NerSpan["type"], number?][]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const [surface, type, score = 0.9] of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length, type, score });
  }
  // Like a real tagger: no overlaps, the longer span wins.
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  return out.filter((s, i) => !out.slice(0, i).some((p) => p.end > s.start));
}

/** Blocks from lines: "role|text" per line. */
function article(lines: string[]): { text: string; blocks: Block[] } {
  let text = "";
  const blocks: Block[] = [];
  for (const line of lines) {
    const [role, body] = line.split("|") as [Block["role"], string];
    blocks.push({ start: text.length, end: text.length + body.length, text: body, role });
    text += `${body}\n\n`;
  }
  return { text, blocks };
}

const find = (es: Entity[], name: string) => es.find((e) => e.name === name);
const mentionTexts = (e: Entity | undefined) => e?.mentions.map((m) => m.text) ?? [];

describe("extractEntities", () => {
  it("types through the gazetteer and resolves aliases to one entity", () => {
    const { text, blocks } = article([
      "body|Officials in Washington said the U.S. would not send envoys to Paraguay or the Black Sea region.",
      "body|The United States later changed course, and Americans were told why.",
    ]);
    const es = extractEntities(
      text,
      blocks,
      spansFor(text, [
        ["Washington", "LOC"],
        ["U.S.", "LOC"],
        ["Paraguay", "LOC"],
      ]),
      k,
    );
    const us = find(es, "United States");
    expect(us).toMatchObject({ type: "GPE", country: "US" });
    expect(mentionTexts(us)).toEqual(["U.S.", "United States"]);
    expect(find(es, "Paraguay")).toMatchObject({ type: "GPE", country: "PY" });
    expect(find(es, "Black Sea")).toMatchObject({ type: "LOC" });
    expect(find(es, "American")).toMatchObject({ type: "NORP", country: "US" });
  });

  it("links surnames and given names to the full name, nearest first, without possessives or titles", () => {
    const { text, blocks } = article([
      "body|Canadian Foreign Minister Adaeze Okonkwo-Reyes met Mr. Teodor Valcu on Monday.",
      "body|Okonkwo-Reyes's aides said Valcu's offer was new. Later, Erdoğan Pamuk arrived; Pamuk spoke and Valcu left.",
    ]);
    const spans = spansFor(text, [
      ["Adaeze Okonkwo-Reyes", "PER"],
      ["Mr. Teodor Valcu", "PER"],
      ["Okonkwo-Reyes", "PER"],
      ["Valcu", "PER"],
      ["Erdoğan Pamuk", "PER"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    const people = es.filter((e) => e.type === "PERSON");
    expect(people.map((e) => e.name).sort()).toEqual(["Adaeze Okonkwo-Reyes", "Erdoğan Pamuk", "Teodor Valcu"]);
    expect(mentionTexts(find(es, "Adaeze Okonkwo-Reyes"))).toEqual(["Adaeze Okonkwo-Reyes", "Okonkwo-Reyes"]);
    const twice = "Sen. Jean-Pierre Dufresne-Martin spoke. Dufresne-Martin left; Dufresne-Martin returned.";
    const es2 = extractEntities(
      twice,
      [],
      spansFor(twice, [
        ["Jean-Pierre Dufresne-Martin", "PER"],
        ["Dufresne-Martin", "PER"],
      ]),
      k,
    );
    expect(es2.map((e) => [e.name, e.roles])).toEqual([["Jean-Pierre Dufresne-Martin", [{ title: "Senator" }]]]);
    expect(mentionTexts(find(es, "Teodor Valcu"))).toEqual(["Teodor Valcu", "Valcu", "Valcu"]);
    // "Pamuk" was not tagged: found again from the full name.
    expect(mentionTexts(find(es, "Erdoğan Pamuk"))).toEqual(["Erdoğan Pamuk", "Pamuk"]);
    expect(find(es, "Adaeze Okonkwo-Reyes")).toMatchObject({ country: "CA", roles: [{ title: "Foreign Minister", country: "CA" }] });
  });

  it("gives a shared surname to the person the story is about, and keeps tagger types over gazetteer kinds", () => {
    const { text, blocks } = article([
      "body|Ivo Marsh spoke first. Marsh said taxes would fall. Later Marsh left.",
      "body|Marsh, whose sister Lena Marsh runs a bakery, called it a win; Marsh smiled. Like Marsh, Stanley Oyelaran agreed.",
    ]);
    const spans = spansFor(text, [
      ["Ivo Marsh", "PER"],
      ["Lena Marsh", "PER"],
      ["Marsh", "PER"],
      ["Like Marsh", "ORG"],
      ["Stanley Oyelaran", "PER"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(mentionTexts(find(es, "Lena Marsh"))).toEqual(["Lena Marsh"]);
    expect(find(es, "Ivo Marsh")?.mentions).toHaveLength(6);
    expect(es.map((e) => e.name).sort()).toEqual(["Ivo Marsh", "Lena Marsh", "Stanley Oyelaran"]);
    // "Stanley" is also a capital city (Falklands): a PERSON gets no country from that.
    const stanley = extractEntities("Stanley said no.", [], [{ start: 0, end: 7, type: "PER", score: 0.9 }], k);
    expect(stanley).toEqual([expect.objectContaining({ type: "PERSON", name: "Stanley" })]);
    expect(stanley[0]?.country).toBeUndefined();
  });

  it("repairs tagger slips: bare titles, titled names typed ORG, determiners, multi-part family names, group words", () => {
    const { text, blocks } = article([
      "body|Maj. Rosa Ferreira Lima testified. Col. Ben Adeyemi of the Air Force agreed with Ferreira Lima.",
      "body|Later Judge Adeyemi ruled, and these Black veterans, like other Black troops, cheered Col.",
    ]);
    const spans = spansFor(text, [
      ["Maj. Rosa Ferreira Lima", "PER"],
      ["Col. Ben Adeyemi", "PER"],
      ["Air Force", "ORG"],
      ["Ferreira Lima", "PER"],
      ["Judge Adeyemi", "ORG"],
      ["these Black", "PER"],
      ["Black", "LOC"],
      ["Col", "LOC"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name}`).sort()).toEqual([
      "NORP Black",
      "ORG Air Force",
      "PERSON Ben Adeyemi",
      "PERSON Rosa Ferreira Lima",
    ]);
    expect(mentionTexts(find(es, "Rosa Ferreira Lima"))).toEqual(["Rosa Ferreira Lima", "Ferreira Lima"]);
    expect(mentionTexts(find(es, "Ben Adeyemi"))).toEqual(["Ben Adeyemi", "Adeyemi"]);
    expect(find(es, "Ben Adeyemi")?.roles).toEqual([{ title: "Colonel", org: "Air Force" }, { title: "judge" }]);
    expect(find(es, "Rosa Ferreira Lima")?.roles).toEqual([{ title: "Major" }]);
  });

  it("reads roles and affiliations from appositions", () => {
    const { text, blocks } = article([
      "body|Lena Sorvik, a spokesperson for the Norwegian defence ministry, said drills would go on.",
      "body|Sorvik added that the ministry had no comment.",
    ]);
    const es = extractEntities(
      text,
      blocks,
      spansFor(text, [
        ["Lena Sorvik", "PER"],
        ["Sorvik", "PER"],
        ["Norwegian", "MISC"],
      ]),
      k,
    );
    const lena = find(es, "Lena Sorvik")!;
    const ministry = es.find((e) => e.type === "ORG")!;
    expect(ministry).toMatchObject({ name: "Norwegian defence ministry", country: "NO" });
    expect(lena).toMatchObject({ country: "NO", roles: [{ title: "spokesperson", org: "Norwegian defence ministry", country: "NO" }] });
    expect(lena.affiliations).toEqual([{ name: "Norwegian defence ministry", entityId: ministry.id }]);
    // In a list, a title before the next name is that name's.
    const list = "Ann Oduya, Petra Lind, Senate Finance Committee Chairman Omar Haddad and others wrote.";
    const people = extractEntities(
      list,
      [],
      spansFor(list, [
        ["Ann Oduya", "PER"],
        ["Petra Lind", "PER"],
        ["Senate Finance Committee", "ORG"],
        ["Omar Haddad", "PER"],
      ]),
      k,
    );
    expect(people.filter((e) => e.roles.length).map((e) => [e.name, e.roles])).toEqual([
      ["Omar Haddad", [{ title: "chairman", org: "Senate Finance Committee" }]],
    ]);
  });

  it("makes people known only by role into unnamed entities", () => {
    const { text, blocks } = article([
      "body|The Brazilian ambassador to Kenya said on Friday that talks had stalled.",
      "body|Later the Brazilian ambassador to Kenya repeated it, and the president of Chile agreed.",
      "body|The ambassador said nothing else.",
    ]);
    const es = extractEntities(
      text,
      blocks,
      spansFor(text, [
        ["Kenya", "LOC"],
        ["Chile", "LOC"],
      ]),
      k,
    );
    const envoy = es.find((e) => !e.named && e.roles[0]?.title === "ambassador")!;
    expect(envoy).toMatchObject({ type: "PERSON", country: "BR", name: "Brazilian ambassador to Kenya" });
    expect(envoy.mentions.map((m) => m.kind)).toEqual(["nominal", "nominal"]);
    expect(es.find((e) => !e.named && e.roles[0]?.title === "President")).toMatchObject({ country: "CL" });
    // A bare "the ambassador" says too little to be an entity of its own.
    expect(es.filter((e) => !e.named)).toHaveLength(2);
    const more = article(["body|A Peruvian official said the Peruvian official media would not report it. The Queen at Balmoral agreed."]);
    const unnamed = extractEntities(more.text, more.blocks, [], k).filter((e) => !e.named);
    expect(unnamed.map((e) => [e.name, e.country, e.mentions.map((m) => m.text)])).toEqual([
      ["Peruvian official", "PE", ["A Peruvian official"]],
    ]);
    const ministry = article(["body|A French agriculture ministry official said no."]);
    const [person, org] = extractEntities(ministry.text, ministry.blocks, [], k).filter((e) => e.type !== "NORP");
    expect(person).toMatchObject({
      named: false,
      country: "FR",
      roles: [{ title: "official", org: "French agriculture ministry", country: "FR" }],
    });
    expect(person!.affiliations).toEqual([{ name: "French agriculture ministry", entityId: org!.id }]);
  });

  it("refers alliance descriptions back to the nearest alliance named before", () => {
    const { text, blocks } = article([
      "body|The security alliance will meet, the report said.",
      "body|NATO ministers met ASEAN envoys. The alliance agreed, and the Western-led military pact grew.",
      "body|The Warsaw Pact is history.",
    ]);
    const es = extractEntities(text, blocks, [], k);
    const nato = find(es, "NATO")!;
    expect(mentionTexts(nato)).toEqual(["NATO", "The alliance", "the Western-led military pact"]);
    expect(find(es, "Warsaw Pact")?.mentions.map((m) => m.kind)).toEqual(["name"]);
    const land = "Chile and Peru met. An office will open in the country, not in the small country next door.";
    expect(extractEntities(land, [], [], k).map((e) => [e.name, mentionTexts(e)])).toEqual([
      ["Chile", ["Chile"]],
      ["Peru", ["Peru", "the country"]],
    ]);
    const aukus = "AUKUS met. The Canberra-backed grouping will grow.";
    const es2 = extractEntities(aukus, [], spansFor(aukus, [["Canberra-backed", "MISC"]]), k);
    expect(es2.map((e) => [e.name, e.type, mentionTexts(e)])).toEqual([
      ["AUKUS", "ORG", ["AUKUS", "The Canberra-backed grouping"]],
      ["Canberra", "GPE", ["Canberra"]],
    ]);
  });

  it("reads blocks in text order even when given out of order or overlapping", () => {
    const text = "Kenya voted.\nPeru voted.";
    const blocks: Block[] = [
      { start: 13, end: 24, text: "Peru voted.", role: "body" },
      { start: 0, end: 12, text: "Kenya voted.", role: "body" },
      { start: 5, end: 18, text: text.slice(5, 18), role: "body" },
    ];
    expect(extractEntities(text, blocks, [], k).map((e) => e.name)).toEqual(["Kenya", "Peru"]);
  });

  it("takes no entities from bylines and credits", () => {
    const { text, blocks } = article(["byline|By Desk Staff", "body|Rain fell on Lisbon.", "credit|Photo: Marta Ruiz / Reuters"]);
    const es = extractEntities(
      text,
      blocks,
      spansFor(text, [
        ["Desk Staff", "PER"],
        ["Marta Ruiz", "PER"],
        ["Reuters", "ORG"],
        ["Lisbon", "LOC"],
      ]),
      k,
    );
    expect(es.map((e) => e.name)).toEqual(["Lisbon"]);
  });

  it("gives a place's name the tagger read as a person to the full name that owns it", () => {
    const { text, blocks } = article([
      "body|The director Nadia Jordan filmed in Jordan last spring.",
      "body|Jordan said the crew stayed in Amman, and Jordan's desert looked like another planet.",
    ]);
    const spans = spansFor(text, [
      ["Nadia Jordan", "PER"],
      ["Jordan said", "PER"],
      ["in Jordan", "LOC"],
      ["Jordan's", "LOC"],
      ["Amman", "LOC"],
    ]).map((s) => (text.slice(s.start, s.end) === "Jordan said" ? { ...s, end: s.start + 6 } : s));
    const es = extractEntities(text, blocks, spans, k);
    expect(mentionTexts(find(es, "Nadia Jordan"))).toEqual(["Nadia Jordan", "Jordan"]);
    expect(find(es, "Jordan")).toMatchObject({ type: "GPE", country: "JO" });
    expect(find(es, "Jordan")?.mentions).toHaveLength(2);
  });

  it("keeps a sure tagger type in an ALL-CAPS line even when the same name is another entity elsewhere", () => {
    const { text, blocks } = article([
      "headline|TORONTO BEAT OTTAWA IN OVERTIME",
      "body|Fans in Toronto waited outside the arena until midnight.",
    ]);
    const spans = spansFor(text, [
      ["TORONTO", "ORG", 0.8],
      ["OTTAWA", "ORG", 0.3],
      ["Toronto", "LOC"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.filter((e) => e.name.toLowerCase() === "toronto").map((e) => [e.type, mentionTexts(e)])).toEqual([
      ["ORG", ["TORONTO"]],
      ["GPE", ["Toronto"]],
    ]);
  });

  it("in ALL-CAPS and Title-Case headlines trusts known names and sure guesses only", () => {
    const { text, blocks } = article([
      "headline|OKONJO WARNS NATO AS TALKS STALL",
      "headline|Local Office Considered As Okonjo Meets Allies",
      "headline|WINDHOEK PORT REOPENS",
      "body|Nigerian Finance Minister Ngozi Okonjo spoke in Abuja. Earlier, she met staff. Meanwhile, earlier plans failed.",
    ]);
    const spans = spansFor(text, [
      ["OKONJO WARNS", "ORG", 0.3],
      ["Local Office", "ORG", 0.4],
      ["WINDHOEK", "LOC", 0.8],
      ["Ngozi Okonjo", "PER"],
      ["Abuja", "LOC"],
      ["Earlier", "MISC"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => e.name).sort()).toEqual(["Abuja", "NATO", "Ngozi Okonjo", "Nigerian", "Windhoek"]);
    expect(mentionTexts(find(es, "Ngozi Okonjo"))).toEqual(["OKONJO", "Okonjo", "Ngozi Okonjo"]);
    expect(find(es, "Ngozi Okonjo")).toMatchObject({ country: "NG", roles: [{ title: "Finance Minister", country: "NG" }] });
  });

  it("keeps an unsure guess heading a row of figures in an ALL-CAPS results table", () => {
    const { text, blocks } = article([
      "body|BASEBALL - STANDINGS",
      "body|KESTREL BAY 70 65 .519 5",
      "body|ORVILLE WINS AGAIN",
      "body|The league published the standings on Sunday.",
    ]);
    const spans = spansFor(text, [
      ["KESTREL BAY", "ORG", 0.3],
      ["ORVILLE", "ORG", 0.3],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name}`)).toEqual(["ORG KESTREL BAY"]);
  });

  it("keeps every mention's text equal to its slice of the text", () => {
    const { text, blocks } = article([
      "body|Japan’s Prime Minister Aiko Sato’s visit to the U.S.-led bloc NATO’s summit, per Sato’s aides.",
    ]);
    const es = extractEntities(
      text,
      blocks,
      spansFor(text, [
        ["Aiko Sato’s", "PER"],
        ["Sato’s", "PER"],
      ]),
      k,
    );
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentionTexts(find(es, "Aiko Sato"))).toEqual(["Aiko Sato", "Sato"]);
    expect(find(es, "Aiko Sato")).toMatchObject({ country: "JP", roles: [{ title: "Prime Minister", country: "JP" }] });
  });
});

describe("hostile input", () => {
  /** The best of three runs, so a busy machine does not fake a slowdown. */
  const time = (f: () => unknown) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      f();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  it("stays linear on a 10,000-word sentence, text with no spaces, emoji and other scripts", () => {
    const word = "Kenya NATO the alliance Ngozi Okonjo, a spokesperson for the Kenyan foreign ministry, ";
    const small = word.repeat(500);
    const big = word.repeat(2000);
    const t1 = time(() => extractEntities(small, [], [], k));
    const t2 = time(() => extractEntities(big, [], [], k));
    expect(t2).toBeLessThan(t1 * 4 * 3 + 100);
    // Many people sharing a family name, many descriptions of one alliance.
    const crowd = (n: number) => {
      let text = "";
      for (let i = 0; i < n; i++) text += `Member${i} Okafor met NATO. Okafor said the alliance agreed. `;
      return text;
    };
    const shortCrowd = crowd(500);
    const longCrowd = crowd(2000);
    const spansOf = (text: string) =>
      spansFor(text, [["Okafor", "PER"]])
        .concat(
          [...text.matchAll(/Member\d+ Okafor/g)].map((m) => ({
            start: m.index!,
            end: m.index! + m[0].length,
            type: "PER" as const,
            score: 0.9,
          })),
        )
        .sort((x, y) => x.start - y.start)
        .filter((s, i, all) => i === 0 || all[i - 1]!.end <= s.start);
    const s1 = spansOf(shortCrowd),
      s2 = spansOf(longCrowd);
    const c1 = time(() => extractEntities(shortCrowd, [], s1, k));
    const c2 = time(() => extractEntities(longCrowd, [], s2, k));
    expect(c2).toBeLessThan(c1 * 4 * 3 + 100);
    for (const text of [
      "x".repeat(200_000),
      "🙂🇯🇵".repeat(10_000),
      "Путин встретился с Си Цзиньпином в Пекине.",
      "",
      "ÉÉÉ ".repeat(5000),
    ]) {
      expect(() => extractEntities(text, [], [], k)).not.toThrow();
    }
    // A slashed dateline of thousands of places: each place looks back a few words only.
    const slashed = (n: number) => `Ferries stopped.\n${"NEW TORVIK/".repeat(n)}OSKA (Reuters) - Ann Lee spoke.`;
    const slashSpans = (text: string) => spansFor(text, [["NEW TORVIK", "ORG", 0.3]]);
    const d1 = time(() => extractEntities(slashed(1000), [], slashSpans(slashed(1000)), k));
    const d2 = time(() => extractEntities(slashed(4000), [], slashSpans(slashed(4000)), k));
    expect(d2).toBeLessThan(d1 * 4 * 3 + 100);
  });
});

describe("office holders", () => {
  it("give a known name its country, CAMEO code and, on a date in office, its role", () => {
    const { text, blocks } = article(["body|Yasuo Fukuda spoke to reporters."]);
    const spans = spansFor(text, [["Yasuo Fukuda", "PER"]]);
    const inOffice = find(extractEntities(text, blocks, spans, k, { date: "2008-03-01" }), "Yasuo Fukuda");
    expect(inOffice).toMatchObject({ country: "JP", kb: { cameo: "JPNGOV" }, roles: [{ title: "government official", country: "JP" }] });
    const later = find(extractEntities(text, blocks, spans, k, { date: "2019-03-01" }), "Yasuo Fukuda");
    expect(later).toMatchObject({ country: "JP", roles: [] });
  });
});

describe("case", () => {
  it("keeps the tagger's names in an all-caps document", () => {
    const text = "PRIME MINISTER JONAS VIRTANEN OF FINLAND SPOKE IN HELSINKI ON FRIDAY.";
    const es = extractEntities(
      text,
      [],
      spansFor(text, [
        ["JONAS VIRTANEN", "PER"],
        ["FINLAND", "LOC"],
        ["HELSINKI", "LOC"],
      ]),
      k,
    );
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(["PERSON JONAS VIRTANEN", "GPE Finland", "GPE Helsinki"]);
    expect(es[0]).toMatchObject({ country: "FI", roles: [{ title: "Prime Minister", country: "FI" }] });
  });
  it("does not take a sentence-initial word for a person's given name", () => {
    const text = "Will Osei spoke. Osei left. Will the rain stop? Later Will said no.";
    const es = extractEntities(text, [], spansFor(text, [["Will Osei", "PER"]]), k);
    expect(mentionTexts(find(es, "Will Osei"))).toEqual(["Will Osei", "Osei", "Will"]);
  });
});

describe("names", () => {
  it("carries a middle initial's name through, and names an entity by its usual full form", () => {
    const text = "Senate leader Charles E. Schumer spoke. Schumer, Charles Schumer said, had left. Charles Schumer agreed.";
    const spans = spansFor(text, [
      ["Charles E", "PER"],
      ["Schumer", "PER"],
      ["Charles Schumer", "PER"],
    ]);
    const es = extractEntities(text, [], spans, k);
    expect(es.map((e) => e.name)).toEqual(["Charles Schumer"]);
    expect(es[0]!.mentions[0]!.text).toBe("Charles E. Schumer");
  });
  it("gives a national organisation its country", () => {
    const text = "The Chinese Foreign Ministry and the Japan Coast Guard spoke.";
    const es = extractEntities(
      text,
      [],
      spansFor(text, [
        ["Chinese Foreign Ministry", "ORG"],
        ["Japan Coast Guard", "ORG"],
      ]),
      k,
    );
    expect(es.filter((e) => e.type === "ORG").map((e) => [e.name, e.country])).toEqual([
      ["Chinese Foreign Ministry", "CN"],
      ["Japan Coast Guard", "JP"],
    ]);
  });
});

describe("unsure guesses", () => {
  it("drops one-word guesses opening a headline unless the word is a name elsewhere, and one-word spans with no capital", () => {
    const text = "Heatwave hits Oslo\n\nFrostmark spoke first. Later, officials met Frostmark. The bank's governor agreed.";
    const blocks: Block[] = [
      { start: 0, end: 18, text: text.slice(0, 18), role: "headline" },
      { start: 20, end: text.length, text: text.slice(20), role: "body" },
    ];
    const at = (s: string, type: NerSpan["type"], score: number): NerSpan => ({
      start: text.indexOf(s),
      end: text.indexOf(s) + s.length,
      type,
      score,
    });
    const later = text.lastIndexOf("Frostmark");
    const spans = [
      at("Heatwave", "PER", 0.3),
      at("Oslo", "LOC", 0.9),
      at("Frostmark", "PER", 0.4),
      at("bank", "ORG", 0.6),
      { start: later, end: later + 9, type: "PER" as const, score: 0.9 },
    ];
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual([
      "GPE Oslo 1",
      "PERSON Frostmark 2",
    ]);
  });

  it("drops a one-word guess opening a sentence before a comma, but keeps an ALL-CAPS dateline place there", () => {
    const text = "Additionally, the council met.\n\nKARVALLO, Norland 2026-03-01\n\nThe mayor spoke.";
    const blocks: Block[] = text.split("\n\n").map((line) => {
      const start = text.indexOf(line);
      return { start, end: start + line.length, text: line, role: "body" };
    });
    const spans: NerSpan[] = ["Additionally", "KARVALLO"].map((w) => ({
      start: text.indexOf(w),
      end: text.indexOf(w) + w.length,
      type: "LOC",
      score: 0.6,
    }));
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name}`)).toEqual(["GPE KARVALLO"]);
  });
});

describe("companies", () => {
  it("joins a company named with and without its legal form, splits listed companies, keeps a trailing legal form", () => {
    const { text, blocks } = article([
      "body|Quillon Corp and Marrow Inc. agreed a deal with Ostrel SE on Monday.",
      "body|Quillon said the deal closes in May; Huawei declined to comment.",
    ]);
    const spans = spansFor(text, [
      ["Quillon Corp and Marrow Inc.", "ORG"],
      ["Ostrel", "ORG"],
      ["Quillon", "ORG"],
      ["Huawei", "ORG"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name}${e.country ? `/${e.country}` : ""} ${mentionTexts(e).join("|")}`)).toEqual([
      "ORG Quillon Corp Quillon Corp|Quillon",
      "ORG Marrow Inc. Marrow Inc.",
      "ORG Ostrel SE Ostrel SE",
      "ORG Huawei/CN Huawei",
    ]);
    const apple = article(["body|Apple Inc said sales rose. Apple shares gained."]);
    const es2 = extractEntities(
      apple.text,
      apple.blocks,
      spansFor(apple.text, [
        ["Apple Inc", "ORG"],
        ["Apple", "ORG"],
      ]),
      k,
    );
    expect(es2.map((e) => `${e.name}/${e.country} ${mentionTexts(e).join("|")}`)).toEqual(["Apple/US Apple Inc|Apple"]);
  });

  it("reads an ALL-CAPS name opening a line of prose before (Agency), a comma or a dash as the dateline's place", () => {
    const { text, blocks } = article([
      "body|KARVALLO (Reuters) - The port reopened on Monday, officials said.",
      "body|DELVORA - Talks resumed.",
    ]);
    const spans = spansFor(text, [
      ["KARVALLO", "ORG"],
      ["DELVORA", "PER"],
      ["Reuters", "ORG"],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name}`)).toEqual([
      "GPE KARVALLO",
      "ORG Reuters",
      "GPE DELVORA",
    ]);
  });
});

describe("datelines and names with articles", () => {
  it("makes the dateline's place of unsure same-word guesses, while a sure one keeps its own entity", () => {
    const { text, blocks } = article([
      "body|TORVIK, Norway (Reuters) - Police sealed off Torvik on Friday; residents of Torvik were told to stay in.",
      "body|BRELLIN, England - Brellin beat the visitors 3-1 at home.",
    ]);
    const spans = spansFor(text, [
      ["TORVIK", "ORG", 0.4],
      ["Torvik", "PER", 0.3],
      ["BRELLIN", "ORG", 0.4],
      ["Brellin", "ORG", 0.9],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.filter((e) => /torvik|brellin/i.test(e.name)).map((e) => `${e.type} ${mentionTexts(e).join("|")}`)).toEqual([
      "GPE TORVIK|Torvik|Torvik",
      "GPE BRELLIN",
      "ORG Brellin",
    ]);
  });

  it("reads every place of a dateline joined by slashes", () => {
    const { text, blocks } = article(["body|TORVIK/NEW BRELLIN/OSKA (Reuters) - Ferries stopped on Friday."]);
    const spans = spansFor(text, [
      ["TORVIK", "LOC", 0.6],
      ["NEW BRELLIN", "ORG", 0.4],
      ["OSKA", "PER", 0.3],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name}`)).toEqual([
      "GPE TORVIK",
      "GPE NEW BRELLIN",
      "GPE OSKA",
      "ORG Reuters",
    ]);
  });

  it("keeps 'The' in known names and in places and works named with a capital 'The', not in organisations", () => {
    const { text, blocks } = article([
      "body|Envoys met in The Hague before The Harbour Trust said the talks at The Quarry failed.",
      'body|The film "The Long Tide" was shown; Long Tide won, and the Harbour Trust paid.',
    ]);
    const spans = spansFor(text, [
      ["The Hague", "LOC"],
      ["The Harbour Trust", "ORG"],
      ["Harbour Trust", "ORG"],
      ["The Quarry", "LOC"],
      ["The Long Tide", "MISC"],
      ["Long Tide", "MISC"],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${mentionTexts(e).join("|")}`)).toEqual([
      "GPE The Hague",
      "ORG Harbour Trust|Harbour Trust",
      "GPE The Quarry",
      "MISC The Long Tide|Long Tide",
    ]);
  });
});

describe("storms", () => {
  it("reads the name after Hurricane, Typhoon or Storm as a storm's (MISC), whatever the tagger said", () => {
    const { text, blocks } = article(["body|Hurricane Orla hit the coast before Tropical Storm Benedek. Orla was the worse."]);
    const spans = spansFor(text, [
      ["Hurricane Orla", "PER"],
      ["Benedek", "LOC"],
      ["Orla", "PER", 0.3],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${mentionTexts(e).join("|")}`)).toEqual([
      "MISC Orla|Orla",
      "MISC Benedek",
    ]);
  });
});

describe("companies by their shares", () => {
  it("makes a company of a one-word name whose shares or stock trade or whose price is quoted, not of one who shares a video", () => {
    const { text, blocks } = article([
      "body|Brennig rose after Brennig shares jumped 4 percent; Brennig's stock closed higher.",
      "body|Calloway shares a video. Dunmore stock market views differ.",
      "body|Orlan was up 1/8 to 48-1/4 and Vesk fell 20 cents, while Halder rose 5 points in the polls.",
    ]);
    const spans = spansFor(text, [
      ["Brennig", "PER"],
      ["Calloway", "PER"],
      ["Dunmore", "PER"],
      ["Orlan", "PER"],
      ["Vesk", "PER"],
      ["Halder", "PER"],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual([
      "ORG Brennig 3",
      "PERSON Calloway 1",
      "PERSON Dunmore 1",
      "ORG Orlan 1",
      "ORG Vesk 1",
      "PERSON Halder 1",
    ]);
  });
});

describe("clock times", () => {
  it("keeps a clock time's A.M. or P.M. out of the name after it, and out of the entities", () => {
    const { text, blocks } = article([
      "body|UPDATE 11:54 A.M. Varsk said it again. At 3 PM Ostrava Freight replied.",
      "body|UPDATE 12:10 P.M.",
    ]);
    const spans = spansFor(text, [
      ["A.M. Varsk", "PER"],
      ["PM Ostrava Freight", "ORG"],
      ["P.M.", "ORG"],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${mentionTexts(e).join("|")}`)).toEqual([
      "PERSON Varsk",
      "ORG Ostrava Freight",
    ]);
  });
});

describe("monarchs and popes", () => {
  it("keeps a regnal numeral in the name, never as a family name, and makes a person of a pope the tagger read as an organisation", () => {
    const { text, blocks } = article([
      "body|Queen Halvra II received Pope Clement XV and Tsar Ivor I, a portrait of Henric VIII behind them.",
      "body|Later Halvra II spoke. World War II was not mentioned.",
    ]);
    const spans = spansFor(text, [
      ["Halvra", "PER"],
      ["Pope Clement XV", "ORG"],
      ["Ivor", "PER"],
      ["Henric VIII", "PER"],
      ["World War II", "MISC"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "PERSON Halvra II Halvra II|Halvra II",
      "PERSON Clement XV Clement XV",
      "PERSON Ivor I Ivor I",
      "PERSON Henric VIII Henric VIII",
      "MISC World War II World War II",
    ]);
  });
});

describe("generational suffixes and middle initials", () => {
  it("keeps Jr. and Sr. in the name, tells father from son, and joins a given name cut before a middle initial", () => {
    const { text, blocks } = article([
      "body|Corwin Vale Jr. met Corwin Vale on Friday. Vale Jr. left early, and Tamsin Oduya Sr said nothing.",
      "body|Ardo K. Mensville spoke after Linnea P. Harkov.",
    ]);
    const spans = spansFor(text, [
      ["Corwin Vale", "PER"],
      ["Vale Jr.", "ORG"],
      ["Tamsin Oduya", "PER"],
      ["Ardo", "PER"],
      ["K. Mensville", "PER"],
      ["Linnea P. Harkov", "PER"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "PERSON Corwin Vale Jr. Corwin Vale Jr.|Vale Jr.",
      "PERSON Corwin Vale Corwin Vale",
      "PERSON Tamsin Oduya Sr Tamsin Oduya Sr",
      "PERSON Ardo K. Mensville Ardo K. Mensville",
      "PERSON Linnea P. Harkov Linnea P. Harkov",
    ]);
  });
});

describe("recent wire style", () => {
  it("types named days as events and facilities as places, knows Congress and US regions, and drops story codes", () => {
    const { text, blocks } = article([
      "body|Farmers in the Midwest marked Harvest Day at Brindle Valley Hospital, Congress said. [L1N2DO1NW] Orders for the F-35 and H-1B visas rose.",
      "body|Summer in the Northern Hemisphere filled Dune City and Harrow Road, the Courier said.",
    ]);
    const spans = spansFor(text, [
      ["Northern Hemisphere", "LOC"],
      ["Dune City", "LOC"],
      ["Harrow Road", "LOC"],
      ["Courier", "LOC"],
      ["Harvest Day", "ORG"],
      ["Brindle Valley Hospital", "LOC"],
      ["L1N2DO1NW", "LOC"],
      ["F-35", "MISC"],
      ["H-1B", "MISC"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual([
      "LOC Midwest",
      "MISC Harvest Day",
      "LOC Brindle Valley Hospital",
      "ORG Congress",
      "MISC F-35",
      "MISC H-1B",
      "LOC Northern Hemisphere",
      "GPE Dune City",
      "LOC Harrow Road",
      "ORG Courier",
    ]);
  });
});

describe("places before a state, counts and possessive brands", () => {
  it("makes a place of a short name before a comma and a state, drops a count opening a name, and keeps a brand's 's", () => {
    const { text, blocks } = article([
      "body|The plant in Harlow, Michigan, makes masks. Four Duluth officers were fired, Moody's said.",
      "body|Reyes, Texas' attorney general, and Vantor Holdings, Ohio's largest bank, agreed.",
    ]);
    const spans = spansFor(text, [
      ["Harlow", "PER"],
      ["Michigan", "LOC"],
      ["Texas", "LOC"],
      ["Ohio", "LOC"],
      ["Four Duluth", "LOC"],
      ["Moody", "ORG"],
      ["Reyes", "PER", 0.9],
      ["Vantor Holdings", "ORG"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual([
      "GPE Harlow",
      "GPE Michigan",
      "GPE Duluth",
      "ORG Moody's",
      "PERSON Reyes",
      "GPE Texas",
      "ORG Vantor Holdings",
      "GPE Ohio",
    ]);
  });

  it("keeps a place before a state apart from a person of the same family name, and reads Virginia as the state", () => {
    const text = "Dana Corliss showed us the mill in Corliss, Virginia, on Friday.";
    const spans = spansFor(text, [
      ["Dana Corliss", "PER"],
      ["Corliss", "LOC", 0.3],
      ["Virginia", "LOC"],
    ]);
    const es = extractEntities(text, [], spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "PERSON Dana Corliss Dana Corliss",
      "GPE Corliss Corliss",
      "GPE Virginia Virginia",
    ]);
    expect(find(es, "Virginia")?.country).toBe("US");
  });
});

describe("family names that are also towns", () => {
  it("gives an unsure one-word town to the person whose family name it is, and keeps a town nobody owns", () => {
    const { text, blocks } = article([
      "body|Odalys Rivera moved north. The storm forced Rivera to leave.",
      "body|Farmers near Tacuarembo grow rice.",
    ]);
    const spans = spansFor(text, [
      ["Odalys Rivera", "PER", 0.7],
      ["Rivera", "LOC", 0.4],
      ["Tacuarembo", "LOC", 0.4],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "PERSON Odalys Rivera Odalys Rivera|Rivera",
      "GPE Tacuarembo Tacuarembo",
    ]);
  });
});

describe("party words before names", () => {
  it("keeps a party word the tagger ran into a name out of it, but not a given name that is also a group word", () => {
    const text = "“Not now,” said Republican Halvorsen, and Christian Dorne agreed.";
    const spans = spansFor(text, [
      ["Republican Halvorsen", "PER"],
      ["Christian Dorne", "PER"],
    ]);
    expect(extractEntities(text, [], spans, k).map((e) => `${e.type} ${e.name}`)).toEqual([
      "NORP Republican",
      "PERSON Halvorsen",
      "PERSON Christian Dorne",
    ]);
  });
});

describe("short given names", () => {
  it("makes one person of a full name written with a short and a full given name, not of two family members", () => {
    const text = "Michael Ostrander spoke first. Mike Ostrander later said Kate Ostrander would run.";
    const spans = spansFor(text, [
      ["Michael Ostrander", "PER"],
      ["Mike Ostrander", "PER"],
      ["Kate Ostrander", "PER"],
    ]);
    expect(extractEntities(text, [], spans, k).map((e) => `${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "Michael Ostrander Michael Ostrander|Mike Ostrander",
      "Kate Ostrander Kate Ostrander",
    ]);
  });
});

describe("corporate titles", () => {
  it("reads a chief ... officer as a role, never as an organisation, and a qualifier before a title stays with it", () => {
    const text = "Oren Tal, Chief Investment Officer at Halden Capital, agreed with deputy chief economist Mia Rook.";
    const spans = spansFor(text, [
      ["Oren Tal", "PER"],
      ["Chief Investment Officer", "ORG"],
      ["Halden Capital", "ORG"],
      ["Mia Rook", "PER"],
    ]);
    const es = extractEntities(text, [], spans, k);
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(["PERSON Oren Tal", "ORG Halden Capital", "PERSON Mia Rook"]);
    expect(find(es, "Oren Tal")?.roles).toEqual([{ title: "chief investment officer", org: "Halden Capital" }]);
    expect(find(es, "Mia Rook")?.roles[0]?.title).toBe("Deputy chief economist");
    const ceo = "The Harbour Board’s chief executive, Jon Grey, said so. U.S. Trade Representative Ada Marsh agreed.";
    const grey = extractEntities(
      ceo,
      [],
      spansFor(ceo, [
        ["Harbour Board", "ORG"],
        ["Jon Grey", "PER"],
        ["U.S.", "LOC"],
        ["Ada Marsh", "PER"],
      ]),
      k,
    );
    expect(grey.filter((e) => !e.named)).toEqual([]);
    expect(find(grey, "Jon Grey")?.roles[0]).toMatchObject({ title: "chief executive", org: "Harbour Board" });
    expect(find(grey, "Ada Marsh")?.roles[0]).toMatchObject({ title: "Trade Representative", country: "US" });
    const aide = "Lena Voss, assistant secretary at the Harbour Board, spoke.";
    const voss = extractEntities(
      aide,
      [],
      spansFor(aide, [
        ["Lena Voss", "PER"],
        ["Harbour Board", "ORG"],
      ]),
      k,
    );
    expect(find(voss, "Lena Voss")?.roles[0]?.title).toBe("Assistant Secretary");
  });
});

describe("schools and associations", () => {
  it("carries a name through the school it names, types schools, associations and firms as organisations and holidays as events", () => {
    const text =
      "Voters lined up at Tamsworth High School and the Orrin Academy, and the Kelby School, the Anglers Association and Dorrit Research objected. Easter crowds came before Super Tuesday.";
    const spans = spansFor(text, [
      ["Tamsworth", "LOC"],
      ["Orrin", "PER"],
      ["Kelby School", "PER"],
      ["Anglers Association", "MISC"],
      ["Dorrit Research", "LOC"],
      ["Easter", "PER"],
    ]);
    expect(extractEntities(text, [], spans, k).map((e) => `${e.type} ${e.name}`)).toEqual([
      "ORG Tamsworth High School",
      "ORG Orrin Academy",
      "ORG Kelby School",
      "ORG Anglers Association",
      "ORG Dorrit Research",
      "MISC Easter",
      "MISC Super Tuesday",
    ]);
  });
});

describe("overlapping names", () => {
  it("makes no entity of a part of a known name or of a school district's name, and carries the name through the district", () => {
    const text =
      "Envoys of Bosnia and Herzegovina and of Saint Vincent and the Grenadines met at the Dallas Independent School District on Monday.";
    const spans = spansFor(text, [
      ["Bosnia", "LOC"],
      ["Herzegovina", "ORG"],
      ["Saint Vincent", "LOC"],
      ["Grenadines", "ORG"],
      ["Dallas Independent", "ORG"],
    ]);
    const es = extractEntities(text, [], spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "GPE Bosnia and Herzegovina Bosnia and Herzegovina",
      "GPE Saint Vincent and the Grenadines Saint Vincent and the Grenadines",
      "ORG Dallas Independent School District Dallas Independent School District",
    ]);
  });
});

describe("market indexes", () => {
  it("types stock indexes as MISC with their number, and leaves the rating agency and the bank alone", () => {
    const text = "The S&P 500 fell, the Dow Jones Industrial Average and the Nikkei 225 rose, S&P cut the rating and Hang Seng Bank fell.";
    const spans = spansFor(text, [
      ["S&P", "ORG"],
      ["Dow Jones Industrial Average", "ORG"],
      ["Nikkei", "MISC"],
      ["Hang Seng Bank", "ORG"],
    ]);
    expect(extractEntities(text, [], spans, k).map((e) => `${e.type} ${e.name}`)).toEqual([
      "MISC S&P 500",
      "MISC Dow Jones Industrial Average",
      "MISC Nikkei 225",
      "ORG S&P",
      "ORG Hang Seng Bank",
    ]);
  });
});

describe("names the tagger split in two", () => {
  it("joins two spans that together make a known place, also before a hyphenated tail", () => {
    const text = "San Jose-based Vantor grew, and New York Times reporters came.";
    const spans: NerSpan[] = [
      { start: 0, end: 3, type: "LOC", score: 0.4 },
      { start: 4, end: 14, type: "MISC", score: 0.4 },
      ...spansFor(text, [
        ["Vantor", "ORG"],
        ["New York Times", "ORG"],
      ]),
    ];
    expect(extractEntities(text, [], spans, k).map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "GPE San Jose San Jose",
      "ORG Vantor Vantor",
      "ORG New York Times New York Times",
    ]);
  });
});

describe("a country before an institution", () => {
  it("joins a country the tagger set apart to the institution after it, but not a demonym", () => {
    const text = "The U.S. Senate voted, and Norwegian Fisheries Directorate officials watched.";
    const spans = spansFor(text, [
      ["U.S.", "LOC"],
      ["Senate", "ORG"],
      ["Norwegian", "MISC"],
      ["Fisheries Directorate", "ORG"],
    ]);
    const es = extractEntities(text, [], spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${e.country ?? "-"}`)).toEqual([
      "ORG U.S. Senate US",
      "NORP Norwegian NO",
      "ORG Fisheries Directorate -",
    ]);
  });
});

describe("Arabic articles", () => {
  it("reads names opened by a lower-case al-/el- and a known full name whatever type the tagger gave it", () => {
    const { text, blocks } = article([
      "body|Leaders of al-Qaeda and al-Shabab were named by Karim Haddad el-Amiri, who met Bashar al-Assad.",
      "body|El-Amiri said Assad agreed.",
    ]);
    const spans = spansFor(text, [
      ["al-Qaeda", "LOC"],
      ["Karim Haddad", "PER"],
      ["Bashar al-Assad", "ORG"],
      ["El-Amiri", "PER"],
      ["Assad", "PER"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "ORG al-Qaeda al-Qaeda",
      "ORG al-Shabab al-Shabab",
      "PERSON Karim Haddad el-Amiri Karim Haddad el-Amiri|El-Amiri",
      "PERSON Bashar al-Assad Bashar al-Assad|Assad",
    ]);
  });
});

describe("people", () => {
  it("makes one entity of a one-word name the tagger typed three ways, and a person of whoever is addressed Mr. or Dr.", () => {
    const { text, blocks } = article([
      "body|Brandt said the Brandt administration would act. Critics of Mr. Brandt disagreed.",
      "body|Dr. Jordan, who runs the clinic, and Ms Okafor spoke later.",
    ]);
    const spans = spansFor(text, [
      ["Brandt said", "PER"],
      ["Brandt administration", "ORG"],
      ["Mr. Brandt", "MISC"],
      ["Jordan", "LOC"],
      ["Okafor", "ORG"],
    ]).map((s) => {
      const t = text.slice(s.start, s.end);
      return t === "Brandt said" || t === "Brandt administration" ? { ...s, end: s.start + 6 } : s;
    });
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(["PERSON Brandt 3", "PERSON Jordan 1", "PERSON Okafor 1"]);
    expect(find(es, "Jordan")?.country).toBeUndefined();
  });

  it("takes the one-word name before 'administration', 'campaign' or 'presidency' for a person, not a country's", () => {
    const { text, blocks } = article(["body|The Varga administration and the Ostrom campaign clashed with the Bosnian administration."]);
    const spans = spansFor(text, [
      ["Varga", "ORG"],
      ["Ostrom", "MISC"],
      ["Bosnian", "MISC"],
    ]);
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name}`)).toEqual([
      "PERSON Varga",
      "PERSON Ostrom",
      "NORP Bosnian",
      "ORG Bosnian administration",
    ]);
  });
});

describe("documents", () => {
  it("types laws, treaties and the constitution as MISC whatever the tagger took them for", () => {
    const { text, blocks } = article(["body|Critics cited the Halvorsen Act, the Tromso Accord and the Constitution, said Ida Wren."]);
    const spans = spansFor(text, [
      ["Halvorsen Act", "PER"],
      ["Tromso Accord", "ORG"],
      ["Constitution", "ORG"],
      ["Ida Wren", "PER"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual([
      "MISC Halvorsen Act",
      "MISC Tromso Accord",
      "MISC Constitution",
      "PERSON Ida Wren",
    ]);
  });
});

describe("party and home tags", () => {
  it("resolves a state's AP abbreviation, dot included, to the state", () => {
    const { text, blocks } = article(["body|Rep. Lena Oduya, D-Calif., flew to Fresno, Calif., and then to Mobile, Ala."]);
    const spans = spansFor(text, [
      ["Lena Oduya", "PER"],
      ["Calif", "LOC"],
      ["Fresno", "LOC"],
      ["Mobile", "LOC"],
      ["Ala", "LOC"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(find(es, "California")).toMatchObject({ type: "GPE", country: "US" });
    expect(mentionTexts(find(es, "California"))).toEqual(["Calif.", "Calif."]);
    expect(mentionTexts(find(es, "Alabama"))).toEqual(["Ala."]);
  });

  it("reads the place of a legislator's (R-Place) or , D-Place, tag as a place, whatever the tagger took it for", () => {
    const { text, blocks } = article(["body|State Sen. Lorna Pike (R-Dunmore) and Rep. Abel Toft, D-Fresno, disagreed on D-Day plans."]);
    const spans = spansFor(text, [
      ["Lorna Pike", "PER"],
      ["R-Dunmore", "PER"],
      ["Abel Toft", "PER"],
      ["Fresno", "ORG"],
    ]);
    const es = extractEntities(text, blocks, spans, k);
    expect(es.map((e) => `${e.type} ${e.name} ${e.mentions.map((m) => m.text).join("|")}`).sort()).toEqual([
      "GPE Dunmore Dunmore",
      "GPE Fresno Fresno",
      "PERSON Abel Toft Abel Toft",
      "PERSON Lorna Pike Lorna Pike",
    ]);
    expect(find(es, "Lorna Pike")).toMatchObject({ country: "US", affiliations: [{ name: "Republican Party" }] });
    expect(find(es, "Abel Toft")?.affiliations).toEqual([{ name: "Democratic Party" }]);
  });
});

describe("one name, one entity", () => {
  it("gives a name tagged with different types the type most of its mentions have", () => {
    const text = "Radio Kestrel aired it. Additionally, Radio Kestrel said more, and Radio Kestrel was praised.";
    const at = (from: number, type: NerSpan["type"]): NerSpan => {
      const i = text.indexOf("Radio Kestrel", from);
      return { start: i, end: i + 13, type, score: 0.9 };
    };
    const add = text.indexOf("Additionally");
    const spans = [at(0, "MISC"), at(10, "ORG"), at(50, "ORG"), { start: add, end: add + 12, type: "PER" as const, score: 0.6 }];
    expect(extractEntities(text, [], spans, k).map((e) => `${e.type} ${e.name} ${e.mentions.length}`)).toEqual(["ORG Radio Kestrel 3"]);
  });

  it("keeps a person's full name read once as an organisation in the person, with the short mentions", () => {
    const { text, blocks } = article([
      "body|Corvin Aldane appealed on Monday.",
      "caption|Corvin Aldane is escorted into court.",
      "body|A jury found Aldane guilty.",
    ]);
    const spans = [
      ...spansFor(text, [["Aldane", "ORG", 0.3]]).filter(
        (s) => text[s.start - 1] !== " " || text.slice(s.start - 7, s.start) !== "Corvin ",
      ),
      ...spansFor(text, [["Corvin Aldane", "PER"]]).slice(0, 1),
      ...spansFor(text, [["Corvin Aldane", "ORG"]]).slice(1),
    ];
    expect(extractEntities(text, blocks, spans, k).map((e) => `${e.type} ${e.name} ${mentionTexts(e).join("|")}`)).toEqual([
      "PERSON Corvin Aldane Corvin Aldane|Corvin Aldane|Aldane",
    ]);
  });
});

describe("span edges", () => {
  it("keeps initials, abbreviation dots and first names that are also countries; never runs over a line", () => {
    const text = "A. Okoro joined Mbeki Holdings Inc. in Tampa, Fla. on loan.\nChad Ferris saw South\nKorea win.";
    const spans = spansFor(text, [
      ["A. Okoro", "PER"],
      ["Mbeki Holdings Inc.", "ORG"],
      ["Tampa", "LOC"],
      ["Fla.", "LOC"],
      ["Chad Ferris", "PER"],
    ]);
    const es = extractEntities(text, [], spans, k);
    expect(es.map((e) => `${e.type} ${e.mentions.map((m) => m.text).join("|")}`)).toEqual([
      "PERSON A. Okoro",
      "ORG Mbeki Holdings Inc.",
      "GPE Tampa",
      "GPE Fla.",
      "PERSON Chad Ferris",
      "GPE Korea",
    ]);
  });

  it("reads no name of a thousand words from a run the tagger took whole (hostile text: one name repeated)", () => {
    const run = "Ann Lee ".repeat(500).trim();
    const text = `${run}. Bo Chen spoke.`;
    const spans: NerSpan[] = [
      { start: 0, end: run.length, type: "PER", score: 0.9 },
      { start: run.length + 2, end: run.length + 9, type: "PER", score: 0.9 },
    ];
    const es = extractEntities(text, [], spans, k);
    expect(es.map((e) => `${e.type} ${e.name}`)).toEqual(["PERSON Bo Chen"]);
  });
});

describe("organisations and foreign names", () => {
  it("joins an acronym to the organisation it abbreviates, and 'al-' names to their short form", () => {
    const text = "The Regional Water Quality Board fined the firm. The RWQB said Hamid al-Tikriti, its chair, agreed. Tikriti left.";
    const es = extractEntities(
      text,
      [],
      spansFor(text, [
        ["Regional Water Quality Board", "ORG"],
        ["RWQB", "ORG"],
        ["Hamid al-Tikriti", "PER"],
        ["Tikriti", "PER"],
      ]),
      k,
    );
    expect(mentionTexts(find(es, "Regional Water Quality Board"))).toEqual(["Regional Water Quality Board", "RWQB"]);
    expect(mentionTexts(find(es, "Hamid al-Tikriti"))).toEqual(["Hamid al-Tikriti", "Tikriti"]);
    expect(es).toHaveLength(2);
    const long =
      "Luiz Carlos Brandao da Costa met the Federal Audit Board. Brandao told the Board that Von der Berge agreed; Ilse von der Berge smiled.";
    const spans = spansFor(long, [
      ["Luiz Carlos Brandao da Costa", "PER"],
      ["Federal Audit Board", "ORG"],
      ["Brandao", "PER"],
      ["Board", "ORG"],
      ["Ilse von der Berge", "PER"],
      ["Berge", "PER"],
    ]);
    const es2 = extractEntities(long, [], spans, k);
    expect(es2.map((e) => [e.name, mentionTexts(e)])).toEqual([
      ["Luiz Carlos Brandao da Costa", ["Luiz Carlos Brandao da Costa", "Brandao"]],
      ["Federal Audit Board", ["Federal Audit Board", "Board"]],
      ["Ilse von der Berge", ["Von der Berge", "Ilse von der Berge"]],
    ]);
  });
});
