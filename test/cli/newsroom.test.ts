// The command line as newsroom tools and pipelines use it, through the BUILT
// CLI: an article from stdin (- and --stdin-filename, its isnad.yaml found
// from the name), -o FILE, check --quiet and --max-warnings (ESLint's
// counting), analyze --input jsonl (one analysis a line, in order, bad lines
// answered in place), and isnad import of a page and a Word document.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, ROOT, ensureBuilt } from '../helpers/build.js';
import { parseConfig } from '../../server/src/host/config.js';
import { NEWS_ARTICLE_LD, OPEN_GRAPH, PAGE_URL, newsPage, wordDocument } from '../host/import/pages.js';

before(ensureBuilt);

const SEED = 'seeds/001_07f643b4c079ef5b.txt';
const seedText = (): string => readFileSync(join(ROOT, SEED), 'utf8');

function isnad(args: string[], options: { input?: string; cwd?: string } = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = (): string => mkdtempSync(join(tmpdir(), 'isnad-newsroom-'));

test('check - reads the article from stdin; --stdin-filename names it and finds its isnad.yaml', () => {
  const plain = isnad(['check', '-'], { input: seedText() });
  assert.equal(plain.code, 1, plain.stderr);
  assert.match(plain.stdout, /^<stdin>:25:41 warning unsourced-figure Unsourced figure "5200 جندي"/m);
  const dir = temp();
  writeFileSync(join(dir, 'isnad.yaml'), 'rules:\n  unsourced-figure: error\n');
  const named = isnad(['check', '--stdin-filename', join(dir, 'story', 'a.txt')], { input: seedText() });
  assert.match(named.stdout, new RegExp(`^${join(dir, 'story', 'a.txt')}:25:41 error unsourced-figure`, 'm'), 'the severity of the isnad.yaml above NAME');
  const analysed = JSON.parse(isnad(['analyze', '--stdin-filename', 'x/001.txt', '--format', 'jsonl'], { input: seedText() }).stdout);
  assert.equal(analysed.file, 'x/001.txt');
  assert.ok(analysed.claims.length > 0);
});

test('stdin beside paths: the files, then the article of stdin; binary bytes on stdin are skipped like a binary file', () => {
  const both = isnad(['check', 'seeds/002_f854b1bd0cea57cd.txt', '-'], { input: seedText() });
  const files = [...both.stdout.matchAll(/^(\S+):\d+:\d+ /gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(files)], ['seeds/002_f854b1bd0cea57cd.txt', '<stdin>']);
  const binary = isnad(['check', '-'], { input: '\u0000\u0001\u0002'.repeat(100) });
  assert.match(binary.stdout, /^<stdin>: skipped: binary file/m);
});

test('-o FILE writes the output there and nothing to stdout; a path that cannot be written is a usage error', () => {
  const out = join(temp(), 'report.sarif');
  const r = isnad(['check', 'seeds', '-f', 'sarif', '-o', out]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
  const csv = join(temp(), 'claims.csv');
  assert.equal(isnad(['export', 'seeds', '--output', csv]).stdout, '');
  assert.ok(readFileSync(csv, 'utf8').startsWith('\ufefffile,'));
  const bad = isnad(['check', 'seeds', '-o', join(temp(), 'no', 'such', 'folder', 'x.txt')]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^isnad: cannot write .*x\.txt \(ENOENT\)/);
});

test('check --quiet reports errors only and exits 0 without them; --max-warnings N fails above N warnings', () => {
  const quiet = isnad(['check', 'seeds', '--quiet']);
  assert.equal(quiet.code, 0, quiet.stdout);
  assert.equal(quiet.stdout, '5 files checked: no problems.\n');
  assert.equal(isnad(['check', 'seeds', '--max-warnings', '5']).code, 0, 'five warnings, five allowed');
  const over = isnad(['check', 'seeds', '--max-warnings', '4']);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /too many warnings \(5; maximum: 4\)/);
  const dir = temp();
  writeFileSync(join(dir, 'isnad.yaml'), 'rules:\n  unsourced-figure: error\n');
  writeFileSync(join(dir, 'a.txt'), seedText());
  const errors = isnad(['check', dir, '--quiet']);
  assert.equal(errors.code, 1);
  assert.match(errors.stdout, /error unsourced-figure/);
  assert.equal(isnad(['check', 'seeds', '--max-warnings', '-1']).code, 2, 'a number of warnings, 0 or more');
});

test('analyze --input jsonl: one analysis a line in input order, with the context each line gives; bad lines answered in place', () => {
  const text = seedText();
  const lines = [
    JSON.stringify({ id: 'a', text, published: '2020-01-24T18:00:00+03:00', outlet: 'عنب بلدي', url: 'https://example.org/a' }),
    '',
    JSON.stringify({ id: 7, text: 'قال الوزير إن 5 جنود قتلوا أمس.' }),
    'not json',
    JSON.stringify({ id: 'c', text: 'x', published: 'yesterday' }),
    JSON.stringify({ id: 'd' }),
  ];
  const r = isnad(['analyze', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '2'], { input: lines.join('\n') });
  assert.equal(r.code, 1, 'lines that could not be read: like skipped files');
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['a', 7, null, 'c', 'd'], 'one line per non-blank input line, in order');
  assert.equal(out[0].published, '2020-01-24');
  assert.equal(out[0].outlet, 'عنب بلدي');
  assert.equal(out[0].url, 'https://example.org/a');
  assert.ok(out[0].figures.some((f: { text: string }) => f.text === '5200 جندي'));
  assert.ok(out[1].claims.length === 1);
  assert.match(out[2].error, /^not JSON/);
  assert.match(out[3].error, /"published" is not a date/);
  assert.match(out[4].error, /no "text"/);
  assert.match(r.stderr, /<stdin>:4: skipped: not JSON/);
});

test('analyze --input jsonl reads files of lines too, the same in one thread or two, and as one JSON document', () => {
  const file = join(temp(), 'shard-0001.jsonl');
  const texts = ['قال الوزير إن 5 جنود قتلوا.', seedText(), 'وأعلنت الوزارة أن 12 شخصاً أصيبوا.'];
  writeFileSync(file, `${Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `n${i}`, text: texts[i % 3] })).join('\n')}\n`);
  const one = isnad(['analyze', '--input', 'jsonl', '-f', 'jsonl', '-j', '1', file]);
  const two = isnad(['analyze', '--input', 'jsonl', '-f', 'jsonl', '-j', '2', file]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(one.stdout, two.stdout);
  assert.equal(one.stdout.trim().split('\n').length, 40);
  const doc = JSON.parse(isnad(['analyze', '--input', 'jsonl', file]).stdout);
  assert.equal(doc.documents.length, 40);
  assert.equal(doc.documents[39].id, 'n39');
  assert.equal(isnad(['analyze', '--input', 'jsonl', 'seeds']).code, 2, 'a folder is not a file of lines');
  assert.equal(isnad(['check', '--input', 'jsonl', 'seeds']).code, 2, '--input is an option of analyze');
});

test('isnad import: a web page and a Word document into a folder, their metadata into its isnad.yaml; again: nothing to do; changed: a conflict', async () => {
  const dir = temp();
  const desk = join(dir, 'desk');
  mkdirSync(desk);
  writeFileSync(join(dir, 'dams.html'), newsPage({ head: OPEN_GRAPH, jsonLd: [NEWS_ARTICLE_LD] }));
  writeFileSync(join(dir, 'report.docx'), await wordDocument());
  const r = isnad(['import', 'dams.html', 'report.docx', '--into', 'desk'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(';')[0]), ['dams.html → desk/dams.txt', 'report.docx → desk/report.txt']);
  const config = parseConfig(readFileSync(join(desk, 'isnad.yaml'), 'utf8'), 'isnad.yaml').config;
  assert.deepEqual(config.articles.get('dams.txt'), { published: '2024-03-02', outlet: 'أخبار المثال', url: PAGE_URL, author: 'ليلى منصور' });
  assert.ok(existsSync(join(desk, 'report.txt')));
  const again = isnad(['import', 'dams.html', '--into', 'desk'], { cwd: dir });
  assert.equal(again.code, 0);
  assert.match(again.stdout, /already imported as desk\/dams\.txt: nothing to do/);
  writeFileSync(join(desk, 'dams.txt'), 'نص آخر\n');
  const conflict = isnad(['import', 'dams.html', '--into', 'desk'], { cwd: dir });
  assert.equal(conflict.code, 1);
  assert.match(conflict.stdout, /not imported: imported before as dams\.txt, and the text has changed since \(--overwrite replaces them\)/);
  assert.equal(isnad(['import', 'dams.html', '--into', 'desk', '--overwrite'], { cwd: dir }).code, 0);
  // and the imported articles check with their publication date from isnad.yaml
  const analysed = JSON.parse(isnad(['analyze', 'desk/dams.txt', '-f', 'jsonl'], { cwd: dir }).stdout);
  assert.equal(analysed.published, '2024-03-02');
  assert.equal(analysed.publishedEvidence, 'isnad.yaml');
  const missing = isnad(['import', 'gone.html', '--into', 'desk'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /gone\.html: not imported: cannot read it/);
  assert.equal(isnad(['import', 'dams.html', '--into', 'nowhere'], { cwd: dir }).code, 2);
});

test('every rule has its page in docs/rules, and SARIF links to it (helpUri) and carries it (help)', () => {
  const log = JSON.parse(isnad(['check', 'seeds', '-f', 'sarif']).stdout);
  const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string; help: { text: string; markdown: string } }[];
  assert.ok(rules.length >= 3);
  for (const rule of rules) {
    assert.equal(rule.helpUri, pathToFileURL(join(ROOT, 'docs', 'rules', `${rule.id}.md`)).href);
    assert.ok(rule.help.markdown.startsWith(`# ${rule.id}\n`), rule.id);
    assert.match(rule.help.markdown, /## Configuration/);
  }
  assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!docs\/rules\/\*\.md$/m, 'shipped in the VSIX');
});
