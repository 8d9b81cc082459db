const EVAL_HELP = `Usage: newsgraph eval <task> [options]

Tasks:
  ner --conll FILE          conlleval-style precision, recall and F1 per type, and tokens/s
  extraction --set DIR      body, headline, author and date scores for an extraction set

Every task prints a table, or one JSON object with --format json.`;

type EvalTask = (args: string[]) => Promise<number>;

/** Evaluation tasks register here as they land. */
const TASKS: Record<string, () => Promise<EvalTask>> = {
  extraction: async () => (await import("../eval/extraction/cli.js")).runExtractionEval,
};

export async function runEval(args: string[]): Promise<number> {
  const [task, ...rest] = args;
  if (!task || task === "--help" || task === "-h") {
    process.stdout.write(EVAL_HELP + "\n");
    return task ? 0 : 2;
  }
  const load = TASKS[task];
  if (!load) {
    process.stderr.write(`newsgraph eval: unknown task "${task}"\n\n${EVAL_HELP}\n`);
    return 2;
  }
  return (await load())(rest);
}
