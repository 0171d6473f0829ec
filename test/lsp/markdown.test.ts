import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Markdown, commandLink, escapeMarkdown } from '../../server/src/lsp/markdown.js';

test('article text is shown as written: markdown escaped, lines flattened', () => {
  assert.equal(escapeMarkdown('قال *مصدر* [خاص]'), 'قال \\*مصدر\\* \\[خاص\\]');
  assert.equal(escapeMarkdown('- بند\nثان'), '\\- بند ثان');
  assert.equal(escapeMarkdown('5. خمسة'), '5\\. خمسة');
  assert.equal(escapeMarkdown('2019-12-05 — الخميس'), '2019-12-05 — الخميس');
});

test('rules are not doubled nor left at the end; Arabic is isolated, bold inside', () => {
  const md = new Markdown().line('**Claim**').rule().rule().arabic('جيمس جيفري', true).rule();
  assert.equal(md.toString(), '**Claim**\n\n---\n\n\u2068**جيمس جيفري**\u2069');
});

test('a value goes on its label\'s line, the values after it follow with a dot; a section is one paragraph with hard breaks', () => {
  const md = new Markdown().line('**Claim** · direct quotation').line('Speaker (person):').arabic('جيمس جيفري', true).arabic('المبعوث')
    .line('Cue (verb):').arabic('قال').rule().line('Said on:').arabic('2020-01-23 — الخميس');
  assert.equal(md.toString(), [
    '**Claim** · direct quotation\\',
    'Speaker (person): \u2068**جيمس جيفري**\u2069 · \u2068المبعوث\u2069\\',
    'Cue (verb): \u2068قال\u2069',
    '',
    '---',
    '',
    'Said on: \u20682020-01-23 — الخميس\u2069',
  ].join('\n'));
  // a line that is no label takes no value: the value is a line of its own
  assert.equal(new Markdown().line('**Date** · a day').arabic('الخميس').toString(), '**Date** · a day\\\n\u2068الخميس\u2069');
});

test('right to left: every line framed by right-to-left marks, rules left alone', () => {
  const md = new Markdown('rtl').line('**تصريح**').line('المتحدث:').arabic('جيفري').rule().line('تاريخ النشر: 2020-01-24');
  assert.equal(md.toString(), '\u200f**تصريح**\u200f\\\n\u200fالمتحدث: \u2068جيفري\u2069\u200f\n\n---\n\n\u200fتاريخ النشر: 2020-01-24\u200f');
});

test('command links carry JSON arguments, encoded', () => {
  const link = commandLink('2 related claims', 'isnad.showRelatedClaims', ['file:///a.txt', { line: 1, character: 2 }, []]);
  const m = /^\[2 related claims\]\(command:isnad\.showRelatedClaims\?(.+)\)$/.exec(link);
  assert.ok(m);
  assert.deepEqual(JSON.parse(decodeURIComponent(m[1]!)), ['file:///a.txt', { line: 1, character: 2 }, []]);
});
