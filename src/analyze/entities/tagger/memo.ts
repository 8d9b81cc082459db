/**
 * A bounded cache of fixed-width rows of doubles, one per key, all in one Float64Array that grows as keys come, up to
 * `capacity` rows. When it is full it starts over (every key is forgotten), so its memory never grows past that. The
 * tagger keeps here, per word, the summed weights of the features the word gives itself and its neighbours.
 */
export class RowMemo<K> {
  /** The rows; replaced when it grows, so read it after claiming. */
  rows: Float64Array;
  private readonly index = new Map<K, number>();

  constructor(
    private readonly capacity: number,
    private readonly width: number,
  ) {
    this.rows = new Float64Array(Math.min(capacity, 1024) * width);
  }

  /** Offset of the key's row in `rows`, or -1 when the key is not (or no longer) cached. */
  find(key: K): number {
    return this.index.get(key) ?? -1;
  }

  /**
   * Starts over unless `count` more keys fit, so that the offsets of the keys found or claimed during the next `count`
   * claims all stay valid.
   */
  reserve(count: number): void {
    if (count > this.capacity) throw new RangeError(`RowMemo: ${count} keys do not fit in ${this.capacity}`);
    if (this.index.size + count > this.capacity) this.index.clear();
  }

  /** Claims a zeroed row for a key that is not cached and returns its offset (starting over first when full). */
  claim(key: K): number {
    this.reserve(1);
    const at = this.index.size * this.width;
    if (at + this.width > this.rows.length) {
      const grown = new Float64Array(Math.min(this.capacity * this.width, this.rows.length * 2));
      grown.set(this.rows);
      this.rows = grown;
    }
    this.index.set(key, at);
    this.rows.fill(0, at, at + this.width);
    return at;
  }
}
