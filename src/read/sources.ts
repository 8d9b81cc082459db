import { readFile, stat } from "node:fs/promises";
import { glob, isDynamicPattern } from "tinyglobby";
import type { RawInput } from "./article.js";

/** One input named on the command line (or by a caller), resolved to bytes or an error. */
export type SourceItem =
  | { ok: true; input: RawInput }
  | { ok: false; path: string; error: { code: string; message: string } };

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Expands files, folders (recursively, hidden files skipped), globs and "-" (stdin) into raw
 * inputs, in a stable order. A path that cannot be read becomes an error item; the rest go on.
 */
export async function* readPaths(paths: readonly string[]): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    if (p === "-") {
      yield { ok: true, input: { bytes: await readStdin(), path: "-" } };
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
        files = s.isDirectory() ? (await glob("**/*", { cwd: p, onlyFiles: true, dot: false, absolute: false })).sort().map((f) => `${p.replace(/\/+$/, "")}/${f}`) : [p];
      } catch (err) {
        yield { ok: false, path: p, error: { code: "NOT_FOUND", message: `cannot read "${p}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` } };
        continue;
      }
    }
    for (const f of files) {
      try {
        yield { ok: true, input: { bytes: await readFile(f), path: f } };
      } catch (err) {
        yield { ok: false, path: f, error: { code: "READ_FAILED", message: `cannot read "${f}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` } };
      }
    }
  }
}
