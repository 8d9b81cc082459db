/**
 * How the HTML reader holds up on hostile variants of real pages: `npx tsx scripts/html-robustness.ts
 * [--set DIR] [--every N] [--limit-ms MS]`.
 * Each page of an extraction set (every Nth; all with --every 1) is read as it is, then once per mutation
 * below, each applied at a seeded random place. It prints, per mutation, the pages read, any that threw, and the
 * slowest read beside that page's unmutated time; it exits 1 when a read throws or takes over --limit-ms.
 * Mutating real pages found what invented ones missed: tables nested hundreds deep inside a navigation box sent
 * the Readability fallback into 8-27 s of cubic work.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadSet, pageBytes } from "../src/eval/extraction/sets.js";
import { decode } from "../src/read/decode.js";
import { readHtmlPage } from "../src/read/html/index.js";

const ROOT = join(import.meta.dirname, "..");
const { values: opt } = parseArgs({
  options: {
    set: { type: "string", default: join(ROOT, "..", "shared", "eval", "extraction", "wcxb-articles") },
    every: { type: "string", default: "4" },
    "limit-ms": { type: "string", default: "5000" },
  },
});

/** A seeded linear congruential generator: the same mutations on every run. */
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

/** `insert` at a random place of `html`. */
function inject(html: string, insert: string): string {
  const at = Math.floor(random() * html.length);
  return html.slice(0, at) + insert + html.slice(at);
}

const NOISE = "<>&\"'=/\u0000\uFFFD";

const MUTATIONS: Record<string, (html: string) => string> = {
  "cut at a random place": (h) => h.slice(0, Math.floor(random() * h.length)),
  "1% of characters replaced by markup and NUL": (h) => {
    const chars = h.split("");
    for (let i = 0; i < chars.length / 100; i++) chars[Math.floor(random() * chars.length)] = NOISE[Math.floor(random() * NOISE.length)]!;
    return chars.join("");
  },
  "20,000 unclosed <div>": (h) => inject(h, "<div>".repeat(20_000)),
  "5,000 stray closing tags": (h) => inject(h, "</p></div></article>".repeat(5_000)),
  "3,000 nested tables": (h) => inject(h, "<table><tr><td>".repeat(3_000)),
  "JSON-LD of 50,000 brackets": (h) => h.replace("</head>", `<script type="application/ld+json">${"[".repeat(50_000)}</script></head>`),
  // An empty body sends the reader to the page's JSON-LD for an articleBody.
  "JSON-LD array of 500,000 items, body emptied": (h) =>
    `${h.slice(0, Math.max(0, h.indexOf("</head>")))}<script type="application/ld+json">[${"0,".repeat(500_000)}0]</script></head><body></body></html>`,
  // Missing commas are jsonrepair's slowest repair: each script is just under its 32 KB limit.
  "50 broken JSON-LD scripts of 31 KB": (h) =>
    h.replace("</head>", `${`<script type="application/ld+json">{${"'a':1 ".repeat(5_000)}}</script>`.repeat(50)}</head>`),
  "40,000 lines broken by <br>": (h) => inject(h, "A line of a poem.<br>".repeat(40_000)),
  // Each date's parent text is read to see whether it is labelled "Updated"; that read once took the whole parent.
  "20,000 dated <time> elements": (h) => inject(h, '<time datetime="2020-05-01T10:00:00Z">May 1, 2020</time> '.repeat(20_000)),
  // Each segment's placeholder was looked up by a walk of the whole page (81 s for 20,000).
  "10,000 streamed React segments": (h) =>
    h.replace(
      "</body>",
      '<div hidden id="S:1"><p>The ferry sailed at dawn.</p></div><template id="B:1"></template>'.repeat(10_000) + "</body>",
    ),
  "20,000 <h1>": (h) => h.replace("<body", `${"<h1>x</h1>".repeat(20_000)}<body`),
  "20,000 attributes on <body>": (h) => h.replace("<body", `<body ${Array.from({ length: 20_000 }, (_, i) => `a${i}="x"`).join(" ")}`),
};

function timed(html: string, url: string | undefined): { ms: number; error?: string } {
  const t0 = performance.now();
  try {
    readHtmlPage(html, url);
    return { ms: performance.now() - t0 };
  } catch (err) {
    return { ms: performance.now() - t0, error: (err as Error).message };
  }
}

const set = loadSet(opt.set);
const every = Math.max(1, Number(opt.every));
const limit = Number(opt["limit-ms"]);
const pages = set.pages.filter((_, i) => i % every === 0);
const worst = new Map<string, { ms: number; base: number; id: string }>();
const failures: string[] = [];

for (const page of pages) {
  const html = decode(pageBytes(set, page.id), undefined, { html: true }).text;
  const base = timed(html, page.url).ms;
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    const r = timed(mutate(html), page.url);
    if (r.error) failures.push(`${page.id}, ${name}: threw ${r.error}`);
    else if (r.ms > limit) failures.push(`${page.id}, ${name}: ${Math.round(r.ms)} ms`);
    if (r.ms > (worst.get(name)?.ms ?? -1)) worst.set(name, { ms: r.ms, base, id: page.id });
  }
}

console.log(`${set.name}: ${pages.length} pages, ${Object.keys(MUTATIONS).length} mutations each; slowest read per mutation`);
for (const [name, w] of worst) {
  console.log(`  ${name.padEnd(44)} ${String(Math.round(w.ms)).padStart(6)} ms  (page ${w.id}, ${Math.round(w.base)} ms unmutated)`);
}
for (const f of failures) console.log(`FAILED ${f}`);
console.log(failures.length ? `${failures.length} failures` : `no read threw or took over ${limit} ms`);
process.exitCode = failures.length ? 1 : 0;
