import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { glob, isDynamicPattern } from "tinyglobby";
import type { StreamInput } from "./article.js";

/** One input named on the command line (or by a caller), ready to stream, or an error. */
export type SourceItem = { ok: true; input: StreamInput } | { ok: false; path: string; error: { code: string; message: string } };

const fileInput = (path: string): StreamInput => ({ path, open: () => createReadStream(path) });

/**
 * Expands files, folders (recursively, hidden files skipped; every file, whatever its extension, as
 * the kind is told by content), globs and "-" (stdin) into streamed inputs, in a stable order. A path that cannot be found becomes an
 * error item; the rest go on. Files are opened only when read, one at a time.
 */
export async function* readPaths(paths: readonly string[]): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    if (p === "-") {
      yield { ok: true, input: { path: "-", open: () => process.stdin } };
      continue;
    }
    let files: string[];
    if (isDynamicPattern(p)) {
      files = (await glob(p, { onlyFiles: true, dot: false })).sort();
      if (files.length === 0) {
        yield { ok: false, path: p, error: { code: "NOT_FOUND", message: `no file matches "${p}"` } };
        continue;
      }
    } else {
      try {
        const s = await stat(p);
        files = s.isDirectory()
          ? (await glob("**/*", { cwd: p, onlyFiles: true, dot: false })).sort().map((f) => `${p.replace(/\/+$/, "")}/${f}`)
          : [p];
      } catch (err) {
        yield {
          ok: false,
          path: p,
          error: { code: "NOT_FOUND", message: `cannot read "${p}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` },
        };
        continue;
      }
    }
    for (const f of files) yield { ok: true, input: fileInput(f) };
  }
}
