// Recording a reviewer's decision in a folder's isnad.yaml (`reviews:`).
// Each write reads the file afresh (an editor or a colleague's pull may have
// changed it), adds the entry to its text (review-yaml.ts: comments and
// layout kept), reads the result back to be sure it holds the entry and
// nothing broke, and replaces the file atomically: a temp file in the same
// folder, then a rename, so that no reader ever sees half a file. Writes to
// one file run one after the other, so two decisions in quick succession
// both land. Who decided and when come from here, not from the core: the
// reviewer from `git config user.name` (local, with a time limit), else the
// OS user; the date from the host's clock.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { figureKey } from '../analysis/review/index.js';
import type { Review } from '../analysis/review/index.js';
import { MAX_CONFIG_BYTES, findReviews, parseConfig } from './config.js';
import { ReviewWriteError, withReview } from './review-yaml.js';

export { ReviewWriteError } from './review-yaml.js';

/** The file operations a write uses; tests replace them to make one fail. */
export interface WriteIo {
  writeFile(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/** Writes and flushes a new file; fails if it exists (temp names are never reused). */
async function writeNew(path: string, text: string): Promise<void> {
  const file = await open(path, 'wx');
  try {
    await file.writeFile(text, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
}

export const diskIo: WriteIo = { writeFile: writeNew, rename };

const GIT_TIMEOUT_MS = 2_000;

async function readIfExists(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new ReviewWriteError(`cannot read ${basename(path)}: ${(e as Error).message}`);
  }
}

/** The file's text with the decision in it, checked by reading it back as Isnad will. */
function updatedText(source: string, review: Review, path: string): string {
  if (source.length > MAX_CONFIG_BYTES) throw new ReviewWriteError(`${basename(path)} is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
  const text = withReview(source, review);
  const { config, problems } = parseConfig(text, path);
  const syntax = problems.find((p) => p.message.startsWith('syntax:'));
  const back = findReviews(config, review.file).some((r) =>
    r.decision === review.decision && figureKey(r.figure) === figureKey(review.figure) && r.note === review.note);
  if (syntax || !back) throw new ReviewWriteError('the decision did not read back from the new isnad.yaml: the file was left as it was');
  return text;
}

/** Replaces `path` with `text` through a temp file beside it; on failure the file is untouched and the temp file gone. */
export async function writeAtomically(path: string, text: string, io: WriteIo = diskIo): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await io.writeFile(temp, text);
    const mode = await stat(path).then((s) => s.mode & 0o777, () => null);
    if (mode !== null) await chmod(temp, mode);
    await io.rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Per file: the last write queued, so that the next one starts after it. */
const queues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(path: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => { if (queues.get(key) === settled) queues.delete(key); });
  return run;
}

/** Adds the decision to the isnad.yaml at `path` (created if missing). Rejects with a ReviewWriteError the user can read. */
export function recordReview(path: string, review: Review, io: WriteIo = diskIo): Promise<void> {
  return oneAtATime(path, async () => {
    const text = updatedText(await readIfExists(path), review, path);
    try {
      await writeAtomically(path, text, io);
    } catch (e) {
      throw new ReviewWriteError(`cannot write ${basename(path)}: ${(e as Error).message}`);
    }
  });
}

/** `git config user.name` in `folder`, without a prompt and within a time limit; null when git has none. */
function gitUserName(folder: string): Promise<string | null> {
  return new Promise((done) => {
    execFile('git', ['config', 'user.name'], { cwd: folder, timeout: GIT_TIMEOUT_MS, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout) => done(error ? null : stdout.trim() || null));
  });
}

function osUserName(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null; // no entry in the user database (some containers)
  }
}

/** Who is reviewing: git's user.name for the folder, else the OS user name. */
export async function reviewerName(folder: string): Promise<string | null> {
  return (await gitUserName(folder)) ?? osUserName();
}

/** Today on the host's clock, YYYY-MM-DD in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
