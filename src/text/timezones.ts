/**
 * Time-zone abbreviations as news sites print them, with their UTC offsets in minutes.
 * Where an abbreviation is ambiguous the reading usual in English-language news wins:
 * IST is India (not Irish or Israel), CST/CDT are US Central (not China), BST is British Summer Time,
 * GST is Gulf Standard Time. Abbreviations too ambiguous to guess (AST, BDT) are left out.
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  UT: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  IST: 330,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  NST: -210,
  NDT: -150,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  TRT: 180,
  WAT: 60,
  CAT: 120,
  SAST: 120,
  EAT: 180,
  IRST: 210,
  GST: 240,
  AFT: 270,
  PKT: 300,
  NPT: 345,
  BTT: 360,
  MMT: 390,
  ICT: 420,
  WIB: 420,
  WITA: 480,
  WIT: 540,
  SGT: 480,
  HKT: 480,
  PHT: 480,
  MYT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

/** US zone names printed without standard/daylight ("ET", "PT"): offset depends on the date. */
const US_GENERIC: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** Every abbreviation the timestamp parser accepts, longest first (for regex alternation). */
export const ZONE_NAMES: readonly string[] = [...Object.keys(ZONE_OFFSETS), ...Object.keys(US_GENERIC)].sort((a, b) => b.length - a.length);

/** Day of month of the n-th Sunday (n ≥ 1) of a month (1-12). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + 7 * (n - 1);
}

/** Whether US daylight time applies on a local date (second Sunday of March to first Sunday of November). */
export function usDaylight(year: number, month: number, day: number, hour: number): boolean {
  const start = nthSunday(year, 3, 2);
  const end = nthSunday(year, 11, 1);
  if (month > 3 && month < 11) return true;
  if (month === 3) return day > start || (day === start && hour >= 2);
  if (month === 11) return day < end || (day === end && hour < 2);
  return false;
}

/** The UTC offset in minutes for an abbreviation on a local date, or undefined if unknown. */
export function zoneOffset(name: string, year: number, month: number, day: number, hour: number): number | undefined {
  const fixed = ZONE_OFFSETS[name];
  if (fixed !== undefined) return fixed;
  const generic = US_GENERIC[name];
  if (generic === undefined) return undefined;
  return generic + (usDaylight(year, month, day, hour) ? 60 : 0);
}

/** Minutes to "+05:30" / "-04:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
