// The CLI's work that runs in worker threads (dist/worker.js serves these).
import { analyzeTask } from './analyze.js';
import { checkTask } from './check.js';
import { exportTask } from './export.js';
import { lineTask } from './jsonl-input.js';
import { relatedTask } from './related.js';

export const CLI_TASKS = [analyzeTask, checkTask, exportTask, relatedTask, lineTask] as const;
