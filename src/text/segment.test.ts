import { describe, expect, it } from "vitest";
import { segment } from "./segment.js";
import { tokenize } from "./tokens.js";

const sentences = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));
const words = (text: string) => tokenize(text).map((t) => t.text);

function expectExactOffsets(text: string) {
  for (const s of segment(text)) {
    expect(s.tokens.length).toBeGreaterThan(0);
    expect(s.start).toBe(s.tokens[0]!.start);
    expect(s.end).toBe(s.tokens[s.tokens.length - 1]!.end);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
}

describe("tokenize", () => {
  it("keeps abbreviations, initialisms, numbers and dates whole and splits clitics", () => {
    expect(words("Gen. Ortiz met Mr. Lee at No. 10 on Jan. 5 at 9 a.m. in the U.S. capital.")).toEqual([
      "Gen.",
      "Ortiz",
      "met",
      "Mr.",
      "Lee",
      "at",
      "No.",
      "10",
      "on",
      "Jan.",
      "5",
      "at",
      "9",
      "a.m.",
      "in",
      "the",
      "U.S.",
      "capital",
      ".",
    ]);
    expect(words("Norway's 1,250.75-tonne quota, set on 2024-03-01 at 14:30, isn't final.")).toEqual([
      "Norway",
      "'s",
      "1,250.75-tonne",
      "quota",
      ",",
      "set",
      "on",
      "2024-03-01",
      "at",
      "14:30",
      ",",
      "is",
      "n't",
      "final",
      ".",
    ]);
  });

  it("reads typographic quotes and apostrophes like plain ones but returns the original characters", () => {
    expect(words("“Oslo’s port,” she said.")).toEqual(["“", "Oslo", "’s", "port", ",", "”", "she", "said", "."]);
  });

  it("takes a period after 'No' only before a number", () => {
    expect(words("The answer was No. Then they left.")).toEqual(["The", "answer", "was", "No", ".", "Then", "they", "left", "."]);
  });

  it("keeps URLs whole without their trailing punctuation", () => {
    expect(words("See https://example.org/report?id=7. Then")).toEqual(["See", "https://example.org/report?id=7", ".", "Then"]);
    expect(words("See www.example.org\u2014the site")).toEqual(["See", "www.example.org", "\u2014", "the", "site"]);
  });

  it("joins words across hyphens but not across dashes", () => {
    expect(words("a well-known, non\u2010stop, re\u2011run, ｅ－ｍａｉｌ pet")).toEqual([
      "a",
      "well-known",
      ",",
      "non\u2010stop",
      ",",
      "re\u2011run",
      ",",
      "ｅ－ｍａｉｌ",
      "pet",
    ]);
    expect(words("your pet\u2014and wallet, pages 4\u20135, 3\u22122, 555\u20121234, a\u2015b")).toEqual([
      "your",
      "pet",
      "\u2014",
      "and",
      "wallet",
      ",",
      "pages",
      "4",
      "\u2013",
      "5",
      ",",
      "3",
      "\u2212",
      "2",
      ",",
      "555",
      "\u2012",
      "1234",
      ",",
      "a",
      "\u2015",
      "b",
    ]);
    expect(words("wait\u2014\u2014no, wait--no")).toEqual(["wait", "\u2014\u2014", "no", ",", "wait", "--", "no"]);
  });

  it("keeps emoji sequences and non-Latin words whole", () => {
    expect(words("Great 👍🏽 news")).toEqual(["Great", "👍🏽", "news"]);
    expect(words("Министр заявил: «Да».")).toEqual(["Министр", "заявил", ":", "«", "Да", "»", "."]);
    expect(words("मंत्री ने कहा।")).toEqual(["मंत्री", "ने", "कहा", "।"]);
  });
});

describe("segment", () => {
  it("does not end sentences at title, month, company or number abbreviations", () => {
    expect(sentences("Gen. Ortiz and Mr. Lee met Acme Inc. staff at No. 10 on Jan. 5 at 9 a.m. with U.S. envoys. They left.")).toEqual([
      "Gen. Ortiz and Mr. Lee met Acme Inc. staff at No. 10 on Jan. 5 at 9 a.m. with U.S. envoys.",
      "They left.",
    ]);
  });

  it("ends a sentence at a suffix abbreviation before a typical opener", () => {
    expect(sentences("The firm moved to the U.S. The board agreed. Pay rose at Acme Inc. It was late.")).toEqual([
      "The firm moved to the U.S.",
      "The board agreed.",
      "Pay rose at Acme Inc.",
      "It was late.",
    ]);
  });

  it("keeps initials inside names", () => {
    expect(sentences("John F. Kennedy spoke. Then J. R. Smith did.")).toEqual(["John F. Kennedy spoke.", "Then J. R. Smith did."]);
  });

  it("keeps closing quotes and brackets with the sentence they close", () => {
    expect(sentences('He said: "The port is open." Ships waited. (They had waited a week.) “Go.” Done!')).toEqual([
      'He said: "The port is open."',
      "Ships waited.",
      "(They had waited a week.)",
      "“Go.”",
      "Done!",
    ]);
  });

  it("goes on after a quoted question or exclamation followed by lower case", () => {
    expect(sentences('"Why now?" she asked. "Stop!" he shouted. Really?! Yes.')).toEqual([
      '"Why now?" she asked.',
      '"Stop!" he shouted.',
      "Really?!",
      "Yes.",
    ]);
    expect(sentences("\u201cWhy now?\u201d\u2014she asked. Then?\u2013so. Yes.")).toEqual([
      "\u201cWhy now?\u201d\u2014she asked.",
      "Then?\u2013so.",
      "Yes.",
    ]);
  });

  it("ends sentences at line breaks and paragraphs, with CRLF too", () => {
    expect(sentences("Kyiv talks resume\nby Staff Writer\r\n\r\nThe talks resumed on Monday. Both sides came.")).toEqual([
      "Kyiv talks resume",
      "by Staff Writer",
      "The talks resumed on Monday.",
      "Both sides came.",
    ]);
  });

  it("splits Arabic, Hindi and Chinese sentences at their own terminators", () => {
    expect(sentences("هل انتهت المحادثات؟ نعم.")).toEqual(["هل انتهت المحادثات؟", "نعم."]);
    expect(sentences("बातचीत हुई। सब सहमत थे।")).toEqual(["बातचीत हुई।", "सब सहमत थे।"]);
    expect(sentences("会谈结束了。双方同意。")).toEqual(["会谈结束了。", "双方同意。"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(segment("")).toEqual([]);
    expect(segment(" \n\t\r\n ")).toEqual([]);
  });

  it("gives exact offsets into the original for typographic, zero-width and CRLF text", () => {
    expectExactOffsets("“Kyiv’s envoy\u00a0—\u200b a veteran,” said Gen.\u00a0Ortiz.\r\n\r\nThe ﬁnal talks ended…");
  });
});

describe("segment on hostile input", () => {
  const timed = (text: string) => {
    const started = performance.now();
    const result = segment(text);
    return { result, ms: performance.now() - started };
  };

  it("handles a 5 MB line of words in bounded time", () => {
    const { result, ms } = timed("The ship sailed on and ".repeat(220_000));
    expect(result).toHaveLength(1);
    expect(result[0]!.tokens).toHaveLength(5 * 220_000);
    expect(ms).toBeLessThan(5000);
  });

  it("handles a 10,000-token sentence", () => {
    const text = "word ".repeat(10_000) + "end.";
    const { result, ms } = timed(text);
    expect(result).toHaveLength(1);
    expect(result[0]!.tokens).toHaveLength(10_002);
    expect(ms).toBeLessThan(500);
  });

  it("cuts 5 MB with no spaces (Latin and non-Latin) into bounded tokens without overflowing", () => {
    for (const text of ["x".repeat(5_000_000), "ข้าว".repeat(1_250_000), "é".repeat(5_000_000)]) {
      const { result, ms } = timed(text);
      expect(result).toHaveLength(1);
      const tokens = result[0]!.tokens;
      expect(tokens[0]!.start).toBe(0);
      expect(tokens[tokens.length - 1]!.end).toBe(text.length);
      expect(ms).toBeLessThan(3000);
    }
  });

  it("handles long runs of punctuation, emoji and abbreviations", () => {
    for (const text of [
      '."'.repeat(500_000),
      "-.".repeat(500_000),
      "🙂".repeat(300_000),
      "U.S. ".repeat(200_000),
      "http://".repeat(100_000),
      "\n".repeat(1_000_000),
    ]) {
      const { result, ms } = timed(text);
      expect(ms).toBeLessThan(3000);
      const last = result[result.length - 1];
      if (last) expect(last.end).toBeLessThanOrEqual(text.length);
    }
  });
});
