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
