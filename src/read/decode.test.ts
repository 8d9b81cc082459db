import { describe, expect, it } from "vitest";
import { charsetOf, decode, sniffMetaCharset } from "./decode.js";
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
    expect(d.encoding).toBe("iso-8859-1");
    expect(codes(decode(html, undefined, { html: false }).warnings)).toEqual(["ENCODING_GUESSED"]);
    expect(d.warnings).toEqual([]);
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
