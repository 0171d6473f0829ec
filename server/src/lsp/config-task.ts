// Parsing a large isnad.yaml open in the editor off the server's thread. An
// archive's isnad.yaml lists every article (4.8 MB for 31,030): parsing it
// takes seconds, and while it is typed in, every pause would hold every
// request that long. Above OFF_THREAD_CHARS, the text is parsed by a worker
// of the pool (the one folder scans use) and the result, plain data, comes
// back; the editor's requests are answered meanwhile. The result is taken
// only if the editor still holds that text.
import { parseConfig } from '../host/config.js';
import type { ConfigProblem, IsnadConfig } from '../host/config.js';
import type { WorkerPool } from '../host/pool/pool.js';
import { defineTask } from '../host/pool/task.js';

/** Texts longer than this are parsed in a worker thread (when there is one). */
export const OFF_THREAD_CHARS = 256 * 1024;

export const configTask = defineTask('parse-config', () => (item: { text: string; path: string }) => parseConfig(item.text, item.path));

export const CONFIG_TASKS = [configTask] as const;

/** The parse of `text` by a worker of `pool`. */
export async function parseInWorker(pool: WorkerPool, text: string, path: string): Promise<{ config: IsnadConfig; problems: ConfigProblem[] }> {
  for await (const parsed of pool.run(configTask, null, [{ text, path }])) return parsed;
  throw new Error('the worker gave no parse');
}
