// The JSON Schema of isnad.yaml (schemas/isnad.schema.json, registered for
// the YAML language server through yamlValidation): it compiles, it accepts
// the seeds' isnad.yaml, an archive's as `snn.mjs extract` writes it, and
// the files Isnad itself writes (import, review decisions); it names every
// rule, decision and field the hand-written validator knows, so the two
// cannot drift; and it refuses what the validator reports as an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { REVIEW_DECISIONS } from '../../server/src/analysis/review/index.js';
import { RULES } from '../../server/src/analysis/rules/index.js';
import { parseConfig } from '../../server/src/host/config.js';
import { withArticleEntry } from '../../server/src/host/import/articles-yaml.js';
import { withReview } from '../../server/src/host/review-yaml.js';

const ROOT = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'isnad.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

function errors(yamlText: string): string[] {
  // the yaml 1.2 core schema, as Isnad and the YAML language server read it: dates stay strings
  const ok = validate(parse(yamlText));
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

test('the schema is registered for isnad.yaml and shipped in the VSIX', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.yamlValidation, [{ fileMatch: 'isnad.yaml', url: './schemas/isnad.schema.json' }]);
  assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/isnad\.schema\.json$/m);
});

test('the seeds\' isnad.yaml is valid', () => {
  assert.deepEqual(errors(readFileSync(join(ROOT, 'seeds', 'isnad.yaml'), 'utf8')), []);
});

test('an archive\'s isnad.yaml, as snn.mjs extract writes it, is valid', (t) => {
  const snn = join(ROOT, '..', 'shared', 'corpus', 'snn.mjs');
  if (!existsSync(snn)) {
    t.skip('../shared is absent: the corpus isnad.yaml is not checked');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'isnad-schema-'));
  const r = spawnSync(process.execPath, [snn, 'extract', out, '--limit', '50'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const text = readFileSync(join(out, 'isnad.yaml'), 'utf8');
  assert.deepEqual(errors(text), []);
  assert.deepEqual(parseConfig(text, 'isnad.yaml').problems, [], 'and the hand-written validator agrees');
});

test('what Isnad writes is valid: an imported article\'s entry, review decisions, extends and ignore', () => {
  let text = withArticleEntry('extends: ../newsroom.yaml\nignore: [drafts/]\n', 'a.txt', {
    published: '2024-03-02', outlet: 'أخبار المثال', url: 'https://news.example.org/a', author: 'ليلى منصور',
  });
  text = withReview(text, { file: 'a.txt', figure: '450 مليون دولار', fingerprint: 'كلفه المشروع … بحسب', decision: 'sourced', note: 'بيان الوزارة', reviewer: 'Rana', date: '2024-05-01' });
  text = withReview(text, { file: 'a.txt', figure: '3 سدود', fingerprint: 'x … y', decision: 'not-a-figure', note: null, reviewer: null, date: null });
  assert.deepEqual(errors(text), []);
  assert.deepEqual(parseConfig(text, 'isnad.yaml').problems, []);
});

test('the schema knows every rule, decision and field the validator knows', () => {
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((r) => r.id).sort());
  assert.deepEqual(schema.definitions.review.properties.decision.enum, [...REVIEW_DECISIONS]);
  // every field the schema lists reads without an "unknown key" from the validator
  const article = Object.keys(schema.definitions.article.properties).map((k) => `    ${k}: ${k === 'published' ? '2024-03-02' : 'x'}`).join('\n');
  const review = Object.keys(schema.definitions.review.properties).filter((k) => k !== 'reason')
    .map((k) => `    ${k}: ${({ decision: 'sourced', date: '2024-03-02' } as Record<string, string>)[k] ?? 'x'}`).join('\n').replace(/^ {4}/, '  - ');
  const speaker = '  - name: x\n    aliases: [y]\n    role: z\n    type: person';
  const text = `extends: a.yaml\nignore: [b]\nfiles: ["*.md"]\narticles:\n  a.txt:\n${article}\nspeakers:\n${speaker}\nrules:\n${RULES.map((r) => `  ${r.id}: off`).join('\n')}\nreviews:\n${review}\n`;
  assert.equal(Object.keys(schema.properties).length, 7);
  assert.deepEqual(parseConfig(text, 'isnad.yaml').problems.map((p) => p.message).filter((m) => /unknown/.test(m)), []);
  assert.deepEqual(errors(text), []);
});

test('what the validator calls an error, the schema refuses too', () => {
  const bad: [string, RegExp][] = [
    ['articles:\n  a.txt:\n    published: 2024-13-02\n', /published of a\.txt is not a date/],
    ['rules:\n  unsourced-figure: loud\n', /rule unsourced-figure is set to "loud"/],
    ['speakers:\n  - role: وزير\n', /has no name/],
    ['reviews:\n  - file: a.txt\n    figure: 5 جنود\n    decision: maybe\n', /decision of reviews\[0\] is "maybe"/],
    ['speakers:\n  - name: x\n    type: robot\n', /type of x is "robot"/],
  ];
  for (const [text, message] of bad) {
    assert.ok(errors(text).length > 0, `the schema accepts ${JSON.stringify(text)}`);
    assert.ok(parseConfig(text, 'isnad.yaml').problems.some((p) => p.severity === 'error' && message.test(p.message)), text);
  }
  assert.ok(errors('colour: blue\n').length > 0, 'an unknown key: a warning from the validator, refused by the schema');
});
