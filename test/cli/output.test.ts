// The CLI's batched output writes the bytes an unbatched one writes, piece
// for piece joined, whatever the pieces' sizes (a piece longer than a batch,
// pieces that fill one exactly, a lone surrogate); and the line of an offset
// read from the analysis's lines is the line LineIndex gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { Output, flushedOnError } from '../../server/src/cli/output.js';
import { lineOfOffset } from '../../server/src/cli/article-lines.js';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import { LineIndex } from '../../server/src/host/positions.js';

/** A stream that keeps what it is given, and how many writes. */
function sink(): { stream: Writable; bytes: () => Buffer; writes: () => number } {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write(chunk: Buffer, _enc, done) { chunks.push(chunk); done(); } });
  return { stream, bytes: () => Buffer.concat(chunks), writes: () => chunks.length };
}

const PIECES = [
  'قال الوزير إن 300 شخص وصلوا.\n',
  'x'.repeat(70_000),
  'ب'.repeat(21_845),
  '\ud800 لا زوج له',
  ...Array.from({ length: 200 }, (_, k) => `{"n":${k},"text":"${'نص '.repeat(k)}"}\n`),
];

test('a batched output writes the same bytes as one write per piece, in fewer writes', async () => {
  const plain = sink(), batched = sink();
  const a = new Output(plain.stream), b = new Output(batched.stream, true);
  for (const p of PIECES) { await a.write(p); await b.write(p); }
  await a.end(); await b.end();
  assert.deepEqual(batched.bytes(), plain.bytes());
  assert.ok(batched.writes() < plain.writes() / 10, `${batched.writes()} writes`);
});

test('what a batched output gathered is written when the work fails', async () => {
  const out = sink();
  const o = new Output(out.stream, true);
  await assert.rejects(flushedOnError(o, async () => { await o.write('بداية'); throw new Error('failed'); }), /failed/);
  assert.equal(out.bytes().toString('utf8'), 'بداية');
});

test('the line of an offset is the line LineIndex counts, with and without carriage returns', () => {
  for (const text of ['سطر أول\nقال الوزير إن الخطة جاهزة.\n\nوأضاف أن العمل يبدأ غدا.\n', 'سطر أول\r\nقال الوزير إن الخطة جاهزة.\rوأضاف أن العمل يبدأ غدا.']) {
    const article = analyzeArticle(text);
    const lineOf = lineOfOffset(article), index = new LineIndex(text);
    for (let offset = -1; offset <= text.length + 1; offset++) assert.equal(lineOf(offset), index.position(offset).line, `offset ${offset}`);
  }
});
