// The timeline webview's own script (plain JavaScript, no dependencies): it
// shows the chart markup the extension sends, a tooltip on each point, and
// tells the extension its width and which point was chosen. It builds no
// markup from data itself: tooltips are set as text.
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
  let tips = [];
  let sentWidth = 0;

  const width = () => document.body.clientWidth;

  function showChart(m) {
    summary.textContent = m.summary;
    hint.textContent = m.hint;
    empty.hidden = true;
    axis.innerHTML = m.axis;
    chart.innerHTML = m.body;
    tips = m.tips;
    more.textContent = m.more || '';
    more.hidden = !m.more;
    hideTip();
  }

  function showEmpty(m) {
    summary.textContent = m.summary;
    hint.textContent = '';
    axis.textContent = '';
    chart.textContent = '';
    more.hidden = true;
    tips = [];
    byId('empty-title').textContent = m.title;
    byId('empty-detail').textContent = m.detail;
    empty.hidden = false;
    hideTip();
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'chart') showChart(m);
    else if (m && m.type === 'empty') showEmpty(m);
  });

  const pointOf = (target) => (target instanceof Element ? target.closest('.pt') : null);

  function showTip(point) {
    const data = tips[Number(point.dataset.i)];
    if (!data) return;
    byId('tip-speaker').textContent = data.speaker;
    byId('tip-date').textContent = data.date;
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
    if (point) open(point);
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
