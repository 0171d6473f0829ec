import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDay, parseConfig } from '../../server/src/host/config.js';
import { plainArticles } from '../../server/src/host/config-fast.js';

/** The full parse of yaml's document tree, which the fast path must equal whenever it answers. */
function fullParse(source: string): ReturnType<typeof parseConfig> {
  // a speakers: key the fast path never takes forces the full parser; it adds nothing to articles
  const { config, problems } = parseConfig(`${source.replace(/\n?$/, '\n')}speakers:\n`, 'isnad.yaml');
  return { config, problems };
}

const taken = (source: string): boolean => plainArticles(source, isIsoDay) !== null;

// Archive files the fast path reads: what it gives must be what yaml gives.
const PLAIN = [
  'articles:\n  a.txt:\n    published: 2015-07-21\n    outlet: "aawsat"\n    url: "http://aawsat.com/home/article/410826/بريطانيا-أربعة-محاور"\n',
  'articles:\n  ./sub/b.txt:\n    published: "2024-03-02"\n    author: \'سلمى الحسيني\'\n  c.txt:\n',
  'articles:\r\n    a.txt:\r\n        outlet: عنب بلدي   \r\n        url: https://example.org/a?x=1\r\n',
  '# an archive\narticles:\n\n  a.txt:\n    # the date from the page\n    published:\n    outlet: ""\n    url: "  spaced  "\n',
  'articles:\n  2015/07/a.txt:\n    outlet: Al Jazeera\'s site\n  .hidden.txt:\n    outlet: x:y\n',
  'articles:\n',
  'articles:\n  a.txt:\n    url: "http://example.org/\ufeffصفحة/"\n',
];

// Files the fast path leaves to the full parser: another shape, a value yaml reads otherwise, or a problem to report.
const FULL = [
  'articles:\n  a.txt:\n    published: 2020-02-30\n',
  'articles:\n  a.txt:\n    date: 2020-01-01\n',
  'articles:\n  a.txt:\n    url: 42\n',
  'articles:\n  a.txt:\n    outlet: null\n',
  'articles:\n  a.txt:\n    outlet: true\n',
  'articles:\n  0x1A:\n    outlet: x\n',
  'articles:\n  1e3:\n    outlet: x\n',
  'articles:\n  a.txt:\n    outlet: x\n  a.txt:\n    outlet: y\n',
  'articles:\n  a.txt:\n    outlet: x\n    outlet: y\n',
  'articles:\n  a.txt:\n    outlet: "a\\"b"\n',
  'articles:\n  a.txt:\n    outlet: x # a comment\n',
  'articles:\n  a.txt:\n    outlet: [a, b]\n',
  'articles:\n  a.txt:\n    outlet: &o x\n  b.txt:\n    outlet: *o\n',
  'articles:\n  a.txt:\n    outlet: |\n      x\n',
  'articles:\n  a.txt:\n    outlet: a\n      b\n',
  'articles:\n  a.txt: {}\n',
  'articles:\n  "a b.txt":\n    outlet: x\n',
  'articles:\n  a.txt:\n    outlet: x\n  b.txt:\n      outlet: y\n',
  'articles:\n  - a.txt\n',
  'articles:\n  a.txt:\n    outlet: x\nrules:\n  unsourced-figure: off\n',
  'articles:\n  a.txt:\n\toutlet: x\n',
  'articles:\n  a.txt:\n    outlet: a\u000bb\n',
  'articles:\n  a.txt:\n    outlet: a\u007fb\n',
  'articles:\n  a.txt:\n    outlet: a\u0085b\n',
  'articles:\n  a.txt:\n    outlet: a\u2028b\n',
  'articles:\n  a.txt:\n    outlet: a\u2029b\n',
  'articles:\n  a.txt:\n    outlet: x\n    Outlet: y\n',
  '\ufeffarticles:\n  a.txt:\n    outlet: x\n',
  'articles: {}\n',
  '# only a comment\n',
  '',
];

test('the fast path of an archive isnad.yaml gives what the full parse gives', () => {
  for (const source of PLAIN) {
    assert.ok(taken(source), `the fast path takes ${JSON.stringify(source)}`);
    const full = fullParse(source);
    assert.deepEqual(full.problems, [], `no problem in ${JSON.stringify(source)}`);
    const fast = parseConfig(source, 'isnad.yaml');
    assert.deepEqual(fast.problems, []);
    assert.deepEqual([...fast.config.articles], [...full.config.articles], JSON.stringify(source));
  }
});

test('any other isnad.yaml goes to the full parser, with its problems', () => {
  for (const source of FULL) assert.ok(!taken(source), `the full parser reads ${JSON.stringify(source)}`);
  const { problems } = parseConfig('articles:\n  a.txt:\n    published: 2020-02-30\n', 'isnad.yaml');
  assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.severity}`), ['3:16 error']);
});
