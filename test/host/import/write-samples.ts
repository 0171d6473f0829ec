// Writes the import tests' sample web page and Word document into a folder,
// for the end-to-end run (test/e2e/import.mjs) and for trying
// `isnad import` by hand:
//
//   node --import tsx test/host/import/write-samples.ts OUTDIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEWS_ARTICLE_LD, OPEN_GRAPH, newsPage, wordDocument } from './pages.js';

const out = process.argv[2];
if (!out) {
  console.error('usage: node --import tsx test/host/import/write-samples.ts OUTDIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'water-ministry-plan.html'), newsPage({ head: OPEN_GRAPH, jsonLd: [NEWS_ARTICLE_LD] }));
writeFileSync(join(out, 'eastern-countryside-water.docx'), await wordDocument());
console.log(`wrote water-ministry-plan.html and eastern-countryside-water.docx to ${out}`);
