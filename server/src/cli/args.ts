// The command line: `isnad COMMAND PATH... [--config FILE] [--format F]`.
// Parsing is strict: an unknown flag or command is a usage error, not ignored.
import { parseArgs } from 'node:util';
import { UsageError } from '../host/files.js';

export const ANALYZE_FORMATS = ['json', 'text', 'jsonl'] as const;
export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const RELATED_FORMATS = ['text', 'json'] as const;
export const EXPORT_FORMATS = ['csv', 'json'] as const;

export type Invocation =
  | { command: 'help' | 'version' }
  | { command: 'analyze'; paths: string[]; config?: string; format: (typeof ANALYZE_FORMATS)[number]; maxFileSizeMB?: number; jobs?: number }
  | { command: 'check'; paths: string[]; config?: string; format: (typeof CHECK_FORMATS)[number]; maxFileSizeMB?: number; jobs?: number }
  | { command: 'related'; paths: string[]; config?: string; format: (typeof RELATED_FORMATS)[number]; maxFileSizeMB?: number; jobs?: number }
  | { command: 'export'; paths: string[]; config?: string; format: (typeof EXPORT_FORMATS)[number]; maxFileSizeMB?: number; jobs?: number }
  | { command: 'import'; paths: string[]; into: string; overwrite: boolean };

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'max-file-size-mb': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
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
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'help') return { command: 'help' };
  if (command !== 'analyze' && command !== 'check' && command !== 'related' && command !== 'export' && command !== 'import') throw new UsageError(`unknown command "${command}"`);
  if (paths.length === 0) throw new UsageError(`${command}: no file or folder given`);
  if (command === 'import') return { command, paths, into: values.into ?? '.', overwrite: values.overwrite === true };
  for (const flag of ['into', 'overwrite'] as const) if (values[flag] !== undefined) throw new UsageError(`${command}: --${flag} is an option of import`);
  const config = values.config;
  const limit = { ...megabytes(values['max-file-size-mb']), ...threads(values.jobs) };
  if (command === 'analyze') return { command, paths, config, format: pick(values.format, ANALYZE_FORMATS, 'json', command), ...limit };
  if (command === 'related') return { command, paths, config, format: pick(values.format, RELATED_FORMATS, 'text', command), ...limit };
  if (command === 'export') return { command, paths, config, format: pick(values.format, EXPORT_FORMATS, 'csv', command), ...limit };
  return { command, paths, config, format: pick(values.format, CHECK_FORMATS, 'text', command), ...limit };
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
  isnad analyze PATH... [--config FILE] [--format json|text|jsonl] [--max-file-size-mb N] [--jobs N]
  isnad check PATH...   [--config FILE] [--format text|json|sarif] [--max-file-size-mb N] [--jobs N]
  isnad related PATH... [--config FILE] [--format text|json] [--max-file-size-mb N] [--jobs N]
  isnad export PATH...  [--config FILE] [--format csv|json] [--max-file-size-mb N] [--jobs N]
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
(plus the patterns under files: in its isnad.yaml).

Options:
  -c, --config FILE   Use FILE instead of the isnad.yaml at the folder's root;
                      its articles: keys stay relative to the folder analysed.
  -f, --format F      Output format (see above).
  --max-file-size-mb N
                      Skip article files larger than N megabytes (default 5).
  -j, --jobs N        Analyse articles in N threads (default: one per core,
                      or the main thread alone for under 1 MB of articles;
                      1: the main thread). The output is the same, in the
                      same order, whatever N.
  -h, --help          Show this help.
  -v, --version       Show the version.

Exit status (check): 0 nothing to report, 1 findings or config problems,
2 usage or I/O error.
`;
