import { NER_TYPES, type NerType } from "./types.js";

/**
 * BILOU labels: 0 = O, then for each type t (index k): B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
 */
export const NUM_LABELS = 1 + 4 * NER_TYPES.length;
const PREFIX = ["B", "I", "L", "U"] as const;

export function labelName(label: number): string {
  if (label === 0) return "O";
  return `${PREFIX[(label - 1) % 4]}-${NER_TYPES[((label - 1) / 4) | 0]}`;
}

export function labelType(label: number): NerType | null {
  return label === 0 ? null : NER_TYPES[((label - 1) / 4) | 0]!;
}

/** Position of a label inside its entity: 0 B, 1 I, 2 L, 3 U; -1 for O. */
export function labelPart(label: number): number {
  return label === 0 ? -1 : (label - 1) % 4;
}

/** A span over token indices [start, end) with a type index into NER_TYPES. */
export interface TokenSpan {
  start: number;
  end: number;
  type: number;
}

export function spansToLabels(n: number, spans: readonly TokenSpan[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    const base = 1 + 4 * s.type;
    if (s.end - s.start === 1) out[s.start] = base + 3;
    else {
      out[s.start] = base;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = base + 1;
      out[s.end - 1] = base + 2;
    }
  }
  return out;
}

/** Decodes a (valid or not) BILOU sequence leniently: any B/U starts, L/U ends, a type change ends. */
export function labelsToSpans(labels: ArrayLike<number>, n = labels.length): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let type = -1;
  const close = (end: number) => {
    if (open >= 0) spans.push({ start: open, end, type });
    open = -1;
  };
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (l === 0) {
      close(i);
      continue;
    }
    const t = ((l - 1) / 4) | 0;
    const part = (l - 1) % 4;
    if (part === 0 || part === 3 || open < 0 || t !== type) {
      close(i);
      open = i;
      type = t;
    }
    if (part === 2 || part === 3) close(i + 1);
  }
  close(n);
  return spans;
}

/** allowed[prev * NUM_LABELS + next]: whether BILOU permits `next` after `prev`. START/END handled by startOk/endOk. */
export const allowed = new Uint8Array(NUM_LABELS * NUM_LABELS);
export const startOk = new Uint8Array(NUM_LABELS);
export const endOk = new Uint8Array(NUM_LABELS);
for (let p = 0; p < NUM_LABELS; p++) {
  const pp = labelPart(p);
  const inside = pp === 0 || pp === 1; // B or I: must continue with I or L of the same type
  startOk[p] = pp === -1 || pp === 0 || pp === 3 ? 1 : 0;
  endOk[p] = inside ? 0 : 1;
  for (let q = 0; q < NUM_LABELS; q++) {
    const qp = labelPart(q);
    const ok = inside ? (qp === 1 || qp === 2) && labelType(q) === labelType(p) : qp === -1 || qp === 0 || qp === 3;
    allowed[p * NUM_LABELS + q] = ok ? 1 : 0;
  }
}
