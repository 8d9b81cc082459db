/** A one-line progress counter on stderr, shown only when stderr is a terminal. */
export class Progress {
  private count = 0;
  private errors = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly enabled: boolean = Boolean(process.stderr.isTTY)) {}

  tick(ok: boolean, label?: string): void {
    this.count++;
    if (!ok) this.errors++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? (this.count / secs).toFixed(1) : "-";
    const name = label ? ` ${label.length > 40 ? "…" + label.slice(-39) : label}` : "";
    process.stderr.write(`\r\x1b[K${this.count} articles, ${this.errors} errors, ${rate}/s${name}`);
  }

  done(): void {
    if (this.enabled && this.count) process.stderr.write("\r\x1b[K");
  }
}
