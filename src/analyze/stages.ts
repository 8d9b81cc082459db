import type { Stage } from "./stage.js";
import { languageStage } from "./language/index.js";
import { structureStage } from "./structure/index.js";
import { entitiesStage } from "./entities/index.js";

/**
 * Every built-in stage, in run order. This list is the one extension point for stages: a new stage
 * registers here (or a caller passes its own list to `new Pipeline`).
 */
export const BUILTIN_STAGES: readonly Stage[] = [structureStage, languageStage, entitiesStage];

export function selectStages(names?: string[], disable: string[] = []): Stage[] {
  const byName = new Map(BUILTIN_STAGES.map((s) => [s.name, s]));
  const chosen = names
    ? names.map((n) => {
        const s = byName.get(n);
        if (!s) throw new Error(`newsgraph: unknown stage "${n}"; known stages: ${[...byName.keys()].join(", ")}`);
        return s;
      })
    : [...BUILTIN_STAGES];
  return chosen.filter((s) => !disable.includes(s.name));
}
