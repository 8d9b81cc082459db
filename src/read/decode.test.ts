import { describe, expect, it } from "vitest";
import { charsetOf, decode, decodeChunks, looksBinary, sniffMetaCharset } from "./decode.js";
import { readInput } from "./index.js";

const FRENCH = "Le caf\u00e9 du march\u00e9 a rouvert. Les \u00e9l\u00e8ves y d\u00e9jeunent d\u00e9j\u00e0 \u00e0 midi.";
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe("decode", () => {
  it("repairs UTF-8 that was double-encoded through Latin-1 and says so", () => {
    const twice = new TextEncoder().encode(String.fromCharCode(...new TextEncoder().encode("The investor’s guide")));
    const out = decode(twice);
    expect(out.text).toBe("The investor’s guide");
    expect(out.warnings.map((w) => w.code)).toEqual(["MOJIBAKE_REPAIRED"]);
  });
  it("repairs double-encoded UTF-8 that an HTML page wrote as character references, and only in HTML", () => {
    const page = "<p>The investor&acirc;&euro;&trade;s guide</p>";
    const out = decode(new TextEncoder().encode(page));
    expect(out.text).toBe("<p>The investor’s guide</p>");
    expect(codes(out.warnings)).toEqual(["MOJIBAKE_REPAIRED"]);
    const text = "The investor&acirc;&euro;&trade;s guide";
    expect(decode(new TextEncoder().encode(text))).toMatchObject({ text, warnings: [] });
  });
  it("a BOM wins over any declaration", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, "utf16le")]);
    expect(decode(utf16, "iso-8859-1")).toMatchObject({ text: FRENCH, encoding: "utf-16le", warnings: [] });
  });

  it("finds <meta charset> and http-equiv declarations in the first bytes of HTML", () => {
    expect(sniffMetaCharset(Buffer.from('<html><head><meta charset="windows-1252"><title>x</title>'))).toBe("windows-1252");
    expect(sniffMetaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">'))).toBe("iso-8859-15");
    expect(sniffMetaCharset(Buffer.from(`<html>${" ".repeat(5000)}<meta charset="koi8-r">`))).toBeUndefined();
    expect(charsetOf('text/html; charset="Shift_JIS"')).toBe("shift_jis");
  });

  it("decodes a page in its declared legacy charset", () => {
    const html = Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><p>${FRENCH}</p></body></html>`, "latin1");
    const d = decode(html);
    expect(d.text).toContain(FRENCH);
    // Read as browsers read the label: windows-1252, a superset of Latin-1's letters.
    expect(d.encoding).toBe("windows-1252");
    expect(codes(decode(html, undefined, { html: false }).warnings)).toEqual(["ENCODING_GUESSED"]);
    expect(d.warnings).toEqual([]);
  });

  it("reads a page declared iso-8859-1 or us-ascii as windows-1252, as browsers do: quotes, dashes and the euro, not C1 controls", () => {
    const bytes = (label: string) =>
      Buffer.concat([
        Buffer.from(`<html><head><meta charset="${label}"></head><body><p>Le caf`, "latin1"),
        Buffer.from([0xe9, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80]),
        Buffer.from("</p></body></html>", "latin1"),
      ]);
    for (const label of ["iso-8859-1", "ISO_8859-1", "latin1", "us-ascii"]) {
      const d = decode(bytes(label));
      expect(d.text, label).toContain("Le caf\u00e9 \u2013 \u201cok\u201d \u20ac");
      expect(d.warnings).toEqual([]);
    }
  });

  it("keeps text with a few stray NUL bytes, without them, and reads UTF-16 saved without a BOM", () => {
    const withNul = Buffer.concat([Buffer.from(FRENCH.slice(0, 20)), Buffer.from([0, 0]), Buffer.from(FRENCH.slice(20))]);
    expect(looksBinary(withNul)).toBe(false);
    const d = decode(withNul);
    expect(d.text).toBe(FRENCH);
    expect(codes(d.warnings)).toEqual(["NUL_REMOVED"]);
    for (const enc of ["utf-16le", "utf-16be"] as const) {
      const le = Buffer.from(FRENCH, "utf16le");
      const bytes = enc === "utf-16le" ? le : Buffer.from(le).swap16();
      expect(looksBinary(bytes), enc).toBe(false);
      const u = decode(bytes);
      expect(u.text).toBe(FRENCH);
      expect(u.encoding).toBe(enc);
      expect(codes(u.warnings)).toEqual(["ENCODING_GUESSED"]);
    }
  });

  it("still calls compressed or image data binary", () => {
    let seed = 7;
    const random = Buffer.alloc(20_000, 0).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed >> 16) & 0xff);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), random]);
    expect(looksBinary(png)).toBe(true);
    expect(looksBinary(random)).toBe(true);
  });

  it("wrong declared charset: Latin-1 declared, UTF-8 bytes -> read as UTF-8 with ENCODING_DECLARED_WRONG", () => {
    const html = Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><p>${FRENCH}</p></body></html>`, "utf8");
    const d = decode(html, undefined, { html: true });
    expect(d.text).toContain(FRENCH);
    expect(d.encoding).toBe("utf-8");
    expect(codes(d.warnings)).toEqual(["ENCODING_DECLARED_WRONG"]);
  });

  it("wrong declared charset: UTF-8 declared (HTTP), Latin-1 bytes -> detected, with ENCODING_DECLARED_WRONG", () => {
    const d = decode(Buffer.from(`<p>${FRENCH}</p>`, "latin1"), "utf-8");
    expect(d.text).toContain(FRENCH);
    expect(codes(d.warnings)).toEqual(["ENCODING_DECLARED_WRONG"]);
  });

  it("an unknown declared charset is reported and the bytes detected", () => {
    const d = decode(Buffer.from(FRENCH, "utf8"), "x-no-such-charset");
    expect(d.text).toBe(FRENCH);
    expect(codes(d.warnings)).toEqual(["ENCODING_DECLARED_WRONG"]);
  });

  it("plain text keeps its behaviour: Latin-1 guessed, invalid UTF-8 warned", () => {
    const latin = decode(Buffer.from(FRENCH, "latin1"));
    expect(latin.text).toBe(FRENCH);
    expect(codes(latin.warnings)).toEqual(["ENCODING_GUESSED"]);
    expect(decode(Buffer.from(FRENCH, "utf8"))).toMatchObject({ text: FRENCH, encoding: "utf-8", warnings: [] });
  });

  it("an HTML file declared wrong reaches the record with the warning", () => {
    const html = Buffer.from(
      `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>T</title></head><body><p>${FRENCH}</p></body></html>`,
      "utf8",
    );
    const [r] = [...readInput({ bytes: html, path: "page.html" })];
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.article.source).toMatchObject({ kind: "html", encoding: "utf-8" });
    expect(r.article.text).toContain(FRENCH);
    expect(codes(r.article.warnings)).toContain("ENCODING_DECLARED_WRONG");
  });
});

describe("decodeChunks", () => {
  const chunked = async function* (b: Buffer) {
    for (let i = 0; i < b.length; i++) yield b.subarray(i, i + 1);
  };
  const all = async (b: Buffer, encoding: string) => {
    let out = "";
    for await (const s of decodeChunks(chunked(b), encoding)) out += s;
    return out;
  };
  it("keeps characters split between chunks whole and drops a byte-order mark", async () => {
    expect(await all(Buffer.from("Café – “Núñez”"), "utf-8")).toBe("Café – “Núñez”");
    expect(await all(Buffer.from("\ufeffCafé", "utf16le"), "utf-16le")).toBe("Café");
    expect(await all(Buffer.from("Caf\xe9 \x96 ok", "latin1"), "windows-1252")).toBe("Café – ok");
  });
});
