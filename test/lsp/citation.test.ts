// isnad/claimCitation over stdio: the claim under the cursor as a citation in
// Arabic and English (the client's "Copy Claim as Citation"), null off claims.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CLAIM_CITATION } from '../../server/src/lsp/protocol.js';
import type { ClaimCitation, ClaimCitationParams } from '../../server/src/lsp/protocol.js';
import { LspClient, positionOf, seedPath, uriOf } from './client.js';

let client: LspClient;
before(async () => { client = await LspClient.start(); });
after(async () => { await client.stop(); });

const JEFFREY_QUOTE = 'بمرور الوقت يتجلى احتمال';

const cite = (params: ClaimCitationParams): Promise<ClaimCitation | null> => client.request<ClaimCitation | null>(CLAIM_CITATION, params);

test("on Jeffrey's quotation in 001: him, his role, 2020-01-23, عنب بلدي and his words, in Arabic and English", async () => {
  const { uri, text } = await client.open(seedPath(1));
  const citation = await cite({ uri, position: positionOf(text, JEFFREY_QUOTE, { into: 4 }) });
  assert.ok(citation);
  const [ar, source] = citation.ar.split('\n');
  assert.match(ar!, /^جيمس جيفري، المبعوث الأمريكي الخاص بسوريا، في 2020-01-23: «بمرور الوقت يتجلى احتمال .* مضت»$/);
  assert.equal(source, 'المصدر: عنب بلدي، نُشر في 2020-01-24.');
  assert.match(citation.en, /^\u2068جيمس جيفري\u2069 \(\u2068المبعوث الأمريكي الخاص بسوريا\u2069\), on 2020-01-23: “\u2068بمرور الوقت يتجلى احتمال/);
  assert.match(citation.en, /\nSource: \u2068عنب بلدي\u2069, published 2020-01-24\.$/);
});

test('the cue and the cursor just after the closing mark cite the same claim', async () => {
  const { uri, text } = await client.open(seedPath(1));
  const inside = await cite({ uri, position: positionOf(text, JEFFREY_QUOTE, { into: 4 }) });
  const onCue = await cite({ uri, position: positionOf(text, 'مضيفًا، “بمرور', { into: 2 }) });
  const afterQuote = await cite({ uri, position: positionOf(text, 'بضعة أسابيع مضت”', { into: 'بضعة أسابيع مضت”'.length }) });
  assert.deepEqual(onCue, inside);
  assert.deepEqual(afterQuote, inside);
});

test('no claim under the cursor (a blank line, boilerplate), or an unknown document: null', async () => {
  const { uri, text } = await client.open(seedPath(1));
  assert.equal(await cite({ uri, position: { line: 1, character: 0 } }), null);
  assert.equal(await cite({ uri, position: positionOf(text, 'tag icon') }), null);
  assert.equal(await cite({ uri: uriOf('/nowhere/article.txt'), position: { line: 0, character: 0 } }), null);
});

test('an article of the folder that is not open is cited from the index', async () => {
  await client.indexed();
  const path = seedPath(3);
  const text = readFileSync(path, 'utf8');
  const citation = await cite({ uri: uriOf(path), position: positionOf(text, 'داعش عدو إرهابي', { into: 2 }) });
  assert.match(citation?.ar ?? '', /^ألينا رومانوفسكي، السفيرة الأمريكية لدى بغداد، .*: «داعش عدو إرهابي مشترك/);
});
