import type { Metadata } from "../model/record.js";
import { parseDate as parseText, toDay, toIso } from "./date-parse.js";

/** Years a feed or export date may name; others are typos or placeholders. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * A date as feeds and exports write it (ISO 8601, RFC 822, the forms pages print, Unix seconds or
 * milliseconds) to the record's `date` (YYYY-MM-DD) and, when it names an instant, `published`
 * (ISO 8601 keeping the source's own offset). Unparseable input gives `{}`. The text forms are read
 * by the same parser as HTML metadata (./date-parse.ts).
 */
export function parseDate(value: unknown): Pick<Metadata, "date" | "published"> {
  if (typeof value === "number" && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    const iso = new Date(ms).toISOString();
    return { date: iso.slice(0, 10), published: iso.replace(/\.\d{3}Z$/, "+00:00") };
  }
  if (typeof value !== "string") return {};
  const s = value.trim().slice(0, 100);
  if (/^\d{10}(\d{3})?$/.test(s)) return parseDate(Number(s));
  const d = parseText(s);
  if (!d || d.year < MIN_YEAR || d.year > MAX_YEAR) return {};
  // A time without an offset is not an instant; keep only the day.
  if (!d.time || !d.offset) return { date: toDay(d) };
  return { date: toDay(d), published: toIso(d) };
}
