// The timeline webview's own script (plain JavaScript, no dependencies): it
// shows the chart markup the extension sends, a tooltip on each point, the
// controls (search, speaker, article, outlet, dates, zoom) with the state the
// extension sends, and tells the extension its width, its filters and which
// point was chosen. It builds no markup from data itself: tooltips, options
// and suggestions are set as text.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const byId = (id) => document.getElementById(id);
  const summary = byId('summary');
  const hint = byId('hint');
  const empty = byId('empty');
  const axis = byId('axis');
  const chart = byId('chart');
  const more = byId('more');
  const tip = byId('tip');
  const form = byId('filters');
  const fields = { query: byId('query'), speaker: byId('speaker'), article: byId('article'), outlet: byId('outlet'), from: byId('from'), to: byId('to') };
  const outside = byId('outside');
  const outsideToggle = byId('outside-toggle');
  const DAY = 86400000;
  const allOutlets = fields.outlet.options[0] ? fields.outlet.options[0].textContent : '';
  let tips = [];
  let rows = [];
  let sentWidth = 0;
  /** The filter the extension last drew, and the days it showed. */
  let filter = { query: '', speaker: '', article: '', outlet: '', from: '', to: '', all: false };
  let shown = { from: '', to: '' };

  const width = () => document.body.clientWidth;

  /** Sets an element's options from a list, as text; keeps them when they are the same. */
  function fillOptions(parent, items, make) {
    const key = JSON.stringify(items);
    if (parent.dataset.items === key) return;
    parent.dataset.items = key;
    parent.replaceChildren(...items.map(make));
  }

  function option(value, label) {
    const o = document.createElement('option');
    o.value = value;
    if (label !== undefined) o.textContent = label;
    return o;
  }

  function showControls(c) {
    if (!c) {
      form.hidden = true;
      return;
    }
    form.hidden = false;
    filter = c.filter;
    shown = { from: c.from, to: c.to };
    fillOptions(byId('speakers'), c.speakers, (name) => option(name));
    fillOptions(byId('articles'), c.articles, (a) => option(a.value, a.label));
    const outlets = [''].concat(c.outlets);
    fillOptions(fields.outlet, outlets, (name) => option(name, name || allOutlets));
    // what the user is typing stays as typed
    for (const key of ['query', 'speaker', 'article', 'outlet']) {
      if (document.activeElement !== fields[key]) fields[key].value = c.filter[key];
    }
    for (const key of ['from', 'to']) {
      if (document.activeElement !== fields[key]) fields[key].value = c.filter[key] || c[key];
      fields[key].min = c.min < c.from || !c.from ? c.min : c.from;
      fields[key].max = c.max > c.to || !c.to ? c.max : c.to;
    }
  }

  function showOutside(text) {
    outside.hidden = !text;
    byId('outside-text').textContent = text || '';
    outsideToggle.textContent = filter.all ? outsideToggle.dataset.hide : outsideToggle.dataset.show;
  }

  function showChart(m) {
    summary.textContent = m.summary;
    hint.textContent = m.hint;
    empty.hidden = true;
    axis.innerHTML = m.axis;
    chart.innerHTML = m.body;
    tips = m.tips;
    rows = m.rows;
    more.textContent = m.more || '';
    more.hidden = !m.more;
    showControls(m.controls);
    showOutside(m.outside);
    hideTip();
  }

  function showEmpty(m) {
    summary.textContent = m.summary;
    hint.textContent = '';
    axis.textContent = '';
    chart.textContent = '';
    more.hidden = true;
    tips = [];
    rows = [];
    byId('empty-title').textContent = m.title;
    byId('empty-detail').textContent = m.detail;
    empty.hidden = false;
    showControls(m.controls);
    showOutside(m.outside);
    hideTip();
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'chart') showChart(m);
    else if (m && m.type === 'empty') showEmpty(m);
  });

  // The filters go to the extension, which draws the chart again.
  let typing;
  function send(change) {
    filter = Object.assign({}, filter, change);
    vscode.postMessage({ type: 'filter', filter });
  }
  fields.query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => send({ query: fields.query.value }), 250);
  });
  for (const key of ['speaker', 'article', 'outlet', 'from', 'to']) {
    fields[key].addEventListener('change', () => send({ [key]: fields[key].value }));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send({ query: fields.query.value, speaker: fields.speaker.value, article: fields.article.value });
  });

  const toDay = (iso) => Math.round(Date.parse(iso) / DAY);
  const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

  /** Zooms around the middle of the days shown: by 2 in, by 2 out. */
  function zoom(factor) {
    if (!shown.from || !shown.to) return;
    const from = toDay(shown.from);
    const to = toDay(shown.to);
    const middle = (from + to) / 2;
    const half = Math.max(1, ((to - from) / 2) * factor);
    send({ from: toIso(Math.round(middle - half)), to: toIso(Math.round(middle + half)) });
  }
  byId('zoom-in').addEventListener('click', () => zoom(0.5));
  byId('zoom-out').addEventListener('click', () => zoom(2));
  byId('fit').addEventListener('click', () => send({ from: '', to: '' }));
  byId('clear').addEventListener('click', () => send({ query: '', speaker: '', article: '', outlet: '', from: '', to: '' }));
  outsideToggle.addEventListener('click', () => send({ all: !filter.all }));

  const pointOf = (target) => (target instanceof Element ? target.closest('.pt') : null);
  const labelOf = (target) => (target instanceof Element ? target.closest('.label') : null);

  function showTip(point) {
    const data = tips[Number(point.dataset.i)];
    if (!data) return;
    byId('tip-speaker').textContent = data.speaker;
    byId('tip-date').textContent = data.date;
    byId('tip-where').textContent = data.where;
    byId('tip-note').textContent = data.note;
    byId('tip-text').textContent = data.text;
    tip.hidden = false;
    const at = point.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const left = Math.min(Math.max(4, at.left + at.width / 2 - box.width / 2), window.innerWidth - box.width - 4);
    const below = at.bottom + 6;
    const top = below + box.height > window.innerHeight ? at.top - box.height - 6 : below;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(Math.max(4, top))}px`;
  }

  function hideTip() {
    tip.hidden = true;
  }

  function open(point) {
    vscode.postMessage({ type: 'open', index: Number(point.dataset.i) });
  }

  chart.addEventListener('click', (event) => {
    const point = pointOf(event.target);
    if (point) {
      open(point);
      return;
    }
    // a speaker's name: only that speaker
    const label = labelOf(event.target);
    const name = label ? rows[Number(label.dataset.row)] : undefined;
    if (name !== undefined) send({ speaker: name });
  });
  chart.addEventListener('keydown', (event) => {
    const point = pointOf(event.target);
    if (point && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(point);
    }
  });
  chart.addEventListener('mouseover', (event) => {
    const point = pointOf(event.target);
    if (point) showTip(point);
  });
  chart.addEventListener('mouseout', (event) => {
    if (pointOf(event.target) && !pointOf(event.relatedTarget)) hideTip();
  });
  chart.addEventListener('focusin', (event) => {
    const point = pointOf(event.target);
    if (point) showTip(point);
  });
  chart.addEventListener('focusout', hideTip);
  window.addEventListener('scroll', hideTip, { passive: true });

  // The chart is laid out for the page's width: ask again when it changes
  // (a resized panel, a scroll bar appearing), at most a few times a second.
  let pending;
  new ResizeObserver(() => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const now = width();
      if (Math.abs(now - sentWidth) < 8) return;
      sentWidth = now;
      vscode.postMessage({ type: 'resize', width: now });
    }, 150);
  }).observe(document.body);

  sentWidth = width();
  vscode.postMessage({ type: 'ready', width: sentWidth });
})();
