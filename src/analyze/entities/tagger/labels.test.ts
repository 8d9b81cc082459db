import { describe, expect, it } from "vitest";
import { DecodeBuffer, TRANS_SIZE, viterbi } from "./decode.js";
import { NUM_LABELS, allowed, endOk, labelName, labelsToSpans, spansToLabels, startOk } from "./labels.js";

describe("BILOU labels", () => {
  it("round-trips spans through labels", () => {
    const spans = [
      { start: 0, end: 2, type: 0 },
      { start: 2, end: 3, type: 0 },
      { start: 4, end: 7, type: 3 },
    ];
    const labels = spansToLabels(8, spans);
    expect([...labels].map(labelName)).toEqual(["B-PER", "L-PER", "U-PER", "O", "B-MISC", "I-MISC", "L-MISC", "O"]);
    expect(labelsToSpans(labels)).toEqual(spans);
  });

  it("decodes invalid sequences leniently", () => {
    // I-ORG I-ORG (no B, no L) still reads as one ORG; a type change splits.
    const iOrg = 2 + 4 * 1;
    const iLoc = 2 + 4 * 2;
    expect(labelsToSpans([iOrg, iOrg, iLoc])).toEqual([
      { start: 0, end: 2, type: 1 },
      { start: 2, end: 3, type: 2 },
    ]);
  });

  it("allows only valid transitions", () => {
    const bPer = 1;
    const lPer = 3;
    const iOrg = 6;
    expect(allowed[bPer * NUM_LABELS + lPer]).toBe(1);
    expect(allowed[bPer * NUM_LABELS + iOrg]).toBe(0);
    expect(allowed[0 * NUM_LABELS + iOrg]).toBe(0);
    expect(startOk[iOrg]).toBe(0);
    expect(endOk[bPer]).toBe(0);
  });
});

describe("viterbi", () => {
  it("finds the best valid path, not the per-token argmax", () => {
    const L = NUM_LABELS;
    const em = new Float32Array(2 * L);
    // Token 0 prefers I-PER (invalid at start), a bit less B-PER; token 1 prefers L-PER.
    em[2] = 5;
    em[1] = 4;
    em[L + 3] = 5;
    const out = new Uint8Array(2);
    viterbi(em, 2, new Float32Array(TRANS_SIZE), out, new DecodeBuffer());
    expect([...out].map(labelName)).toEqual(["B-PER", "L-PER"]);
  });
});
