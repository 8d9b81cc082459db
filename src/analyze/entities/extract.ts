import type { Block, Entity } from "../../model/record.js";
import type { Knowledge } from "../../knowledge/index.js";
import { findMentions } from "./candidates.js";
import { clusterMentions, nameChunks, type Cluster } from "./cluster.js";
import { findNominals } from "./nominals.js";
import { officeRole } from "./offices.js";
import type { NerSpan } from "./tagger/types.js";
import { buildDoc, type Doc } from "./regions.js";
import { RoleFinder } from "./roles.js";

/**
 * Entities of one article from the tagger's spans: typed and resolved through the gazetteer, grouped
 * into entities by name coreference, with roles, affiliations and descriptions ("the alliance").
 */
export interface ExtractOptions {
  /** The article's date (YYYY-MM-DD): office holders in the shipped list get the role they held then. */
  date?: string;
}

export function extractEntities(
  text: string,
  blocks: readonly Block[],
  spans: readonly NerSpan[],
  k: Knowledge,
  options: ExtractOptions = {},
): Entity[] {
  const doc = buildDoc(text, blocks);
  const clusters = clusterMentions(doc, findMentions(doc, spans, k), k);
  const roles = new RoleFinder(doc, clusters);
  roles.institutions();
  roles.titlesBeforeNames();
  roles.appositions();
  roles.partyTags();
  roles.roleOnlyPeople();
  findNominals(doc, clusters, roles.index);
  for (const c of clusters) {
    const office = c.roles.length ? undefined : officeRole(c.entry, options.date);
    if (office) c.roles.push(office);
  }
  return toEntities(doc, clusters);
}

/** The gazetteer's name, else the full name as most often written in prose (ties: the longer, then the first). */
function canonicalName(doc: Doc, c: Cluster): string {
  if (c.name) return c.name;
  const weak = (a: number) => doc.regions[doc.regionOf[a]!]!.style !== "normal";
  const forms = new Map<string, { count: number; words: number; text: string }>();
  const inProse = c.mentions.some((x) => x.kind === "name" && !weak(x.a));
  for (const m of c.mentions) {
    if (m.kind !== "name" || (weak(m.a) && inProse)) continue;
    const text = doc.text.slice(doc.words[m.a]!.start, doc.words[m.b - 1]!.end);
    const f = forms.get(text) ?? { count: 0, words: c.type === "PERSON" ? nameChunks(doc, m.a, m.b).length : m.b - m.a, text };
    f.count++;
    forms.set(text, f);
  }
  let best: { count: number; words: number; text: string } | undefined;
  const rank = (f: { count: number; words: number }) => [f.words > 1 ? 1 : 0, f.count, f.words];
  for (const f of forms.values()) {
    // A full name beats a more frequent surname; among full names the most used, then the longest.
    if (!best) {
      best = f;
      continue;
    }
    const [x, y] = [rank(f), rank(best)];
    if (x[0]! > y[0]! || (x[0] === y[0] && (x[1]! > y[1]! || (x[1] === y[1] && x[2]! > y[2]!)))) best = f;
  }
  const m = c.mentions[0]!;
  return best?.text ?? doc.text.slice(doc.words[m.a]!.start, doc.words[m.b - 1]!.end);
}

function toEntities(doc: Doc, clusters: Cluster[]): Entity[] {
  const live = clusters.filter((c) => c.mentions.length);
  for (const c of live) c.mentions.sort((x, y) => x.a - y.a || x.b - y.b);
  live.sort((x, y) => x.mentions[0]!.a - y.mentions[0]!.a);
  const ids = new Map<Cluster, string>();
  live.forEach((c, i) => ids.set(c, `e${i + 1}`));
  return live.map((c) => {
    const country =
      c.country ??
      c.roles.find((r) => r.country)?.country ??
      c.affiliations.map((a) => a.cluster?.country).find(Boolean) ??
      c.entry?.country;
    const e: Entity = {
      id: ids.get(c)!,
      type: c.type,
      name: canonicalName(doc, c),
      named: c.named,
      roles: c.roles.map((r) => ({ ...r })),
      affiliations: c.affiliations.map((a) => {
        const id = a.cluster && ids.get(a.cluster);
        return id ? { name: a.name, entityId: id } : { name: a.name };
      }),
      mentions: [],
    };
    if (country) e.country = country;
    if (c.entry?.cameo) e.kb = { cameo: c.entry.cameo };
    let last = "";
    for (const m of c.mentions) {
      const start = doc.words[m.a]!.start;
      const end = doc.words[m.b - 1]!.end;
      const key = `${start}:${end}`;
      if (key === last) continue;
      last = key;
      e.mentions.push({ start, end, text: doc.text.slice(start, end), kind: m.kind });
    }
    return e;
  });
}
