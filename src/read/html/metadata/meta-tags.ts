/** Reads `<meta>` tags into one lookup: key (name, property, itemprop or http-equiv, lower-cased) → contents. */

/** At most this many `<meta>` elements are read (real pages have under 200). */
const MAX_META = 2000;

export type MetaTags = Map<string, string[]>;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  const metas = doc.querySelectorAll("meta");
  const n = Math.min(metas.length, MAX_META);
  for (let i = 0; i < n; i++) {
    const el = metas[i]!;
    const content = el.getAttribute("content") ?? el.getAttribute("value");
    if (content === null || content.trim() === "") continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = el.getAttribute(attr);
      if (!key) continue;
      // A property can list several keys ("og:title twitter:title").
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (!k) continue;
        const list = tags.get(k);
        if (list) list.push(content);
        else tags.set(k, [content]);
      }
    }
  }
  return tags;
}

/** The first non-empty content among `keys`, in the order given. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = tags.get(k)?.[0];
    if (v) return v;
  }
  return undefined;
}
