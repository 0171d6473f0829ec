// The views' strings: English with {n} placeholders, routed through one
// translator (vscode.l10n.t in the editor); and the manifest entries that
// show the view, its buttons and the timeline command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strings, useTranslator, type Translate } from '../../../client/src/views/strings.js';

test('counts pick the singular or plural message; every string goes through the translator', () => {
  assert.equal(strings.articles(1), '1 article');
  assert.equal(strings.articles(3), '3 articles');
  assert.equal(strings.timelineSummary(1, 2, 'a', 'b'), '1 claim by 2 speakers · a – b');
  const seen: string[] = [];
  const upper: Translate = (message, ...args) => {
    seen.push(message);
    return message.toUpperCase().replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
  };
  useTranslator(upper);
  try {
    assert.equal(strings.speakers(4), 'SPEAKERS (4)');
    assert.deepEqual(seen, ['Speakers ({0})']);
  } finally {
    useTranslator((message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])));
  }
});

interface Contributes {
  views: Record<string, Array<{ id: string; name: string; when?: string }>>;
  commands: Array<{ command: string; title: string; icon?: string }>;
  menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
}

test('the manifest: the Isnad view in the explorer when the folder has articles, with timeline and refresh buttons', () => {
  const { contributes } = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: Contributes };
  assert.deepEqual(contributes.views.explorer?.find((v) => v.id === 'isnad.overview'),
    { id: 'isnad.overview', name: 'Isnad', when: 'isnad.hasArticles', contextualTitle: 'Isnad' });
  const timeline = contributes.commands.find((c) => c.command === 'isnad.showTimeline');
  assert.equal(timeline?.title, 'Show Timeline');
  const buttons = contributes.menus['view/title']?.filter((m) => m.when === 'view == isnad.overview') ?? [];
  assert.deepEqual(buttons.map((b) => b.command), ['isnad.showTimeline', 'isnad.refreshOverview']);
  for (const button of buttons) {
    assert.match(button.group ?? '', /^navigation/);
    assert.match(contributes.commands.find((c) => c.command === button.command)?.icon ?? '', /^\$\([a-z-]+\)$/);
  }
});
