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
    for (const text of ["Ça coûte 5 £ à Zürich.", "Ünal said: “no”.", "MÜNCHEN… ÉTÉ’S", "naïve ¸ âge¤", "56℃ ⭐️ → ½", "plain ascii", ""]) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    }
  });

  it("repairs symbols, arrows and emoji variation selectors", () => {
    const original = "It reached 56℃ → 5 ⭐ ⭐️";
    expect(repairMojibake(viaLatin1(original)).text).toBe(original);
    expect(repairMojibake(viaCp1252(original)).text).toBe(original);
  });

  it("in HTML, repairs sequences written as character references, whole or in part", () => {
    const html = "<p>isn&acirc;&euro;&trade;t &#226;&#128;&#156;so&acirc;&euro;&#157; &Atilde;&copy;t&eacute; caf\u00c3&copy;</p>";
    expect(repairMojibake(html, true)).toEqual({ text: "<p>isn’t “so” ét&eacute; café</p>", repaired: 5 });
    // Outside HTML a reference is text.
    expect(repairMojibake(html).text).toBe(html);
  });

  it("in HTML, leaves well-formed character references alone", () => {
    for (const html of [
      "<p>cr&egrave;me br&ucirc;l&eacute;e &agrave; l&rsquo;&acirc;ge d&rsquo;or</p>",
      "<p>&laquo;&nbsp;Oui&nbsp;&raquo; &copy;&nbsp;2024 &pound;5 &euro;3 &Acirc;ge&reg; &#226;ge</p>",
      "<a href='?a=1&amp;b=2&amp;c=&#169;'>&lt;&gt;&amp;&quot;</a>",
    ]) {
      expect(repairMojibake(html, true)).toEqual({ text: html, repaired: 0 });
    }
  });

  it("reads a lone C1 control as the Windows-1252 sign it stands for", () => {
    expect(repairMojibake("we\u0092re \u0093here\u0094")).toEqual({ text: "we’re “here”", repaired: 3 });
    // 0x81 has no sign; a C1 control after a Latin-1 character belongs to a sequence (Hebrew "×\u0091").
    for (const text of ["a\u0081b", "\u00d7\u0091\u00d7\u00b0"]) expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
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
