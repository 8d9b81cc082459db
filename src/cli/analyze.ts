import { realpathSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { isDynamicPattern } from "tinyglobby";
import { analyzePaths, checkStageOptions, isErrorResult, type AnalyzeOptions } from "../analyze/index.js";
import { SOURCE_KINDS, type SourceKind } from "../model/record.js";
import { PoliteFetcher } from "../read/fetch.js";
import { checkMap } from "../read/jsonl/record.js";
import { WEB_ADDRESS } from "../read/links.js";
import { Output } from "./output.js";
import { Progress } from "./progress.js";
import { serialise } from "./serialise.js";

export const ANALYZE_HELP = `Usage: newsgraph analyze <file|dir|glob|url|->... [options]

Reads each input (page dump, plain text, HTML, RSS/Atom feed, WARC, JSONL or CSV export; sitemap,
OPML or text list of web addresses; e-mail or mbox; gzipped or not; ZIP archives file by file; the
kind is detected from the content), analyzes every article in it and prints one record per article. A folder is read whole but for hidden files
and a site's style sheets, scripts, images, fonts and media.
Feed items, sitemap entries, export and list lines with only a link, and web addresses named as
inputs, give a NO_ARTICLE line whose source.url is the link (see --fetch).
A live blog (an AMP live list) gives its intro, then one record per update with the update's
headline, time, author and permalink (source.url).

Options:
  --format json|jsonl|pretty  json: one record as JSON (an array if several); jsonl: one record a line
                              (default for several inputs: more than one path, a folder or a glob);
                              pretty: indented JSON
  --out FILE                  write to FILE instead of stdout (- is stdout); never one of the inputs
  --kind KIND                 treat every input as KIND (${SOURCE_KINDS.join(", ")}) instead of detecting it
  --map a=b,c=d               export (JSONL, CSV) field mapping, record field = input field (e.g. text=body,headline=title)
  --fetch                     fetch web addresses named as inputs (any kind: a page, a feed...), and
                              the pages of feed items, sitemap entries, list and export lines that
                              have only a link (robots.txt and its Crawl-delay obeyed, one request
                              per host a second at most, up to 8 hosts at once, each link once;
                              links: HTML only; the sitemaps of an index and the feeds of an OPML
                              list are read, one level deep)
  --fetch-max N               fetch at most N pages in the run (default 100)
  --stages a,b                run only these stages, in this order
  --disable a,b               skip these stages
  --no-progress               never show the progress line
  -h, --help                  this help

An input that gives no record (a file or folder that cannot be read, a feed item with only a link)
gives a line {"source":{"path":...},"error":{"code":...,"message":...}} and exit code 1 at the end;
the other inputs are still analyzed. Bad usage, an --out that cannot be
written and a failed write exit 2. A reader that stops reading (| head) ends the run quietly.

Examples:
  newsgraph analyze examples/dump-article.txt --format pretty
  newsgraph analyze 'crawl/**/*.txt' --out records.jsonl
  cat article.txt | newsgraph analyze -
  newsgraph analyze https://example.com/news/rss.xml --fetch`;

function parseMap(spec: string | undefined): Record<string, string> | undefined {
  if (!spec) return undefined;
  const map: Record<string, string> = {};
  for (const pair of spec.split(",")) {
    const [k, v, more] = pair.split("=").map((s) => s.trim());
    if (!k || !v || more !== undefined) throw new Error(`--map expects field=field pairs, found "${pair}"`);
    if (Object.hasOwn(map, k)) throw new Error(`--map names the record field "${k}" twice`);
    map[k] = v;
  }
  checkMap(map);
  return map;
}

/**
 * One input that is one file, stdin or a web address (its record prints as one JSON object), not
 * a folder or a glob.
 */
function isSingle(paths: readonly string[]): boolean {
  if (paths.length !== 1) return false;
  try {
    return !statSync(paths[0]!).isDirectory();
  } catch {
    return WEB_ADDRESS.test(paths[0]!) || !isDynamicPattern(paths[0]!);
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The input that is the file `out` names (writing would empty it before it is read), if any. */
function inputAt(out: string, paths: readonly string[]): string | undefined {
  const real = realPath(out);
  return real === undefined ? undefined : paths.find((p) => p !== "-" && realPath(p) === real);
}

/** Bad usage: a line on stderr (and a --help hint), exit code 2, before any input is read or output opened. */
class UsageError extends Error {}

interface AnalyzeRun {
  paths: string[];
  format: string;
  out: string | undefined;
  progress: boolean;
  options: AnalyzeOptions;
}

/** The command line of `analyze`, checked whole; "help" for --help. Throws a UsageError. */
export function parseAnalyzeArgs(args: string[]): AnalyzeRun | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        out: { type: "string" },
        kind: { type: "string" },
        map: { type: "string" },
        fetch: { type: "boolean" },
        "fetch-max": { type: "string" },
        stages: { type: "string" },
        disable: { type: "string" },
        "no-progress": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const format = values.format ?? "auto";
  if (!["auto", "json", "jsonl", "pretty"].includes(format)) {
    throw new UsageError(`--format must be json, jsonl or pretty, found "${format}"`);
  }
  if (values.kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(values.kind)) {
    throw new UsageError(`--kind must be one of ${SOURCE_KINDS.join(", ")}, found "${values.kind}"`);
  }
  const fetchMax = values["fetch-max"];
  if (fetchMax !== undefined && !/^\d+$/.test(fetchMax)) throw new UsageError(`--fetch-max must be a whole number, found "${fetchMax}"`);
  let options: AnalyzeOptions;
  try {
    options = {
      ...(values.kind ? { kind: values.kind as SourceKind } : {}),
      ...(values.map ? { map: parseMap(values.map)! } : {}),
      ...(values.fetch ? { fetcher: new PoliteFetcher(fetchMax !== undefined ? { maxPages: Number(fetchMax) } : {}) } : {}),
      ...(values.stages !== undefined ? { stages: stageNames("--stages", values.stages) } : {}),
      ...(values.disable !== undefined ? { disable: stageNames("--disable", values.disable) } : {}),
    };
    checkStageOptions(options);
  } catch (err) {
    // --map and stage names are checked by the library, whose messages may carry its own prefix.
    throw new UsageError((err as Error).message.replace(/^newsgraph: /, ""));
  }
  const out = values.out === "-" ? undefined : values.out;
  return { paths: positionals, format, out, progress: !values["no-progress"], options };
}

/** The stage names of `--stages a,b`: at least one, none empty or twice. */
function stageNames(option: string, list: string): string[] {
  const names = list.split(",").map((n) => n.trim());
  const bad = names.find((n, i) => n === "" || names.indexOf(n) !== i);
  if (bad !== undefined) throw new Error(`${option} expects stage names, each once, found "${list}"`);
  return names;
}

export async function runAnalyze(args: string[]): Promise<number> {
  let run: AnalyzeRun | "help";
  try {
    run = parseAnalyzeArgs(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`newsgraph analyze: ${err.message}\nRun "newsgraph analyze --help" for the options.\n`);
    return 2;
  }
  if (run === "help") {
    process.stdout.write(ANALYZE_HELP + "\n");
    return 0;
  }
  const { paths: positionals, format, options } = run;
  if (positionals.length === 0) {
    process.stderr.write(`newsgraph analyze: no input given\n\n${ANALYZE_HELP}\n`);
    return 2;
  }
  const clash = run.out === undefined ? undefined : inputAt(run.out, positionals);
  if (clash !== undefined) {
    process.stderr.write(`newsgraph analyze: --out "${run.out}" is the input "${clash}"; writing would destroy it\n`);
    return 2;
  }
  let out: Output;
  try {
    out = await Output.open(run.out);
  } catch (err) {
    process.stderr.write(`newsgraph analyze: cannot write --out "${run.out}": ${(err as Error).message}\n`);
    return 2;
  }
  const single = isSingle(positionals);
  const mode = format === "auto" ? (single ? "json" : "jsonl") : format;
  const progress = new Progress(run.progress && Boolean(process.stderr.isTTY) && !single);
  let failed = 0;
  // json/pretty: one result prints as an object, several as an array that streams out (a WARC or a
  // JSONL export can hold millions of records; none is kept in memory).
  const indent = mode === "pretty" ? 2 : undefined;
  let first = "";
  let count = 0;
  const skip = out.path ? [realpathSync(out.path)] : [];
  for await (const analysed of analyzePaths(positionals, options, { skip })) {
    const { result, json } = serialise(analysed, indent);
    const bad = isErrorResult(result);
    if (bad) failed++;
    progress.tick(!bad, result.source.path);
    count++;
    if (mode === "jsonl") {
      if (!(await out.write(json + "\n"))) break;
    } else if (count === 1) first = json;
    else if (!(await out.write((count === 2 ? "[\n" + first : "") + ",\n" + json))) break;
  }
  progress.done();
  if (mode !== "jsonl") await out.write(count === 0 ? "[]\n" : count === 1 ? first + "\n" : "\n]\n");
  await out.close();
  if (out.error && !out.readerGone) {
    process.stderr.write(`newsgraph analyze: writing ${out.path ? `"${out.path}"` : "the output"} failed: ${out.error.message}\n`);
    return 2;
  }
  return failed > 0 ? 1 : 0;
}
