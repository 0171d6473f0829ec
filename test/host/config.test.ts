import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_CONFIG_BYTES, findArticleEntry, isIsoDay, parseConfig } from '../../server/src/host/config.js';

const VALID = `# a folder of articles
articles:
  001_a.txt:
    published: 2020-01-24
    outlet: عنب بلدي
    url: https://example.org/a
  ./sub/002_b.txt:
    published: "2024-03-02"
speakers:
  - name: جيمس جيفري
    aliases: [جيفري, جيم جيفري]
    role: المبعوث الأمريكي الخاص بسوريا
    type: person
  - name: البنتاغون
    type: organization
rules:
  unsourced-figure: error
files:
  - "**/*.md"
`;

test('a valid config parses to articles, speakers, rules and files, with no problems', () => {
  const { config, problems } = parseConfig(VALID, 'isnad.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(config.articles.get('001_a.txt'), { published: '2020-01-24', outlet: 'عنب بلدي', url: 'https://example.org/a', author: null });
  assert.deepEqual(config.articles.get('sub/002_b.txt'), { published: '2024-03-02', outlet: null, url: null, author: null });
  assert.deepEqual(config.speakers, [
    { name: 'جيمس جيفري', aliases: ['جيفري', 'جيم جيفري'], role: 'المبعوث الأمريكي الخاص بسوريا', type: 'person' },
    { name: 'البنتاغون', aliases: [], role: null, type: 'organization' },
  ]);
  assert.equal(config.rules.get('unsourced-figure'), 'error');
  assert.deepEqual(config.files, ['**/*.md']);
});

test('an unquoted date stays the string it was written as (yaml 1.2 core schema)', () => {
  const { config } = parseConfig('articles:\n  a.txt:\n    published: 2020-01-24\n', 'isnad.yaml');
  assert.equal(config.articles.get('a.txt')?.published, '2020-01-24');
});

// Each case: a config, and the problems expected as "line:column severity ~fragment of the message".
const PROBLEMS: { name: string; yaml: string; expect: string[] }[] = [
  { name: 'unknown top-level key', yaml: 'artciles:\n  a.txt: {}\n', expect: ['1:1 warning ~unknown key "artciles"'] },
  { name: 'unknown article key', yaml: 'articles:\n  a.txt:\n    date: 2020-01-01\n', expect: ['3:5 warning ~unknown key "date" in articles → a.txt'] },
  { name: 'bad date', yaml: 'articles:\n  a.txt:\n    published: 2020-02-30\n', expect: ['3:16 error ~not a date: "2020-02-30"'] },
  { name: 'date in another form', yaml: 'articles:\n  a.txt:\n    published: 24/01/2020\n', expect: ['3:16 error ~not a date'] },
  { name: 'outlet of the wrong type', yaml: 'articles:\n  a.txt:\n    outlet: [a, b]\n', expect: ['3:13 error ~outlet of a.txt must be a string'] },
  { name: 'number where a string is due', yaml: 'articles:\n  a.txt:\n    url: 42\n', expect: ['3:10 error ~(put it in quotes)'] },
  { name: 'articles not a mapping', yaml: 'articles:\n  - a.txt\n', expect: ['2:3 error ~articles must be a mapping'] },
  { name: 'speakers not a list', yaml: 'speakers:\n  name: x\n', expect: ['2:3 error ~speakers must be a list'] },
  { name: 'speaker without a name', yaml: 'speakers:\n  - role: وزير\n', expect: ['2:5 error ~speakers[0] has no name'] },
  { name: 'speaker type unknown', yaml: 'speakers:\n  - name: س\n    type: human\n', expect: ['3:11 error ~type of س is "human"'] },
  { name: 'aliases not a list', yaml: 'speakers:\n  - name: س\n    aliases: ص\n', expect: ['3:14 error ~aliases of س must be a list'] },
  { name: 'unknown speaker key', yaml: 'speakers:\n  - name: س\n    title: ص\n', expect: ['3:5 warning ~unknown key "title" in speaker س'] },
  { name: 'unknown rule id', yaml: 'rules:\n  unsourced-figures: off\n', expect: ['2:3 warning ~unknown rule "unsourced-figures"'] },
  { name: 'unknown severity', yaml: 'rules:\n  unsourced-figure: fatal\n', expect: ['2:21 error ~is set to "fatal"'] },
  { name: 'files not a list', yaml: 'files: "*.md"\n', expect: ['1:8 error ~files must be a list'] },
  { name: 'top level not a mapping', yaml: '- a\n- b\n', expect: ['1:1 error ~isnad.yaml must be a mapping'] },
  { name: 'syntax error', yaml: 'articles:\n  a.txt:\n    outlet: "unclosed\n', expect: ['4:1 error ~syntax: Missing closing'] },
  { name: 'duplicate key', yaml: 'rules:\n  unsourced-figure: off\n  unsourced-figure: hint\n', expect: ['3:3 error ~syntax: Map keys must be unique'] },
];

function show(p: { line: number; column: number; severity: string; message: string }): string {
  return `${p.line}:${p.column} ${p.severity} ${p.message}`;
}

test('every kind of problem is reported with its line and column', () => {
  for (const c of PROBLEMS) {
    const { problems } = parseConfig(c.yaml, 'isnad.yaml');
    const shown = problems.map(show);
    assert.equal(problems.length, c.expect.length, `${c.name}: ${shown.join(' | ')}`);
    c.expect.forEach((e, i) => {
      const [where, fragment] = e.split(' ~') as [string, string];
      assert.ok(shown[i]!.startsWith(where), `${c.name}: expected ${where}, got ${shown[i]}`);
      assert.ok(shown[i]!.includes(fragment), `${c.name}: expected "${fragment}" in ${shown[i]}`);
    });
    assert.ok(problems.every((p) => p.file === 'isnad.yaml'));
  }
});

test('a syntax error comes first, at its line, and the rest of the file is still read', () => {
  const yaml = 'rules:\n\tunsourced-figure: off\narticles:\n  a.txt: { outlet: عنب بلدي }\n';
  const { config, problems } = parseConfig(yaml, 'isnad.yaml');
  assert.equal(show(problems[0]!), '2:1 error syntax: Tabs are not allowed as indentation');
  assert.equal(config.articles.get('a.txt')?.outlet, 'عنب بلدي');
});

test('the valid part of a config with problems is kept', () => {
  const yaml = 'articles:\n  a.txt:\n    published: 2020-13-01\n    outlet: عنب بلدي\nrules:\n  unsourced-figure: off\n  bogus: error\n';
  const { config, problems } = parseConfig(yaml, 'isnad.yaml');
  assert.equal(problems.length, 2);
  assert.deepEqual(config.articles.get('a.txt'), { published: null, outlet: 'عنب بلدي', url: null, author: null });
  assert.equal(config.rules.get('unsourced-figure'), 'off');
});

test('aliases within reason are followed; an alias bomb is refused', () => {
  const shared = 'speakers:\n  - &j { name: جيمس جيفري, aliases: [جيفري] }\n  - *j\n';
  assert.equal(parseConfig(shared, 'isnad.yaml').config.speakers.length, 2);
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(',')}]`);
  }
  const bomb = parseConfig(levels.join('\n') + '\n', 'isnad.yaml');
  assert.equal(bomb.problems.length, 1);
  assert.match(bomb.problems[0]!.message, /alias/);
  assert.equal(bomb.config.articles.size, 0);
});

test('a config over the size cap is refused without being parsed', () => {
  const big = `# ${'x'.repeat(MAX_CONFIG_BYTES)}\narticles: {}\n`;
  const { problems } = parseConfig(big, 'isnad.yaml');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, new RegExp(`larger than ${MAX_CONFIG_BYTES / 1024} KB`));
});

test('articles are found by relative path, then by a base name only one key has', () => {
  const yaml = 'articles:\n  a/x.txt: { outlet: A }\n  b/x.txt: { outlet: B }\n  c/y.txt: { outlet: C }\n';
  const { config } = parseConfig(yaml, 'isnad.yaml');
  assert.equal(findArticleEntry(config, 'a/x.txt')?.outlet, 'A');
  assert.equal(findArticleEntry(config, './b/x.txt')?.outlet, 'B');
  assert.equal(findArticleEntry(config, 'y.txt')?.outlet, 'C', 'base name fallback');
  assert.equal(findArticleEntry(config, 'x.txt'), undefined, 'two keys share the base name');
  assert.equal(findArticleEntry(config, 'z.txt'), undefined);
});

test('ISO days are checked against the calendar', () => {
  assert.ok(isIsoDay('2024-02-29'));
  assert.ok(!isIsoDay('2023-02-29'));
  assert.ok(!isIsoDay('2023-2-9'));
  assert.ok(isIsoDay('2000-02-29'), 'a century divisible by 400 is a leap year');
  assert.ok(!isIsoDay('1900-02-29'), 'another century is not');
  assert.ok(!isIsoDay('2024-04-31'));
  assert.ok(!isIsoDay('2024-13-01'));
  assert.ok(!isIsoDay('2024-00-10'));
  assert.ok(!isIsoDay('2024-01-00'));
  assert.ok(!isIsoDay('٢٠٢٤-٠١-١٠'), 'Arabic-Indic digits are not ISO');
});

test('a config that nests too deeply is refused with the reason and its line, never "Maximum call stack size exceeded"', () => {
  const deep = [
    { text: `files: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, line: 1, reason: /brackets \[ or \{ nest more than 64 deep/ },
    { text: `rules:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 2)}a${i}:`).join('\n')}\n`, line: 129, reason: /indented more than 128 columns/ },
    { text: `speakers:\n  ${'- '.repeat(2000)}x\n`, line: 2, reason: /indented more than 128 columns/ },
  ];
  for (const { text, line, reason } of deep) {
    const { config, problems } = parseConfig(text, 'isnad.yaml');
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0]!.message, reason);
    assert.match(problems[0]!.message, /the file is ignored$/);
    assert.equal(problems[0]!.line, line);
    assert.deepEqual(config.rules, new Map());
  }
  // within the bounds, brackets inside quotes and deep block scalars are text, and the file is read
  const fine = `files:\n  - "${'['.repeat(500)}"\n  - ${'['.repeat(60)}x${']'.repeat(60)}\nspeakers:\n  - name: |\n${' '.repeat(300)}جيفري\n`;
  const { problems } = parseConfig(fine, 'isnad.yaml');
  assert.ok(problems.every((p) => !/deep|columns|stack/.test(p.message)), JSON.stringify(problems));
});
