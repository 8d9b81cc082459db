import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** data/ at the package root (the same from src/knowledge and dist/knowledge). */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

/** Rows of a data/ TSV file as objects keyed by its header line. */
export function readTsv(name: string, dir = DATA_DIR): Record<string, string>[] {
  const lines = readFileSync(join(dir, name), "utf8")
    .split("\n")
    .filter((l) => l.length);
  const header = (lines.shift() ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

export const list = (cell: string | undefined) => (cell ? cell.split("|").filter(Boolean) : []);
