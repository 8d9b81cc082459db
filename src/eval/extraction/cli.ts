import { parseArgs } from "node:util";
import { evaluateSet, loadSet, type PageResult, type SetScores } from "./index.js";

export const EXTRACTION_HELP = `Usage: newsgraph eval extraction --set DIR [--set DIR ...] [options]

Scores the HTML reader on extraction sets (DIR holds pages/<id>.html.gz and gold.jsonl). The metric
follows the set's kind, recognised from gold.jsonl: shingle F1 (body only), ROUGE-LSum (body_paragraphs),
word F1 with headline, author and date (headline/author fields), date P/R/F1 (published only).

Options:
  --set DIR          a set folder (repeatable)
  --format table|json  json: one object (keyed by set name when there are several sets)
  --limit N          score only the first N pages of each set
  --worst N          also list the N pages with the lowest body F1 (ids)
  -h, --help         this help`;

const COLUMNS: [keyof SetScores, string][] = [
  ["pages", "pages"],
  ["bodyF1", "body F1"],
  ["bodyPrecision", "body P"],
  ["bodyRecall", "body R"],
  ["headlineExact", "headline"],
  ["authorExact", "author"],
  ["dateF1", "date F1"],
  ["pagesPerSecond", "pages/s"],
];

function cell(v: unknown): string {
  if (typeof v !== "number") return "—";
  return Number.isInteger(v) ? String(v) : v >= 10 ? v.toFixed(1) : v.toFixed(3);
}

function table(rows: SetScores[]): string {
  const head = ["set", ...COLUMNS.map(([, h]) => h)];
  const body = rows.map((r) => [r.set, ...COLUMNS.map(([k]) => cell(r[k]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

function worst(pages: PageResult[], n: number): PageResult[] {
  return pages
    .filter((p) => p.bodyF1 !== undefined)
    .sort((a, b) => a.bodyF1! - b.bodyF1!)
    .slice(0, n);
}

export async function runExtractionEval(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      set: { type: "string", multiple: true },
      format: { type: "string" },
      limit: { type: "string" },
      worst: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACTION_HELP + "\n");
    return 0;
  }
  const format = values.format ?? "table";
  if (!values.set?.length || !["table", "json"].includes(format)) {
    process.stderr.write(
      `newsgraph eval extraction: ${values.set?.length ? `--format must be table or json, found "${format}"` : "--set DIR is required"}\n\n${EXTRACTION_HELP}\n`,
    );
    return 2;
  }
  const limit = values.limit ? Number(values.limit) : undefined;
  const worstN = values.worst ? Number(values.worst) : 0;
  const results = values.set.map((dir) => {
    const { scores, pages } = evaluateSet(loadSet(dir), limit);
    return worstN > 0 ? { ...scores, worst: worst(pages, worstN) } : scores;
  });
  if (format === "json") {
    const out = results.length === 1 ? results[0] : Object.fromEntries(results.map((r) => [r.set, r]));
    process.stdout.write(JSON.stringify(out) + "\n");
  } else {
    process.stdout.write(table(results) + "\n");
    for (const r of results) {
      if ("worst" in r) {
        process.stdout.write(`\n${r.set}, lowest body F1:\n`);
        for (const p of r.worst) process.stdout.write(`  ${p.id}  ${cell(p.bodyF1)}\n`);
      }
    }
  }
  return 0;
}
