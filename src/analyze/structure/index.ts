import type { Block } from "../../model/record.js";
import type { Stage } from "../stage.js";

/** Placeholder until the layout classifier lands: every non-empty line is a body block. */
export const structureStage: Stage<"blocks" | "metadata"> = {
  name: "structure",
  requires: [],
  assigns: ["blocks", "metadata"],
  run(record) {
    if (record.blocks.length) return {};
    const blocks: Block[] = [];
    const re = /[^\r\n]+/g;
    for (let m = re.exec(record.text); m; m = re.exec(record.text)) {
      if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length, text: m[0], role: "body" });
    }
    return { blocks };
  },
};
