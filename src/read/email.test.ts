import { describe, expect, it } from "vitest";
import type { ReadOptions, ReadResult } from "./article.js";
import { readStream } from "./index.js";

async function read(text: string, path = "letter.eml", options: ReadOptions = {}): Promise<ReadResult[]> {
  const bytes = Buffer.from(text.replace(/\n/g, "\r\n"));
  const open = async function* () {
    for (let i = 0; i < bytes.length; i += 500) yield bytes.subarray(i, i + 500);
  };
  const out: ReadResult[] = [];
  for await (const r of readStream({ path, open }, options)) out.push(r);
  return out;
}

// A newsletter written for these tests: multipart/alternative, quoted-printable HTML, an encoded-word subject.
const newsletter = (subject: string, day: number) => `From: Quay Post Briefing <briefing@quay.example>
To: reader@example.org
Subject: ${subject}
Date: Sat, ${day} Nov 2026 06:30:00 +0100
Message-ID: <briefing-${day}@quay.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Good morning. The ferry returns on Monday.
--b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><table><tr><td><p>Good morning. The ferry returns to the quay on Monday after thr=
ee weeks of repairs, the harbour office said on Friday.</p><p>The caf=C3=A9 on the pier reope=
ns the same day, its owner Ana Ruiz said.</p></td></tr></table></body></html>
--b1--
`;

describe("e-mail", () => {
  it("reads a newsletter: its HTML part as the page, the subject as headline, the sender as publisher", async () => {
    const rs = await read(newsletter("=?UTF-8?Q?Ferry_returns=2C_caf=C3=A9_reopens?=", 28));
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({
      ok: true,
      article: {
        source: { kind: "html", path: "letter.eml" },
        metadata: { headline: "Ferry returns, café reopens", publisher: "Quay Post Briefing", published: "2026-11-28T06:30:00+01:00" },
      },
    });
    const text = rs[0]!.ok ? rs[0]!.article.text : "";
    expect(text).toContain("The ferry returns to the quay on Monday after three weeks of repairs");
    expect(text).toContain("The café on the pier reopens the same day");
  });

  it("reads a plain-text message as a text", async () => {
    const rs = await read(
      "From: desk@quay.example\nSubject: Bridge vote\nDate: Fri, 27 Nov 2026 18:00:00 +0000\n\nThe council approved the bridge on Friday.\n",
    );
    expect(rs).toMatchObject([
      { ok: true, article: { source: { kind: "text" }, metadata: { headline: "Bridge vote", publisher: "quay.example" } } },
    ]);
  });

  it("reads an mbox message by message: quoted From lines restored, a message over the limit skipped", async () => {
    const plain = (subject: string, body: string) =>
      `From: desk@quay.example\nSubject: ${subject}\nDate: Fri, 27 Nov 2026 18:00:00 +0000\n\n${body}\n`;
    const mbox = [
      `From desk@quay.example Fri Nov 27 18:00:00 2026\n${plain("One", "The first story.\n>From the harbour, a second line.")}`,
      `From desk@quay.example Fri Nov 27 18:05:00 2026\n${plain("Two", "x".repeat(5000))}`,
      `From MAILER-DAEMON Sat Nov 28 06:30:00 2026\n${newsletter("Three", 28)}`,
    ].join("\n");
    const rs = await read(mbox, "takeout.mbox", { maxBytes: 3000 });
    expect(rs.map((r) => (r.ok ? r.article.metadata.headline : r.error.code))).toEqual(["One", "CORRUPT_RECORD", "Three"]);
    expect(rs[0]!.ok && rs[0]!.article.text).toContain("From the harbour, a second line.");
    expect(!rs[1]!.ok && rs[1]!.error.message).toBe("takeout.mbox message 2 is longer than 3000 bytes; skipped");
  });

  it("tells a message from a text that only mentions a sender, and survives hostile messages", async () => {
    const notMail = await read("From: the news desk\nThe council met on Friday and approved the bridge.\n", "note.txt");
    expect(notMail).toMatchObject([{ ok: true, article: { source: { kind: "text" } } }]);
    const head = "From: a@quay.example\nSubject: Deep\nDate: Fri, 27 Nov 2026 18:00:00 +0000\nMIME-Version: 1.0\n";
    let deep = "text";
    for (let i = 0; i < 200; i++) deep = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${deep}\n--b${i}--`;
    const t0 = performance.now();
    const rs = await read(`${head}${deep}\n`);
    expect(rs.map((r) => (r.ok ? "article" : r.error.code))).toEqual([expect.stringMatching(/^(CORRUPT_RECORD|NO_ARTICLE|article)$/)]);
    const empty = await read(`${head}Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n`);
    expect(empty.map((r) => (r.ok ? "article" : r.error.code))).toEqual(["NO_ARTICLE"]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
