import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** The package version, written into every record's provenance. */
export const VERSION: string = (require("../package.json") as { version: string }).version;
