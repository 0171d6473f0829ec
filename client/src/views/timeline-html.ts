// The timeline webview's page and the messages it exchanges with the
// extension. The page loads only its own script and stylesheet from the
// extension (no CDN, no fonts: it uses the editor's), under a CSP that allows
// nothing else; the chart arrives as markup in a message. Pure.
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
<header><span id="summary">${escapeXml(o.loading)}</span><span id="hint"></span></header>
<section id="empty" hidden><h2 id="empty-title"></h2><p id="empty-detail"></p></section>
<div id="axis"></div>
<div id="chart"></div>
<p id="more" hidden></p>
<div id="tip" role="tooltip" hidden><div id="tip-speaker" dir="rtl"></div><div id="tip-date"></div><div id="tip-note"></div><div id="tip-text" dir="rtl"></div></div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}

/** Extension → webview: a chart, or the empty state (also used while loading and on failure). */
export type ToWebview =
  | { type: 'chart'; summary: string; hint: string; axis: string; body: string; tips: Tip[]; more: string | null }
  | { type: 'empty'; summary: string; title: string; detail: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready'; width: number }
  | { type: 'resize'; width: number }
  | { type: 'open'; index: number };

/** A message from the page, checked: the page is content, not code we trust blindly. */
export function parseFromWebview(message: unknown): FromWebview | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  const number = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if ((m.type === 'ready' || m.type === 'resize') && number(m.width)) return { type: m.type, width: m.width };
  if (m.type === 'open' && number(m.index) && Number.isInteger(m.index)) return { type: 'open', index: m.index };
  return null;
}
