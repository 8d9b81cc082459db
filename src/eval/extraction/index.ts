/**
 * `newsgraph eval extraction --set DIR`: runs the HTML reader over a set's pages and scores body,
 * headline, author and date exactly as ../shared/eval/README.md defines them for that kind of set.
 */
import { readHtml } from "../../read/html/index.js";
import { decode } from "../../read/decode.js";
import {
  authorSet,
  dateOutcome,
  datePrf,
  macroPrf,
  meanPrf,
  normalizeExact,
  sameSet,
  shinglePage,
  wordBagPage,
  type DateOutcome,
  type PageScore,
  type Prf,
} from "./metrics.js";
import { rougeLsumBest } from "./rouge.js";
import { goldParagraphs, pageBytes, type ExtractionSet, type GoldPage } from "./sets.js";

export { loadSet, type ExtractionSet } from "./sets.js";

/** What the reader produced for one page, reduced to the fields the metrics compare. */
export interface Extracted {
  body: string;
  headline?: string;
  authors: string[];
  date?: string;
}

export function extractForEval(html: string, url?: string): Extracted {
  const a = readHtml(html, url);
  const body = a.blocks
    .filter((b) => b.role === "body")
    .map((b) => b.text)
    .join("\n\n");
  const headline = a.metadata.headline ?? a.blocks.find((b) => b.role === "headline")?.text;
  const date = a.metadata.published ?? a.metadata.date;
  return { body, authors: a.metadata.authors ?? [], ...(headline ? { headline } : {}), ...(date ? { date } : {}) };
}

export interface PageResult {
  id: string;
  /** The page's body score (F1 for the set's metric), when the set scores bodies. */
  bodyF1?: number;
  headlineOk?: boolean;
  authorOk?: boolean;
  date?: DateOutcome;
}

export interface SetScores {
  set: string;
  kind: ExtractionSet["kind"];
  pages: number;
  bodyF1?: number;
  bodyPrecision?: number;
  bodyRecall?: number;
  headlineExact?: number;
  authorExact?: number;
  dateF1?: number;
  datePrecision?: number;
  dateRecall?: number;
  pagesPerSecond: number;
}

function share(flags: boolean[]): number | undefined {
  return flags.length === 0 ? undefined : flags.filter(Boolean).length / flags.length;
}

function scorePage(set: ExtractionSet, gold: GoldPage, out: Extracted): { result: PageResult; body?: PageScore | Prf } {
  const result: PageResult = { id: gold.id };
  let body: PageScore | Prf | undefined;
  if (set.kind === "shingle") {
    body = shinglePage(gold.body ?? "", out.body);
    const p = body.precision ?? 0;
    const r = body.recall ?? 0;
    result.bodyF1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  } else if (set.kind === "rouge") {
    const { paragraphs, optional } = goldParagraphs(gold);
    const prf = rougeLsumBest(paragraphs, optional, out.body);
    result.bodyF1 = prf.f1;
    body = prf;
  } else if (set.kind === "words") {
    const prf = wordBagPage(gold.body ?? "", out.body);
    result.bodyF1 = prf.f1;
    body = prf;
  }
  if (set.kind === "words") {
    if (gold.headline) result.headlineOk = normalizeExact(out.headline ?? "") === normalizeExact(gold.headline);
    if (gold.author) result.authorOk = sameSet(authorSet(out.authors), authorSet(gold.author));
    if (gold.published) result.date = dateOutcome(gold.published, out.date);
  } else if (set.kind === "date") {
    result.date = dateOutcome(gold.published, out.date);
  }
  return { result, ...(body ? { body } : {}) };
}

/** Scores one set; `limit` takes only the first pages (quick runs). */
export function evaluateSet(set: ExtractionSet, limit?: number): { scores: SetScores; pages: PageResult[] } {
  const gold = limit === undefined ? set.pages : set.pages.slice(0, limit);
  const results: PageResult[] = [];
  const bodies: (PageScore | Prf)[] = [];
  let ms = 0;
  for (const page of gold) {
    const html = decode(pageBytes(set, page.id), undefined, { html: true }).text; // as the HTML reader decodes
    const t0 = performance.now();
    const out = extractForEval(html, page.url);
    ms += performance.now() - t0;
    const { result, body } = scorePage(set, page, out);
    results.push(result);
    if (body) bodies.push(body);
  }
  const scores: SetScores = {
    set: set.name,
    kind: set.kind,
    pages: gold.length,
    pagesPerSecond: ms === 0 ? 0 : gold.length / (ms / 1000),
  };
  if (set.kind === "shingle" || set.kind === "rouge" || set.kind === "words") {
    const prf = set.kind === "shingle" ? macroPrf(bodies) : meanPrf(bodies as Prf[]);
    Object.assign(scores, { bodyF1: prf.f1, bodyPrecision: prf.precision, bodyRecall: prf.recall });
  }
  const headline = share(results.flatMap((r) => (r.headlineOk === undefined ? [] : [r.headlineOk])));
  const author = share(results.flatMap((r) => (r.authorOk === undefined ? [] : [r.authorOk])));
  const dates = results.flatMap((r) => (r.date ? [r.date] : []));
  if (headline !== undefined) scores.headlineExact = headline;
  if (author !== undefined) scores.authorExact = author;
  if (dates.length > 0) {
    const d = datePrf(dates);
    Object.assign(scores, { dateF1: d.f1, datePrecision: d.precision, dateRecall: d.recall });
  }
  return { scores, pages: results };
}
