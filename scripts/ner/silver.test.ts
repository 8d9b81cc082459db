import { describe, expect, it } from "vitest";
import { lowestScores, surfaceReason } from "./silver.js";

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
