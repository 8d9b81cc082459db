import { describe, expect, it } from "vitest";
import { commonWords, nameSpan } from "./speakers.js";

describe("nameSpan", () => {
  const text = "Officials said. Sen. Ada Marsh said so. Harbour Board's Jon Grey agreed. Ada and Jon left. I think, said Marsh's aide.";
  const common = commonWords([text, "the officials met", "officials agreed"]);
  const span = (s: string) => {
    const start = text.indexOf(s);
    const n = nameSpan(text, start, start + s.length, common);
    return n && text.slice(n.start, n.end);
  };

  it("takes the name after titles and possessives, without a trailing 's", () => {
    expect(span("Sen. Ada Marsh")).toBe("Ada Marsh");
    expect(span("Harbour Board's Jon Grey")).toBe("Jon Grey");
    expect(span("Marsh's")).toBe("Marsh");
  });

  it("skips pronouns, pairs joined by 'and', and words the corpus mostly writes in lower case", () => {
    expect(span("I")).toBeUndefined();
    expect(span("Ada and Jon")).toBeUndefined();
    expect(span("Officials")).toBeUndefined();
  });
});
