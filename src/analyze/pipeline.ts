import { createHash } from "node:crypto";
import { CODES, warning, type Code } from "../model/codes.js";
import { SCHEMA_ID, type ArticleRecord } from "../model/record.js";
import { validateRecord } from "../model/validate.js";
import type { Article } from "../read/article.js";
import { DEFAULT_OPTIONS, type AnalyzeOptions } from "./options.js";
import type { Assignable, Stage, StageContext } from "./stage.js";
import { VERSION } from "../version.js";

export function recordId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** An empty record around a reader's article: every layer present, every analysis layer empty. */
export function emptyRecord(article: Article): ArticleRecord {
  return {
    schema: SCHEMA_ID,
    id: recordId(article.text),
    source: article.source,
    metadata: { language: "und", authors: [], ...article.metadata },
    text: article.text,
    blocks: article.blocks,
    entities: [],
    quotes: [],
    times: [],
    events: [],
    warnings: [...article.warnings],
    provenance: { version: VERSION, stages: [] },
  };
}

/**
 * Problems with a stage list, found before any article runs (after spaCy's pipe_analysis):
 * a stage that requires a field no earlier stage assigns, reads assign `blocks` and `metadata`.
 */
export function checkPipeline(stages: readonly Stage[]): string[] {
  const available = new Set<Assignable>(["metadata", "blocks"]);
  const problems: string[] = [];
  for (const s of stages) {
    for (const r of s.requires) {
      if (!available.has(r)) problems.push(`stage "${s.name}" requires "${r}", which no earlier stage assigns`);
    }
    for (const a of s.assigns) available.add(a);
  }
  return problems;
}

export class Pipeline {
  constructor(readonly stages: readonly Stage[]) {
    const problems = checkPipeline(stages);
    if (problems.length) throw new Error(`newsgraph: invalid pipeline: ${problems.join("; ")}`);
  }

  /** Runs every stage over one article. Never throws for a bad article: failures become warnings. */
  run(article: Article, options: AnalyzeOptions = {}): ArticleRecord {
    let record = emptyRecord(article);
    for (const stage of this.stages) {
      const started = performance.now();
      const warnings = record.warnings;
      const ctx: StageContext = {
        options,
        warn: (code: Code, message?: string) => warnings.push(warning(code, message, stage.name)),
      };
      const lang = record.metadata.language;
      if (stage.languages && !stage.languages.includes(lang)) {
        ctx.warn("LANGUAGE_UNSUPPORTED", `stage "${stage.name}" supports ${stage.languages.join(", ")}; the text is "${lang}"`);
      } else {
        try {
          record = applyPatch(record, stage, stage.run(record, ctx));
        } catch (err) {
          ctx.warn("STAGE_FAILED", `stage "${stage.name}" failed: ${(err as Error)?.message ?? String(err)}`);
        }
      }
      record.provenance.stages.push({ name: stage.name, ms: Math.round((performance.now() - started) * 1000) / 1000 });
    }
    if (options.validate ?? DEFAULT_OPTIONS.validate) {
      const problems = validateRecord(record);
      if (problems.length) {
        record.warnings.push(
          warning(
            "INVALID_RECORD",
            `${CODES.INVALID_RECORD}: ${problems
              .slice(0, 3)
              .map((p) => `${p.path}: ${p.message}`)
              .join("; ")}`,
          ),
        );
      }
    }
    return record;
  }
}

function applyPatch(record: ArticleRecord, stage: Stage, patch: Partial<Pick<ArticleRecord, Assignable>>): ArticleRecord {
  const next = { ...record };
  for (const key of Object.keys(patch) as Assignable[]) {
    if (!stage.assigns.includes(key)) {
      throw new Error(`returned "${key}", which it does not declare in assigns`);
    }
    (next as Record<string, unknown>)[key] = patch[key];
  }
  return next;
}
