import { createWriteStream } from "node:fs";
import { once } from "node:events";

/**
 * Where results go: standard output or an `--out` file, written with back-pressure. A write error
 * never surfaces as an unhandled 'error' event: a reader that closes the pipe (`| head`) ends the
 * run quietly, and any other error (no such folder, a full disk) is reported once.
 */
export class Output {
  /** The first write error, if any; writing stops there. */
  error: NodeJS.ErrnoException | undefined;

  private constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly path: string | undefined,
  ) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      this.error ??= err;
    });
  }

  /** Standard output, or the file at `path` once it is open; a file that cannot be opened throws. */
  static async open(path?: string, stdout: NodeJS.WritableStream = process.stdout): Promise<Output> {
    if (!path) return new Output(stdout, undefined);
    const stream = createWriteStream(path);
    await once(stream, "open");
    return new Output(stream, path);
  }

  /** Writes `chunk`, waiting while the reader is behind; false once writing has failed. */
  async write(chunk: string): Promise<boolean> {
    if (this.error) return false;
    if (!this.stream.write(chunk)) {
      try {
        await once(this.stream, "drain");
      } catch {
        // The error listener has recorded it.
      }
    }
    return !this.error;
  }

  /** A reader that stopped reading (a closed pipe): not a failure of the run. */
  get readerGone(): boolean {
    return this.error?.code === "EPIPE";
  }

  /**
   * Ends a file (standard output is left open) and waits until it is closed: the last chunk is
   * written only then, and a failure to write it (a full disk) comes as an 'error' event after
   * 'finish', so it is in `error` once this returns.
   */
  async close(): Promise<void> {
    if (!this.path || this.error) return;
    const closed = once(this.stream, "close").catch(() => undefined); // an 'error' is recorded by the listener
    this.stream.end();
    await closed;
  }
}
