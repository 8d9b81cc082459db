import { gunzipSync, gzipSync } from "node:zlib";
import { NUM_LABELS } from "./labels.js";
import { TRANS_SIZE } from "./decode.js";

const MAGIC = "NGNER002";

/** One pass of the tagger: quantised emission weights per feature bucket, and transition weights. */
export interface PassWeights {
  /** bucket -> row index, -1 where the bucket has no weights. Length 2^bits. */
  rowOf: Int32Array;
  /** rows * NUM_LABELS weights, in units of `scale`. */
  w: Int16Array;
  /** Transition weights in the same units as w (see TRANS_SIZE). */
  trans: Float32Array;
}

export interface ModelHeader {
  format: typeof MAGIC;
  bits: number;
  labels: number;
  /** Rows per pass. */
  rows: number[];
  /** Weight units per int16 step, per pass. */
  scale: number[];
  /** Per pass: the margin (int16 units) at which a span's score reaches ~0.73. */
  margin: number[];
  meta: Record<string, unknown>;
}

export interface WeightsFile {
  header: ModelHeader;
  passes: PassWeights[];
}

/** Serialises weights: magic, header length (u32 LE), JSON header, then per pass buckets, weights, transitions. */
export function encodeWeights(file: WeightsFile, buckets: Int32Array[]): Buffer {
  const head = Buffer.from(JSON.stringify(file.header), "utf8");
  const parts: Buffer[] = [Buffer.from(MAGIC, "ascii"), Buffer.alloc(4), head];
  parts[1]!.writeUInt32LE(head.length, 0);
  file.passes.forEach((p, i) => {
    parts.push(Buffer.from(buckets[i]!.buffer, buckets[i]!.byteOffset, buckets[i]!.byteLength));
    parts.push(Buffer.from(p.w.buffer, p.w.byteOffset, p.w.byteLength));
    parts.push(Buffer.from(p.trans.buffer, p.trans.byteOffset, p.trans.byteLength));
  });
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeWeights(gz: Buffer): WeightsFile {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, 8).toString("ascii") !== MAGIC) throw new Error("not a newsgraph NER model file");
  const headLen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.subarray(12, 12 + headLen).toString("utf8")) as ModelHeader;
  if (header.labels !== NUM_LABELS) throw new Error(`NER model has ${header.labels} labels, expected ${NUM_LABELS}`);
  let off = 12 + headLen;
  const take = (bytes: number): ArrayBuffer => {
    if (off + bytes > buf.length) throw new Error("NER model file is truncated");
    const ab = buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + bytes);
    off += bytes;
    return ab;
  };
  const passes = header.rows.map((rows) => {
    const buckets = new Int32Array(take(rows * 4));
    const w = new Int16Array(take(rows * NUM_LABELS * 2));
    const trans = new Float32Array(take(TRANS_SIZE * 4));
    const rowOf = new Int32Array(1 << header.bits).fill(-1);
    for (let r = 0; r < rows; r++) rowOf[buckets[r]!] = r;
    return { rowOf, w, trans };
  });
  return { header, passes };
}

/** Reads "key\tvalue" lines of a gzipped table into a map. */
export function readTable(gz: Buffer): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of gunzipSync(gz).toString("utf8").split("\n")) {
    const tab = line.lastIndexOf("\t");
    if (tab > 0) map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return map;
}

export function writeTable(map: Map<string, number>): Buffer {
  const lines: string[] = [];
  for (const [k, v] of map) lines.push(`${k}\t${v}`);
  return gzipSync(Buffer.from(lines.join("\n"), "utf8"), { level: 9 });
}
