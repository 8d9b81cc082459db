import { describe, expect, it } from "vitest";
import type { Block, Entity, EntityType } from "../../model/record.js";
import { segment } from "../../text/segment.js";
import { firstNameGenders } from "./genders.js";
import { resolvePronouns } from "./pronouns.js";

/** An entity of the test: its name, the forms its mentions take in the text, and its roles. */
interface Given {
  name: string;
  forms?: string[];
  type?: EntityType;
  nominal?: boolean;
  roles?: string[];
}

/**
 * Entities whose mentions are every whole-word occurrence of their forms (longest form first), with
 * the text cut into blocks at blank lines (a first line ending "#" is a headline; "@" a caption).
 */
function build(text: string, given: Given[]): { entities: Entity[]; blocks: Block[] } {
  const taken = new Uint8Array(text.length);
  const entities = given.map((g, i): Entity => {
    const e: Entity = {
      id: `e${i + 1}`,
      type: g.type ?? "PERSON",
      name: g.name,
      named: !g.nominal,
      roles: (g.roles ?? []).map((title) => ({ title })),
      affiliations: [],
      mentions: [],
    };
    const forms = [...(g.forms ?? [g.name])].sort((x, y) => y.length - x.length);
    for (const f of forms) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${f.replace(/[.]/g, "\\.")}(?![\\p{L}])`, "gu"))) {
        if (taken[m.index]) continue;
        taken.fill(1, m.index, m.index + f.length);
        e.mentions.push({ start: m.index, end: m.index + f.length, text: f, kind: g.nominal ? "nominal" : "name" });
      }
    }
    e.mentions.sort((x, y) => x.start - y.start);
    return e;
  });
  const blocks: Block[] = [];
  let at = 0;
  for (const part of text.split("\n\n")) {
    const role = part.endsWith("#") ? "headline" : part.endsWith("@") ? "caption" : "body";
    blocks.push({ start: at, end: at + part.length, text: part, role });
    at += part.length + 2;
  }
  return { entities, blocks };
}

const PRONOUNS = /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi;

/** For every pronoun of the text in order: the name of the entity it was linked to, or "-". */
function links(text: string, given: Given[]): string[] {
  const { entities, blocks } = build(text, given);
  resolvePronouns(text, blocks, segment(text), entities);
  const byStart = new Map<number, string>();
  for (const e of entities) {
    for (const m of e.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (m.kind === "pronoun") byStart.set(m.start, e.name);
    }
    expect(e.mentions.map((m) => m.start)).toEqual([...e.mentions.map((m) => m.start)].sort((x, y) => x - y));
  }
  return [...text.matchAll(PRONOUNS)].map((m) => byStart.get(m.index) ?? "-");
}

const maria: Given = { name: "Maria Lopez", forms: ["Maria Lopez", "Lopez"] };
const david: Given = { name: "David Chen", forms: ["David Chen", "Chen"] };
const john: Given = { name: "John Reed", forms: ["John Reed", "Reed"] };
const susan: Given = { name: "Susan Park", forms: ["Susan Park", "Park"] };
const asante: Given = { name: "Kwame Asante", forms: ["Kwame Asante", "Asante"] };
const tom: Given = { name: "Tom Bell", forms: ["Tom Bell", "Bell"] };

describe("first-name lexicon", () => {
  it("knows common first names and their gender", () => {
    const g = firstNameGenders();
    expect(g.get("Maria")).toBe("f");
    expect(g.get("Susan")).toBe("f");
    expect(g.get("David")).toBe("m");
    expect(g.get("John")).toBe("m");
    expect(g.get("Kwame")).toBeUndefined();
  });
});

describe("pronoun resolution", () => {
  it("links she and her after a named woman", () => {
    expect(links("Maria Lopez won the vote on Sunday. She thanked her team.", [maria])).toEqual(["Maria Lopez", "Maria Lopez"]);
  });

  it("links he after a named man", () => {
    expect(links("David Chen arrived late for the hearing. He apologised.", [david])).toEqual(["David Chen"]);
  });

  it("tells two people of different genders apart", () => {
    const text = "Susan Park met John Reed in the capital. She said he had been helpful.";
    expect(links(text, [susan, john])).toEqual(["Susan Park", "John Reed"]);
  });

  it("leaves a pronoun unlinked when two men compete", () => {
    expect(links("John Reed met David Chen for lunch. He said the talks went well.", [john, david])).toEqual(["-"]);
  });

  it("lets the nearest sentence with a person decide", () => {
    const text = "John Reed criticised the plan. David Chen defended it. He said it would save money.";
    expect(links(text, [john, david])).toEqual(["David Chen"]);
  });

  it("does not link forward (cataphora in an opening clause)", () => {
    expect(links("When she arrived, Maria Lopez spoke to reporters.", [maria])).toEqual(["-"]);
    expect(links("In his speech, David Chen thanked the voters.", [david])).toEqual(["-"]);
  });

  it("does not link a pronoun that comes before any name", () => {
    expect(links("He was not seen again. Police later named David Chen as the driver.", [david])).toEqual(["-"]);
  });

  it("links possessives", () => {
    expect(links("David Chen and his wife left the city in March.", [david])).toEqual(["David Chen"]);
    expect(links("Maria Lopez and her husband sold the farm.", [maria])).toEqual(["Maria Lopez"]);
  });

  it("takes the gender from Mr. and Ms.", () => {
    const okafor: Given = { name: "Okafor" };
    const tanaka: Given = { name: "Tanaka" };
    expect(links("Mr. Okafor met Ms. Tanaka at the port. She said he had agreed.", [okafor, tanaka])).toEqual(["Tanaka", "Okafor"]);
  });

  it("does not give a man a she", () => {
    expect(links("Mr. Okafor met the press on Monday. She asked about taxes.", [{ name: "Okafor" }])).toEqual(["-"]);
    expect(links("David Chen spoke first. She disagreed.", [david])).toEqual(["-"]);
  });

  it("links people known only by their role", () => {
    const envoy: Given = { name: "ambassador", forms: ["The ambassador"], nominal: true, roles: ["ambassador"] };
    expect(links("The ambassador said he would stay in the city.", [envoy])).toEqual(["ambassador"]);
  });

  it("takes the gender from a role word", () => {
    const chair: Given = { name: "chairwoman", forms: ["The chairwoman"], nominal: true, roles: ["chairwoman"] };
    expect(links("The chairwoman said she would resign. He was not asked.", [chair])).toEqual(["chairwoman", "-"]);
    const harper: Given = { name: "Lee Harper", forms: ["Lee Harper", "Harper"] };
    expect(links("Spokeswoman Lee Harper said she had no comment.", [harper])).toEqual(["Lee Harper"]);
  });

  it("links the speaker of a quote named by a pronoun", () => {
    const text = 'David Chen spoke at the rally on Friday.\n\n"We will win this seat," he said.';
    expect(links(text, [david])).toEqual(["David Chen"]);
    const curly = "Maria Lopez took the stage. “The budget is fair,” she told the crowd.";
    expect(links(curly, [maria])).toEqual(["Maria Lopez"]);
  });

  it("does not read pronouns inside quotations", () => {
    expect(links('David Chen spoke. "He is not fit to lead," Chen said of his rival.', [david])).toEqual(["-", "David Chen"]);
    expect(links("Maria Lopez spoke. “She lied to us,” Lopez said.", [maria])).toEqual(["-"]);
  });

  it("treats a quotation left open as running to the paragraph's end", () => {
    const text = 'David Chen spoke.\n\n"We are ready and he knows it.\n\n"The rest is up to voters," he said.';
    expect(links(text, [david])).toEqual(["-", "David Chen"]);
  });

  it("does not take a name inside a quotation as the antecedent", () => {
    const text = "“Maria Lopez is wrong,” David Chen said. He added that the plan would pass.";
    expect(links(text, [maria, david])).toEqual(["David Chen"]);
  });

  it("links reflexives only inside their sentence", () => {
    expect(links("David Chen described himself as a moderate.", [david])).toEqual(["David Chen"]);
    expect(links("John Reed said David Chen had hurt himself.", [john, david])).toEqual(["-"]);
    expect(links("David Chen spoke. The crowd cheered himself.", [david])).toEqual(["-"]);
  });

  it("does not give an object pronoun to the subject of its own clause", () => {
    expect(links("David Chen thanked him.", [david])).toEqual(["-"]);
    expect(links("Maria Lopez thanked her.", [maria])).toEqual(["-"]);
  });

  it("links an object pronoun in another clause", () => {
    expect(links("David Chen said the police had stopped him twice.", [david])).toEqual(["David Chen"]);
  });

  it("does not link past a person the entities missed", () => {
    expect(links("Tom Bell leads the race. If Garrow wins, he will need money.", [tom])).toEqual(["-"]);
    expect(links("Tom Bell called the police. The officer said he saw nothing.", [tom])).toEqual(["-"]);
  });

  it("does not count an apposition or the antecedent's own role as someone else", () => {
    const text = "The bill was backed by Tom Bell, a man who has given his fortune away.";
    expect(links(text, [tom])).toEqual(["Tom Bell"]);
    const president: Given = { ...tom, roles: ["President"] };
    expect(links("President Tom Bell spoke on Monday. The president said he would veto it.", [president])).toEqual(["Tom Bell"]);
  });

  it("does not count titles, days, acronyms and known entities as someone else", () => {
    expect(links("Sen. Maria Lopez spoke on Monday. On Tuesday she left.", [maria])).toEqual(["Maria Lopez"]);
    expect(links("David Chen praised NATO allies. He said they were ready.", [david])).toEqual(["David Chen"]);
    const acme: Given = { name: "Acme Corp", type: "ORG" };
    expect(links("David Chen joined Acme Corp in May. He said it was a good fit.", [david, acme])).toEqual(["David Chen"]);
  });

  it("looks back two sentences at most", () => {
    const text = "Maria Lopez left the town. The rain fell. The roads closed. The river rose. She was not there.";
    expect(links(text, [maria])).toEqual(["-"]);
  });

  it("reaches a speaker past quoted sentences", () => {
    const text = "Maria Lopez took questions. “We are ready. The plan works. Nobody doubts it,” she said.";
    expect(links(text, [maria])).toEqual(["Maria Lopez"]);
  });

  it("links across paragraphs", () => {
    expect(links("Maria Lopez spoke on Monday.\n\nShe said the plan was ready.", [maria])).toEqual(["Maria Lopez"]);
  });

  it("links a person of unknown gender only when no one else could be meant, then knows the gender", () => {
    const text = "Kwame Asante spoke first. He said the vote was fair. Asante later met Maria Lopez. He said she agreed.";
    expect(links(text, [asante, maria])).toEqual(["Kwame Asante", "Kwame Asante", "Maria Lopez"]);
    expect(links("Kwame Asante met David Chen. He said the talks failed.", [asante, david])).toEqual(["-"]);
  });

  it("links a person of unknown gender alone in the pronoun's own sentence", () => {
    expect(links("Maria Lopez called on Monday. Asante said his team was ready.", [maria, asante])).toEqual(["Kwame Asante"]);
  });

  it("picks the one person of the pronoun's gender in the nearest sentence", () => {
    expect(links("Maria Lopez and David Chen met, and his plan won.", [maria, david])).toEqual(["David Chen"]);
  });

  it("reads no pronoun in a headline, and links no body pronoun to a caption", () => {
    expect(links("He wins again #\n\nThe count ended on Monday.", [])).toEqual(["-"]);
    expect(links("David Chen at the rally @\n\nHe said the count was fair.", [david])).toEqual(["-"]);
  });

  it("reads no pronoun inside a name", () => {
    const liu: Given = { name: "Liu He", forms: ["Liu He"] };
    const text = "David Chen met Liu He in Beijing. Liu He said the talks went well, and he agreed.";
    expect(links(text, [david, liu])).toEqual(["-", "-", "Liu He"]);
    const firm: Given = { name: "She Writes AI", type: "ORG" };
    expect(links("Maria Lopez joined She Writes AI in May. She leads its sales.", [maria, firm])).toEqual(["-", "Maria Lopez"]);
  });

  it("ignores entities that are not people", () => {
    expect(links("Acme Corp grew fast. He said so.", [{ name: "Acme Corp", type: "ORG" }])).toEqual(["-"]);
  });

  it("handles empty text and text without people", () => {
    expect(links("", [])).toEqual([]);
    expect(links("He said she said.", [])).toEqual(["-", "-"]);
  });

  it("stays linear on a long text full of pronouns", () => {
    const text = "David Chen spoke. " + "He said he was ready and his team agreed. ".repeat(5000);
    const t0 = performance.now();
    const out = links(text, [david]);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(out.slice(0, 3)).toEqual(["David Chen", "David Chen", "David Chen"]);
    expect(out.length).toBe(15000);
  });
});
