// The views' strings: English with {n} placeholders, translated through
// @vscode/l10n with the editor's bundle; and the manifest entries that
// show the view, its buttons and the timeline command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { monthName, strings } from '../../../client/src/views/strings.js';

test('counts pick the singular or plural message; every string goes through @vscode/l10n\'s bundle', () => {
  assert.equal(strings.articles(1), '1 article');
  assert.equal(strings.articles(3), '3 articles');
  assert.equal(strings.timelineSummary(1, 2, 'a', 'b'), '1 claim by 2 speakers · a – b');
  assert.equal(monthName(0), 'Jan');
  // as extension.ts hands it the editor's bundle; the Arabic bundle's own words
  const arabic = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.ar.json'), 'utf8')) as Record<string, string>;
  l10n.config({ contents: arabic });
  assert.equal(strings.speakers(4), arabic['Speakers ({0})']?.replace('{0}', '4'));
  assert.match(strings.speakers(4), /^[^A-Za-z]*4[^A-Za-z]*$/);
  assert.equal(monthName(0), arabic['Jan']);
});

interface Contributes {
  views: Record<string, Array<{ id: string; name: string; when?: string }>>;
  commands: Array<{ command: string; title: string; icon?: string }>;
  menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
}

test('the manifest: the Isnad view in the explorer when the folder has articles, with timeline and refresh buttons', () => {
  const root = join(__dirname, '..', '..', '..');
  const { contributes } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: Contributes };
  const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(contributes.views.explorer?.find((v) => v.id === 'isnad.overview'),
    { id: 'isnad.overview', name: '%view.overview.name%', when: 'isnad.hasArticles', contextualTitle: '%view.overview.contextualTitle%' });
  assert.equal(nls['view.overview.name'], 'Isnad');
  const timeline = contributes.commands.find((c) => c.command === 'isnad.showTimeline');
  assert.equal(nls[timeline?.title.replace(/%/g, '') ?? ''], 'Show Timeline');
  const buttons = contributes.menus['view/title']?.filter((m) => m.when === 'view == isnad.overview') ?? [];
  assert.deepEqual(buttons.map((b) => b.command), ['isnad.showTimeline', 'isnad.refreshOverview']);
  for (const button of buttons) {
    assert.match(button.group ?? '', /^navigation/);
    assert.match(contributes.commands.find((c) => c.command === button.command)?.icon ?? '', /^\$\([a-z-]+\)$/);
  }
});
