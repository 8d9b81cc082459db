import { describe, expect, it } from "vitest";
import type { ReadResult } from "../article.js";
import { readInput, readStream } from "../index.js";

const CSV = [
  "title,author,date,url,content",
  'Ferry returns,Ana Ruiz,2024-07-01,https://quay.example/ferry,"The ferry returns on Monday, after repairs.\n\nTickets go on sale today."',
  'Bridge plan,"Tom Lee, Ana Ruiz",2024-07-02,https://quay.example/bridge,"The council approved the ""new"" bridge plan."',
  ",,,https://quay.example/link-only,",
].join("\r\n");

const inMemory = (data: string | Uint8Array, path = "news.csv", map?: Record<string, string>): ReadResult[] => [
  ...readInput({ bytes: typeof data === "string" ? Buffer.from(data) : data, path }, map ? { map } : {}),
];

async function streamed(data: string, path = "news.csv", options: { maxBytes?: number; map?: Record<string, string> } = {}) {
  const out: ReadResult[] = [];
  const bytes = Buffer.from(data);
  const open = async function* () {
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
  };
  for await (const r of readStream({ path, open }, options)) out.push(r);
  return out;
}

const summary = (rs: ReadResult[]) => rs.map((r) => (r.ok ? r.article.metadata.headline : r.error.code));

describe("CSV exports", () => {
  it("reads each row as a record, in memory and streamed: quoted commas, quotes and line breaks", async () => {
    for (const rs of [inMemory(CSV), await streamed(CSV)]) {
      expect(summary(rs)).toEqual(["Ferry returns", "Bridge plan", "NO_ARTICLE"]);
      const [a, b] = rs.flatMap((r) => (r.ok ? [r.article] : []));
      expect(a!.text).toBe("The ferry returns on Monday, after repairs.\n\nTickets go on sale today.");
      expect(a!.metadata).toMatchObject({ authors: ["Ana Ruiz"], date: "2024-07-01", url: "https://quay.example/ferry" });
      expect(a!.source).toMatchObject({ kind: "jsonl", path: "news.csv", url: "https://quay.example/ferry" });
      expect(b!.text).toBe('The council approved the "new" bridge plan.');
      expect(b!.metadata.authors).toEqual(["Tom Lee", "Ana Ruiz"]);
      expect(rs[2]).toMatchObject({ source: { url: "https://quay.example/link-only" } });
    }
  });

  it("is told by a header naming a text column, whatever the file is called; columns in any case; TSV", async () => {
    const tsv = "Headline\tText\tSource\nFerry returns\tThe ferry returns on Monday.\tQuay Post\n";
    for (const rs of [inMemory(tsv, "export.txt"), await streamed(tsv, "-")]) {
      expect(rs).toMatchObject([
        { ok: true, article: { text: "The ferry returns on Monday.", metadata: { headline: "Ferry returns", publisher: "Quay Post" } } },
      ]);
    }
    // --map names a column in any case.
    const mapped = inMemory("id;Body Text;Heading\n1;The ferry returns.;Ferry\n", "a.csv", { text: "body text", headline: "HEADING" });
    expect(mapped).toMatchObject([{ ok: true, article: { text: "The ferry returns.", metadata: { headline: "Ferry" } } }]);
    // Prose with commas in its first line is text, not a table.
    const prose = "Council votes, again, on the bridge\n\nThe council met on Tuesday, and voted.\n";
    expect(inMemory(prose, "story.txt")).toMatchObject([{ ok: true, article: { source: { kind: "text" } } }]);
  });

  it("a quote never closed, or a row over the size limit, ends the reading there, saying so", async () => {
    const big = `title,text\nFirst,The first row.\nSecond,"${"long words ".repeat(20_000)}"\nThird,The third row.\n`;
    const open = `title,text\nFirst,The first row.\nSecond,"a quote never closed\nThird,The third row.\n`;
    for (const rs of [await streamed(big, "big.csv", { maxBytes: 50_000 }), await streamed(open, "big.csv"), inMemory(open, "big.csv")]) {
      expect(summary(rs)).toEqual(["First", "CORRUPT_RECORD"]);
      expect(!rs[1]!.ok && rs[1]!.error.message).toMatch(/^big\.csv line \d+: .*; the rows from there on were not read$/);
    }
  });

  it("reads a Windows-1252 export", () => {
    const bytes = Buffer.from("title,text\nCaf\xe9 opens,The caf\xe9 opens on the quay \x96 at last.\n", "latin1");
    const [r] = inMemory(bytes);
    expect(r).toMatchObject({ ok: true, article: { text: "The café opens on the quay – at last.", metadata: { headline: "Café opens" } } });
  });

  it("reads a table without a header whose rows hold web addresses (GDELT's files) as links to fetch", async () => {
    // Made-up rows in the shape of a GDELT event file: tab-separated, no header, the source URL last.
    const row = (id: number, url: string) => `${id}\t20261128\t202611\tGOV\tCouncil\t\t042\t3.4\t${url}`;
    const gdelt = [row(1, "https://quay.example/2026/11/28/bridge"), row(2, "https://quay.example/ferry?id=7")].join("\n") + "\n";
    for (const rs of [inMemory(gdelt, "20261128.export.CSV"), await streamed(gdelt, "-")]) {
      expect(rs.map((r) => (r.ok ? "article" : `${r.error.code} ${r.source.url}`))).toEqual([
        "NO_ARTICLE https://quay.example/2026/11/28/bridge",
        "NO_ARTICLE https://quay.example/ferry?id=7",
      ]);
      expect(!rs[0]!.ok && rs[0]!.error.message).toMatch(
        /line 1 has no text field .* and only a link \(https:\/\/quay\.example\/2026\/11\/28\/bridge\) to fetch$/,
      );
    }
    // A GKG-like row: more ";" and "," inside its cells than tabs between them.
    const gkg = `20261128-1\t20261128000000\t1\tquay.example\thttps://quay.example/a\tx;y;z;w\ta,b;c,d;e,f;g,h\n`.repeat(2);
    expect(inMemory(gkg, "20261128.gkg.csv").map((r) => !r.ok && r.source.url)).toEqual([
      "https://quay.example/a",
      "https://quay.example/a",
    ]);
    // --map names the numbered columns; a single row counts in a .csv file only.
    const mapped = inMemory("Ferry returns,The ferry returns on Monday.,https://quay.example/f\n", "a.csv", {
      headline: "column 1",
      text: "column 2",
    });
    expect(mapped).toMatchObject([
      {
        ok: true,
        article: { text: "The ferry returns on Monday.", metadata: { headline: "Ferry returns", url: "https://quay.example/f" } },
      },
    ]);
    expect(inMemory("See https://quay.example/f, it opens, on Monday\n", "notes.txt")).toMatchObject([
      { ok: true, article: { source: { kind: "text" } } },
    ]);
  });
});
