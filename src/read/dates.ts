import type { Metadata } from "../model/record.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 822 zone names feeds still use. */
const ZONES: Record<string, string> = {
  GMT: "+00:00",
  UT: "+00:00",
  UTC: "+00:00",
  Z: "+00:00",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
};

const pad = (n: number | string) => String(n).padStart(2, "0");

function offsetOf(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  const z = zone.toUpperCase();
  if (ZONES[z]) return ZONES[z];
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3]}` : undefined;
}

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 61;
}

function build(y: number, mo: number, d: number, time?: [number, number, number], zone?: string): Pick<Metadata, "date" | "published"> {
  if (!valid(y, mo, d, ...(time ?? [0, 0, 0]))) return {};
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const offset = offsetOf(zone);
  // A time without an offset is not an instant; keep only the day.
  if (!time || !offset) return { date };
  return { date, published: `${date}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}${offset}` };
}

/**
 * A date as feeds and exports write it (ISO 8601, RFC 822, Unix seconds or milliseconds) to the
 * record's `date` (YYYY-MM-DD) and, when it names an instant, `published` (ISO 8601 keeping the
 * source's own offset). Unparseable input gives `{}`.
 */
export function parseDate(value: unknown): Pick<Metadata, "date" | "published"> {
  if (typeof value === "number" && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    const iso = new Date(ms).toISOString();
    return { date: iso.slice(0, 10), published: iso.replace(/\.\d{3}Z$/, "Z") };
  }
  if (typeof value !== "string") return {};
  const s = value.trim().slice(0, 100);
  if (/^\d{10}(\d{3})?$/.test(s)) return parseDate(Number(s));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(s);
  if (iso) {
    const time: [number, number, number] | undefined = iso[4] ? [+iso[4], +iso[5]!, +(iso[6] ?? 0)] : undefined;
    return build(+iso[1]!, +iso[2]!, +iso[3]!, time, iso[7]);
  }
  const rfc = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?)?/i.exec(s);
  if (rfc) {
    const mo = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    if (mo === 0) return {};
    const time: [number, number, number] | undefined = rfc[4] ? [+rfc[4], +rfc[5]!, +(rfc[6] ?? 0)] : undefined;
    return build(+rfc[3]!, mo, +rfc[1]!, time, rfc[7]);
  }
  return {};
}
