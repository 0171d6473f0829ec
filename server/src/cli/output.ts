// Writing to stdout (or the file of -o) piece by piece, waiting when the pipe
// is full, so that analysing thousands of articles never holds all the output
// in memory.
import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { escapeControls } from '../host/controls.js';
import { UsageError } from '../host/files.js';

/**
 * Bytes a batched output gathers before it writes: each write to a pipe or a
 * file is a system call, one per article (2 KB of JSON) was a few % of a
 * whole-archive run; 64 KB are one write per about twenty articles, and
 * memory still does not grow with their number.
 */
const BATCH_BYTES = 1 << 16;

export class Output {
  private failed: Error | null = null;
  /** What a batched output has not written yet: `used` bytes of `batch`. */
  private batch: Buffer | null = null;
  private used = 0;

  /** `batched`: writes are gathered (BATCH_BYTES at a time) until `end`; only for output nobody answers piece by piece. */
  constructor(private readonly stream: Writable = process.stdout, private readonly batched = false) {
    if (stream !== process.stdout) stream.on('error', (e) => { this.failed = e; });
  }

  /** Writes what a batched output holds, then finishes a file output (flushed and closed); stdout stays open. */
  async end(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout) return;
    await new Promise<void>((done, fail) => {
      if (this.failed) fail(this.failed);
      this.stream.once('error', fail);
      this.stream.end(() => done());
    });
  }

  async write(chunk: string): Promise<void> {
    if (!this.batched) return this.send(chunk);
    // each piece is encoded into the batch where it goes (Buffer.write, as Node encodes a short string),
    // not joined into one long string first: Node encodes a long string several times slower
    if (this.batch && this.used + 3 * chunk.length > this.batch.length) await this.flush();
    if (3 * chunk.length > BATCH_BYTES) return this.send(chunk);
    this.batch ??= Buffer.allocUnsafe(BATCH_BYTES);
    this.used += this.batch.write(chunk, this.used);
  }

  /** Writes what a batched output holds. */
  async flush(): Promise<void> {
    const batch = this.batch;
    if (!batch) return;
    // a new buffer for the next batch: the stream may still hold this one
    this.batch = null;
    await this.send(batch.subarray(0, this.used));
    this.used = 0;
  }

  /** One write to the stream, waiting when the pipe is full. */
  private async send(chunk: string | Buffer): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((done, fail) => {
      const onDrain = (): void => { this.stream.off('error', onError); done(); };
      const onError = (e: Error): void => { this.stream.off('drain', onDrain); fail(e); };
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
    });
  }

  line(text: string): Promise<void> {
    return this.write(`${text}\n`);
  }

  /** A line for people: its controls made visible (a newline in a file name would forge another line; an escape sequence would act). */
  textLine(text: string): Promise<void> {
    return this.line(escapeControls(text));
  }
}

/**
 * Runs `work`, which writes to a batched `out`; when it fails, what was
 * gathered is written before the error goes on, as an output written piece
 * by piece would have shown it (a failure to write it too is left to the
 * first error).
 */
export async function flushedOnError<T>(out: Output, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    await out.flush().catch(() => undefined);
    throw e;
  }
}

/** Lines for people that are not the output proper (skipped files, config problems), controls made visible. */
export function note(text: string): void {
  process.stderr.write(`${escapeControls(text)}\n`);
}

/**
 * stdout, or the file `path` (-o), created or emptied now: a path that cannot
 * be written is a usage error before any work. `batched` as for Output.
 */
export function openOutput(path: string | undefined, batched = false): Output {
  if (path === undefined) return new Output(process.stdout, batched);
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return new Output(createWriteStream('', { fd }), batched);
}
