// The linear-time glob matcher of `files:` and `isnad.files` (host/glob.ts):
// the syntax users write, and patterns made to backtrack for ever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_GLOB_LENGTH, anyGlob, globMatcher } from '../../server/src/host/glob.js';
import { parseConfig } from '../../server/src/host/config.js';

const cases: [pattern: string, matches: string[], not: string[]][] = [
  ['*.article', ['a.article', 'مقال.article'], ['a/b.article', 'a.articles', '.a.article']],
  ['**/*.article', ['a.article', 'x/y/a.article'], ['a.txt', 'x/.y/a.article']],
  ['news/**/x?.txt', ['news/x1.txt', 'news/a/b/x1.txt'], ['news/x12.txt', 'x1.txt']],
  ['{2020,2021}/*.md', ['2020/a.md', '2021/b.md'], ['2022/a.md', '2020/a/b.md']],
  ['*.{md,{htm,html}}', ['a.md', 'a.htm', 'a.html'], ['a.txt', 'a.']],
  ['[!a]*.txt', ['b.txt', 'مقال.txt'], ['a.txt']],
  ['[a-c]?', ['a1', 'cx'], ['d1', 'a', 'a/']],
  ['archive/**', ['archive', 'archive/a', 'archive/a/b.txt'], ['archives/a']],
  ['\\*x', ['*x'], ['ax']],
  ['مقالات/*.نص', ['مقالات/أول.نص'], ['مقالات/أول.txt']],
];

test('globs match as users write them: *, **, ?, [classes], {alternatives}, escapes, no dot segments', () => {
  for (const [pattern, yes, no] of cases) {
    const match = globMatcher(pattern);
    for (const path of yes) assert.ok(match(path), `${pattern} should match ${path}`);
    for (const path of no) assert.ok(!match(path), `${pattern} should not match ${path}`);
  }
  assert.ok(globMatcher('*.txt', { dot: true })('.hidden.txt'));
  assert.ok(anyGlob(['*.md', '*.htm'])('a.htm'));
});

test('a pattern made to backtrack (*a*a…*b against a long name) is answered in work linear in the name', () => {
  // a backtracking matcher takes about 60^30 steps here; the automaton reads 60 characters with at most 62 states each
  const evil = `${'*a'.repeat(30)}*b`;
  const match = globMatcher(evil);
  assert.equal(match('a'.repeat(60)), false);
  assert.equal(match(`${'a'.repeat(60)}b`), true);
  const long = anyGlob([`{${Array.from({ length: 20 }, () => '*a*a').join(',')}}*b`]);
  assert.equal(long('a'.repeat(200)), false);
});

test('a files: pattern longer than the bound is reported and ignored', () => {
  const { config, problems } = parseConfig(`files:\n  - "${'*a'.repeat(MAX_GLOB_LENGTH)}"\n  - "**/*.md"\n`, 'isnad.yaml');
  assert.deepEqual(config.files, ['**/*.md']);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /longer than 256 characters: it is ignored/);
  assert.equal(globMatcher('*'.repeat(MAX_GLOB_LENGTH + 1))('a'), false);
});
