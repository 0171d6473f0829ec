// `isnad analyze --input jsonl`: a stage for the engines that already spread
// work over machines (GNU parallel, Spark's RDD.pipe(), a Kubernetes indexed
// Job over shards). It reads articles as JSON lines, one object a line:
//
//   {"id": "…", "text": "…", "published": "2024-03-02", "outlet": "…", "url": "…"}
//
// (`published`, `outlet`, `url` optional; a timestamp's day is taken as the
// publication date), from the files named or from stdin, and writes one
// analysis a line in the same order (`{"id": …, …}` as `analyze` writes a
// document). A line that cannot be read gives `{"id": …, "error": "…"}` in
// its place, so the output lines answer the input lines one for one; blank
// lines are passed over. Memory stays bounded whatever the length of the
// stream: lines are read a chunk at a time, analysed in the pool's worker
// threads (which run a bounded window ahead), and written as they come, the
// reader waiting when the output pipe is full.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { analyzeArticle } from '../analysis/index.js';
import { ConfigChain } from '../host/config-chain.js';
import { isIsoDay } from '../host/config.js';
import type { IsnadConfig } from '../host/config.js';
import { UsageError, pathKind } from '../host/files.js';
import { maxFileBytes } from '../host/limits.js';
import { WorkerPool, defaultJobs, workerScript } from '../host/pool/pool.js';
import { defineTask } from '../host/pool/task.js';
import type { Task } from '../host/pool/task.js';
import { ANALYSIS_VERSION, documentJson } from './analysis-json.js';
import { articleText } from './analysis-text.js';
import type { AnalyzeOptions } from './analyze.js';
import { errorMessage } from './articles.js';
import { Output, note, openOutput } from './output.js';

/** The options of `analyze`, less the file name given to standard input (each line names its own article). */
export type JsonlOptions = Omit<AnalyzeOptions, 'stdinFilename'>;

/** Lines read before they are handed to the workers: what bounds memory, with the pool's window. */
const CHUNK_LINES = 512;

interface LineSetup {
  format: JsonlOptions['format'];
  config: IsnadConfig;
  maxBytes: number;
}

interface LineItem {
  /** Where the line is, for messages: `file:line`. */
  at: string;
  line: string;
}

/** The rendered analysis, or why the line gave none (`skipped`: the line's fault; else an internal error). */
type LineResult = { out: string } | { id: unknown; error: string; skipped: boolean };

/** `2024-03-02` or the day of `2024-03-02T10:00:00+03:00`; undefined when it is neither. */
function dayOf(value: string): string | undefined {
  const day = value.slice(0, 10);
  return isIsoDay(day) && (value.length === 10 || /^[T\s]/.test(value[10]!)) ? day : undefined;
}

const optionalText = (o: Record<string, unknown>, key: string): string | null => {
  const v = o[key];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') throw new LineError(`"${key}" must be a string`);
  return v;
};

class LineError extends Error {}

/** The article a line holds, checked. */
function readLine(line: string, maxBytes: number): { id: unknown; text: string; published: string | null; outlet: string | null; url: string | null } {
  if (line.length > maxBytes) throw new LineError(`the line is longer than the ${Math.round(maxBytes / 1024 / 1024)} MB limit (raise --max-file-size-mb)`);
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (e) {
    throw new LineError(`not JSON: ${errorMessage(e)}`);
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new LineError('not a JSON object');
  const obj = o as Record<string, unknown>;
  const id = obj['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw new LineError('no "id" (a string or a number)');
  if (typeof obj['text'] !== 'string') throw new LineError('no "text" (a string)');
  const publishedText = optionalText(obj, 'published');
  const published = publishedText === null ? null : dayOf(publishedText);
  if (published === undefined) throw new LineError(`"published" is not a date: "${publishedText}" (write YYYY-MM-DD)`);
  return { id, text: obj['text'], published, outlet: optionalText(obj, 'outlet'), url: optionalText(obj, 'url') };
}

const idOf = (line: string): unknown => {
  try {
    const o = JSON.parse(line) as Record<string, unknown>;
    return typeof o === 'object' && o !== null ? o['id'] ?? null : null;
  } catch {
    return null;
  }
};

/** Reads, analyses and renders one line (in a worker). */
export const lineTask: Task<LineSetup, LineItem, LineResult> = defineTask('isnad.analyzeLine', (setup: LineSetup) => (item: LineItem): LineResult => {
  let article;
  let id: unknown = null;
  try {
    const read = readLine(item.line, setup.maxBytes);
    id = read.id;
    article = analyzeArticle(read.text, { published: read.published, outlet: read.outlet, url: read.url, speakers: setup.config.speakers });
  } catch (e) {
    return { id: id ?? idOf(item.line), error: errorMessage(e), skipped: e instanceof LineError };
  }
  try {
    const name = String(id);
    if (setup.format === 'text') return { out: articleText(name, article) };
    return { out: JSON.stringify({ id, ...documentJson(name, article) }) };
  } catch (e) {
    return { id, error: errorMessage(e), skipped: false };
  }
});

/** The non-blank lines of the inputs, in order, with where they are. */
async function* inputLines(paths: readonly string[], stdin: Readable): AsyncGenerator<LineItem> {
  const inputs = paths.length ? paths : ['-'];
  for (const path of inputs) {
    if (path !== '-' && pathKind(path) !== 'file') throw new UsageError(`--input jsonl reads files of JSON lines, and ${path} is a folder`);
    const stream = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim()) yield { at: `${path === '-' ? '<stdin>' : path}:${n}`, line };
    }
  }
}

async function* chunks<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** The results of a chunk in order: in the pool's workers, or in this thread. */
function analyseChunk(pool: WorkerPool | null, setup: LineSetup, chunk: LineItem[]): AsyncIterable<LineResult> | LineResult[] {
  if (pool) return pool.run(lineTask, setup, chunk, { batch: 8 });
  const run = lineTask.start(setup);
  return chunk.map((item) => run(item) as LineResult);
}

/** The config whose gazetteer the articles use: --config, else the nearest isnad.yaml from the working folder. */
function streamConfig(options: JsonlOptions): { config: IsnadConfig; problems: string[] } {
  const chain = new ConfigChain();
  const inUse = options.config !== undefined ? chain.inUse(options.config, process.cwd()) : chain.forFolder(process.cwd());
  return { config: inUse.config, problems: chain.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} config ${p.message}`) };
}

async function writeResult(out: Output, format: JsonlOptions['format'], result: LineResult, first: boolean): Promise<void> {
  const text = 'out' in result ? result.out : JSON.stringify({ id: result.id, error: result.error });
  if (format === 'jsonl') await out.write(`${text}\n`);
  else if (format === 'json') await out.write(`${first ? '' : ','}\n${text}`);
  else if ('out' in result) await out.write(`${first ? '' : '\n'}${text}\n`);
}

/** 0 every line analysed, 1 some lines could not be read, 2 an internal error on one. */
export async function runAnalyzeJsonl(options: JsonlOptions, stdin: Readable = process.stdin): Promise<number> {
  const { config, problems } = streamConfig(options);
  for (const p of problems) note(p);
  const setup: LineSetup = { format: options.format, config, maxBytes: maxFileBytes(options.maxFileSizeMB) };
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const script = workerScript();
  const pool = jobs > 1 && script ? new WorkerPool({ workers: jobs, script }) : null;
  const out = openOutput(options.output);
  let skipped = 0, failed = 0, written = 0;
  try {
    if (options.format === 'json') await out.write(`{"version":${ANALYSIS_VERSION},"documents":[`);
    for await (const chunk of chunks(inputLines(options.paths, stdin), CHUNK_LINES)) {
      let i = 0;
      for await (const result of analyseChunk(pool, setup, chunk)) {
        const item = chunk[i++]!;
        if ('error' in result) {
          note(`isnad: ${item.at}: ${result.skipped ? 'skipped' : 'internal error'}: ${result.error}`);
          if (result.skipped) skipped++;
          else failed++;
        }
        await writeResult(out, options.format, result, written === 0);
        written++;
      }
    }
    if (options.format === 'json') await out.write('\n]}\n');
    await out.end();
  } finally {
    await pool?.close();
  }
  return failed ? 2 : skipped ? 1 : 0;
}
