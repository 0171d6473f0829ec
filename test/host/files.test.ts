import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { UsageError, listArticleFiles } from '../../server/src/host/files.js';
import { articleContext, collectArticles } from '../../server/src/host/workspace.js';

/** A folder tree from a map of relative path → content. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'isnad-files-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

const ARTICLES = {
  'b.txt': 'ب', 'a.txt': 'أ', 'sub/c.txt': 'ج', 'sub/deeper/d.txt': 'د',
  'notes.md': 'م', 'node_modules/pkg/x.txt': 'x', '.git/y.txt': 'y', 'sub/.cache/z.txt': 'z', 'isnad.yaml': '',
};

test('folders are walked for .txt files, sorted, skipping node_modules and dot-folders', () => {
  const root = tree(ARTICLES);
  assert.deepEqual(listArticleFiles(root).map((f) => f.rel), ['a.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.txt']);
  assert.deepEqual(listArticleFiles(root, ['*.md']).map((f) => f.rel), ['a.txt', 'b.txt', 'notes.md', 'sub/c.txt', 'sub/deeper/d.txt']);
  const [first] = listArticleFiles(root);
  assert.equal(first!.path, join(root, 'a.txt'));
});

test('display paths keep the folder as the user wrote it', () => {
  const root = tree({ 'x/001_a.txt': 'أ' });
  const asGiven = relative(process.cwd(), join(root, 'x'));
  assert.deepEqual(collectArticles([asGiven]).articles.map((a) => a.path), [`${asGiven}/001_a.txt`]);
});

test('the folder\'s isnad.yaml applies to its articles, keyed by relative path or base name', () => {
  const root = tree({
    'isnad.yaml': 'articles:\n  sub/c.txt: { published: 2024-03-02, outlet: ج }\n  a.txt: { outlet: أ }\nfiles: ["*.md"]\nspeakers:\n  - name: جيمس جيفري\n',
    'a.txt': 'أ', 'sub/c.txt': 'ج', 'notes.md': 'م',
  });
  const ws = collectArticles([root]);
  assert.deepEqual(ws.configProblems, []);
  assert.deepEqual(ws.articles.map((a) => a.rel), ['a.txt', 'notes.md', 'sub/c.txt']);
  const c = articleContext(ws.articles[2]!);
  assert.equal(c.published, '2024-03-02');
  assert.equal(c.outlet, 'ج');
  assert.equal(c.speakers?.[0]?.name, 'جيمس جيفري');
  assert.equal(articleContext(ws.articles[1]!).outlet, null);
});

test('--config elsewhere: keys stay relative to the folder analysed, a base name also matches', () => {
  const articles = tree({ 'one/001.txt': 'أ', 'two/002.txt': 'ب', 'isnad.yaml': 'articles:\n  one/001.txt: { outlet: ignored }\n' });
  const configs = tree({ 'eval.isnad.yaml': 'articles:\n  001.txt: { published: 2020-01-24 }\n  002.txt:\n    published: 2024-03-02\n' });
  const ws = collectArticles([join(articles, 'one'), join(articles, 'two', '002.txt')], join(configs, 'eval.isnad.yaml'));
  assert.deepEqual(ws.articles.map((a) => articleContext(a).published), ['2020-01-24', '2024-03-02']);
  assert.deepEqual(ws.articles.map((a) => articleContext(a).outlet), [null, null], 'the folder\'s own isnad.yaml is not read');
});

test('config problems carry the config path; a file named twice is analysed once', () => {
  const root = tree({ 'isnad.yaml': 'colour: blue\n', 'a.txt': 'أ' });
  const ws = collectArticles([root, join(root, 'a.txt')]);
  assert.equal(ws.articles.length, 1);
  assert.equal(ws.configProblems[0]?.file, join(root, 'isnad.yaml'));
  assert.equal(ws.configProblems[0]?.line, 1);
});

test('a missing path or config is a usage error', () => {
  assert.throws(() => collectArticles(['/no/such/place']), UsageError);
  assert.throws(() => collectArticles([tree({ 'a.txt': 'أ' })], '/no/such/isnad.yaml'), /config file not found/);
});
