import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readPaths, type ReadPathsOptions, type SourceItem } from "./sources.js";

// A folder named "closed" cannot be read, as a mode-000 folder for a user who is not root (the
// tests may run as root, who reads any folder).
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const readdir = (path: string, options: object) =>
    path.endsWith("/closed")
      ? Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }))
      : fs.readdir(path, options);
  return { ...fs, readdir };
});
// The glob library reads folders through node:fs's callback readdir.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readdir = (path: string, options: object, done: (err: Error | null, entries?: unknown[]) => void) =>
    /\/closed\/?$/.test(path)
      ? done(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }))
      : fs.readdir(path, options as { withFileTypes: true }, done);
  return { ...fs, readdir };
});

let dir: string;
const at = (name: string) => join(dir, name);
const put = (name: string, text = "Ships left the harbour.\n") => {
  mkdirSync(join(at(name), ".."), { recursive: true });
  writeFileSync(at(name), text);
};

/** What readPaths lists: a path for each input, "link URL" for each web address, "CODE path" for each error. */
async function list(paths: string[], options?: ReadPathsOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readPaths(paths, options) as AsyncGenerator<SourceItem>) {
    out.push(!item.ok ? `${item.error.code} ${item.path}` : "link" in item ? `link ${item.link}` : item.input.path!);
  }
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-sources-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readPaths", () => {
  it("never lists a skipped real path (the run's own output) from a folder or a glob", async () => {
    put("a.txt");
    put("out.jsonl", "");
    expect(await list([dir], { skip: [at("out.jsonl")] })).toEqual([at("a.txt")]);
    expect(await list([`${dir}/*`], { skip: [at("out.jsonl")] })).toEqual([at("a.txt")]);
  });

  it("reads an existing path whose name looks like a glob as that path", async () => {
    for (const name of ["story (1).txt", "report(2024).txt", "@(x).txt", "odd[dir]/x.txt"]) put(name);
    for (const name of ["story (1).txt", "report(2024).txt", "@(x).txt", "odd[dir]/x.txt"]) {
      expect(await list([at(name)])).toEqual([at(name)]);
    }
    expect(await list([at("odd[dir]")])).toEqual([at("odd[dir]/x.txt")]);
    expect(await list([`${dir}/story*`])).toEqual([at("story (1).txt")]);
    expect(await list([at("gone (1).txt")])).toEqual([`NOT_FOUND ${at("gone (1).txt")}`]);
  });

  it("passes over a mirrored site's style sheets, scripts, images and fonts in a folder, not when a glob names them", async () => {
    for (const name of [
      "site/story.html",
      "site/story_files/style.css",
      "site/story_files/app.js",
      "site/img/logo.PNG",
      "site/fonts/a.woff2",
      "site/feed.xml",
      "site/robots.txt",
    ])
      put(name);
    expect(await list([at("site")])).toEqual([at("site/feed.xml"), at("site/story.html")]);
    expect(await list([`${dir}/site/**/*.js`])).toEqual([at("site/story_files/app.js")]);
  });

  it("lists a web address as a link, never as a glob (its ? and * are the address's own)", async () => {
    put("a.txt");
    expect(await list(["https://example.com/story?id=1&p=*", at("a.txt"), "http://example.com"])).toEqual([
      "link https://example.com/story?id=1&p=*",
      at("a.txt"),
      "link http://example.com",
    ]);
    expect(await list(["ftp://example.com/a"])).toEqual(["NOT_FOUND ftp://example.com/a"]);
    const hints: string[] = [];
    for await (const item of readPaths(["ftp://example.com/a", "www.example.com/story", at("missing.txt")]))
      if (!item.ok) hints.push(item.error.message.replace(/^.*ENOENT/, ""));
    expect(hints).toEqual([
      " (a ftp: address; only http and https addresses are fetched)",
      " (for a web address, write it with https://)",
      "",
    ]);
  });

  it("lists each real file once: a link loop, a link to a sibling and a glob through links add nothing", async () => {
    put("tree/a/x.html");
    put("tree/b.txt");
    symlinkSync("..", at("tree/a/loop"));
    symlinkSync("../a", at("tree/d-link"));
    symlinkSync(".", at("tree/self"));
    expect(await list([at("tree")])).toEqual([at("tree/a/x.html"), at("tree/b.txt")]);
    expect(await list([`${dir}/tree/**/*.html`])).toEqual([at("tree/a/x.html")]);
    expect(await list([at("tree/b.txt"), at("tree/self/b.txt")])).toEqual([at("tree/b.txt")]);
  });

  it("enters a link to a folder outside the tree, once", async () => {
    put("outside/y.txt");
    symlinkSync(at("outside"), at("tree-link"));
    mkdirSync(at("tree"));
    symlinkSync(at("outside"), at("tree/ext"));
    symlinkSync(at("outside"), at("tree/ext2"));
    expect(await list([at("tree")])).toEqual([at("tree/ext/y.txt")]);
  });

  it("reports a folder it cannot read and goes on", async () => {
    put("perm/open/a.txt");
    mkdirSync(at("perm/closed"));
    expect(await list([at("perm"), at("perm/closed")])).toEqual([
      `READ_FAILED ${at("perm/closed")}`,
      at("perm/open/a.txt"),
      `READ_FAILED ${at("perm/closed")}`,
    ]);
    // A glob that meets it says so too, and still lists what it can read.
    expect(await list([`${dir}/perm/**/*.txt`])).toEqual([`READ_FAILED ${at("perm/closed")}`, at("perm/open/a.txt")]);
    expect(await list([`${dir}/perm/closed/*.txt`])).toEqual([`READ_FAILED ${at("perm/closed")}`]);
  });

  it('reads stdin once, however often "-" is named', async () => {
    expect(await list(["-", "-"])).toEqual(["-"]);
  });
});
