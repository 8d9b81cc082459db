import { describe, expect, it } from "vitest";
import type { ReadResult } from "../article.js";
import { readInput } from "../index.js";

const read = (json: string, path = "feed.json"): ReadResult[] => [...readInput({ bytes: Buffer.from(json), path })];
const BODY = "<p>The ferry returns on Monday after a month of repairs.</p><p>Tickets go on sale at the quay today.</p>";

const FEED = {
  version: "https://jsonfeed.org/version/1.1",
  title: "Quay Post",
  language: "en-GB",
  items: [
    {
      id: "1",
      url: "https://quay.example/ferry",
      title: "Ferry returns",
      content_html: BODY,
      summary: "Repairs are done.",
      date_published: "2024-07-01T10:00:00+01:00",
      date_modified: "2024-07-02T08:00:00+01:00",
      authors: [{ name: "Ana Ruiz" }, { url: "https://quay.example/tom" }],
      tags: ["Transport", "Harbour"],
    },
    {
      id: "2",
      url: "https://quay.example/note",
      title: "A note <script>alert(1)</script>",
      content_text: "First line of the note.\nSecond line.\n\nA second paragraph with 3 < 4 & <b>no markup</b>.",
      author: { name: "Tom Lee" },
    },
    { id: "3", url: "https://quay.example/link-only", title: "Link only" },
    "not an item",
  ],
};

describe("JSON Feed", () => {
  it("reads items as articles, a link-only item as a link to fetch, a bad item as an error", () => {
    for (const json of [JSON.stringify(FEED, null, 2), JSON.stringify(FEED)]) {
      const rs = read(json);
      expect(rs.map((r) => (r.ok ? r.article.source.kind : r.error.code))).toEqual(["feed", "feed", "NO_ARTICLE", "CORRUPT_RECORD"]);
      const [a, b] = rs.flatMap((r) => (r.ok ? [r.article] : []));
      expect(a!.metadata).toMatchObject({
        headline: "Ferry returns",
        url: "https://quay.example/ferry",
        publisher: "Quay Post",
        language: "en",
        authors: ["Ana Ruiz"],
        section: "Transport",
        published: "2024-07-01T10:00:00+01:00",
        updated: "2024-07-02T08:00:00+01:00",
      });
      expect(a!.text).toBe("The ferry returns on Monday after a month of repairs.\n\nTickets go on sale at the quay today.");
      // Plain text stays text: its markup is not read as HTML.
      expect(b!.text).toBe("First line of the note.\nSecond line.\n\nA second paragraph with 3 < 4 & <b>no markup</b>.");
      expect(b!.metadata).toMatchObject({ authors: ["Tom Lee"], headline: "A note <script>alert(1)</script>" });
      expect(rs[2]).toMatchObject({ source: { url: "https://quay.example/link-only" } });
      expect(!rs[3]!.ok && rs[3]!.error.message).toBe("feed.json item 4 is not a JSON object; skipped");
    }
  });

  it("is told by its version, not by its name", () => {
    const other = { version: "2", title: "Not a feed", items: [{ text: "x" }] };
    expect(read(JSON.stringify(other))).toMatchObject([{ ok: false, error: { code: "NO_ARTICLE" } }]);
    expect(read(JSON.stringify(FEED), "export.jsonl")[0]).toMatchObject({ ok: true, article: { source: { kind: "feed" } } });
  });
});
