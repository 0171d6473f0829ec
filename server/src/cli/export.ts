// `isnad export`: one row per claim of every article (file, line, speaker,
// role, kind, cue, date, text, outlet, published, url, figures and who stands
// behind them), as CSV for spreadsheets or as JSON { version, rows }. Both
// are written article by article, so memory does not grow with the folder.
import { CSV_BOM, csvHeader, csvRow, exportRows } from '../analysis/export/index.js';
import type { ExportRow } from '../analysis/export/index.js';
import { maxFileBytes } from '../host/limits.js';
import { LineIndex } from '../host/positions.js';
import { collectArticles } from '../host/workspace.js';
import { errorMessage, writeEach } from './articles.js';
import type { ArticleResult } from './articles.js';
import { Output, note } from './output.js';

export interface ExportOptions {
  paths: string[];
  config?: string;
  format: 'csv' | 'json';
  maxFileSizeMB?: number;
}

export const EXPORT_VERSION = 1;

function rowsOf(result: Extract<ArticleResult, { kind: 'analysed' }>): ExportRow[] | { error: string } {
  try {
    const lines = new LineIndex(result.article.text);
    return exportRows(result.source.path, result.article, (offset) => lines.position(offset).line + 1);
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** An article's rows in the format; JSON rows after the first are preceded by a comma. */
function render(rows: readonly ExportRow[], format: ExportOptions['format'], first: boolean): string {
  if (format === 'csv') return rows.map(csvRow).join('');
  return rows.map((row, i) => `${first && i === 0 ? '' : ','}\n${JSON.stringify(row)}`).join('');
}

/** 0 every article exported, 1 some skipped (not text), 2 an internal error on one. */
export async function runExport(options: ExportOptions): Promise<number> {
  const workspace = collectArticles(options.paths, options.config);
  for (const p of workspace.configProblems) note(`${p.file}:${p.line}:${p.column} ${p.severity} config ${p.message}`);
  const out = new Output();
  await out.write(options.format === 'csv' ? `${CSV_BOM}${csvHeader()}` : `{"version":${EXPORT_VERSION},"rows":[`);
  let written = 0;
  const status = await writeEach(workspace.articles, maxFileBytes(options.maxFileSizeMB), (result) => {
    const rows = rowsOf(result);
    if (!Array.isArray(rows)) return rows;
    const text = render(rows, options.format, written === 0);
    written += rows.length;
    return text;
  }, (text) => out.write(text), note);
  if (options.format === 'json') await out.write('\n]}\n');
  return status;
}
