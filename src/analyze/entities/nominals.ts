import type { Cluster } from "./cluster.js";
import type { MentionIndex } from "./index-mentions.js";
import { regionEnd } from "./index-mentions.js";
import type { Doc } from "./regions.js";

/** Head nouns of descriptions that point back to an organisation, and the organisation kinds they fit. */
const HEADS: Record<string, readonly string[]> = {
  alliance: ["alliance"],
  pact: ["alliance"],
  bloc: ["alliance", "bloc", "union"],
  union: ["union"],
  grouping: ["alliance", "bloc", "group", "forum"],
  country: ["country"],
  nation: ["country"],
};
/** Heads that take no modifiers: "the country" is the last country named, "the small country" may not be. */
const BARE_ONLY = new Set(["country", "nation"]);
const MAX_MODIFIER_WORDS = 6;

/**
 * "the alliance", "the security alliance", "the U.S.-led military pact", "the country": a definite
 * description whose head fits the kind of an organisation (or a country) named earlier in the article
 * refers to the nearest such one.
 */
export function findNominals(doc: Doc, clusters: readonly Cluster[], index: MentionIndex): void {
  const w = doc.words;
  // Organisation and country mentions in text order, with their kind, for the "nearest preceding" search.
  const orgs: { a: number; cluster: Cluster; kind: string }[] = [];
  for (const c of clusters) {
    const kind = c.type === "ORG" ? c.entry?.orgKind : c.type === "GPE" && c.entry?.kind === "country" ? "country" : undefined;
    if (!kind) continue;
    for (const m of c.mentions) if (m.kind === "name") orgs.push({ a: m.a, cluster: c, kind });
  }
  orgs.sort((x, y) => x.a - y.a);
  if (!orgs.length) return;
  // The latest organisation of each kind named before word i (i only grows: one pass over orgs).
  const latest = new Map<string, { a: number; cluster: Cluster }>();
  let next = 0;
  for (let i = 0; i < w.length; i++) {
    if (w[i]!.key !== "the") continue;
    for (; next < orgs.length && orgs[next]!.a < i; next++) latest.set(orgs[next]!.kind, orgs[next]!);
    const hi = regionEnd(doc, i);
    let j = i + 1;
    let head = -1;
    for (let n = 0; j < hi && n <= MAX_MODIFIER_WORDS; n++, j++) {
      const t = w[j]!.text;
      if (HEADS[w[j]!.key] && /^\p{Ll}/u.test(t)) {
        head = j;
        break;
      }
      const compound = t === "-" || (j + 1 < hi && w[j + 1]!.text === "-");
      if (!compound && !/^\p{Ll}[\p{L}]*$/u.test(t)) break;
      if (index.startingAt(j)?.cluster.type === "PERSON") break;
    }
    if (head < 0 || (BARE_ONLY.has(w[head]!.key) && head !== i + 1)) continue;
    const kinds = HEADS[w[head]!.key]!;
    let target: Cluster | undefined;
    let targetAt = -1;
    for (const kind of kinds) {
      const o = latest.get(kind);
      if (o && o.a > targetAt) {
        target = o.cluster;
        targetAt = o.a;
      }
    }
    if (!target) continue;
    target.mentions.push({ a: i, b: head + 1, kind: "nominal" });
    index.add(target, i, head + 1);
    i = head;
  }
}
