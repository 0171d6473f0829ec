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

async function main(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'water-ministry-plan.html'), newsPage({ head: OPEN_GRAPH, jsonLd: [NEWS_ARTICLE_LD] }));
  writeFileSync(join(folder, 'eastern-countryside-water.docx'), await wordDocument());
  console.log(`wrote water-ministry-plan.html and eastern-countryside-water.docx to ${folder}`);
}

main(out).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
