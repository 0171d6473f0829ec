// The command line: `isnad COMMAND PATH... [--config FILE] [--format F]`.
// Parsing is strict: an unknown flag or command is a usage error, not ignored.
import { parseArgs } from 'node:util';
import { UsageError } from '../host/files.js';

export const ANALYZE_FORMATS = ['json', 'text', 'jsonl'] as const;
export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const RELATED_FORMATS = ['text', 'json'] as const;
export const EXPORT_FORMATS = ['csv', 'json'] as const;

/** What every command that reads articles takes beside its paths: each key present only when given. */
export interface Common {
  config?: string;
  maxFileSizeMB?: number;
  jobs?: number;
  /** -o FILE: the output goes there instead of stdout. */
  output?: string;
  /** --stdin-filename NAME (or `-` among the paths, NAME `<stdin>`): an article read from stdin, named NAME. */
  stdinFilename?: string;
}

export type Invocation =
  | { command: 'help' | 'version' }
  | ({ command: 'analyze'; paths: string[]; format: (typeof ANALYZE_FORMATS)[number]; input?: 'jsonl' } & Common)
  | ({ command: 'check'; paths: string[]; format: (typeof CHECK_FORMATS)[number]; quiet?: true; maxWarnings?: number } & Common)
  | ({ command: 'related'; paths: string[]; format: (typeof RELATED_FORMATS)[number] } & Common)
  | ({ command: 'export'; paths: string[]; format: (typeof EXPORT_FORMATS)[number] } & Common)
  | { command: 'import'; paths: string[]; into: string; overwrite: boolean };

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'max-file-size-mb': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  output: { type: 'string', short: 'o' },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  input: { type: 'string' },
  into: { type: 'string' },
  overwrite: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** node's parseArgs messages, made one line and about this tool. */
function usageMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(err.message ?? '')?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? ''}`.trim();
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${option ?? ''} needs a value`.replace('  ', ' ');
  return (err.message ?? 'bad arguments').split('\n')[0]!;
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, command: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  if (command === '--input') throw new UsageError(`unknown --input "${value}" (use ${allowed.join(', ')})`);
  throw new UsageError(`${command}: unknown format "${value}" (use ${allowed.join(', ')})`);
}

export function parseCommandLine(argv: readonly string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(usageMessage(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...given] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'help') return { command: 'help' };
  if (command !== 'analyze' && command !== 'check' && command !== 'related' && command !== 'export' && command !== 'import') throw new UsageError(`unknown command "${command}"`);
  const stdinFilename = values['stdin-filename'] ?? (given.includes(STDIN) ? STDIN_NAME : undefined);
  const paths = given.filter((p) => p !== STDIN);
  const jsonl = command === 'analyze' && pick(values.input, INPUTS, 'files', '--input') === 'jsonl';
  if (paths.length === 0 && stdinFilename === undefined && !jsonl) throw new UsageError(`${command}: no file or folder given`);
  onlyFor(command, values);
  if (command === 'import') return { command, paths, into: values.into ?? '.', overwrite: values.overwrite === true };
  if (jsonl && stdinFilename !== undefined) throw new UsageError('analyze: --input jsonl reads articles as JSON lines, not one article from stdin (- or --stdin-filename)');
  const common: Common = {
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...megabytes(values['max-file-size-mb']), ...threads(values.jobs),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
  };
  const config = values.config;
  const old = { paths, config, ...common };
  if (command === 'analyze') return { command, ...old, format: pick(values.format, ANALYZE_FORMATS, 'json', command), ...(jsonl ? { input: 'jsonl' as const } : {}) };
  if (command === 'related') return { command, ...old, format: pick(values.format, RELATED_FORMATS, 'text', command) };
  if (command === 'export') return { command, ...old, format: pick(values.format, EXPORT_FORMATS, 'csv', command) };
  return {
    command, ...old, format: pick(values.format, CHECK_FORMATS, 'text', command),
    ...(values.quiet ? { quiet: true as const } : {}), ...warnings(values['max-warnings']),
  };
}

/** `-` among the paths: an article from stdin. */
export const STDIN = '-';
/** Its name when --stdin-filename does not give one. */
export const STDIN_NAME = '<stdin>';
const INPUTS = ['files', 'jsonl'] as const;

/** The flags that belong to one command only. */
const OWN_FLAGS: Record<string, string[]> = {
  import: ['into', 'overwrite'], check: ['quiet', 'max-warnings'], analyze: ['input'],
};

function onlyFor(command: string, values: Record<string, unknown>): void {
  for (const [owner, flags] of Object.entries(OWN_FLAGS)) {
    if (owner === command) continue;
    for (const flag of flags) if (values[flag] !== undefined) throw new UsageError(`${command}: --${flag} is an option of ${owner}`);
  }
  if (command === 'import') {
    for (const flag of ['output', 'stdin-filename', 'config', 'format', 'jobs', 'max-file-size-mb']) {
      if (values[flag] !== undefined) throw new UsageError(`import: --${flag} is not an option of import`);
    }
  }
}

/** --max-warnings: a whole number, 0 or more (ESLint's -1, no limit, is leaving it out). */
function warnings(value: string | undefined): { maxWarnings?: number } {
  if (value === undefined) return {};
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number of warnings, 0 or more, not "${value}"`);
  return { maxWarnings: Number(value) };
}

function megabytes(value: string | undefined): { maxFileSizeMB?: number } {
  if (value === undefined) return {};
  const mb = Number(value);
  if (value.trim() === '' || !Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size-mb must be a positive number of megabytes, not "${value}"`);
  return { maxFileSizeMB: mb };
}

/** --jobs: the number of threads that analyse articles, a whole number of at least 1. */
function threads(value: string | undefined): { jobs?: number } {
  if (value === undefined) return {};
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of threads, 1 or more, not "${value}"`);
  return { jobs };
}

export const HELP = `isnad: who said what, and when, in Arabic news articles.

Usage:
  isnad analyze PATH... [--format json|text|jsonl] [--input jsonl] [OPTIONS]
  isnad check PATH...   [--format text|json|sarif] [--quiet] [--max-warnings N] [OPTIONS]
  isnad related PATH... [--format text|json] [OPTIONS]
  isnad export PATH...  [--format csv|json] [OPTIONS]
  isnad import FILE...  [--into FOLDER] [--overwrite]
  isnad --help | --version

Commands:
  analyze   Print what each article says: speakers, claims, figures, dates,
            boilerplate (default format: json).
  check     Report diagnostics, such as figures no speaker or source stands
            behind (default format: text).
  related   Link the articles to each other: speakers found in more than one
            article (and why they are one), events several articles report,
            quantities several give values of (oldest first), and the
            values that conflict (default format: text).
  export    One row per claim: file, line, speaker, role, kind, cue, date,
            text, outlet, published, url, figures and who stands behind
            them; CSV in UTF-8 with a byte order mark, for spreadsheets, or
            JSON {version, rows} (default format: csv).
  import    Make saved web pages (.html, .htm) and Word documents (.docx)
            articles of FOLDER (default: the current folder): the article
            text (title, then one paragraph a line) in FILE's name with .txt,
            and its URL, outlet, publication date and author under
            articles: in the isnad.yaml that applies there. Never replaces
            an article or an entry that says otherwise without --overwrite;
            a page imported before is recognised by its URL.

PATH is an article file or a folder, searched recursively for .txt files
(plus the patterns under files: in its isnad.yaml, less those under ignore:
and in .gitignore files). Each article takes the nearest isnad.yaml upward
from it. PATH - reads one article from standard input.

Options:
  -c, --config FILE   Use FILE instead of the nearest isnad.yaml; its
                      articles: keys stay relative to the folder analysed.
  -f, --format F      Output format (see above).
  -o, --output FILE   Write the output to FILE instead of standard output.
  --stdin-filename NAME
                      Read one article from standard input and call it NAME
                      (its isnad.yaml is the nearest one upward from NAME).
  --input jsonl       (analyze) Read articles as JSON lines, one object a line
                      {"id", "text", "published"?, "outlet"?, "url"?}, from
                      the PATHs or standard input, and write one analysis a
                      line, in the same order, in bounded memory.
  -q, --quiet         (check) Report errors only.
  --max-warnings N    (check) Fail when there are more than N warnings.
  --max-file-size-mb N
                      Skip article files larger than N megabytes (default 5).
  -j, --jobs N        Analyse articles in N threads (default: one per core,
                      or the main thread alone for under 1 MB of articles;
                      1: the main thread). The output is the same, in the
                      same order, whatever N.
  -h, --help          Show this help.
  -v, --version       Show the version.

Exit status:
  check    0 nothing to report, 1 findings or config problems, 2 usage or
           I/O error or an article that could not be analysed; with --quiet
           or --max-warnings, as ESLint: 1 only for errors, skipped files or
           more warnings than N.
  analyze, related, export
           0 every article read, 1 some skipped (not text, too large),
           2 usage or I/O error or an article that could not be analysed.
  import   0 every file imported or already there, 1 conflicts left as
           they were, 2 usage error or a file that could not be imported.
`;
