import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readPaths, type ReadPathsOptions, type SourceItem } from "./sources.js";

let dir: string;
const at = (name: string) => join(dir, name);
const put = (name: string, text = "Ships left the harbour.\n") => {
  mkdirSync(join(at(name), ".."), { recursive: true });
  writeFileSync(at(name), text);
};

/** What readPaths lists: a path for each input, "CODE path" for each error. */
async function list(paths: string[], options?: ReadPathsOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readPaths(paths, options) as AsyncGenerator<SourceItem>) {
    out.push(item.ok ? item.input.path! : `${item.error.code} ${item.path}`);
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
});
