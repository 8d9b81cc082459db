import { createReadStream, readdir as readdirCallback, type Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { StreamInput } from "./article.js";
import { WEB_ADDRESS } from "./links.js";

/**
 * One input named on the command line (or by a caller): a file ready to stream, a web address
 * (fetched only when the caller asks, see `readLink`), or an error.
 */
export type SourceItem =
  { ok: true; input: StreamInput } | { ok: true; link: string } | { ok: false; path: string; error: { code: string; message: string } };

export interface ReadPathsOptions {
  /** Real paths never listed from a folder or a glob (a run's own output file). */
  skip?: readonly string[];
}

/** A file found in a folder (`real` is its real path), or a folder that could not be read. */
type Found = { path: string; real: string; code?: undefined } | { path: string; real?: undefined; code: string };

const fileInput = (path: string): StreamInput => ({ path, file: path, open: () => createReadStream(path) });
const errno = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err as Error).message;
const byPath = (a: Found, b: Found): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/**
 * What a saved or mirrored site holds beside its pages (`wget -r`, "Save page as... complete"):
 * style sheets, scripts, images, fonts, sound and video, and robots.txt. A folder's (or an archive's) such files are
 * passed over: none is an article. Named one by one or by a glob, they are read.
 */
const ASSET = /\.(?:css|js|mjs|cjs|map|woff2?|ttf|otf|eot|ico|png|jpe?g|gif|webp|avif|bmp|tiff?|svg|mp3|mp4|m4a|webm|ogg|wav|mov|avi)$/i;

/** A site's asset, or its robots.txt (which `wget -r` saves beside the pages of every host). */
export const isAsset = (name: string): boolean => ASSET.test(name) || /(?:^|\/)robots\.txt$/i.test(name);

const isWithin = (path: string, folder: string): boolean =>
  path === folder || path.startsWith(folder.endsWith("/") ? folder : `${folder}/`);

/**
 * The files under `root`, hidden names and a site's assets skipped, sorted by path, with every
 * folder that could not be read in its place. A link to a file is listed; a link to a folder is entered only when it leads out
 * of `root` (the folders inside are listed under their own names), and no folder is entered twice,
 * so a link loop ends.
 */
async function walk(root: string): Promise<Found[]> {
  const found: Found[] = [];
  const entered = new Set<string>();
  const rootReal = await realpath(root);
  async function visit(dir: string, real: string): Promise<void> {
    if (entered.has(real)) return;
    entered.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir || "/", { withFileTypes: true });
    } catch (err) {
      found.push({ path: dir || "/", code: errno(err) });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || isAsset(e.name)) continue;
      const path = `${dir}/${e.name}`;
      if (e.isFile()) found.push({ path, real: `${real}/${e.name}`.replace(/^\/\//, "/") });
      else if (e.isDirectory()) await visit(path, `${real}/${e.name}`.replace(/^\/\//, "/"));
      else if (e.isSymbolicLink()) {
        const to = await realpath(path).catch(() => undefined); // a dangling link is no input
        const kind = to === undefined ? undefined : await stat(to).catch(() => undefined);
        if (kind?.isFile()) found.push({ path, real: to! });
        else if (kind?.isDirectory() && !isWithin(to!, rootReal)) await visit(path, to!);
      }
    }
  }
  await visit(root.replace(/\/+$/, ""), rootReal);
  return found.sort(byPath);
}

const depth = (path: string): number => path.split("/").length;

/** What a missing path that looks like a web address needs to be read as one. */
function addressHint(path: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(path)?.[1];
  if (scheme) return ` (a ${scheme}: address; only http and https addresses are fetched)`;
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\//i.test(path) ? ` (for a web address, write it with https://)` : "";
}

/**
 * The files a glob matches, sorted, with their real paths, and the folders it could not read (the
 * glob library passes over them in silence, so its reads are watched). A file that a glob reaches
 * through links too ('**' follows them) is named by its shortest path.
 */
async function globbed(pattern: string): Promise<Found[]> {
  const unreadable: Found[] = [];
  const watched = ((path: string, options: object, done: (err: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    readdirCallback(path, options as { withFileTypes: true }, (err, entries) => {
      if (err && err.code !== "ENOENT") unreadable.push({ path: path.replace(/(.)\/$/, "$1"), code: errno(err) });
      done(err, entries);
    })) as unknown as typeof readdirCallback;
  const files = await glob(pattern, { onlyFiles: true, dot: false, absolute: isAbsolute(pattern), fs: { readdir: watched } });
  const byReal = new Map<string, string>();
  for (const path of files) {
    const real = await realpath(path).catch(() => path);
    const known = byReal.get(real);
    if (known === undefined || depth(path) < depth(known) || (depth(path) === depth(known) && path < known)) byReal.set(real, path);
  }
  return [...[...byReal].map(([real, path]) => ({ path, real })), ...unreadable].sort(byPath);
}

/**
 * Expands files, folders (recursively, hidden files and a site's assets skipped; every other file,
 * whatever its extension, as the kind is told by content), globs, "-" (stdin, read once) and web
 * addresses (as links) into inputs, in a stable order. Each real file is listed once, whatever
 * links lead to it. A path that cannot be found and a folder that cannot be read become error
 * items; the rest go on. Files are opened only when read, one at a time.
 */
export async function* readPaths(paths: readonly string[], { skip = [] }: ReadPathsOptions = {}): AsyncGenerator<SourceItem> {
  const seen = new Set(skip);
  let stdinRead = false;
  for (const p of paths) {
    if (p === "-") {
      if (!stdinRead) yield { ok: true, input: { path: "-", open: () => process.stdin } };
      stdinRead = true;
      continue;
    }
    // An existing path wins over its glob reading: 'story (1).txt' and 'odd[dir]/x.txt' are files.
    const found = await stat(p).catch((err: NodeJS.ErrnoException) => err);
    let files: Found[];
    if (found instanceof Error && WEB_ADDRESS.test(p)) {
      yield { ok: true, link: p };
      continue;
    } else if (found instanceof Error && isDynamicPattern(p)) {
      files = await globbed(p);
      if (files.length === 0) {
        yield { ok: false, path: p, error: { code: "NOT_FOUND", message: `no file matches "${p}"` } };
        continue;
      }
    } else if (found instanceof Error) {
      yield { ok: false, path: p, error: { code: "NOT_FOUND", message: `cannot read "${p}": ${errno(found)}${addressHint(p)}` } };
      continue;
    } else {
      files = found.isDirectory() ? await walk(p) : [{ path: p, real: await realpath(p) }];
    }
    for (const f of files) {
      if (f.code !== undefined) {
        yield { ok: false, path: f.path, error: { code: "READ_FAILED", message: `cannot read folder "${f.path}": ${f.code}` } };
      } else if (!seen.has(f.real)) {
        seen.add(f.real);
        yield { ok: true, input: fileInput(f.path) };
      }
    }
  }
}
