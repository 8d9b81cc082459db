import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.js";

/** What a UTF-8 string becomes when its bytes are read as Latin-1 (C1 controls kept) and written again. */
const viaLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
/** The same through Windows-1252, where 0x80-0x9F are signs ("’" becomes "â€™"). */
const viaCp1252 = (s: string) => new TextDecoder("windows-1252").decode(new TextEncoder().encode(s));

describe("repairMojibake", () => {
  it("repairs UTF-8 read once as Latin-1 or Windows-1252: quotes, dashes, accents, euro, emoji", () => {
    const original = "The investor’s guide — café prices rose 5 € “fast” 🙂";
    expect(repairMojibake(viaLatin1(original))).toEqual({ text: original, repaired: 7 });
    expect(repairMojibake(viaCp1252(original)).text).toBe(original);
  });

  it("leaves well-formed text alone, including Latin-1 letters next to signs", () => {
    for (const text of ["Ça coûte 5 £ à Zürich.", "Ünal said: “no”.", "MÜNCHEN… ÉTÉ’S", "plain ascii", ""]) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    }
  });

  it("keeps a suspect sequence that does not decode to a plausible character", () => {
    // "â" + two C1 controls that are not valid UTF-8 continuation as a whole stays as it was.
    const odd = "x\u00e2\u0080y";
    expect(repairMojibake(odd).text).toBe(odd);
  });

  it("is linear on a long suspect text", () => {
    const long = viaLatin1("’a").repeat(200_000);
    const t0 = performance.now();
    expect(repairMojibake(long).repaired).toBe(200_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
