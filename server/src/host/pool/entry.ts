// dist/worker.js: the script of every worker thread of the pool, serving the
// tasks of the programs that start pools (the CLI; the language server adds
// its own here). One bundle, so both dist/cli.js and dist/server.js use it.
import { CLI_TASKS } from '../../cli/tasks.js';
import { CONFIG_TASKS } from '../../lsp/config-task.js';
import { SERVER_TASKS } from '../../lsp/index-task.js';
import { serveTasks } from './worker.js';

serveTasks([...CLI_TASKS, ...SERVER_TASKS, ...CONFIG_TASKS]);
