// Benchmark 2: the time of each analysis pass over every article of a folder,
// read and configured as the CLI reads them (host/workspace.ts), so the slow
// pass is visible. Writes its result as JSON to the file named by --out.
//   node --import tsx bench/passes.ts FOLDER --out FILE
import { writeFileSync } from 'node:fs';
import { articleContext, collectArticles, readArticleText } from '../server/src/host/workspace.js';
import { PASSES, analyzeTimed, sameAsCore, zeroTimes } from './lib/passes.js';
import type { Pass, PassTimes } from './lib/passes.js';

/** How many articles (evenly spread) are also run through analyzeArticle, to check the mirror. */
const CHECKED = 50;

interface Slowest {
  ms: number;
  file: string;
}

function main(): void {
  const [folder, flag, out] = process.argv.slice(2);
  if (!folder || flag !== '--out' || !out) throw new Error('usage: passes.ts FOLDER --out FILE');
  const { articles } = collectArticles([folder]);
  const times = zeroTimes();
  const slowest = Object.fromEntries(PASSES.map((p) => [p, { ms: 0, file: '' }])) as Record<Pass, Slowest>;
  let readMs = 0, chars = 0, analysed = 0, mismatches = 0;
  const every = Math.max(1, Math.floor(articles.length / CHECKED));
  articles.forEach((source, i) => {
    const started = performance.now();
    const decoded = readArticleText(source.path);
    readMs += performance.now() - started;
    if ('problem' in decoded) return;
    const context = articleContext(source);
    const mine: PassTimes = zeroTimes();
    analyzeTimed(decoded.text, context, mine);
    for (const p of PASSES) {
      times[p] += mine[p];
      if (mine[p] > slowest[p].ms) slowest[p] = { ms: mine[p], file: source.rel };
    }
    chars += decoded.text.length;
    analysed++;
    if (i % every === 0 && !sameAsCore(decoded.text, context)) mismatches++;
  });
  const totalMs = PASSES.reduce((n, p) => n + times[p], 0);
  const passes = Object.fromEntries(PASSES.map((p) => [p, { ms: times[p], share: times[p] / totalMs, slowest: slowest[p] }]));
  writeFileSync(out, JSON.stringify({ articles: analysed, chars, readMs, totalMs, passes, checked: Math.ceil(articles.length / every), mismatches }));
}

main();
