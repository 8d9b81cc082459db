import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { Output } from "./output.js";

/** A stream that takes `accept` writes, then fails every write with `code`. */
function failingAfter(accept: number, code: string): Writable {
  let n = 0;
  return new Writable({
    highWaterMark: 1,
    write(_chunk, _enc, done) {
      if (n++ < accept) done();
      else done(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
}

describe("Output", () => {
  it("writes a file and ends it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-out-"));
    const out = await Output.open(join(dir, "o.jsonl"));
    expect(await out.write("a\n")).toBe(true);
    await out.close();
    expect(readFileSync(join(dir, "o.jsonl"), "utf8")).toBe("a\n");
    rmSync(dir, { recursive: true, force: true });
  });

  it("reports a failed last write to a file, which shows only after the stream ends", async () => {
    const out = await Output.open("/dev/full");
    expect(await out.write("x\n")).toBe(true);
    await out.close();
    expect(out.error?.code).toBe("ENOSPC");
  });

  it("refuses a file it cannot open, before any work is done", async () => {
    await expect(Output.open(join(tmpdir(), "no-such-folder-newsgraph", "o.jsonl"))).rejects.toThrow(/ENOENT/);
  });

  it("stops at a closed pipe without an unhandled error, and calls it the reader's doing", async () => {
    const out = await Output.open(undefined, failingAfter(1, "EPIPE"));
    expect(await out.write("first\n")).toBe(true);
    let ok = true;
    for (let i = 0; i < 5 && ok; i++) ok = await out.write("more\n");
    expect(ok).toBe(false);
    expect(out.readerGone).toBe(true);
  });

  it("reports any other write error as a failure", async () => {
    const out = await Output.open(undefined, failingAfter(0, "ENOSPC"));
    await out.write("x\n");
    expect(await out.write("y\n")).toBe(false);
    expect(out.error?.code).toBe("ENOSPC");
    expect(out.readerGone).toBe(false);
  });
});
