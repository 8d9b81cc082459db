import { loadTagger } from "./tagger/index.js";
import { createEntitiesStage } from "./stage.js";

export { extractEntities, type ExtractOptions } from "./extract.js";
export { createEntitiesStage } from "./stage.js";

/** The built-in entities stage, with the shipped NER model. */
export const entitiesStage = createEntitiesStage(loadTagger);
