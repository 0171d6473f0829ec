// `isnad export`: one row per claim of every article (file, line, speaker,
// role, kind, cue, date, text, outlet, published, url, figures and who stands
// behind them), as CSV for spreadsheets or as JSON { version, rows }. Both
// are written article by article, so memory does not grow with the folder.
import { CSV_BOM, csvHeader, csvRow, exportRows } from '../analysis/export/index.js';
import type { ExportRow } from '../analysis/export/index.js';
import { maxFileBytes } from '../host/limits.js';
import { LineIndex } from '../host/positions.js';
import { collectArticles } from '../host/workspace.js';
import { analyzeAll, describeFailure, describeNotice, errorMessage } from './articles.js';
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
  let written = 0, skipped = 0, failed = 0;
  for (const result of analyzeAll(workspace.articles, maxFileBytes(options.maxFileSizeMB))) {
    if (result.kind !== 'analysed') {
      note(`isnad: ${describeFailure(result)}`);
      if (result.kind === 'skipped') skipped++;
      else failed++;
      continue;
    }
    const notice = describeNotice(result);
    if (notice) note(`isnad: ${notice}`);
    const rows = rowsOf(result);
    if (!Array.isArray(rows)) {
      note(`isnad: ${result.source.path}: internal error: ${rows.error}`);
      failed++;
      continue;
    }
    await out.write(render(rows, options.format, written === 0));
    written += rows.length;
  }
  if (options.format === 'json') await out.write('\n]}\n');
  return failed ? 2 : skipped ? 1 : 0;
}
