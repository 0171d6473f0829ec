// Which isnad.yaml applies to an article: the nearest one upward (and only
// it), what it extends, what it and .gitignore leave out of a folder walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigChain, confinedReader, nearestConfigFile } from '../../server/src/host/config-chain.js';
import { withRuleSetting, withoutReview } from '../../server/src/host/config-edits.js';
import { articleContext, collectArticles } from '../../server/src/host/workspace.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'isnad-chain-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

const rels = (root: string): string[] => collectArticles([root]).articles.map((a) => `${a.path.slice(root.length + 1)} → ${a.rel}`);

test('the nearest isnad.yaml upward applies, alone; its articles: keys are relative to its own folder', () => {
  const root = tree({
    '.git/HEAD': '',
    'isnad.yaml': 'rules:\n  unsourced-figure: error\narticles:\n  desk/a.txt: { outlet: الجذر }\n',
    'desk/isnad.yaml': 'articles:\n  a.txt: { outlet: المكتب, published: 2024-03-02 }\n  story/b.txt: { outlet: قصة }\n',
    'desk/a.txt': 'أ', 'desk/story/b.txt': 'ب', 'other/c.txt': 'ج',
  });
  const { articles } = collectArticles([root]);
  const byName = new Map(articles.map((a) => [a.path.slice(root.length + 1), a]));
  assert.equal(articleContext(byName.get('desk/a.txt')!).outlet, 'المكتب');
  assert.equal(byName.get('desk/story/b.txt')!.rel, 'story/b.txt');
  assert.equal(articleContext(byName.get('desk/story/b.txt')!).outlet, 'قصة');
  // only the nearest: the root's rule setting does not reach desk/
  assert.equal(byName.get('desk/a.txt')!.config.rules.size, 0);
  assert.equal(byName.get('other/c.txt')!.config.rules.get('unsourced-figure'), 'error');
  // a file named alone, deep down, finds the same config
  const alone = collectArticles([join(root, 'desk', 'story', 'b.txt')]).articles[0]!;
  assert.equal(alone.rel, 'story/b.txt');
  assert.equal(articleContext(alone).outlet, 'قصة');
});

test('the search stops at the top of a git repository', () => {
  const root = tree({ 'isnad.yaml': 'rules: {}\n', 'repo/.git/HEAD': '', 'repo/a/b.txt': 'ب' });
  assert.equal(nearestConfigFile(join(root, 'repo', 'a')), null);
  assert.equal(nearestConfigFile(join(root, 'repo', 'a'), root), null, 'the .git folder stops it before the top given');
  assert.equal(nearestConfigFile(join(root, 'repo')), null);
});

test('extends: rules and gazetteer are inherited, the extending file wins; keys of the extended file stay where they point', () => {
  const root = tree({
    '.git/HEAD': '',
    'shared/newsroom.yaml': [
      'rules:\n  unsourced-figure: error\n  conflicting-figure: off\n',
      'speakers:\n  - name: سامر الحلبي\n    role: وزير الموارد المائية\n  - name: ليلى منصور\n',
      'articles:\n  ../desk/a.txt: { published: 2024-01-01, outlet: المشترك }\n  ../desk/b.txt: { outlet: المشترك }\n',
      'ignore:\n  - drafts/\n',
    ].join(''),
    'desk/isnad.yaml': 'extends: ../shared/newsroom.yaml\nrules:\n  unsourced-figure: hint\nspeakers:\n  - name: ليلى منصور\n    role: مراسلة\narticles:\n  a.txt: { published: 2024-03-02 }\n',
    'desk/a.txt': 'أ', 'desk/b.txt': 'ب', 'desk/drafts/c.txt': 'ج',
  });
  const { articles, configProblems } = collectArticles([join(root, 'desk')]);
  assert.deepEqual(configProblems, []);
  assert.deepEqual(articles.map((a) => a.rel), ['a.txt', 'b.txt'], 'the shared ignore: applies to the folder using it');
  const config = articles[0]!.config;
  assert.deepEqual([...config.rules], [['unsourced-figure', 'hint'], ['conflicting-figure', 'off']]);
  assert.deepEqual(config.speakers.map((s) => `${s.name}: ${s.role}`), ['ليلى منصور: مراسلة', 'سامر الحلبي: وزير الموارد المائية']);
  assert.equal(articleContext(articles[0]!).published, '2024-03-02');
  assert.equal(articleContext(articles[0]!).outlet, null, 'the own entry replaces the extended one whole');
  assert.equal(articleContext(articles[1]!).outlet, 'المشترك');
});

test('extends: a loop, a missing file and a chain too long are problems at their line; the rest applies', () => {
  const root = tree({
    '.git/HEAD': '',
    'a.yaml': 'extends: b.yaml\nrules:\n  unsourced-figure: error\n',
    'b.yaml': 'extends: [a.yaml, missing.yaml]\n',
  });
  const chain = new ConfigChain(undefined, root);
  const config = chain.load(join(root, 'a.yaml'), 'a.yaml');
  assert.equal(config.rules.get('unsourced-figure'), 'error');
  assert.deepEqual(chain.problems.map((p) => `${p.file.replace(root, '')}:${p.line}:${p.column} ${p.message}`), [
    '/b.yaml:1:11 extends a.yaml goes round in a loop back to this file: it is not read again',
    '/b.yaml:1:19 extends missing.yaml: not found',
  ]);
  const deep = tree(Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`c${i}.yaml`, `extends: c${i + 1}.yaml\n`])));
  const long = new ConfigChain(undefined, deep);
  long.load(join(deep, 'c0.yaml'));
  assert.ok(long.problems.some((p) => /more than 10 files extend one another/.test(p.message)), JSON.stringify(long.problems));
});

test('ignore: takes .gitignore patterns (folders, globs, negation, anchored) relative to its folder', () => {
  const root = tree({
    '.git/HEAD': '',
    'isnad.yaml': 'ignore:\n  - drafts/\n  - "*.old.txt"\n  - "!keep.old.txt"\n  - /top.txt\n',
    'a.txt': '', 'top.txt': '', 'sub/top.txt': '', 'x.old.txt': '', 'keep.old.txt': '', 'drafts/d.txt': '', 'sub/drafts/e.txt': '',
  });
  assert.deepEqual(rels(root), ['a.txt → a.txt', 'keep.old.txt → keep.old.txt', 'sub/top.txt → sub/top.txt']);
});

test('.gitignore is honoured when walking, in every folder, below its own folder only', () => {
  const root = tree({
    '.git/HEAD': '',
    '.gitignore': 'build/\n*.tmp.txt\n',
    'a.txt': '', 'a.tmp.txt': '', 'build/b.txt': '',
    'sub/.gitignore': 'private.txt\n!wanted.tmp.txt\n',
    'sub/private.txt': '', 'sub/wanted.tmp.txt': '', 'sub/c.txt': '', 'private.txt': '',
  });
  assert.deepEqual(rels(root), ['a.txt → a.txt', 'private.txt → private.txt', 'sub/c.txt → sub/c.txt', 'sub/wanted.tmp.txt → sub/wanted.tmp.txt']);
});

test('--config still applies one file to everything, its keys relative to the folder analysed', () => {
  const root = tree({
    '.git/HEAD': '',
    'elsewhere/cfg.yaml': 'articles:\n  story/a.txt: { outlet: المعطى }\nignore: [skip.txt]\n',
    'desk/isnad.yaml': 'articles:\n  story/a.txt: { outlet: الأقرب }\n',
    'desk/story/a.txt': '', 'desk/skip.txt': '',
  });
  const { articles } = collectArticles([join(root, 'desk')], join(root, 'elsewhere', 'cfg.yaml'));
  assert.deepEqual(articles.map((a) => a.rel), ['story/a.txt']);
  assert.equal(articleContext(articles[0]!).outlet, 'المعطى');
});

test('quick-fix edits of isnad.yaml keep every other byte: a rule setting set or added, a decision removed', () => {
  const source = '# desk\nrules:   # severities\n  unsourced-figure: warning   # default\nreviews:\n  - file: a.txt\n    figure: 5 جنود\n    fingerprint: x … y\n    decision: sourced\n    source: s\n  - file: b.txt\n    figure: 3 سدود\n    decision: not-a-figure\n# end\n';
  assert.equal(withRuleSetting(source, 'unsourced-figure', 'off'), source.replace('unsourced-figure: warning', 'unsourced-figure: off'));
  assert.equal(withRuleSetting(source, 'stale-review', 'off'), source.replace('   # default\n', '   # default\n  stale-review: off\n'));
  assert.equal(withRuleSetting('articles: {}\n', 'stale-review', 'hint'), 'articles: {}\nrules:\n  stale-review: hint\n');
  assert.equal(withRuleSetting('rules:\n', 'stale-review', 'off'), 'rules:\n  stale-review: off\n');
  assert.equal(withoutReview(source, { file: 'a.txt', figure: '5 جنود', fingerprint: 'x … y' }),
    '# desk\nrules:   # severities\n  unsourced-figure: warning   # default\nreviews:\n  - file: a.txt\n    figure: 3 سدود\n    decision: not-a-figure\n# end\n'.replace('a.txt\n    figure: 3', 'b.txt\n    figure: 3'));
  assert.equal(withoutReview(source, { file: './b.txt', figure: '3 سدود', fingerprint: '' }), source.replace('  - file: b.txt\n    figure: 3 سدود\n    decision: not-a-figure\n', ''));
  assert.throws(() => withoutReview(source, { file: 'c.txt', figure: '1', fingerprint: '' }), /no decision on "1" in c\.txt/);
  assert.throws(() => withRuleSetting('rules: [\n', 'stale-review', 'off'), /syntax error on line/);
});

test('a confined reader (an untrusted workspace) refuses extends: and links out of the folder, and reads inside it', () => {
  const root = tree({
    'outside.yaml': 'rules:\n  unsourced-figure: off\n',
    'ws/shared.yaml': 'rules:\n  stale-review: off\n',
    'ws/isnad.yaml': 'extends: [../outside.yaml, shared.yaml, linked.yaml]\n',
  });
  symlinkSync(join(root, 'outside.yaml'), join(root, 'ws', 'linked.yaml'));
  const ws = join(root, 'ws');
  const chain = new ConfigChain(confinedReader(ws), ws);
  const config = chain.load(join(ws, 'isnad.yaml'));
  assert.equal(config.rules.get('stale-review'), 'off', 'shared.yaml is inside: read');
  assert.equal(config.rules.has('unsourced-figure'), false, 'outside.yaml, named or linked, is not read');
  assert.deepEqual(chain.problems.map((p) => p.message), [
    'extends ../outside.yaml: outside the folder: not read in an untrusted workspace',
    'extends linked.yaml: outside the folder: not read in an untrusted workspace',
  ]);
  assert.equal(new ConfigChain(undefined, ws).load(join(ws, 'isnad.yaml')).rules.get('unsourced-figure'), 'off', 'trusted: read');
});

test('a config the caller parsed already is taken as it is: that file is not read again, the others are', () => {
  const root = tree({
    '.git/HEAD': '',
    'isnad.yaml': 'articles:\n  a.txt: { outlet: على القرص }\n',
    'desk/isnad.yaml': 'articles:\n  b.txt: { outlet: المكتب }\n',
  });
  const reads: string[] = [];
  const chain = new ConfigChain((path) => {
    reads.push(path.slice(root.length + 1));
    return { text: readFileSync(path, 'utf8') };
  });
  const given = new ConfigChain().load(join(root, 'isnad.yaml'));
  given.articles.set('a.txt', { outlet: 'في المحرر', published: null, url: null, author: null });
  chain.seed(join(root, 'isnad.yaml'), given);
  assert.equal(chain.forFolder(root).config.articles.get('a.txt')?.outlet, 'في المحرر');
  assert.equal(chain.forFolder(join(root, 'desk')).config.articles.get('b.txt')?.outlet, 'المكتب');
  assert.deepEqual(reads, ['desk/isnad.yaml']);
});
