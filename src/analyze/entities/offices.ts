import type { GazEntry } from "../../knowledge/index.js";
import type { Role } from "./cluster.js";

/** The shipped office-holder list was generated on this date; an open period is known only up to it. */
export const OFFICES_KNOWN_UNTIL = "2014-01-30";

/** CAMEO sector codes (after the 3-letter country) to the role they imply. Vague sectors (ELI) give none. */
const SECTOR_TITLES: Record<string, string> = {
  GOV: "government official",
  MIL: "military officer",
  LEG: "legislator",
  JUD: "judicial official",
  OPP: "opposition figure",
  PTY: "party official",
  COP: "police official",
  SPY: "intelligence official",
};

/**
 * The role an office holder had on the article's date, from the shipped list (petrarch2): e.g.
 * JPNGOV from 2007-09-01 to 2008-08-31 -> government official of Japan, for an article of 2008.
 */
export function officeRole(entry: GazEntry | undefined, date: string | undefined): Role | undefined {
  if (!entry || entry.kind !== "person" || !entry.cameo || !date || !entry.country) return undefined;
  if ((entry.from && date < entry.from) || date > (entry.to || OFFICES_KNOWN_UNTIL)) return undefined;
  if (!entry.from && !entry.to) return undefined;
  const title = SECTOR_TITLES[entry.cameo.slice(3, 6)];
  return title ? { title, country: entry.country } : undefined;
}
