import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { isAbsolute } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { StreamInput } from "./article.js";

/** One input named on the command line (or by a caller), ready to stream, or an error. */
export type SourceItem = { ok: true; input: StreamInput } | { ok: false; path: string; error: { code: string; message: string } };

export interface ReadPathsOptions {
  /** Real paths never listed from a folder or a glob (a run's own output file). */
  skip?: readonly string[];
}

const fileInput = (path: string): StreamInput => ({ path, open: () => createReadStream(path) });

async function realOrSelf(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

/** `files` less those whose real path is in `skip`. */
async function without(files: string[], skip: readonly string[]): Promise<string[]> {
  if (skip.length === 0) return files;
  const real = await Promise.all(files.map(realOrSelf));
  return files.filter((_, i) => !skip.includes(real[i]!));
}

/**
 * Expands files, folders (recursively, hidden files skipped; every file, whatever its extension, as
 * the kind is told by content), globs and "-" (stdin) into streamed inputs, in a stable order. A path that cannot be found becomes an
 * error item; the rest go on. Files are opened only when read, one at a time.
 */
export async function* readPaths(paths: readonly string[], { skip = [] }: ReadPathsOptions = {}): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    if (p === "-") {
      yield { ok: true, input: { path: "-", open: () => process.stdin } };
      continue;
    }
    // An existing path wins over its glob reading: 'story (1).txt' and 'odd[dir]/x.txt' are files.
    const found = await stat(p).catch((err: NodeJS.ErrnoException) => err);
    let files: string[];
    if (found instanceof Error && isDynamicPattern(p)) {
      files = await without((await glob(p, { onlyFiles: true, dot: false, absolute: isAbsolute(p) })).sort(), skip);
      if (files.length === 0) {
        yield { ok: false, path: p, error: { code: "NOT_FOUND", message: `no file matches "${p}"` } };
        continue;
      }
    } else if (found instanceof Error) {
      yield { ok: false, path: p, error: { code: "NOT_FOUND", message: `cannot read "${p}": ${found.code ?? found.message}` } };
      continue;
    } else {
      files = found.isDirectory()
        ? await without(
            (await glob("**/*", { cwd: p, onlyFiles: true, dot: false })).sort().map((f) => `${p.replace(/\/+$/, "")}/${f}`),
            skip,
          )
        : [p];
    }
    for (const f of files) yield { ok: true, input: fileInput(f) };
  }
}
