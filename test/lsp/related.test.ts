// Across the folder, over stdio: the other values of a figure's quantity in
// its hover, the merges in a speaker's hover, references reaching a claim's
// event in another article, isnad/workspaceOverview, and conflicting-figure
// diagnostics that follow edits to another article. On the seeds, and on a
// copy of three of them dated as ../shared/eval/seeds.isnad.yaml dates them,
// with one article written for the test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, Hover, Location, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { WorkspaceOverview } from '../../server/src/lsp/overview.js';
import type { RelatedClaims } from '../../server/src/lsp/protocol.js';
import { LspClient, SEED_FILES, offsetOf, positionOf, seedPath, uriOf } from './client.js';

let seeds: LspClient;
let dated: LspClient;
let folder: string;

const X = 'عنوان الخبر\nوقالت وزارة الدفاع الأمريكية إنه يوجد في العراق حاليا 3000 جندي أمريكي.\n';

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'isnad-related-'));
  for (const n of [1, 2, 4]) copyFileSync(seedPath(n), join(folder, SEED_FILES[n]!));
  writeFileSync(join(folder, 'x.txt'), X);
  writeFileSync(join(folder, 'isnad.yaml'), [
    'articles:',
    `  ${SEED_FILES[1]}: { published: 2020-01-24 }`,
    `  ${SEED_FILES[2]}: { published: 2024-03-02 }`,
    `  ${SEED_FILES[4]}: { published: 2024-01-26 }`,
    '  x.txt: { published: 2024-02-10 }',
    '',
  ].join('\n'));
  [seeds, dated] = await Promise.all([LspClient.start(), LspClient.start({ root: folder })]);
  await Promise.all([seeds.indexed(), dated.indexed()]);
});

after(async () => {
  await Promise.all([seeds.stop(), dated.stop()]);
  rmSync(folder, { recursive: true, force: true });
});

async function hoverAt(client: LspClient, uri: string, text: string, needle: string, into = 1): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, { into }) });
  return h ? (h.contents as MarkupContent).value : '';
}

const isConflict = (d: Diagnostic): boolean => d.code === 'conflicting-figure';

test('hover on 2500 in 004 lists the other values of US troops in Iraq: 5200 from 001 and 2500 from 002, each a link', async () => {
  const { uri, text } = await seeds.open(seedPath(4));
  const md = await hoverAt(seeds, uri, text, '2500 جندي');
  assert.match(md, /\*\*Same quantity\*\* in 2 other articles/);
  assert.match(md, /جندي · الولايات المتحدة · العراق/);
  assert.match(md, new RegExp(`\\[5,200\\]\\(${uriOf(seedPath(1))}#L25,41\\)`));
  assert.match(md, new RegExp(`\\[2,500\\]\\(${uriOf(seedPath(2))}#L9,\\d+\\) · 2024-03-02`));
  assert.match(md, /عنب بلدي/);
  assert.match(md, /2,500.*agrees/);
});

test('a speaker\'s hover says why he is one person across the folder', async () => {
  const { uri, text } = await seeds.open(seedPath(1));
  const md = await hoverAt(seeds, uri, text, 'جيمس جيفري');
  assert.match(md, /\*\*Same speaker\*\* across the folder/);
  assert.match(md, /جيمس جيفري.*000_c46c7f7da920bbb6\.txt.*= .*001_07f643b4c079ef5b\.txt.*: the same name/);
});

test('references from a Jeffrey claim in 001 reach his claims of the same press conference in 000', async () => {
  const { uri, text } = await seeds.open(seedPath(1));
  const locations = await seeds.request<Location[]>('textDocument/references', {
    textDocument: { uri }, position: positionOf(text, 'أكد جيفري أن الولايات المتحدة', { into: 2 }), context: { includeDeclaration: false },
  });
  const zero = seedPath(0);
  const { text: text0 } = await seeds.open(zero);
  const reached = locations.filter((l) => l.uri === uriOf(zero)).map((l) => text0.slice(offsetOf(text0, l.range.start), offsetOf(text0, l.range.end)));
  assert.ok(reached.some((t) => t.includes('خلال مؤتمر صحفي')), reached.join(' | '));
  assert.ok(reached.length >= 5, reached.join(' | '));
});

test('isnad/relatedClaims describes the related claims for the list: the press conference in 000 first, who, when, the words at each place', async () => {
  const { uri, text } = await seeds.open(seedPath(1));
  const position = positionOf(text, 'أكد جيفري أن الولايات المتحدة', { into: 2 });
  const { items, total } = await seeds.request<RelatedClaims>('isnad/relatedClaims', { uri, position, locations: null });
  assert.equal(total, items.length);
  const zero = seedPath(0);
  const { text: text0 } = await seeds.open(zero);
  const event = items.filter((i) => i.why === 'event');
  assert.ok(event.length >= 5 && items.indexOf(event[event.length - 1]!) === event.length - 1, 'the same event first');
  for (const item of event) {
    assert.equal(item.uri, uriOf(zero));
    assert.equal(item.file, SEED_FILES[0]);
    assert.equal(item.speaker, 'جيمس جيفري');
    assert.equal(item.date, '2020-01-23');
    const words = text0.slice(offsetOf(text0, item.range.start), offsetOf(text0, item.range.end)).split(/\s+/).filter(Boolean);
    assert.equal(item.text, words.slice(0, item.text.split(' ').length).join(' '), 'the claim\'s own first words');
  }
  assert.ok(event.some((i) => i.text.startsWith('وأوضح جيفري، خلال مؤتمر صحفي')), event.map((i) => i.text).join(' | '));
  // what a code lens carries: the same places, and why each is related; a place that is not gets null
  const carried = [...event.slice(0, 2).map((i) => ({ uri: i.uri, range: i.range })), { uri, range: { start: position, end: position } }];
  const again = await seeds.request<RelatedClaims>('isnad/relatedClaims', { uri, position, locations: carried });
  assert.deepEqual(again.items.map((i) => i.why), ['event', 'event', null]);
  assert.equal(again.items[2]!.speaker, 'جيمس جيفري', 'the claim at the place, and its speaker');
  const unknown = await seeds.request<RelatedClaims>('isnad/relatedClaims', { uri: uriOf(join(folder, 'absent.txt')), position, locations: null });
  assert.deepEqual(unknown, { items: [], total: 0 }, 'a file the server does not know: nothing');
});

test('isnad/workspaceOverview: speakers with their events, quantities with their values, a timeline', async () => {
  const overview = await seeds.request<WorkspaceOverview>('isnad/workspaceOverview', { minArticles: 2 });
  assert.equal(overview.articles.length, SEED_FILES.length);
  const jeffrey = overview.speakers.find((s) => s.name === 'جيمس جيفري')!;
  assert.deepEqual(jeffrey.articles, [uriOf(seedPath(0)), uriOf(seedPath(1))]);
  assert.deepEqual(jeffrey.merges.map((m) => m.reason), ['same-name']);
  const conference = jeffrey.events.find((e) => e.day === '2020-01-23')!;
  assert.equal(conference.venue, 'مؤتمر صحفي');
  assert.deepEqual(conference.articles.sort(), [uriOf(seedPath(0)), uriOf(seedPath(1))]);
  const iraq = overview.quantities.find((q) => q.place === 'العراق')!;
  assert.deepEqual(iraq.values.map((v) => v.value), [5200, 2500, 2500]);
  assert.ok(overview.timeline.length >= conference.claims.length);
  assert.ok(overview.timeline.every((p, i, all) => i === 0 || all[i - 1]!.date <= p.date));
  const all = await seeds.request<WorkspaceOverview>('isnad/workspaceOverview', {});
  assert.ok(all.speakers.length > overview.speakers.length);
});

test('conflicting-figure: 3000 in x.txt against 2500 in 004 a fortnight apart, pointing at each other; 5200 is a change', async () => {
  const four = uriOf(join(folder, SEED_FILES[4]!));
  const x = uriOf(join(folder, 'x.txt'));
  const published = (uri: string, test: (d: Diagnostic[]) => boolean, from = 0) => dated.waitFor((r) => {
    const p = r.params as PublishDiagnosticsParams;
    return r.method === 'textDocument/publishDiagnostics' && p.uri === uri && dated.received.indexOf(r) >= from && test(p.diagnostics);
  });
  const r = await published(four, (d) => d.some(isConflict));
  const conflict = (r.params as PublishDiagnosticsParams).diagnostics.find(isConflict)!;
  assert.equal(conflict.severity, 3, 'information');
  assert.match(typeof conflict.message === 'string' ? conflict.message : conflict.message.value, /3,000 \(2024-02-10\)/);
  assert.deepEqual(conflict.relatedInformation?.map((i) => i.location.uri), [x]);
  await published(x, (d) => d.some(isConflict));

  const one = join(folder, SEED_FILES[1]!);
  const { uri, text } = await dated.open(one);
  const md = await hoverAt(dated, uri, text, '5200 جندي');
  assert.match(md, /2,500.*a later value: a change over time/);

  // the other article changes: 004's conflict goes, without 004 being touched
  const mark = dated.received.length;
  const { uri: xUri } = await dated.open(join(folder, 'x.txt'));
  await dated.replace(xUri, X.replace('3000', '2500'));
  await published(four, (d) => !d.some(isConflict), mark);
});
