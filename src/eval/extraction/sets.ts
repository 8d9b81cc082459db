/**
 * Extraction sets: a folder with pages/<id>.html.gz and gold.jsonl. The kind of set (which metric
 * applies) is recognised from the gold fields, so other folders of the same form work too.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";

/**
 * shingle: body only (zyte-aeb); rouge: body_paragraphs (fundus-eval); words: body with headline,
 * author, published (wcxb-articles); date: published without body (htmldate-en).
 */
export type SetKind = "shingle" | "rouge" | "words" | "date";

export interface GoldPage {
  id: string;
  url?: string;
  body?: string;
  body_paragraphs?: string[];
  headline?: string | null;
  author?: string | null;
  published?: string | null;
}

export interface ExtractionSet {
  name: string;
  dir: string;
  kind: SetKind;
  pages: GoldPage[];
}

export function setKind(pages: GoldPage[]): SetKind {
  if (pages.some((p) => Array.isArray(p.body_paragraphs))) return "rouge";
  if (pages.some((p) => "headline" in p || "author" in p)) return "words";
  if (pages.some((p) => typeof p.body === "string")) return "shingle";
  return "date";
}

export function loadSet(dir: string): ExtractionSet {
  const goldPath = join(dir, "gold.jsonl");
  if (!existsSync(goldPath) || !existsSync(join(dir, "pages"))) {
    throw new Error(`${dir} is not an extraction set: expected pages/ and gold.jsonl`);
  }
  const pages = readFileSync(goldPath, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      try {
        return JSON.parse(l) as GoldPage;
      } catch {
        throw new Error(`${goldPath}:${i + 1} is not JSON`);
      }
    });
  return { name: basename(dir.replace(/\/+$/, "")), dir, kind: setKind(pages), pages };
}

/** The raw bytes of one page (gunzipped). */
export function pageBytes(set: ExtractionSet, id: string): Uint8Array {
  return gunzipSync(readFileSync(join(set.dir, "pages", `${id}.html.gz`)));
}

/** fundus-eval paragraphs: an optional paragraph is written inside [ ... ]. */
export function goldParagraphs(page: GoldPage): { paragraphs: string[]; optional: number[] } {
  const paragraphs: string[] = [];
  const optional: number[] = [];
  for (const p of page.body_paragraphs ?? []) {
    const t = p.trim();
    if (t.startsWith("[") && t.endsWith("]")) {
      optional.push(paragraphs.length);
      paragraphs.push(t.slice(1, -1));
    } else paragraphs.push(p);
  }
  return { paragraphs, optional };
}
