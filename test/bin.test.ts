import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const BIN = join(ROOT, "dist/cli/main.js");

// The README's first command runs the built bin (npm install and npm ci build it); without a build there is nothing to run.
describe.skipIf(!existsSync(BIN))("the newsgraph bin, as built", () => {
  it("is executable and analyses the example of the quick start", () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const out = execFileSync(BIN, ["analyze", "examples/dump-article.txt"], { cwd: ROOT }).toString();
    expect(JSON.parse(out)).toMatchObject({ schema: "newsgraph/article@1", source: { kind: "dump" } });
  });
});
