// The timeline webview: the chart as escaped SVG markup themed by classes,
// the page under a strict CSP with a nonce and only its own files, the
// messages checked, and a clear empty state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timelineChart, undatedClaims } from '../../../client/src/views/timeline-chart.js';
import {
  TIMELINE_SCRIPT, TIMELINE_STYLE, contentSecurityPolicy, parseFromWebview, timelineHtml,
} from '../../../client/src/views/timeline-html.js';
import { layoutTimeline } from '../../../client/src/views/timeline-layout.js';
import { axisSvg, bodySvg, escapeXml, fitName, tips } from '../../../client/src/views/timeline-svg.js';
import { overview, point } from './fixture.js';

const root = join(__dirname, '..', '..', '..');

test('the body has a right-to-left label per speaker and a focusable point per cluster, with its count', () => {
  const layout = layoutTimeline([point('جيفري', '2020-01-23'), point('جيفري', '2020-01-23', 'وأضاف'), point('إسبر', '2019-12-05')], 900)!;
  const body = bodySvg(layout);
  assert.match(body, /^<svg class="body" width="900" height="52">/);
  assert.match(body, /<text class="label c1" x="\d+" y="39" direction="rtl" text-anchor="start" dominant-baseline="central"><title>جيفري \(2\)<\/title>جيفري<\/text>/);
  assert.equal(body.match(/<g class="pt /g)?.length, 2);
  assert.match(body, /<g class="pt c1" data-i="1" tabindex="0" role="button" aria-label="جيفري, 23 Jan 2020 \(2\): [^"]+"><circle [^>]+ r="7"\/><text class="count"[^>]*>2<\/text><\/g>/);
  assert.doesNotMatch(body, /style=|<script|on\w+=/, 'no inline style or script: the CSP forbids them');
  assert.match(axisSvg(layout), /<text class="tick-label"[^>]*>(\d+ )?(Dec|Jan)/);
});

test('names and claims are escaped; long names are cut with the full name kept in the title', () => {
  const layout = layoutTimeline([point('<b>"أ" & ب</b>', '2020-01-01', '<img src=x onerror=alert(1)>')], 600)!;
  const markup = bodySvg(layout);
  assert.ok(!markup.includes('<b>') && !markup.includes('<img'));
  assert.match(markup, /&lt;b&gt;&quot;أ&quot; &amp; ب&lt;\/b&gt;/);
  assert.equal(escapeXml(`<'&">`), '&lt;&#39;&amp;&quot;&gt;');
  assert.equal(fitName('المتحدث باسم القائد العام للقوات المسلحة العراقية', 100), 'المتحدث باسم…');
  assert.equal(fitName('جيفري', 100), 'جيفري');
  assert.deepEqual(tips(layout)[0], { speaker: '<b>"أ" & ب</b>', date: '1 Jan 2020', text: '<img src=x onerror=alert(1)>', note: '' });
});

test('a cluster of several days says so in its tip and its label', () => {
  const points = [point('أ', '2020-01-01'), point('أ', '2020-01-03'), point('أ', '2020-03-01')];
  const layout = layoutTimeline(points, 800, { maxPoints: 2 })!;
  assert.deepEqual(tips(layout).map((t) => [t.date, t.note]), [
    ['1 Jan 2020 – 3 Jan 2020', '2 claims in this period (too many points to show each day)'],
    ['1 Mar 2020', ''],
  ]);
  assert.match(bodySvg(layout), /aria-label="أ, 1 Jan 2020 – 3 Jan 2020 \(2\): /);
});

test('the chart message: summary, hint, markup and a tip per point; a busy day says how many claims', () => {
  const chart = timelineChart(overview(), 1000);
  assert.equal(chart.message.type, 'chart');
  if (chart.message.type !== 'chart') return;
  assert.equal(chart.message.summary, '2 claims by 1 speaker · 23 Jan 2020 – 23 Jan 2020');
  assert.equal(chart.message.tips.length, 1);
  assert.equal(chart.message.tips[0]?.note, '2 claims on this day');
  assert.equal(chart.message.more, null);
  assert.equal(chart.layout?.clusters[0]?.claims.length, 2);
});

test('no dated claims: an empty state that says why and how many claims are undated', () => {
  const o = { ...overview(), timeline: [] };
  assert.equal(undatedClaims(o), 2);
  const chart = timelineChart(o, 800);
  assert.equal(chart.layout, null);
  assert.deepEqual(chart.message, {
    type: 'empty', summary: '', title: 'No dated claims in this folder yet',
    detail: '2 claims in this folder have no date. A claim is placed on the timeline when its article dates it: a date in the text, or the article\'s publication date (isnad.yaml can give it).',
  });
});

test('the page: a strict CSP with a nonce, only its own script and stylesheet, no remote anything', () => {
  const html = timelineHtml({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abc123==', title: 'Isnad Timeline', loading: 'Reading…',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/timeline/timeline.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/timeline/timeline.css',
  });
  assert.equal(contentSecurityPolicy('S', 'N'), "default-src 'none'; style-src S; script-src 'nonce-N'; img-src S; font-src S");
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; [^"]*script-src &#39;nonce-abc123==&#39;/);
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.match(html, /<script nonce="abc123==" src="[^"]+timeline\.js"><\/script>/);
  assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|style=|cdn\.jsdelivr|googleapis|unpkg|http:\/\//);
  assert.match(html, /id="tip-speaker" dir="rtl"/);
});

test('the webview\'s files exist, ship in the VSIX, load nothing remote and use the editor\'s theme', () => {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
  for (const file of [TIMELINE_SCRIPT, TIMELINE_STYLE]) {
    assert.ok(ignore.includes(`!${file}`), `${file} is not let back into the VSIX`);
    const text = readFileSync(join(root, file), 'utf8');
    assert.doesNotMatch(text, /https?:\/\/|@import|url\(|fetch\(|eval\(|new Function/, file);
  }
  const css = readFileSync(join(root, TIMELINE_STYLE), 'utf8');
  for (const variable of ['--vscode-font-family', '--vscode-editor-foreground', '--vscode-editor-background', '--vscode-charts-blue']) {
    assert.ok(css.includes(`var(${variable}`), variable);
  }
});

test('messages from the page are checked', () => {
  assert.deepEqual(parseFromWebview({ type: 'ready', width: 800 }), { type: 'ready', width: 800 });
  assert.deepEqual(parseFromWebview({ type: 'open', index: 3 }), { type: 'open', index: 3 });
  for (const bad of [null, 'open', { type: 'open', index: -1 }, { type: 'open', index: 1.5 }, { type: 'open' }, { type: 'resize', width: 'wide' }, { type: 'run', command: 'x' }]) {
    assert.equal(parseFromWebview(bad), null, JSON.stringify(bad));
  }
});
