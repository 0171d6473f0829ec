// The built CLI on what real archives hold (issue 6, "Done when"): a folder
// with an empty file, 1 MB of random bytes, seed 001 in Windows-1256 and in
// UTF-16 with a BOM, a 4 MB one-line article, 100,000 unclosed quotation
// marks, a 200,000-digit number, 50,000 nested «, a valid seed and a broken
// isnad.yaml. Generated in a temporary folder; nothing of it is committed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeAll } from '../../server/src/cli/articles.js';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { collectArticles } from '../../server/src/host/workspace.js';
import { buildServer } from '../lsp/client.js';
import { FILES, PATHOLOGICAL, ROOT, SEEDS, writeHostileFolder } from '../fixtures/hostile/generate.js';

const CLI = join(ROOT, 'dist', 'cli.js');
let dir: string;

before(() => {
  buildServer(); // rebuilds dist/ (the CLI with it) when the sources are newer
  dir = mkdtempSync(join(tmpdir(), 'isnad-hostile-'));
  writeHostileFolder(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function isnad(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NO_STACK = /\n\s+at \S/;

interface Doc { file: string; publishedEvidence?: string | null; claims: unknown[]; figures: unknown[]; dates: unknown[]; speakers: unknown[]; boilerplate: unknown[] }

/**
 * A document without its file name, to compare analyses of the same text.
 * How the publication date was found differs too: seeds/ has an isnad.yaml,
 * the hostile folder infers it from the text.
 */
const content = ({ file: _file, publishedEvidence: _evidence, ...rest }: Doc): object => rest;

test('analyze on the hostile folder: every readable file analysed, the rest named, the broken isnad.yaml reported, no stack trace', () => {
  const r = isnad('analyze', dir, '--format', 'jsonl');
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 2000)}`);
  assert.equal(r.code, 1, 'the random bytes are skipped');
  assert.doesNotMatch(r.stderr, NO_STACK);
  assert.doesNotMatch(r.stderr, /internal error/);
  // the broken isnad.yaml is named, with line and column, for its syntax error and its wrong types
  const yaml = join(dir, 'isnad.yaml');
  assert.match(r.stderr, new RegExp(`^${escape(yaml)}:\\d+:\\d+ error config syntax: `, 'm'));
  assert.match(r.stderr, new RegExp(`^${escape(yaml)}:4:11 error config speakers must be a list`, 'm'));
  assert.match(r.stderr, new RegExp(`^isnad: ${escape(join(dir, FILES.random))}: skipped: binary file`, 'm'));
  assert.match(r.stderr, new RegExp(`^isnad: ${escape(join(dir, FILES.cp1256))}: information: Read as Windows-1256`, 'm'));
  const docs = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as Doc);
  const byName = new Map(docs.map((d) => [d.file.slice(dir.length + 1), d]));
  assert.deepEqual([...byName.keys()].sort(), [FILES.cp1256, FILES.utf16, FILES.valid, ...Object.keys(PATHOLOGICAL), FILES.empty].sort());
  // the valid seed fully analysed: what the seed alone gives (its isnad.yaml context aside)
  const alone = JSON.parse(isnad('analyze', join(SEEDS, FILES.valid), '--format', 'jsonl').stdout) as Doc;
  const valid = byName.get(FILES.valid)!;
  assert.ok(valid.claims.length > 0 && valid.figures.length > 0);
  assert.deepEqual(content(valid), content(alone));
  // the same article in Windows-1256 and in UTF-16 reads and analyses exactly as in UTF-8
  assert.deepEqual(content(byName.get(FILES.cp1256)!), content(alone));
  assert.deepEqual(content(byName.get(FILES.utf16)!), content(alone));
  assert.deepEqual(byName.get(FILES.empty)!.claims, []);
});

test('check with --max-file-size-mb: larger files are skipped with a message naming the flag; exit 1, no stack trace', () => {
  const r = isnad('check', dir, '--max-file-size-mb', '0.5');
  assert.equal(r.code, 1, r.stderr);
  assert.doesNotMatch(r.stderr + r.stdout, NO_STACK);
  for (const name of [FILES.random, 'one-line-4mb.txt', 'unclosed-quotes.txt']) {
    assert.match(r.stdout, new RegExp(`^${escape(join(dir, name))}: skipped: [\\d.]+ MB, larger than the 0.5 MB limit \\(raise --max-file-size-mb to analyse it\\)$`, 'm'));
  }
  assert.match(r.stdout, new RegExp(`^${escape(join(dir, FILES.valid))}:\\d+:\\d+ warning unsourced-figure `, 'm'));
  assert.match(r.stdout, /^6 files checked: .*3 files skipped\.$/m);
});

test('check on a missing path, with an unknown flag or a bad size: exit 2 and one clear line', () => {
  const cases: [string[], RegExp][] = [
    [['check', join(dir, 'missing')], /^isnad: no such file or folder: .*missing$/],
    [['check', dir, '--frobnicate'], /^isnad: unknown option --frobnicate$/],
    [['check', dir, '--max-file-size-mb', 'lots'], /^isnad: --max-file-size-mb must be a positive number of megabytes, not "lots"$/],
    [['check', dir, '--max-file-size-mb=0'], /^isnad: --max-file-size-mb must be a positive number of megabytes, not "0"$/],
  ];
  for (const [args, message] of cases) {
    const r = isnad(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr.split('\n')[0]!, message);
    assert.doesNotMatch(r.stderr, NO_STACK);
    assert.equal(r.stdout, '');
  }
});

test('an article whose analysis throws is reported; the others are still analysed', () => {
  const { articles } = collectArticles([SEEDS]);
  let n = 0;
  const results = [...analyzeAll(articles, 5 * 1024 * 1024, (text, context) => {
    if (n++ === 2) throw new Error('boom');
    return analyzeArticle(text, context);
  })];
  assert.deepEqual(results.map((r) => r.kind), articles.map((_, i) => (i === 2 ? 'failed' : 'analysed')));
  assert.equal(results[2]!.kind === 'failed' && results[2]!.error, 'boom');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
