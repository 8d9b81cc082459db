/**
 * A bounded cache of fixed-width rows of doubles, one per key, all in one Float64Array. When it is full it starts
 * over (every key is forgotten), so its memory never grows past `capacity` rows. The tagger keeps here, per word,
 * the summed weights of the word's own features (see wordFeatures).
 */
export class RowMemo<K> {
  readonly rows: Float64Array;
  private readonly index = new Map<K, number>();

  constructor(
    private readonly capacity: number,
    private readonly width: number,
  ) {
    this.rows = new Float64Array(capacity * width);
  }

  /** Offset of the key's row in `rows`, or -1 when the key is not (or no longer) cached. */
  find(key: K): number {
    return this.index.get(key) ?? -1;
  }

  /**
   * Claims a zeroed row for the key and returns its offset. Starts over first when full, so offsets returned
   * earlier may be reused: read a row before claiming the next.
   */
  claim(key: K): number {
    if (this.index.size >= this.capacity) this.index.clear();
    const at = this.index.size * this.width;
    this.index.set(key, at);
    this.rows.fill(0, at, at + this.width);
    return at;
  }
}
