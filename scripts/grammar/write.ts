// Writes syntaxes/news-article.tmLanguage.json from the lexicons.
//   node --import tsx scripts/grammar/write.ts           regenerate
//   node --import tsx scripts/grammar/write.ts --check   exit 1 if the file is stale
// `npm run build:production` regenerates it; test/grammar checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammarText } from './grammar.js';

const GRAMMAR_FILE = join(__dirname, '..', '..', 'syntaxes', 'news-article.tmLanguage.json');

const text = grammarText();
let current = '';
try {
  current = readFileSync(GRAMMAR_FILE, 'utf8');
} catch {
  // absent: written below
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${GRAMMAR_FILE} is stale: run node --import tsx scripts/grammar/write.ts`);
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(GRAMMAR_FILE, text);
  console.log(`wrote ${GRAMMAR_FILE}`);
}
