// The `isnad` command. Every error a user can cause ends in one line on
// stderr and exit 2; a stack trace only ever means a bug, and is shown only
// with ISNAD_DEBUG set.
// first: the compiler budget applies to everything compiled after it
import '../host/v8-budget.js';
import { escapeControls } from '../host/controls.js';
import packageJson from '../../../package.json';
import { UsageError } from '../host/files.js';
import { HELP, parseCommandLine } from './args.js';
import { runAnalyze } from './analyze.js';
import { runCheck } from './check.js';
import { runExport } from './export.js';
import { runImport } from './import.js';
import { runAnalyzeJsonl } from './jsonl-input.js';
import { runRelated } from './related.js';

const VERSION: string = packageJson.version;
const HINT = 'Run "isnad --help" for usage.';

export async function main(argv: readonly string[]): Promise<number> {
  const invocation = parseCommandLine(argv);
  switch (invocation.command) {
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'analyze':
      return invocation.input === 'jsonl' ? runAnalyzeJsonl(invocation) : runAnalyze(invocation);
    case 'check':
      return runCheck({ ...invocation, version: VERSION });
    case 'related':
      return runRelated(invocation);
    case 'export':
      return runExport(invocation);
    case 'import':
      return runImport(invocation);
  }
}

function fail(e: unknown): number {
  if (e instanceof UsageError) {
    process.stderr.write(`isnad: ${escapeControls(e.message)}\n${HINT}\n`);
    return 2;
  }
  process.stderr.write(`isnad: internal error: ${escapeControls(e instanceof Error ? e.message : String(e))}\n`);
  if (process.env.ISNAD_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return 2;
}

// `isnad analyze … | head`: the reader closing the pipe is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.exitCode = fail(e); },
);
