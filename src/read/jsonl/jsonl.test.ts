import { describe, expect, it } from "vitest";
import type { ReadResult } from "../article.js";
import { readInput, readStream } from "../index.js";

const read = (data: string | Uint8Array, options: { map?: Record<string, string>; path?: string } = {}): ReadResult[] => [
  ...readInput(
    { bytes: typeof data === "string" ? Buffer.from(data) : data, path: options.path ?? "export.jsonl" },
    options.map ? { map: options.map } : {},
  ),
];

const line = (o: object) => JSON.stringify(o);

describe("JSONL", () => {
  it("reads the default fields of each line", () => {
    const rs = read(
      [
        line({
          headline: "Ferry returns",
          text: "The ferry returned to service.",
          date: "2024-05-01T07:00:00+02:00",
          url: "https://isle.example/ferry",
          authors: ["Kim Park"],
          publisher: "Isle Post",
          language: "en",
        }),
        "",
        line({ title: "Second", body: "A second text.", author: { name: "Lee Ho" }, published: 1714546800 }),
      ].join("\n"),
    );
    expect(rs.every((r) => r.ok)).toBe(true);
    const [a, b] = rs.flatMap((r) => (r.ok ? [r.article] : []));
    expect(a!.text).toBe("The ferry returned to service.");
    expect(a!.source).toMatchObject({ kind: "jsonl", path: "export.jsonl", url: "https://isle.example/ferry" });
    expect(a!.metadata).toMatchObject({
      headline: "Ferry returns",
      published: "2024-05-01T07:00:00+02:00",
      date: "2024-05-01",
      authors: ["Kim Park"],
      publisher: "Isle Post",
      language: "en",
    });
    expect(b!.metadata).toMatchObject({ headline: "Second", authors: ["Lee Ho"], date: "2024-05-01" });
    expect(b!.text).toBe("A second text.");
  });

  it("reads an author field as a byline: names split, 'By' dropped, duplicates and floods bounded", () => {
    const authors = (v: unknown) => {
      const [r] = read(line({ text: "The ferry returned to service.", authors: v }));
      return r?.ok ? r.article.metadata.authors : undefined;
    };
    expect(authors("By Kim Park and Lee Ho")).toEqual(["Kim Park", "Lee Ho"]);
    expect(authors(["Kim Park", { name: "kim park" }, "Lee Ho"])).toEqual(["Kim Park", "Lee Ho"]);
    const t0 = performance.now();
    expect(authors(Array(500_000).fill("Kim Park"))).toEqual(["Kim Park"]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("follows --map, with dotted paths", () => {
    const [r] = read(line({ article: { copy: "Mapped text here.", hed: "Mapped" }, when: "2023-01-02" }), {
      map: { text: "article.copy", headline: "article.hed", date: "when" },
    });
    expect(r?.ok && r.article.text).toBe("Mapped text here.");
    expect(r?.ok && r.article.metadata).toMatchObject({ headline: "Mapped", date: "2023-01-02" });
  });

  it("reads a text field holding HTML as a body fragment", () => {
    const [r] = read(line({ text: "<p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p>" }));
    expect(r?.ok && r.article.text).toBe("First paragraph.\n\nSecond bold paragraph.");
    expect(r?.ok && r.article.blocks.map((b) => b.role)).toEqual(["body", "body"]);
    const [plain] = read(line({ text: "<b> is a tag, said the tutor." }));
    expect(plain?.ok && plain.article.text).toBe("<b> is a tag, said the tutor.");
  });

  it("reads an html field through the HTML reader when there is no text", () => {
    const [r] = read(line({ url: "https://a.example/x", html: "<html><body><p>Paragraph from markup.</p></body></html>" }));
    expect(r?.ok && r.article.text).toContain("Paragraph from markup.");
  });

  it("gives a live blog's updates after its page, as the HTML reader does, and goes on with the next line", () => {
    const item = (n: number) =>
      `<div id="post-${n}000" data-sort-time="${n}"><p>Update ${n}: the ferry talks went on into the evening at the harbour.</p></div>`;
    const html = `<html><body><article><p>The ferry talks at the harbour resumed this morning after a week of cancelled crossings.</p><amp-live-list><div items>${item(1)}${item(2)}</div></amp-live-list></article></body></html>`;
    const results = read([line({ url: "https://a.example/live", html }), line({ text: "Next line." })].join("\n"));
    expect(results.map((r) => r.ok && r.article.source.url)).toEqual([
      "https://a.example/live",
      "https://a.example/live#post-1000",
      "https://a.example/live#post-2000",
      undefined,
    ]);
    expect(results[0]?.ok && results[0].article.text).not.toContain("Update 1");
  });

  it("a bad line is an error for that line only; the others go on", () => {
    const binary = Buffer.concat([
      Buffer.from(line({ text: "First." }) + "\n"),
      Buffer.from([0x00, 0xff, 0x13, 0x00, 0x10, 0x0a]),
      Buffer.from(line({ text: "Third." }) + "\n{not json\n[1,2]\n" + line({ title: "no text" }) + "\n" + line({ text: "Last." })),
    ]);
    const rs = read(binary);
    expect(rs.map((r) => (r.ok ? r.article.text : r.error.code))).toEqual([
      "First.",
      "CORRUPT_RECORD",
      "Third.",
      "CORRUPT_RECORD",
      "CORRUPT_RECORD",
      "NO_ARTICLE",
      "Last.",
    ]);
    const messages = rs.flatMap((r) => (r.ok ? [] : [r.error.message]));
    expect(messages[0]).toMatch(/line 2 holds binary data/);
    expect(messages[1]).toMatch(/line 4 is not valid JSON/);
    expect(messages[3]).toMatch(/line 6 has no text field/);
  });

  it("reads the records an export wraps (a news API's answer), once, and only from an object that is no record", () => {
    const answer = {
      status: "ok",
      totalResults: 2,
      articles: [
        {
          source: { id: null, name: "Quay Post" },
          author: "Ana Ruiz",
          title: "Ferry returns",
          url: "https://quay.example/ferry",
          publishedAt: "2024-07-01T10:00:00Z",
          content: "The ferry returns on Monday after repairs. Tickets go on sale… [+1834 chars]",
        },
        { title: "Link only", url: "https://quay.example/link" },
      ],
    };
    for (const data of [JSON.stringify(answer, null, 2), line(answer)]) {
      const rs = read(data);
      expect(rs.map((r) => (r.ok ? r.article.metadata.headline : r.error.code))).toEqual(["Ferry returns", "NO_ARTICLE"]);
      expect(rs[0]).toMatchObject({
        ok: true,
        article: {
          metadata: { publisher: "Quay Post", authors: ["Ana Ruiz"], date: "2024-07-01" },
          text: "The ferry returns on Monday after repairs. Tickets go on sale",
          warnings: [
            {
              code: "SOURCE_TRUNCATED",
              message: expect.stringMatching(/articles item 1: the source cut its text, 1834 characters are missing$/),
            },
          ],
        },
      });
      expect(!rs[1]!.ok && rs[1]!.error.message).toMatch(/^export\.jsonl(?: line 1)? articles item 2 has no text field/);
    }
    // A record with a list (no text, but a headline), two lists, a list in a list: no records are guessed.
    for (const o of [
      { title: "Blocks", blocks: [{ text: "a" }] },
      { a: [{ text: "x" }], b: [{ text: "y" }] },
      { data: [{ items: [{ text: "x" }] }] },
    ])
      expect(read(line(o)).map((r) => !r.ok && r.error.code)).toEqual(["NO_ARTICLE"]);
  });

  it("reads answers that wrap their records twice, with the Guardian's and the New York Times' field names", () => {
    // Made-up answers in the shape of the two APIs (the Guardian with show-fields=bodyText,byline).
    const guardian = {
      response: {
        status: "ok",
        total: 2,
        results: [
          {
            webTitle: "Ferry returns to the quay",
            webUrl: "https://quay.example/ferry",
            webPublicationDate: "2026-11-27T08:00:00Z",
            sectionName: "Local",
            fields: { bodyText: "The ferry returns on Monday after repairs.", byline: "Ana Ruiz" },
          },
        ],
      },
    };
    expect(read(line(guardian))).toMatchObject([
      {
        ok: true,
        article: {
          text: "The ferry returns on Monday after repairs.",
          metadata: { headline: "Ferry returns to the quay", date: "2026-11-27", section: "Local", authors: ["Ana Ruiz"] },
        },
      },
    ]);
    const nyt = {
      status: "OK",
      response: {
        meta: { hits: 1 },
        docs: [
          {
            abstract: "The council approved the bridge.",
            web_url: "https://quay.example/bridge",
            headline: { main: "Bridge plan approved", kicker: null },
            pub_date: "2026-11-28T10:00:00+0000",
            byline: { original: "By Tom Lee and Ana Ruiz", person: [] },
            section_name: "Local",
          },
        ],
      },
    };
    // No full text: a link to fetch, with what the record says of its page.
    const [doc] = read(line(nyt));
    expect(doc).toMatchObject({
      ok: false,
      source: { url: "https://quay.example/bridge" },
      error: { code: "NO_ARTICLE", message: expect.stringMatching(/response\.docs item 1 has no text field/) },
      hints: {
        headline: "Bridge plan approved",
        standfirst: "The council approved the bridge.",
        authors: ["Tom Lee", "Ana Ruiz"],
        section: "Local",
      },
    });
    // Deeper than that, or beside a second object, nothing is guessed.
    for (const o of [{ a: { b: { c: [{ text: "x" }] } } }, { a: { list: [{ text: "x" }] }, b: { other: 1 } }])
      expect(read(line(o)).map((r) => !r.ok && r.error.code)).toEqual(["NO_ARTICLE"]);
  });

  it("a line in Latin-1 is read with a warning", () => {
    const bytes = Buffer.from('{"text":"Caf\u00e9 au lait, tr\u00e8s bien, d\u00e9j\u00e0 servi."}', "latin1");
    const [r] = read(bytes);
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.article.text).toContain("Caf\u00e9 au lait");
    expect(r.article.warnings.length).toBeGreaterThan(0);
  });
});

describe("JSONL streamed", () => {
  async function stream(data: Uint8Array, maxBytes?: number, chunk = 7): Promise<ReadResult[]> {
    const open = async function* () {
      for (let i = 0; i < data.length; i += chunk) yield data.subarray(i, i + chunk);
    };
    const out: ReadResult[] = [];
    for await (const r of readStream({ path: "export.jsonl", open }, maxBytes ? { maxBytes } : {})) out.push(r);
    return out;
  }
  const summary = (rs: ReadResult[]) => rs.map((r) => (r.ok ? r.article.text : r.error.code));

  it("gives the same results as in memory, lines split across chunks, no final newline", async () => {
    const data = Buffer.from(`\uFEFF${line({ text: "One." })}\r\n\n${line({ text: "Two." })}\n{bad\n${line({ text: "Three." })}`);
    const inMemory = summary(read(data));
    expect(inMemory).toEqual(["One.", "Two.", "CORRUPT_RECORD", "Three."]);
    expect(summary(await stream(data))).toEqual(inMemory);
  });

  it("reads an export larger than the byte limit whole; the limit applies to one line", async () => {
    const lines = Array.from({ length: 200 }, (_, i) => line({ text: `Story number ${i}.` }));
    lines.splice(100, 0, line({ text: "x".repeat(5000) }));
    const rs = await stream(Buffer.from(lines.join("\n")), 1024, 4096);
    expect(rs).toHaveLength(201);
    expect(summary(rs)[100]).toBe("CORRUPT_RECORD");
    expect(summary(rs).filter((s) => s.startsWith("Story"))).toHaveLength(200);
    expect(summary(rs)[200]).toBe("Story number 199.");
  });

  describe("JSON exports that are not JSON Lines, under any name or from stdin", () => {
    const a = { title: "Ferry returns", text: "The ferry returned to service." };
    const b = { title: "Pier closed", body: "The pier closed for repairs." };
    const texts = (rs: ReadResult[]) => rs.map((r) => (r.ok ? `${r.article.source.kind}:${r.article.text}` : r.error.code));

    it("a top-level array of objects gives one record per object, in memory and streamed", async () => {
      const data = Buffer.from(JSON.stringify([a, b], null, 2));
      for (const path of ["export.json", "-", "export.txt"]) {
        expect(texts(read(data, { path }))).toEqual(["jsonl:The ferry returned to service.", "jsonl:The pier closed for repairs."]);
      }
      expect(texts(await stream(data))).toEqual(["jsonl:The ferry returned to service.", "jsonl:The pier closed for repairs."]);
      expect(texts(read(`[${line(a)}, 3]`, { path: "x.json" }))).toEqual(["jsonl:The ferry returned to service.", "CORRUPT_RECORD"]);
    });

    it("a pretty-printed single object is one record", () => {
      expect(texts(read(JSON.stringify(a, null, 2), { path: "one.json" }))).toEqual(["jsonl:The ferry returned to service."]);
    });

    it("refuses a streamed document larger than the byte limit, bounded in memory", async () => {
      const big = Buffer.from(
        JSON.stringify(
          Array.from({ length: 300 }, () => a),
          null,
          1,
        ),
      );
      expect(texts(await stream(big, 1024, 4096))).toEqual(["UNSUPPORTED_INPUT"]);
    });

    it("JSONL with a corrupt first line, from stdin, and a .jsonl file with a '#' header", async () => {
      const data = `{"text": "cut off\n${line(a)}\n${line(b)}\n`;
      expect(texts(read(data, { path: "-" }))).toEqual([
        "CORRUPT_RECORD",
        "jsonl:The ferry returned to service.",
        "jsonl:The pier closed for repairs.",
      ]);
      expect(texts(read(`# exported 2024-02-06\n${line(a)}\n`))).toEqual(["CORRUPT_RECORD", "jsonl:The ferry returned to service."]);
    });
  });

  it("UTF-16 JSONL (a byte-order mark, LE or BE) gives every line, in memory and streamed", async () => {
    const text = `\uFEFF${line({ text: "Caf\u00e9 one." })}\r\n${line({ text: "Two." })}\r\n`;
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    for (const data of [le, be]) {
      expect(summary(read(data))).toEqual(["Caf\u00e9 one.", "Two."]);
      const streamed = await stream(data);
      expect(summary(streamed)).toEqual(["Caf\u00e9 one.", "Two."]);
      expect(streamed[0]?.ok && streamed[0].article.source.encoding).toBe(data === le ? "utf-16le" : "utf-16be");
    }
  });
});
