// The timeline webview's page and the messages it exchanges with the
// extension. The page loads only its own script and stylesheet from the
// extension (no CDN, no fonts: it uses the editor's), under a CSP that allows
// nothing else; the chart arrives as markup in a message, with the state of
// the controls (search, speaker, article, outlet, dates, zoom), whose
// changes the page sends back as a filter. Pure.
import { parseFilter, type TimelineFilter } from './timeline-filter.js';
import { escapeXml, type Tip } from './timeline-svg.js';

/** The webview's own files, relative to the extension; .vscodeignore ships them. */
export const TIMELINE_SCRIPT = 'media/timeline/timeline.js';
export const TIMELINE_STYLE = 'media/timeline/timeline.css';
export const TIMELINE_MEDIA_DIR = 'media/timeline';

export interface PageOptions {
  /** The webview's `cspSource`: where its own resources come from. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  loading: string;
  /** The words of the controls, in the editor's language. */
  labels: PageLabels;
}

export interface PageLabels {
  filters: string;
  search: string;
  speaker: string;
  article: string;
  allOutlets: string;
  from: string;
  to: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  clear: string;
  showThem: string;
  hideThem: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function timelineHtml(o: PageOptions): string {
  const attr = escapeXml;
  const l = o.labels;
  const button = (id: string, text: string, symbol: string): string =>
    `<button type="button" id="${id}" title="${attr(text)}" aria-label="${attr(text)}">${symbol}</button>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>${escapeXml(o.title)}</title>
</head>
<body>
<form id="filters" role="search" aria-label="${attr(l.filters)}" hidden>
<input type="search" id="query" placeholder="${attr(l.search)}" aria-label="${attr(l.search)}" dir="auto">
<input id="speaker" list="speakers" placeholder="${attr(l.speaker)}" aria-label="${attr(l.speaker)}" dir="auto">
<input id="article" list="articles" placeholder="${attr(l.article)}" aria-label="${attr(l.article)}" dir="auto">
<select id="outlet" aria-label="${attr(l.allOutlets)}"><option value="">${escapeXml(l.allOutlets)}</option></select>
<label>${escapeXml(l.from)} <input type="date" id="from"></label>
<label>${escapeXml(l.to)} <input type="date" id="to"></label>
<span class="buttons">${button('zoom-out', l.zoomOut, '−')}${button('zoom-in', l.zoomIn, '+')}${button('fit', l.fit, '⤢')}${button('clear', l.clear, '✕')}</span>
<datalist id="speakers"></datalist><datalist id="articles"></datalist>
</form>
<header><span id="summary">${escapeXml(o.loading)}</span><span id="hint"></span></header>
<p id="outside" hidden><span id="outside-text"></span> <button type="button" id="outside-toggle" data-show="${attr(l.showThem)}" data-hide="${attr(l.hideThem)}"></button></p>
<section id="empty" hidden><h2 id="empty-title"></h2><p id="empty-detail"></p></section>
<div id="axis"></div>
<div id="chart"></div>
<p id="more" hidden></p>
<div id="tip" role="tooltip" hidden><div id="tip-speaker" dir="rtl"></div><div id="tip-date"></div><div id="tip-where"></div><div id="tip-note"></div><div id="tip-text" dir="rtl"></div></div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}

/** What the controls show and offer. */
export interface Controls {
  filter: TimelineFilter;
  /** Speaker names to suggest, the busiest first. */
  speakers: string[];
  /** Articles to suggest: the short name typed, the headline beside it. */
  articles: { value: string; label: string }[];
  outlets: string[];
  /** The days shown, and the folder's plausible range (ISO; '' when unknown). */
  from: string;
  to: string;
  min: string;
  max: string;
}

/**
 * Extension → webview: a chart, or the empty state (also used while loading
 * and on failure, then without controls). `outside` says what is left out
 * (or shown) for its unlikely dates.
 */
export type ToWebview =
  | {
    type: 'chart'; summary: string; hint: string; axis: string; body: string; tips: Tip[]; rows: string[]; more: string | null;
    outside: string | null; controls: Controls;
  }
  | { type: 'empty'; summary: string; title: string; detail: string; controls: Controls | null; outside?: string | null };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready'; width: number }
  | { type: 'resize'; width: number }
  | { type: 'open'; index: number }
  | { type: 'filter'; filter: TimelineFilter };

/** A message from the page, checked: the page is content, not code we trust blindly. */
export function parseFromWebview(message: unknown): FromWebview | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  const number = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if ((m.type === 'ready' || m.type === 'resize') && number(m.width)) return { type: m.type, width: m.width };
  if (m.type === 'open' && number(m.index) && Number.isInteger(m.index)) return { type: 'open', index: m.index };
  if (m.type === 'filter' && typeof m.filter === 'object' && m.filter !== null) return { type: 'filter', filter: parseFilter(m.filter) };
  return null;
}
