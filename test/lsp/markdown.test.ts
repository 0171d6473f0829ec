import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Markdown, commandLink, escapeMarkdown } from '../../server/src/lsp/markdown.js';

test('article text is shown as written: markdown escaped, lines flattened', () => {
  assert.equal(escapeMarkdown('قال *مصدر* [خاص]'), 'قال \\*مصدر\\* \\[خاص\\]');
  assert.equal(escapeMarkdown('- بند\nثان'), '\\- بند ثان');
  assert.equal(escapeMarkdown('5. خمسة'), '5\\. خمسة');
  assert.equal(escapeMarkdown('2019-12-05 — الخميس'), '2019-12-05 — الخميس');
});

test('each line is a paragraph; rules are not doubled nor left at the end', () => {
  const md = new Markdown().line('**Claim**').rule().rule().arabic('جيمس جيفري', true).rule();
  assert.equal(md.toString(), '**Claim**\n\n---\n\n**جيمس جيفري**');
});

test('command links carry JSON arguments, encoded', () => {
  const link = commandLink('2 related claims', 'isnad.showRelatedClaims', ['file:///a.txt', { line: 1, character: 2 }, []]);
  const m = /^\[2 related claims\]\(command:isnad\.showRelatedClaims\?(.+)\)$/.exec(link);
  assert.ok(m);
  assert.deepEqual(JSON.parse(decodeURIComponent(m[1]!)), ['file:///a.txt', { line: 1, character: 2 }, []]);
});
