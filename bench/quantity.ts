// Benchmark 6: one quantity in 2,000 articles (issue 13). The first 2,000
// articles of the corpus, each with one sentence of ours appended that gives
// a running troop count (a different number in each: every article conflicts
// with the others dated near it), are indexed by the built server. Measured:
// the bytes of diagnostics published (all, and the largest publication), the
// server's peak memory, the time to index and to answer (references on the
// appended claim, a hover on its figure), and an edit of one article's
// number: the time to its diagnostics and the bytes republished to the
// others. The corpus text is read from bench/.cache, never copied into the
// project; the sentence is ours.
//   node --import tsx bench/quantity.ts CORPUS_DIR --out FILE [--articles 2000]
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { Converter } from '../server/src/lsp/convert.js';
import { BenchClient } from './lib/lsp-client.js';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, articles: { type: 'string', default: '2000' }, 'budget-s': { type: 'string', default: '600' } },
});
const corpus = positionals[0];
if (!corpus || !opt.out) throw new Error('usage: bench/quantity.ts CORPUS_DIR --out FILE');
const ARTICLES = Number(opt.articles);
const BUDGET_MS = Number(opt['budget-s']) * 1000;

/** The sentence appended to article i: the same quantity (US troops in Iraq), another number. */
const sentence = (i: number): string => `وقالت وزارة الدفاع الأمريكية إنه يوجد في العراق حاليا ${3000 + i} جندي أمريكي.`;

function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-quantity-'));
  const names = readdirSync(corpus!).filter((f) => f.endsWith('.txt')).sort().slice(0, ARTICLES);
  names.forEach((name, i) => {
    copyFileSync(join(corpus!, name), join(dir, name));
    appendFileSync(join(dir, name), `\n${sentence(i)}\n`);
  });
  if (existsSync(join(corpus!, 'isnad.yaml'))) copyFileSync(join(corpus!, 'isnad.yaml'), join(dir, 'isnad.yaml'));
  return dir;
}

const bytesOf = (p: unknown): number => Buffer.byteLength(JSON.stringify(p));

async function main(): Promise<void> {
  const dir = makeFolder();
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  // every article's problems published (not only the open ones, as the default does for a large folder): the bound under test
  const client = BenchClient.spawn([], undefined, { diagnostics: { scope: 'folder' } });
  let published = 0, largest = 0, publications = 0, conflicts = 0, conflictsWithMore = 0, largestConflict = 0;
  client.listen((method, params) => {
    if (method !== 'textDocument/publishDiagnostics') return;
    const b = bytesOf(params);
    published += b;
    publications++;
    largest = Math.max(largest, b);
    for (const d of (params as PublishDiagnosticsParams).diagnostics) {
      if (d.code !== 'conflicting-figure') continue;
      conflicts++;
      largestConflict = Math.max(largestConflict, bytesOf(d));
      if (/ more for the same quantity/.test(String(d.message))) conflictsWithMore++;
    }
  });
  try {
    const started = performance.now();
    const indexed = client.indexed(BUDGET_MS);
    await client.initialize(dir);
    await indexed;
    const indexMs = performance.now() - started;
    // the appended claim of the middle article: references (the folder regrouped first) and a hover on its figure
    const middle = join(dir, names[Math.floor(names.length / 2)]!);
    const { uri, text } = await client.open(middle);
    const conv = new Converter(text);
    const at = text.lastIndexOf('وقالت وزارة الدفاع');
    const figureAt = text.lastIndexOf(' جندي أمريكي') - 2;
    let t = performance.now();
    const references = await client.request<unknown[]>('textDocument/references', { textDocument: { uri }, position: conv.position(at + 1), context: { includeDeclaration: false } }, BUDGET_MS);
    const referencesMs = performance.now() - t;
    // the folder's conflicts are published once the scan has ended, before any later answer
    const atIndex = { published, publications, largest, conflicts, conflictsWithMore, largestConflict, memory: client.memory() };
    t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: conv.position(figureAt) });
    const hoverMs = performance.now() - t;
    // an edit of the number: its own diagnostics, and what the others are sent
    const before = published, beforeCount = publications;
    const editMs = await client.editAndWait(uri, { start: conv.position(figureAt), end: conv.position(figureAt + 1) }, '9', BUDGET_MS);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const afterEdit = { ms: editMs, bytes: published - before, publications: publications - beforeCount };
    t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: conv.position(figureAt) });
    const hoverAfterEditMs = performance.now() - t;
    const result = {
      articles: names.length, indexMs, atIndex, referencesMs, references: references.length, hoverMs, afterEdit, hoverAfterEditMs,
      memory: client.memory(), alive: client.child.exitCode === null,
    };
    writeFileSync(opt.out!, JSON.stringify(result, null, 2));
    console.error(`quantity: ${JSON.stringify(result)}`);
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
