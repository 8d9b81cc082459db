/** How much more a search for a record's end reads at least at a time. */
export const READ_BYTES = 64 * 1024;

/**
 * Where a record ends in `bytes`, searching from `from`: the end of its bytes and where the next
 * record begins (after a line's newline, at an mbox message's "From " line); undefined when the
 * end is not in sight yet.
 */
export type Boundary = (bytes: Uint8Array, from: number) => { end: number; next: number } | undefined;

/**
 * A pull reader over a stream of byte chunks: look ahead (detection, WARC framing), take exact
 * lengths, skip without keeping. It buffers only what a caller asked to see.
 */
export class ByteReader {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private readonly iter: AsyncIterator<Uint8Array>;
  private ended = false;
  /** Bytes taken or skipped so far (the stream offset of the first buffered byte). */
  offset = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iter = source[Symbol.asyncIterator]();
  }

  /** Bytes buffered now. */
  get buffered(): number {
    return this.size;
  }

  /** True when the source is exhausted and nothing is buffered. */
  get atEnd(): boolean {
    return this.ended && this.size === 0;
  }

  /** Reads until at least `n` bytes are buffered or the source ends; returns how many are buffered. */
  async fill(n: number): Promise<number> {
    while (this.size < n && !this.ended) {
      const next = await this.iter.next();
      if (next.done) this.ended = true;
      else if (next.value.length > 0) {
        this.chunks.push(next.value);
        this.size += next.value.length;
      }
    }
    return this.size;
  }

  /** The first `n` buffered bytes (fewer if fewer are buffered), without consuming them. */
  peek(n = this.size): Uint8Array {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return (this.chunks[0] ?? new Uint8Array(0)).subarray(0, Math.min(n, this.size));
  }

  /** Consumes and returns the first `n` buffered bytes (call `fill` first). */
  take(n: number): Uint8Array {
    const out = this.peek(n);
    this.drop(out.length);
    return out;
  }

  private drop(n: number): void {
    const first = this.peek();
    const rest = first.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.size -= n;
    this.offset += n;
  }

  /** Consumes `n` bytes, buffered or not, keeping at most one chunk in memory; returns how many were skipped. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (this.size === 0 && (await this.fill(1)) === 0) break;
      const k = Math.min(left, this.chunks[0]!.length);
      this.chunks[0] = this.chunks[0]!.subarray(k);
      if (this.chunks[0].length === 0) this.chunks.shift();
      this.size -= k;
      this.offset += k;
      left -= k;
    }
    return n - left;
  }

  /** The buffered bytes, then the rest of the source; stopping early closes the source. */
  async *rest(): AsyncGenerator<Uint8Array> {
    try {
      while (this.chunks.length) {
        const c = this.chunks.shift()!;
        this.size -= c.length;
        this.offset += c.length;
        yield c;
      }
      while (!this.ended) {
        const next = await this.iter.next();
        if (next.done) this.ended = true;
        else {
          this.offset += next.value.length;
          yield next.value;
        }
      }
    } finally {
      await this.close();
    }
  }

  /**
   * The next record of a stream of records that `boundary` separates (JSON Lines, an mbox): its
   * bytes, "too long" for one over `max` bytes (skipped to its end, so reading goes on at the
   * next), or undefined at the end. The window grows by doubling, so a long record is copied
   * O(length) times in all; `overlap` is how far back a search resumes, for a boundary that may
   * straddle what was searched (mbox's "\n\nFrom ").
   */
  async nextRecord(boundary: Boundary, max: number, overlap = 0): Promise<Uint8Array | "too long" | undefined> {
    let searched = 0;
    let at: ReturnType<Boundary>;
    while (!(at = boundary(this.peek(), Math.max(0, searched - overlap))) && this.size <= max) {
      searched = this.size;
      if ((await this.fill(Math.max(READ_BYTES, searched * 2))) === searched) break;
    }
    if (this.atEnd) return undefined;
    if ((at ? at.end : this.size) > max) {
      while (!(at = boundary(this.peek(), 0)) && !this.atEnd) {
        await this.skip(Math.max(0, this.size - overlap));
        await this.fill(READ_BYTES);
      }
      if (at) await this.skip(at.next);
      return "too long";
    }
    return at ? this.take(at.next).subarray(0, at.end) : this.take(this.size);
  }

  /** Stops reading the source (closes a file stream early). */
  async close(): Promise<void> {
    this.chunks = [];
    this.size = 0;
    if (!this.ended) {
      this.ended = true;
      await this.iter.return?.();
    }
  }
}
