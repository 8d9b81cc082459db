import type { Cluster } from "./cluster.js";
import type { Doc } from "./regions.js";

/** Name mentions looked up by the word they start at or end at (longest first). */
export class MentionIndex {
  private readonly startAt = new Map<number, { b: number; cluster: Cluster }[]>();
  private readonly endAt = new Map<number, { a: number; cluster: Cluster }[]>();

  constructor(clusters: readonly Cluster[]) {
    for (const c of clusters) for (const m of c.mentions) this.add(c, m.a, m.b);
  }

  add(cluster: Cluster, a: number, b: number): void {
    const s = this.startAt.get(a) ?? [];
    s.push({ b, cluster });
    s.sort((x, y) => y.b - x.b);
    this.startAt.set(a, s);
    const e = this.endAt.get(b) ?? [];
    e.push({ a, cluster });
    e.sort((x, y) => x.a - y.a);
    this.endAt.set(b, e);
  }

  /** The longest mention starting at word `a`. */
  startingAt(a: number): { b: number; cluster: Cluster } | undefined {
    return this.startAt.get(a)?.[0];
  }

  /** The longest mention ending just before word `b`. */
  endingAt(b: number): { a: number; cluster: Cluster } | undefined {
    return this.endAt.get(b)?.[0];
  }
}

/** Index of the region's last word + 1 for word i. */
export const regionEnd = (doc: Doc, i: number) => doc.regions[doc.regionOf[i]!]!.last;
export const regionStart = (doc: Doc, i: number) => doc.regions[doc.regionOf[i]!]!.first;
