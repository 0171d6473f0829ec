// Writing to stdout (or the file of -o) piece by piece, waiting when the pipe
// is full, so that analysing thousands of articles never holds all the output
// in memory.
import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { escapeControls } from '../host/controls.js';
import { UsageError } from '../host/files.js';

export class Output {
  private failed: Error | null = null;

  constructor(private readonly stream: Writable = process.stdout) {
    if (stream !== process.stdout) stream.on('error', (e) => { this.failed = e; });
  }

  /** Finishes a file output (flushed and closed); stdout stays open. */
  async end(): Promise<void> {
    if (this.stream === process.stdout) return;
    await new Promise<void>((done, fail) => {
      if (this.failed) fail(this.failed);
      this.stream.once('error', fail);
      this.stream.end(() => done());
    });
  }

  async write(chunk: string): Promise<void> {
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

/** Lines for people that are not the output proper (skipped files, config problems), controls made visible. */
export function note(text: string): void {
  process.stderr.write(`${escapeControls(text)}\n`);
}

/** stdout, or the file `path` (-o), created or emptied now: a path that cannot be written is a usage error before any work. */
export function openOutput(path: string | undefined): Output {
  if (path === undefined) return new Output();
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return new Output(createWriteStream('', { fd }));
}
