// Recording a reviewer's decision in a folder's isnad.yaml (`reviews:`).
// Each write reads the file afresh (an editor or a colleague's pull may have
// changed it), adds the entry to its text (review-yaml.ts: comments and
// layout kept), reads the result back to be sure it holds the entry and
// nothing broke, and replaces the file atomically: a temp file in the same
// folder, then a rename, so that no reader ever sees half a file.
//
// Nothing is reported recorded that is not in the file:
// - writers in this process run one after the other, and writers in other
//   processes (a second editor window, `isnad` run meanwhile) take a lock
//   file beside isnad.yaml, created exclusively (O_EXCL), for the few
//   milliseconds of a read, change and rename. Written here rather than
//   taken from proper-lockfile: the lock is held for one short write, never
//   renewed, and a stale one (its process gone, or older than LOCK_STALE_MS)
//   is simply removed, which an O_EXCL file and a pid say with no timers;
// - a writer that takes no lock (an editor saving) is caught by comparing
//   the file with what was read just before the rename, and after it: a
//   difference means the decision is made again on the new text;
// - a linked isnad.yaml is written where it points, in that folder, when
//   that is inside the folder served; a link out of it, a dangling link, a
//   file that is not regular or a read-only one is refused with a message.
// Temp files and locks left by a process killed mid-write are removed at
// the next start (cleanLeftovers). Who decided and when come from here, not
// from the core: the reviewer from `git config user.name` (run by its full
// path from the home folder, never from the workspace, with a time limit),
// else the OS user; the date from the host's clock.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, lstat, open, readFile, readdir, readlink, realpath, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { homedir, hostname, userInfo } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { figureKey } from '../analysis/review/index.js';
import type { Review } from '../analysis/review/index.js';
import { readConfigFile } from './config-file.js';
import { MAX_CONFIG_BYTES, findReviews, parseConfig } from './config.js';
import { ReviewWriteError, withReview } from './review-yaml.js';

export { ReviewWriteError } from './review-yaml.js';

/** The file operations a write uses; tests replace them to make one fail, or to write between a read and a rename. */
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
/** A lock older than this is taken for one left by a process that died (a write lasts milliseconds). */
export const LOCK_STALE_MS = 10_000;
/** How long a writer waits for another's lock before giving up with a message. */
const LOCK_WAIT_MS = 5_000;
/**
 * A lock that does not read as one (empty, cut short) is stale only past
 * this age: a writer creates its lock and fills it in two steps, and in
 * between another must not take it for one a killed process left.
 */
const LOCK_FILL_MS = 2_000;
/** A temp file older than this was left by a process killed mid-write (a write lasts milliseconds). */
const LEFTOVER_MS = 60_000;
/** Writes tried again when another writer changed the file meanwhile. */
const ATTEMPTS = 4;

const tempName = (target: string): string => join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
const lockName = (target: string): string => join(dirname(target), `.${basename(target)}.lock`);

/** The text of the file as Isnad reads it ('' when there is none); a file it would not read is refused. */
function readCurrent(target: string): string {
  const read = readConfigFile(target);
  if (read === null) return '';
  if ('problem' in read) throw new ReviewWriteError(`cannot read ${basename(target)}: ${read.problem}`);
  return read.text;
}

/** The file's text with the decision in it, checked by reading it back as Isnad will. */
function updatedText(source: string, review: Review, path: string): string {
  if (source.length > MAX_CONFIG_BYTES) throw new ReviewWriteError(`${basename(path)} is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
  const text = withReview(source, review);
  const { config, problems } = parseConfig(text, path);
  const syntax = problems.find((p) => p.message.startsWith('syntax:'));
  if (syntax) throw new ReviewWriteError(`isnad.yaml has a syntax error on line ${syntax.line} (${syntax.message.replace(/^syntax: /, '')}): fix it first`);
  const back = findReviews(config, review.file).some((r) =>
    r.decision === review.decision && figureKey(r.figure) === figureKey(review.figure) && r.note === review.note);
  if (!back) throw new ReviewWriteError('the decision did not read back from the new isnad.yaml: the file was left as it was');
  return text;
}

/** The text of the open isnad.yaml with the decision in it (the editor's buffer: the server applies it as an edit). */
export function textWithReview(source: string, review: Review, path: string): string {
  return updatedText(source, review, path);
}

const inside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** What a write of isnad.yaml is for, in the words its refusals use. */
export interface WritePurpose {
  /** What is said when it is refused: "the decision was not recorded". */
  notDone: string;
  /** What the user may do with a linked file out of the folder. */
  elsewhere: string;
  /** What a read-only file would need. */
  writable: string;
  /** What was being written, when another writer kept changing the file. */
  written: string;
}

export const DECISION: WritePurpose = {
  notDone: 'the decision was not recorded',
  elsewhere: 'record the decision in that file, or put a copy of it in the folder',
  writable: 'make it writable to record decisions',
  written: 'the decision was written',
};

/** An imported article's entry under `articles:` (host/import/). */
export const IMPORT_ENTRY: WritePurpose = {
  notDone: 'the entry was not written',
  elsewhere: 'add the entry to that file yourself, or put a copy of it in the folder',
  writable: 'make it writable to import into the folder',
  written: 'the entry was written',
};

/**
 * Where a write of `path` goes: the file itself, or the file a link points
 * to when that is inside `root` (the folder served). Refused, with the
 * reason: a dangling link, a link out of the folder, something other than a
 * regular file, a read-only file.
 */
export async function writeTarget(path: string, root?: string, purpose: WritePurpose = DECISION): Promise<string> {
  const name = basename(path);
  const link = await lstat(path).catch(() => null);
  let target = path;
  if (link?.isSymbolicLink()) {
    const to = await readlink(path).catch(() => '?');
    target = await realpath(path).catch(() => {
      throw new ReviewWriteError(`${name} is a link to ${to}, which does not exist: ${purpose.notDone}`);
    });
    const base = root ? await realpath(root).catch(() => resolve(root)) : null;
    if (base && !inside(base, target)) {
      throw new ReviewWriteError(`${name} is a link to ${target}, outside the folder: Isnad writes only inside the folder it serves; ${purpose.elsewhere}`);
    }
  }
  const stats = await stat(target).catch(() => null);
  if (!stats) return target;
  if (!stats.isFile()) throw new ReviewWriteError(`${name} is not a regular file: ${purpose.notDone}`);
  if ((stats.mode & 0o222) === 0) throw new ReviewWriteError(`${name} is read-only: ${purpose.notDone} (${purpose.writable})`);
  return target;
}

/** Replaces `path` with `text` through a temp file beside it; on failure the file is untouched and the temp file gone. */
export async function writeAtomically(path: string, text: string, io: WriteIo = diskIo, expected?: string): Promise<void> {
  const temp = tempName(path);
  try {
    await io.writeFile(temp, text);
    const mode = await stat(path).then((s) => s.mode & 0o777, () => null);
    if (mode !== null) await chmod(temp, mode);
    // a writer that takes no lock (an editor saving) changed the file since it was read: do not replace its text
    if (expected !== undefined && readCurrent(path) !== expected) throw new Changed();
    await io.rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** The file changed between its reading and the rename: the decision is made again on its new text. */
class Changed extends Error {}

interface Lock {
  pid: number;
  host: string;
  time: number;
}

/** Whether a lock was left by a process that is gone, or is older than any write. */
async function staleLock(lock: string): Promise<boolean> {
  try {
    const [text, stats] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    if (Date.now() - stats.mtimeMs > LOCK_STALE_MS) return true;
    let held: Partial<Lock>;
    try {
      held = JSON.parse(text) as Partial<Lock>;
    } catch {
      // half-written: by a process killed before it filled the lock, or by a live one about to
      return Date.now() - stats.mtimeMs > LOCK_FILL_MS;
    }
    if (held.host !== hostname() || typeof held.pid !== 'number') return false;
    try {
      process.kill(held.pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    return false; // gone meanwhile (ENOENT), or unreadable: not ours to remove
  }
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Runs `task` holding the lock file beside `target`; waits for another writer's, removes a stale one. */
async function withLock<T>(target: string, task: () => Promise<T>): Promise<T> {
  const lock = lockName(target);
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), time: Date.now() } satisfies Lock), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new ReviewWriteError(`cannot write beside ${basename(target)}: ${(e as Error).message}`);
      if (await staleLock(lock)) await unlink(lock).catch(() => undefined);
      else if (Date.now() > until) throw new ReviewWriteError(`${basename(target)} is being written by another program (${lock} exists): try again`);
      else await pause(20 + Math.random() * 30);
    }
  }
  try {
    return await task();
  } finally {
    await unlink(lock).catch(() => undefined);
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

export interface RecordOptions {
  io?: WriteIo;
  /** The folder served: a linked isnad.yaml is written only when it points inside it. */
  root?: string;
}

/**
 * Adds the decision to the isnad.yaml at `path` (created if missing). Resolves
 * only when the file holds it; rejects with a ReviewWriteError the user can read.
 */
export function recordReview(path: string, review: Review, options: RecordOptions | WriteIo = {}): Promise<void> {
  return editConfigFile(path, (source) => updatedText(source, review, path), options);
}

/**
 * Changes the isnad.yaml at `path` (created if missing) by `change`, which
 * is given its current text and returns the new one (or throws to leave it
 * as it is), with a decision's guarantees: under the lock, the link's
 * target written when inside the folder, the text compared before the
 * rename and read back after it, `change` made again on a text another
 * writer changed meanwhile. Resolves only when the file holds the result.
 */
export function editConfigFile(path: string, change: (source: string) => string, options: RecordOptions | WriteIo = {}, purpose: WritePurpose = DECISION): Promise<void> {
  const { io = diskIo, root } = 'rename' in options ? { io: options, root: undefined } : options;
  return oneAtATime(path, async () => {
    const target = await writeTarget(path, root, purpose);
    await cleanLeftovers(dirname(target), basename(target));
    await withLock(target, async () => {
      for (let attempt = 1; ; attempt++) {
        const source = readCurrent(target);
        const text = change(source);
        try {
          await writeAtomically(target, text, io, source);
        } catch (e) {
          if (e instanceof Changed && attempt < ATTEMPTS) continue;
          if (e instanceof Changed) throw new ReviewWriteError(`${basename(path)} kept changing while ${purpose.written}: try again`);
          throw new ReviewWriteError(`cannot write ${basename(path)}: ${(e as Error).message}`);
        }
        // a writer without the lock may have replaced it right after the rename: the change must be in the file
        if (readCurrent(target) === text) return;
        if (attempt >= ATTEMPTS) throw new ReviewWriteError(`${basename(path)} was replaced right after ${purpose.written}: try again`);
      }
    });
  });
}

/** Removes temp files and a stale lock left in `folder` by a process killed while it wrote `file` (isnad.yaml). Never throws. */
export async function cleanLeftovers(folder: string, file = 'isnad.yaml'): Promise<string[]> {
  const removed: string[] = [];
  const temp = (name: string): boolean => name.startsWith(`.${file}.`) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(file.length + 2));
  try {
    for (const name of await readdir(folder)) {
      const path = join(folder, name);
      if (temp(name)) {
        const stats = await stat(path).catch(() => null);
        if (stats?.isFile() && Date.now() - stats.mtimeMs > LEFTOVER_MS && (await rm(path).then(() => true, () => false))) removed.push(path);
      } else if (name === `.${file}.lock` && (await staleLock(path)) && (await unlink(path).then(() => true, () => false))) removed.push(path);
    }
  } catch {
    // an unreadable folder: nothing to clean that Isnad could have left
  }
  return removed;
}

/** git by its full path, from PATH's absolute folders only: never a git.exe in the workspace (Windows looks in the working folder first). */
function gitPath(): string | null {
  const names = process.platform === 'win32' ? ['git.exe', 'git.cmd'] : ['git'];
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    for (const name of names) {
      const path = join(dir, name);
      try {
        if (existsSync(path) && statSync(path).isFile()) return path;
      } catch {
        // unreadable: the next folder
      }
    }
  }
  return null;
}

/**
 * `git config user.name` for `folder`, without a prompt and within a time
 * limit; null when git has none. Run by git's full path with the home
 * folder as working folder (`-C` names the folder): the workspace is
 * anyone's, and a program there must never run in git's place.
 */
function gitUserName(folder: string): Promise<string | null> {
  const git = gitPath();
  if (!git) return Promise.resolve(null);
  return new Promise((done) => {
    execFile(git, ['-C', folder, 'config', 'user.name'], { cwd: homedir(), timeout: GIT_TIMEOUT_MS, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
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
