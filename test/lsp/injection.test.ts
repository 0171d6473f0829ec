// A folder's isnad.yaml is anyone's (issue 13): its values reach hovers, and
// must come out as text. No link, image or command of its making; the only
// links are Isnad's own (files of the folder, and isnad.showRelatedClaims
// with arguments naming them). Rendered with markdown-it with links made of
// bare URLs, as VS Code's hovers make them (markdown-it comes with
// @vscode/l10n-dev, which has no types for it here).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { isControl } from '../../server/src/host/controls.js';
import { LspClient, SEED_FILES, positionOf, seedPath, uriOf } from './client.js';

const EVIL = '[read this](https://evil.example/login) ![x](https://evil.example/p.png) www.evil.example <img src=https://evil.example/i.png> ' +
  'mail@evil.example [run](command:isnad.showRelatedClaims?%5B%22https%3A%2F%2Fevil.example%22%5D) \u202eneila\u202c \u001b]0;owned\u0007';
const q = (s: string): string => JSON.stringify(s);
type Renderer = new (options: object) => { render(markdown: string): string };
const MarkdownIt = createRequire(__filename)('markdown-it') as Renderer;
let client: LspClient;
let folder: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-injection-'));
  copyFileSync(seedPath(1), join(folder, SEED_FILES[1]!));
  writeFileSync(join(folder, 'isnad.yaml'), [
    'articles:',
    `  ${SEED_FILES[1]}:`,
    '    published: 2020-01-24',
    `    outlet: ${q(EVIL)}`,
    'reviews:',
    `  - file: ${SEED_FILES[1]}`,
    '    figure: 5200 جندي',
    '    decision: sourced',
    `    source: ${q(EVIL)}`,
    `    reviewer: ${q(EVIL)}`,
    '    date: 2024-05-01',
    '',
  ].join('\n'));
  client = await LspClient.start({ root: folder });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** The links and images of the hover as VS Code would render it. */
function rendered(markdown: string): { hrefs: string[]; images: number; html: string } {
  const html = new MarkdownIt({ linkify: true, html: false }).render(markdown);
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return { hrefs, images: (html.match(/<img/g) ?? []).length, html };
}

test('values of isnad.yaml in hovers are text: no link, image or command of theirs, no control character', async () => {
  const { uri, text } = await client.open(join(folder, SEED_FILES[1]!));
  const folderUri = uriOf(folder);
  for (const needle of ['5200 جندي', 'وأوضح']) {
    const at = text.indexOf(needle) >= 0 ? needle : 'قال';
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, at, { into: 1 }) });
    const md = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.ok(md.includes('evil') || needle !== '5200 جندي', 'the hover shows the values, as text');
    const { hrefs, images, html } = rendered(md);
    assert.equal(images, 0, html);
    for (const href of hrefs) {
      const ok = href.startsWith(folderUri) ||
        (href.startsWith('command:isnad.showRelatedClaims?') && JSON.stringify(JSON.parse(decodeURIComponent(href.split('?')[1]!))).includes(folderUri));
      assert.ok(ok && !href.includes('evil'), `a link of isnad.yaml's making: ${href}`);
    }
    // line breaks, and the first-strong isolates Isnad puts around each value itself
    assert.ok(![...md].some((c) => isControl(c.charCodeAt(0)) && !['\n', '\u2068', '\u2069'].includes(c)), 'no control character');
  }
});
