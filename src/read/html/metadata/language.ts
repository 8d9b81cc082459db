/** Page language as an ISO 639-1 code from `<html lang>`, `og:locale`, Content-Language or JSON-LD. */

/** "en-US", "en_GB", "EN" → "en"; anything that is not a language tag → undefined. */
export function languageCode(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*\s*(?:[,;]|$)/i.exec(value);
  if (!m) return undefined;
  const code = m[1]!.toLowerCase();
  return code === "und" || code === "zxx" || code === "mul" ? undefined : code;
}

export function pageLanguage(doc: Document, candidates: readonly (string | undefined)[]): string | undefined {
  const html = doc.documentElement;
  const fromHtml = languageCode(html?.getAttribute("lang") ?? html?.getAttribute("xml:lang"));
  if (fromHtml) return fromHtml;
  for (const c of candidates) {
    const code = languageCode(c);
    if (code) return code;
  }
  return undefined;
}

/** English-speaking regions that write the day before the month (04/12/2020 is 4 December). */
const DAY_FIRST_REGIONS = new Set(["gb", "uk", "ie", "au", "nz", "in", "za", "sg", "hk", "pk", "ng", "ke", "mt", "my", "ph"]);

/**
 * Whether the page writes numeric dates day first: a language other than English, or English of
 * a day-first region (from the locale tag, else the address's country domain).
 */
export function writesDayFirst(localeTags: readonly (string | null | undefined)[], url: string | undefined): boolean {
  for (const tag of localeTags) {
    const m = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b/i.exec(tag ?? "");
    if (!m) continue;
    if (m[1]!.toLowerCase() !== "en") return true;
    if (m[2]) return DAY_FIRST_REGIONS.has(m[2].toLowerCase());
  }
  const tld = /^[a-z][a-z0-9+.-]*:\/\/[^/:?#]*\.([a-z]{2})(?:[:/?#]|$)/i.exec(url ?? "")?.[1]?.toLowerCase();
  return tld !== undefined && DAY_FIRST_REGIONS.has(tld);
}
