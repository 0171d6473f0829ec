// .gitignore and `ignore:` patterns (host/gitignore.ts): read as git reads
// them (each expectation below is what `git check-ignore` answered for the
// same file), and matched in time linear in the path, since a folder's
// patterns may be anyone's (issue 13).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_GLOB_LENGTH } from '../../server/src/host/glob.js';
import { ignoreRules } from '../../server/src/host/gitignore.js';
import { parseConfig } from '../../server/src/host/config.js';
import { collectArticles } from '../../server/src/host/workspace.js';

const GITIGNORE = [
  '# a comment',
  'build/',
  '*.tmp.txt',
  '/top.txt',
  'docs/*.md',
  '**/logs',
  'a/**/b',
  'arch/**',
  '\\!important.txt',
  '\\#x.txt',
  '[abc].txt',
  '{a,b}.txt',
  'drafts/',
  '!drafts/keep.txt',
  '*.old',
  '!keep.old',
  'trail.txt\\ ',
].join('\n');

const ignored = [
  'build/x.txt', 'sub/build/y.txt', 'x.tmp.txt', 's/x.tmp.txt', 'top.txt', 'docs/a.md', 's/t/logs', 's/logs/z.txt',
  'a/b', 'a/x/b', 'a/x/y/b', 'arch/x.txt', 'arch/s/y.txt', '!important.txt', '#x.txt', 'a.txt', '{a,b}.txt',
  // a folder left out cannot have a file taken back: git never looks inside it
  'drafts/keep.txt', 'drafts/o.txt', 'f.old', 'trail.txt ',
];
const kept = ['buildfile', 's/top.txt', 'x/docs/a.md', 'docs/s/a.md', 'd.txt', 'keep.old', 's/keep.old', 'trail.txt', '# a comment'];

test('.gitignore patterns mean what git makes of them: folders, anchors, **, classes, escapes, negation, literal braces', () => {
  const rules = ignoreRules(GITIGNORE);
  for (const path of ignored) assert.ok(rules.ignores(path, false), `${path} should be left out`);
  for (const path of kept) assert.ok(!rules.ignores(path, false), `${path} should be kept`);
  assert.ok(rules.ignores('build', true), 'build/ names the folder');
  assert.ok(!rules.ignores('build', false), 'build/ does not name a file');
  assert.deepEqual(rules.test('keep.old', false), { ignored: false, unignored: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'isnad-gitignore-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

test('a .gitignore or ignore: pattern made to backtrack does not hang the folder walk', () => {
  // compiled to a regular expression (the `ignore` package 7.0.17), `a/**/…c` twelve times over does not
  // answer in minutes on a path 40 folders deep; here each pattern is read once, one set of states a character
  const deep = `${'a/**/'.repeat(12)}c`;
  const stars = `${'*a'.repeat(30)}*b.txt`;
  const depth = 'a/'.repeat(40);
  const name = `${'a'.repeat(60)}.txt`;
  const root = tree({
    '.git/HEAD': '',
    '.gitignore': `${deep}\n${stars}\n`,
    'isnad.yaml': `ignore:\n  - "${deep}"\n  - "${stars}"\n`,
    [name]: 'نص', [`${'a'.repeat(60)}b.txt`]: 'متروك', [`${depth}b.txt`]: 'نص', [`${depth}c`]: 'متروك',
  });
  const started = Date.now();
  const { articles } = collectArticles([root]);
  assert.deepEqual(articles.map((a) => a.rel), [`${depth}b.txt`, name]);
  assert.ok(Date.now() - started < 10_000, 'the walk answered');
});

test('an ignore: pattern longer than the bound is reported and not used', () => {
  const { config, problems } = parseConfig(`ignore:\n  - "${'*a'.repeat(MAX_GLOB_LENGTH)}"\n  - drafts/\n`, 'isnad.yaml');
  assert.deepEqual(config.ignore, ['drafts/']);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /ignore pattern is longer than 256 characters: it is ignored/);
  assert.equal(ignoreRules(['*'.repeat(MAX_GLOB_LENGTH + 1)]).size, 0);
});
