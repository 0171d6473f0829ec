// `isnad export`: one row per claim of every article (file, line, speaker,
// role, kind, cue, date, text, outlet, published, url, figures and who stands
// behind them), as CSV for spreadsheets or as JSON { version, rows }. Both
// are written article by article, so memory does not grow with the folder;
// the articles are analysed and their rows rendered in worker threads.
import { CSV_BOM, csvHeader, csvRow, exportRows } from '../analysis/export/index.js';
import { maxFileBytes } from '../host/limits.js';
import { lineOfOffset } from './article-lines.js';
import { errorMessage } from './articles.js';
import type { Analysed } from './articles.js';
import { articleTask, eachOutcome, writeEach } from './outcomes.js';
import type { ArticleSetup } from './outcomes.js';
import { flushedOnError, note, openOutput } from './output.js';
import { collectInputs } from './stdin.js';

export interface ExportOptions {
  paths: string[];
  config?: string;
  format: 'csv' | 'json';
  maxFileSizeMB?: number;
  jobs?: number;
  output?: string;
  stdinFilename?: string;
}

export const EXPORT_VERSION = 1;

/** An article's rows in the format, each JSON row preceded by a comma (the writer drops the very first one). */
function render(result: Analysed, format: ExportOptions['format']): { text: string; rows: number } | { error: string } {
  try {
    const lineOf = lineOfOffset(result.article);
    const rows = exportRows(result.source.path, result.article, (offset) => lineOf(offset) + 1);
    const text = format === 'csv' ? rows.map(csvRow).join('') : rows.map((row) => `,\n${JSON.stringify(row)}`).join('');
    return { text, rows: rows.length };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** Reads, analyses and renders one article's rows (in a worker). */
export const exportTask = articleTask('isnad.export', (setup: ArticleSetup & { format: ExportOptions['format'] }, result) => render(result, setup.format));

/** 0 every article exported, 1 some skipped (not text), 2 an internal error on one. */
export async function runExport(options: ExportOptions): Promise<number> {
  const workspace = await collectInputs(options, maxFileBytes(options.maxFileSizeMB));
  for (const s of workspace.skipped) note(`isnad: ${s.path}: skipped: ${s.problem}`);
  for (const p of workspace.configProblems) note(`${p.file}:${p.line}:${p.column} ${p.severity} config ${p.message}`);
  // batched, as analyze's output
  const out = openOutput(options.output, true);
  await out.write(options.format === 'csv' ? `${CSV_BOM}${csvHeader()}` : `{"version":${EXPORT_VERSION},"rows":[`);
  let written = 0;
  const outcomes = eachOutcome(exportTask, workspace.articles, { format: options.format }, maxFileBytes(options.maxFileSizeMB), options.jobs);
  const status = await flushedOnError(out, () => writeEach(outcomes, async ({ text, rows }) => {
    // the first JSON row of the document has no comma before it
    await out.write(options.format === 'json' && written === 0 && rows > 0 ? text.slice(1) : text);
    written += rows;
  }, note));
  if (options.format === 'json') await out.write('\n]}\n');
  await out.end();
  return status;
}
