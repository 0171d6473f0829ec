// Writing to stdout piece by piece, waiting when the pipe is full, so that
// analysing thousands of articles never holds all the output in memory.
import type { Writable } from 'node:stream';
import { escapeControls } from '../host/controls.js';

export class Output {
  constructor(private readonly stream: Writable = process.stdout) {}

  async write(chunk: string): Promise<void> {
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
