// The timeline webview: the chart as escaped SVG markup themed by classes,
// the page under a strict CSP with a nonce and only its own files, the
// messages checked, and a clear empty state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timelineChart, undatedClaims } from '../../../client/src/views/timeline-chart.js';
import {
  TIMELINE_SCRIPT, TIMELINE_STYLE, contentSecurityPolicy, parseFromWebview, timelineHtml, type PageLabels,
} from '../../../client/src/views/timeline-html.js';
import { NO_FILTER } from '../../../client/src/views/timeline-filter.js';
import { layoutTimeline } from '../../../client/src/views/timeline-layout.js';
import { axisSvg, bodySvg, escapeXml, fitName, tips } from '../../../client/src/views/timeline-svg.js';
import { dated, overview, point } from './fixture.js';

const root = join(__dirname, '..', '..', '..');
const LABELS: PageLabels = {
  filters: 'Filter', search: 'Search <claims>', speaker: 'Speaker', article: 'Article', allOutlets: 'All outlets', from: 'From', to: 'To',
  zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', clear: 'Clear', showThem: 'Show them', hideThem: 'Leave them out',
};

test('the body has a right-to-left label per speaker and a focusable point per cluster, with its count', () => {
  const layout = layoutTimeline(dated([point('جيفري', '2020-01-23'), point('جيفري', '2020-01-23', 'وأضاف'), point('إسبر', '2019-12-05')]), 900)!;
  const body = bodySvg(layout);
  assert.match(body, /^<svg class="body" width="900" height="52">/);
  assert.match(body, /<text class="label c0" data-row="0" x="\d+" y="13" direction="rtl" text-anchor="start" dominant-baseline="central"><title>جيفري \(2\)<\/title>جيفري<\/text>/);
  assert.equal(body.match(/<g class="pt /g)?.length, 2);
  assert.match(body, /<g class="pt c0" data-i="0" tabindex="0" role="button" aria-label="جيفري, 23 Jan 2020 \(2\): [^"]+"><circle [^>]+ r="7"\/><text class="count"[^>]*>2<\/text><\/g>/);
  assert.doesNotMatch(body, /style=|<script|on\w+=/, 'no inline style or script: the CSP forbids them');
  assert.match(axisSvg(layout), /<text class="tick-label"[^>]*>(\d+ )?(Dec|Jan)/);
});

test('names and claims are escaped; long names are cut with the full name kept in the title', () => {
  const layout = layoutTimeline(dated([point('<b>"أ" & ب</b>', '2020-01-01', '<img src=x onerror=alert(1)>')]), 600)!;
  const markup = bodySvg(layout);
  assert.ok(!markup.includes('<b>') && !markup.includes('<img'));
  assert.match(markup, /&lt;b&gt;&quot;أ&quot; &amp; ب&lt;\/b&gt;/);
  assert.equal(escapeXml(`<'&">`), '&lt;&#39;&amp;&quot;&gt;');
  assert.equal(fitName('المتحدث باسم القائد العام للقوات المسلحة العراقية', 100), 'المتحدث باسم…');
  assert.equal(fitName('جيفري', 100), 'جيفري');
  assert.deepEqual(tips(layout, () => '000')[0], { speaker: '<b>"أ" & ب</b>', date: '1 Jan 2020', where: '000', text: '<img src=x onerror=alert(1)>', note: '' });
});

test('a cluster of several days says so in its tip and its label', () => {
  const points = [point('أ', '2020-01-01'), point('أ', '2020-01-03'), point('أ', '2020-03-01')];
  const layout = layoutTimeline(dated(points), 800, { maxPoints: 2 })!;
  assert.deepEqual(tips(layout).map((t) => [t.date, t.note]), [
    ['1 Jan 2020 – 3 Jan 2020', '2 claims in this period (too many points to show each day)'],
    ['1 Mar 2020', ''],
  ]);
  assert.match(bodySvg(layout), /aria-label="أ, 1 Jan 2020 – 3 Jan 2020 \(2\): /);
});

test('the chart message: summary, hint, markup and a tip per point; an event says how many claims and in which articles', () => {
  const chart = timelineChart(overview(), 1000);
  assert.equal(chart.message.type, 'chart');
  if (chart.message.type !== 'chart') return;
  assert.equal(chart.message.summary, '2 claims by 1 speaker · 23 Jan 2020 – 23 Jan 2020');
  assert.equal(chart.message.tips.length, 1);
  assert.equal(chart.message.tips[0]?.note, '2 claims on this day');
  assert.equal(chart.message.tips[0]?.where, '000_a · 001_b');
  assert.deepEqual(chart.message.rows, ['جيمس جيفري']);
  assert.equal(chart.message.more, null);
  assert.equal(chart.message.outside, null);
  assert.equal(chart.layout?.clusters[0]?.claims.length, 2);
  const c = chart.message.controls;
  assert.deepEqual([c.speakers, c.outlets, c.from, c.to], [['جيمس جيفري'], ['عنب بلدي'], '2020-01-23', '2020-01-23']);
  assert.deepEqual(c.articles, [{ value: '000_a', label: 'جيفري: التحالف مستمر' }, { value: '001_b', label: '"5200" جندي في العراق، يقول المبعوث' }]);
});

test('filters narrow the chart; one that matches nothing keeps the controls and says so', () => {
  const byOutlet = timelineChart(overview(), 1000, { ...NO_FILTER, outlet: 'عنب بلدي' });
  assert.equal(byOutlet.layout?.clusters.reduce((n, cl) => n + cl.claims.length, 0), 1);
  const none = timelineChart(overview(), 1000, { ...NO_FILTER, speaker: 'إسبر' });
  assert.equal(none.layout, null);
  assert.equal(none.message.type, 'empty');
  if (none.message.type === 'empty') {
    assert.equal(none.message.title, 'No dated claim matches these filters.');
    assert.equal(none.message.controls?.filter.speaker, 'إسبر');
  }
});

test('no dated claims: an empty state that says why and how many claims are undated', () => {
  const o = { ...overview(), timeline: [] };
  assert.equal(undatedClaims(o), 2);
  const chart = timelineChart(o, 800);
  assert.equal(chart.layout, null);
  assert.deepEqual(chart.message, {
    type: 'empty', summary: '', title: 'No dated claims in this folder yet',
    detail: '2 claims in this folder have no date. A claim is placed on the timeline when its article dates it: a date in the text, or the article\'s publication date (isnad.yaml can give it).',
    controls: null,
  });
});

test('the page: a strict CSP with a nonce, only its own script and stylesheet, no remote anything', () => {
  const html = timelineHtml({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abc123==', title: 'Isnad Timeline', loading: 'Reading…', labels: LABELS,
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/timeline/timeline.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/timeline/timeline.css',
  });
  assert.equal(contentSecurityPolicy('S', 'N'), "default-src 'none'; style-src S; script-src 'nonce-N'; img-src S; font-src S");
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; [^"]*script-src &#39;nonce-abc123==&#39;/);
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.match(html, /<script nonce="abc123==" src="[^"]+timeline\.js"><\/script>/);
  assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|style=|cdn\.jsdelivr|googleapis|unpkg|http:\/\//);
  assert.match(html, /id="tip-speaker" dir="rtl"/);
  assert.match(html, /<input type="search" id="query" placeholder="Search &lt;claims&gt;" aria-label="Search &lt;claims&gt;" dir="auto">/, 'labels escaped');
  for (const id of ['speaker', 'article', 'outlet', 'from', 'to', 'zoom-in', 'zoom-out', 'fit', 'clear', 'outside-toggle']) assert.match(html, new RegExp(`id="${id}"`));
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
  assert.deepEqual(parseFromWebview({ type: 'filter', filter: { query: ' جيفري ', from: '2020-02-30', to: '2020-03-01', all: 'yes', extra: 1 } }),
    { type: 'filter', filter: { ...NO_FILTER, query: 'جيفري', to: '2020-03-01' } });
  assert.deepEqual(parseFromWebview({ type: 'open', index: 3 }), { type: 'open', index: 3 });
  for (const bad of [null, 'open', { type: 'open', index: -1 }, { type: 'open', index: 1.5 }, { type: 'open' }, { type: 'resize', width: 'wide' }, { type: 'run', command: 'x' }]) {
    assert.equal(parseFromWebview(bad), null, JSON.stringify(bad));
  }
});
