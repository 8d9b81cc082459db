import { describe, expect, it } from "vitest";
import { DecodeBuffer, TRANS_SIZE, viterbi } from "../../src/analyze/entities/tagger/decode.js";
import { NUM_LABELS as L, allowed, endOk, startOk } from "../../src/analyze/entities/tagger/labels.js";
import { rng } from "./perceptron.js";
import { emissionMargins, lowestScores, pathMargins, surfaceReason } from "./silver.js";

const toks = (s: string) => s.split(" ");

describe("surfaceReason (silver sentence filter)", () => {
  it("keeps running prose, names and quotes included", () => {
    expect(surfaceReason(toks("Mayor Jane Quillby told the Varnfield council on Tuesday that the bridge would reopen ."))).toBeNull();
    expect(surfaceReason(toks('" We will not wait any longer , " said Tomas Brelin of the Orlow Party .'))).toBeNull();
    expect(surfaceReason(toks("Does the Senate of Peltonia know where the money went ?"))).toBeNull();
  });

  it("drops short and long lines", () => {
    expect(surfaceReason(toks("Quillby wins ."))).toBe("short");
    expect(surfaceReason(toks(Array.from({ length: 60 }, () => "word").join(" ") + " ."))).toBe("long");
  });

  it("drops lines without a final stop and cut sentences", () => {
    expect(surfaceReason(toks("Mayor Jane Quillby told the council the bridge would reopen"))).toBe("no end");
    expect(surfaceReason(toks("and then the council of Varnfield voted to reopen the bridge ."))).toBe("start");
  });

  it("drops ALL-CAPS and Title-Case headlines", () => {
    expect(surfaceReason(toks("VARNFIELD MAYOR SAYS BRIDGE WILL REOPEN IN MAY ."))).toBe("caps");
    expect(surfaceReason(toks("Varnfield Mayor Says Bridge Will Reopen After The Flood Of March ."))).toBe("title");
  });

  it("drops bylines, credits and links", () => {
    expect(surfaceReason(toks("By Jane Quillby and Tomas Brelin , Staff Writers ."))).toBe("credit");
    expect(surfaceReason(toks("The bridge in Varnfield , seen on Monday ( Getty Images ) ."))).toBe("credit");
    expect(surfaceReason(toks("Follow Jane Quillby on Twitter at @jquillby for more ."))).toBe("credit");
    expect(surfaceReason(toks("Read the full report from the Varnfield council at www.example.org ."))).toBe("credit");
  });
});

describe("lowestScores", () => {
  it("separates the least certain name token from the least certain other token", () => {
    // Labels: O, U-PER (4), O; margins in weight units, temperature 10.
    const low = lowestScores(Uint8Array.from([0, 4, 0]), Float32Array.from([20, 10, -5]), 10);
    expect(low.span).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    expect(low.other).toBeCloseTo(1 / (1 + Math.exp(0.5)), 6);
    expect(lowestScores(new Uint8Array(2), Float32Array.from([3, 4]), 10).span).toBe(1);
  });
});

describe("token margins", () => {
  const rand = rng(7);
  const n = 3;
  const em = Float32Array.from({ length: n * L }, () => 10 * rand() - 5);
  const trans = Float32Array.from({ length: TRANS_SIZE }, () => 4 * rand() - 2);
  const labels = new Uint8Array(n);
  viterbi(em, n, trans, labels, new DecodeBuffer());

  it("emission margins compare a token's label with its best other label only", () => {
    const m = emissionMargins(em, labels);
    const row = Array.from(em.subarray(0, L));
    expect(m[0]).toBeCloseTo(row[labels[0]!]! - Math.max(...row.filter((_, y) => y !== labels[0])), 4);
  });

  it("path margins equal brute-force best sequence minus best sequence with another label at the token", () => {
    const best = new Array<number>(n * L).fill(-Infinity);
    for (let s = 0; s < L ** n; s++) {
      const ys = [s % L, Math.floor(s / L) % L, Math.floor(s / L / L)];
      if (!startOk[ys[0]!] || !endOk[ys[n - 1]!] || !allowed[ys[0]! * L + ys[1]!] || !allowed[ys[1]! * L + ys[2]!]) continue;
      let v = trans[L * L + ys[0]!]! + trans[L * L + L + ys[n - 1]!]!;
      ys.forEach((y, i) => (v += em[i * L + y]! + (i ? trans[ys[i - 1]! * L + y]! : 0)));
      ys.forEach((y, i) => (best[i * L + y] = Math.max(best[i * L + y]!, v)));
    }
    const m = pathMargins(em, trans, labels);
    for (let i = 0; i < n; i++) {
      const other = Math.max(...best.slice(i * L, i * L + L).filter((_, y) => y !== labels[i]));
      expect(m[i]).toBeGreaterThanOrEqual(0);
      expect(m[i]).toBeCloseTo(best[i * L + labels[i]!]! - other, 3);
    }
  });
});
