import { describe, expect, it } from "vitest";
import { detectKind } from "./detect.js";

describe("detectKind", () => {
  it("tells every kind by content, whatever the file is called", () => {
    const cases: [string, string | undefined][] = [
      ["WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"],
      ["WARC/0.18\nWARC-Type: response\n", "warc"],
      [" date 2023-05-24 World\nHeadline\n", "dump"],
      ['<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0"><channel>', "feed"],
      ['<feed xmlns="http://www.w3.org/2005/Atom">', "feed"],
      ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', "feed"],
      ["\uFEFF<!DOCTYPE html>\n<html lang=en>", "html"],
      ["  <html><head><title>x</title>", "html"],
      [
        '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml">',
        "html",
      ],
      ['{"text": "one"}\n{"text": "two"}\n', "jsonl"],
      ['<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">', undefined],
      ['<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', "feed"],
      ["The minister said on Monday that <b> tags are not HTML here.", "text"],
      ["{not json at all\n", "text"],
      ["Warning: include(x.php): failed to open stream\n<!DOCTYPE html>\n<html>", "html"],
    ];
    for (const [head, kind] of cases) expect(detectKind(head, "input.bin"), head).toBe(kind);
  });

  it("uses the extension only to break ties", () => {
    expect(detectKind("Some text then <p>a paragraph</p>", "page.html")).toBe("html");
    expect(detectKind("Some text then <p>a paragraph</p>", "page.txt")).toBe("text");
    expect(detectKind('{"text": "a line longer than the detection window', "x.jsonl")).toBe("jsonl");
    expect(detectKind("<html><body>not a feed</body></html>", "feed.xml")).toBe("html");
  });

  it("tells JSON exports, a WARC after blank lines and a page after a long comment by content", () => {
    const obj = '{"title": "Pier", "text": "The pier closed."}';
    const cases: [string, string][] = [
      [`[\n  ${obj},\n  ${obj}\n]`, "jsonl"],
      [`[${obj}, ${obj.slice(0, 20)}`.padEnd(5000, " "), "jsonl"],
      ['{\n  "title": "Pier",\n  "text": "The pier closed."\n}\n', "jsonl"],
      [`{"text": "cut off\n${obj}\n${obj}\n`, "jsonl"],
      ["[1] is the first note of this text.", "text"],
      ["{ a note in braces }\nand a second line\n", "text"],
      ["\r\n\r\nWARC/1.0\r\nWARC-Type: response\r\n", "warc"],
      [`<!-- build ${"info ".repeat(1000)}`, "html"],
      [`<script>var a = 1;${" ".repeat(5000)}`, "html"],
    ];
    for (const [head, kind] of cases) expect(detectKind(head, "-"), head.slice(0, 60)).toBe(kind);
    expect(detectKind(`# exported 2024-02-06\n${obj}\n`, "export.jsonl")).toBe("jsonl");
    expect(detectKind(`# exported 2024-02-06\n${obj}\n`, "notes.txt")).toBe("text");
  });
});
