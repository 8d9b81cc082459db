import { describe, expect, it } from "vitest";
import { parseConll, tagsToSpans } from "./conll.js";

const IOB1 = `-DOCSTART- -X- O O

Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
visited VBD I-VP O
Oslo NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
Bolt NNP I-NP B-ORG
merged VBD I-VP O
`;

describe("parseConll", () => {
  it("splits documents on -DOCSTART- and sentences on blank lines, taking the last column as the tag", () => {
    const docs = parseConll(IOB1);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toHaveLength(1);
    expect(docs[0]![0]!.map((t) => t.text)).toEqual(["Anna", "Berg", "visited", "Oslo", "."]);
    expect(docs[1]![0]!.map((t) => t.tag)).toEqual(["I-ORG", "B-ORG", "O"]);
  });

  it("treats a file without -DOCSTART- as one document", () => {
    expect(parseConll("a O\nb B-PER\n\nc O\n")).toEqual([
      [
        [
          { text: "a", tag: "O" },
          { text: "b", tag: "B-PER" },
        ],
        [{ text: "c", tag: "O" }],
      ],
    ]);
  });
});

describe("tagsToSpans", () => {
  it("decodes IOB1: I- after O starts, B- splits two adjacent entities of one type", () => {
    expect(tagsToSpans(["I-ORG", "B-ORG", "O"])).toEqual([
      { start: 0, end: 1, type: "ORG" },
      { start: 1, end: 2, type: "ORG" },
    ]);
  });

  it("decodes IOB2 and type changes", () => {
    expect(tagsToSpans(["B-PER", "I-PER", "I-LOC", "O", "B-MISC"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 2, end: 3, type: "LOC" },
      { start: 4, end: 5, type: "MISC" },
    ]);
  });

  it("accepts a B- right after O as an entity start (the irregular train tags)", () => {
    expect(tagsToSpans(["O", "B-MISC", "I-MISC"])).toEqual([{ start: 1, end: 3, type: "MISC" }]);
  });
});
