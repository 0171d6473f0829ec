// `isnad analyze`: what each article says, as JSON (the contract in
// shared/eval/README.md), JSON lines, or text. JSON is written document by
// document, so memory does not grow with the number of articles.
import { collectArticles } from '../host/workspace.js';
import type { ConfigProblem } from '../host/config.js';
import { analyzeAll, describeFailure } from './articles.js';
import { ANALYSIS_VERSION, documentJson } from './analysis-json.js';
import { articleText } from './analysis-text.js';
import { Output, note } from './output.js';

export interface AnalyzeOptions {
  paths: string[];
  config?: string;
  format: 'json' | 'jsonl' | 'text';
}

const configNote = (p: ConfigProblem): string => `${p.file}:${p.line}:${p.column} ${p.severity} config ${p.message}`;

/** 0 every article analysed, 1 some skipped (not text), 2 an internal error on one. */
export async function runAnalyze(options: AnalyzeOptions): Promise<number> {
  const workspace = collectArticles(options.paths, options.config);
  for (const p of workspace.configProblems) note(configNote(p));
  const out = new Output();
  let written = 0, skipped = 0, failed = 0;
  if (options.format === 'json') await out.write(`{"version":${ANALYSIS_VERSION},"documents":[`);
  for (const result of analyzeAll(workspace.articles)) {
    if (result.kind !== 'analysed') {
      note(`isnad: ${describeFailure(result)}`);
      if (result.kind === 'skipped') skipped++;
      else failed++;
      continue;
    }
    const { path } = result.source;
    if (options.format === 'text') await out.write(`${written ? '\n' : ''}${articleText(path, result.article)}\n`);
    else {
      const json = JSON.stringify(documentJson(path, result.article));
      await out.write(options.format === 'jsonl' ? `${json}\n` : `${written ? ',' : ''}\n${json}`);
    }
    written++;
  }
  if (options.format === 'json') await out.write('\n]}\n');
  return failed ? 2 : skipped ? 1 : 0;
}
