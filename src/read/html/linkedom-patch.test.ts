import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";

/**
 * patches/linkedom+*.patch (applied by `npm ci` through patch-package) makes linkedom create a
 * node's listener map on first use instead of in every node's constructor.
 */
describe("linkedom with the listener-map patch", () => {
  it("is installed patched", () => {
    const require = createRequire(import.meta.url);
    const dir = require.resolve("linkedom").replace(/cjs[/\\]index\.js$/, "");
    for (const build of ["esm", "cjs"])
      expect(readFileSync(`${dir}${build}/interface/event-target.js`, "utf8")).toContain("newsgraph patch");
  });

  it("still adds, dispatches and removes listeners, and removing one never added is harmless", () => {
    const doc = new DOMParser().parseFromString("<html><body><p id='a'>x</p><p id='b'>y</p></body></html>", "text/html");
    const a = doc.getElementById("a")!;
    const b = doc.getElementById("b")!;
    const seen: string[] = [];
    const listener = () => seen.push("a");
    a.addEventListener("ping", listener);
    a.dispatchEvent(new doc.defaultView.Event("ping"));
    b.dispatchEvent(new doc.defaultView.Event("ping"));
    expect(() => b.removeEventListener("ping", listener)).not.toThrow();
    a.removeEventListener("ping", listener);
    a.dispatchEvent(new doc.defaultView.Event("ping"));
    expect(seen).toEqual(["a"]);
  });
});
