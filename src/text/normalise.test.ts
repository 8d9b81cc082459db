import { describe, expect, it } from "vitest";
import { normalise } from "./normalise.js";

describe("normalise", () => {
  it("returns plain ASCII text unchanged with an identity mapping", () => {
    const n = normalise("Plain text, nothing to do.");
    expect(n.identity).toBe(true);
    expect(n.text).toBe("Plain text, nothing to do.");
    expect(n.toOriginal(6, 10)).toEqual([6, 10]);
  });

  it("folds quotes, dashes, spaces and CRLF and maps every range back to the original", () => {
    const original = "“Talks”\u00a0resume \u2014 Kyiv’s envoy\r\nsaid so.";
    const n = normalise(original);
    expect(n.text).toBe('"Talks" resume \u2014 Kyiv\'s envoy\nsaid so.');
    const at = (word: string) => {
      const i = n.text.indexOf(word);
      const [s, e] = n.toOriginal(i, i + word.length);
      return original.slice(s, e);
    };
    expect(at('"Talks"')).toBe("“Talks”");
    expect(at("Kyiv's")).toBe("Kyiv’s");
    expect(at("envoy\nsaid")).toBe("envoy\r\nsaid");
    expect(at("said so.")).toBe("said so.");
  });

  it("drops zero-width characters and soft hyphens but keeps them inside the mapped range", () => {
    const original = "Ukr\u00adaine and\u200b Poland";
    const n = normalise(original);
    expect(n.text).toBe("Ukraine and Poland");
    const [s, e] = n.toOriginal(0, "Ukraine".length);
    expect(original.slice(s, e)).toBe("Ukr\u00adaine");
    const p = n.text.indexOf("Poland");
    expect(original.slice(...n.toOriginal(p, p + 6))).toBe("Poland");
  });

  it("keeps ZWNJ (Persian) and expands ligatures with a mapping that covers the ligature", () => {
    expect(normalise("می\u200cخواهم").text).toBe("می\u200cخواهم");
    const original = "the \ufb01nal offer";
    const n = normalise(original);
    expect(n.text).toBe("the final offer");
    expect(original.slice(...n.toOriginal(4, 9))).toBe("\ufb01nal");
    const o = n.text.indexOf("offer");
    expect(original.slice(...n.toOriginal(o, o + 5))).toBe("offer");
  });

  it("writes hyphen variants as '-' and dash variants as one em dash", () => {
    expect(normalise("non\u2010stop re\u2011run e\ufe63mail ｅ－ｍａｉｌ").text).toBe("non-stop re-run e-mail e-mail");
    expect(normalise("4\u20135 a\u2014b 555\u20121234 a\u2015b 3\u22122 a\ufe58b").text).toBe(
      "4\u20145 a\u2014b 555\u20141234 a\u2014b 3\u20142 a\u2014b",
    );
  });

  it("maps full-width ASCII one to one", () => {
    const n = normalise("ＵＮ ｖｏｔｅ");
    expect(n.text).toBe("UN vote");
    expect(n.toOriginal(3, 7)).toEqual([3, 7]);
  });
});
