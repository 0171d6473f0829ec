// `isnad analyze`: what each article says, as JSON (the contract in
// shared/eval/README.md), JSON lines, or text. JSON is written document by
// document, so memory does not grow with the number of articles; the
// articles are analysed and rendered in worker threads.
import type { ConfigProblem } from '../host/config.js';
import { maxFileBytes } from '../host/limits.js';
import { errorMessage } from './articles.js';
import type { Analysed } from './articles.js';
import { articleTask, eachOutcome, writeEach } from './outcomes.js';
import type { ArticleSetup } from './outcomes.js';
import { ANALYSIS_VERSION, documentJson } from './analysis-json.js';
import { articleText } from './analysis-text.js';
import { flushedOnError, note, openOutput } from './output.js';
import { collectInputs } from './stdin.js';

export interface AnalyzeOptions {
  paths: string[];
  config?: string;
  format: 'json' | 'jsonl' | 'text';
  maxFileSizeMB?: number;
  jobs?: number;
  output?: string;
  stdinFilename?: string;
}

const configNote = (p: ConfigProblem): string => `${p.file}:${p.line}:${p.column} ${p.severity} config ${p.message}`;

/** One article in the chosen format; a failure to render it is reported like a failed analysis. */
function render(result: Analysed, format: AnalyzeOptions['format']): string | { error: string } {
  const { path } = result.source;
  try {
    return format === 'text' ? articleText(path, result.article) : JSON.stringify(documentJson(path, result.article));
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** Reads, analyses and renders one article (in a worker). */
export const analyzeTask = articleTask('isnad.analyze', (setup: ArticleSetup & { format: AnalyzeOptions['format'] }, result) => render(result, setup.format));

/** 0 every article analysed, 1 some skipped (not text), 2 an internal error on one. */
export async function runAnalyze(options: AnalyzeOptions): Promise<number> {
  const workspace = await collectInputs(options, maxFileBytes(options.maxFileSizeMB));
  for (const s of workspace.skipped) note(`isnad: ${s.path}: skipped: ${s.problem}`);
  for (const p of workspace.configProblems) note(configNote(p));
  // batched: the articles come from files or a whole stdin, and nobody waits for each one's output
  const out = openOutput(options.output, true);
  let written = 0;
  if (options.format === 'json') await out.write(`{"version":${ANALYSIS_VERSION},"documents":[`);
  const outcomes = eachOutcome(analyzeTask, workspace.articles, { format: options.format }, maxFileBytes(options.maxFileSizeMB), options.jobs);
  const status = await flushedOnError(out, () => writeEach(outcomes, async (rendered) => {
    if (options.format === 'text') await out.write(`${written ? '\n' : ''}${rendered}\n`);
    else await out.write(options.format === 'jsonl' ? `${rendered}\n` : `${written ? ',' : ''}\n${rendered}`);
    written++;
  }, note));
  if (options.format === 'json') await out.write('\n]}\n');
  await out.end();
  return status;
}
