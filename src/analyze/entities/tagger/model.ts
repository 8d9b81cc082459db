import { gunzipSync, gzipSync } from "node:zlib";
import { NUM_LABELS } from "./labels.js";
import { TRANS_SIZE } from "./decode.js";

const MAGIC = "NGNER003";

/**
 * One pass of the tagger as stored: for each feature bucket that has weights, a row of NUM_LABELS int8 weights with
 * its own float scale; and float transition weights.
 */
export interface PassWeights {
  /** Bucket id of each row. */
  keys: Int32Array;
  /** Per-row scale: weight = scale[row] * w[row * L + label]. */
  scale: Float32Array;
  w: Int8Array;
  /** See TRANS_SIZE. */
  trans: Float32Array;
}

export interface ModelHeader {
  format: typeof MAGIC;
  bits: number;
  labels: number;
  /** Rows per pass. */
  rows: number[];
  /** Per pass: the emission margin at which a span's score reaches ~0.73. */
  margin: number[];
  meta: Record<string, unknown>;
}

export interface WeightsFile {
  header: ModelHeader;
  passes: PassWeights[];
}

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Serialises weights: magic, header length (u32 LE), JSON header, then per pass keys, scales, weights, transitions. */
export function encodeWeights(file: WeightsFile): Buffer {
  const head = Buffer.from(JSON.stringify(file.header), "utf8");
  const parts: Buffer[] = [Buffer.from(MAGIC, "ascii"), Buffer.alloc(4), head];
  parts[1]!.writeUInt32LE(head.length, 0);
  for (const p of file.passes) parts.push(bytes(p.keys), bytes(p.scale), bytes(p.w), bytes(p.trans));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeWeights(gz: Buffer): WeightsFile {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, 8).toString("ascii") !== MAGIC) throw new Error("not a newsgraph NER model file (or an older format)");
  const headLen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.subarray(12, 12 + headLen).toString("utf8")) as ModelHeader;
  if (header.labels !== NUM_LABELS) throw new Error(`NER model has ${header.labels} labels, expected ${NUM_LABELS}`);
  let off = 12 + headLen;
  const take = (n: number): ArrayBuffer => {
    if (off + n > buf.length) throw new Error("NER model file is truncated");
    const ab = buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + n);
    off += n;
    return ab;
  };
  const passes = header.rows.map((rows) => {
    const keys = new Int32Array(take(rows * 4));
    const scale = new Float32Array(take(rows * 4));
    const w = new Int8Array(take(rows * NUM_LABELS));
    const trans = new Float32Array(take(TRANS_SIZE * 4));
    return { keys, scale, w, trans };
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
