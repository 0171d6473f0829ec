// Measures whether Arabic reads right to left in the editor, as a reader
// sees it: for every visual row of the active editor (word wrap on, so a
// long line is several rows), the on-screen box of every Arabic word, taken
// with a DOM Range over the rendered text. Within a row, each word must lie
// to the left of the word before it, and each word's first letter to the
// right of its last. A pair with Latin letters between them is skipped: in
// the editor's left-to-right lines a Latin word rightly splits the Arabic
// around it into two runs (Plain Text does the same, and is the control).
//
// VS Code renders each differently styled piece of a line in its own
// `unicode-bidi: isolate` span, so a line split into coloured pieces lays the
// pieces out left to right while each runs right to left: words out of order.
// This is what the measure catches.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from './checks.mjs';
import { focusEditor, goTo, newPage, openFolder, quickOpen, runPaletteCommand, statusItem } from './workbench.mjs';

/** Runs in the page: the rows of the active editor now rendered, each with its words' order checked. */
function measureRendered() {
  const ARABIC_WORD = /[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc][\u0621-\u065f\u0670-\u06d3\u06fa-\u06fc\u0640]*/g;
  const LATIN = /[A-Za-z\u00c0-\u024f]/;
  const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor')
    ?? document.querySelector('.monaco-editor');
  const lines = editor ? [...editor.querySelectorAll('.view-lines .view-line')] : [];
  const rows = [];
  for (const line of lines) {
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, start: text.length });
      text += walker.currentNode.data;
    }
    const at = (offset) => {
      let i = nodes.length - 1;
      while (i > 0 && nodes[i].start > offset) i -= 1;
      const { node, start } = nodes[i];
      return [node, Math.min(offset - start, node.data.length)];
    };
    const box = (start, end) => {
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(end));
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length === 0) return null;
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      return { left, right, centre: (left + right) / 2 };
    };
    const words = [...text.matchAll(ARABIC_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
    let misplaced = 0;
    let reversed = 0;
    let previous = null;
    for (const word of words) {
      const whole = box(word.start, word.end);
      if (!whole) continue;
      // A word split inside (a clitic and its verb in two pieces) reads backwards on its own.
      if (word.end - word.start >= 2) {
        const first = box(word.start, word.start + 1);
        const last = box(word.end - 1, word.end);
        if (first && last && first.centre < last.centre) reversed += 1;
      }
      if (previous && !LATIN.test(text.slice(previous.end, word.start)) && !(whole.centre < previous.box.centre)) misplaced += 1;
      previous = { end: word.end, box: whole };
    }
    rows.push({ top: parseFloat(line.style.top) || 0, text, words: words.length, misplaced, reversed });
  }
  return rows;
}

/** How far the active editor is scrolled down, and whether its last row is in view (from its vertical scroll bar). */
function scrollState(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const content = editor?.querySelector('.lines-content');
    const bar = editor?.querySelector('.scrollbar.vertical');
    const slider = bar?.querySelector('.slider');
    const top = content ? -parseFloat(content.style.top || '0') : 0;
    if (!bar || !slider || slider.offsetHeight === 0) return { top, atStart: true, atEnd: true };
    return { top, atStart: slider.offsetTop <= 0, atEnd: slider.offsetTop + slider.offsetHeight >= bar.clientHeight - 1 };
  });
}

const frames = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Waits until the editor's scroll position satisfies `done` (bounded: a busy machine renders slowly). */
async function scrolledTo(page, done, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let state = await scrollState(page);
  while (!done(state) && Date.now() < deadline) {
    await frames(page);
    state = await scrollState(page);
  }
  await frames(page); // the rows of the new place rendered
  return state;
}

/** Scrolls the focused editor a page (Alt+PageDown/PageUp: the cursor stays); resolves with where it is then. */
async function scrollPage(page, key) {
  const before = (await scrollState(page)).top;
  await page.keyboard.press(key);
  const state = await scrolledTo(page, (s) => s.top !== before);
  if (state.top === before) throw new Error(`${key} did not scroll the editor (at ${before}px)`);
  return state;
}

/**
 * Every visual row of the document in the active editor: from the top to the
 * bottom a page at a time (the editor has the focus), measuring what is
 * rendered. Rows are told apart by their place in the document (`top`).
 */
export async function measureDocument(page) {
  await focusEditor(page);
  let state = await scrollState(page);
  for (let pages = 0; !state.atStart && pages < 500; pages += 1) state = await scrollPage(page, 'Alt+PageUp');
  const rows = new Map();
  for (let pages = 0; pages < 500; pages += 1) {
    for (const row of await page.evaluate(measureRendered)) rows.set(row.top, row);
    if (state.atEnd) break;
    state = await scrollPage(page, 'Alt+PageDown');
  }
  return [...rows.values()].sort((a, b) => a.top - b.top);
}

/** The counts a check reports. */
export function summarise(rows) {
  const arabic = rows.filter((r) => r.words > 0);
  const bad = arabic.filter((r) => r.misplaced > 0 || r.reversed > 0);
  return {
    rows: arabic.length,
    outOfOrder: bad.length,
    words: arabic.reduce((n, r) => n + r.words, 0),
    misplaced: arabic.reduce((n, r) => n + r.misplaced + r.reversed, 0),
    examples: bad.slice(0, 3).map((r) => r.text.replace(/\s+/g, ' ').trim().slice(0, 80)),
  };
}

const squeeze = (text) => text.replace(/[\s\u00a0]+/g, '');

/** Every character of the file is in the rows measured: no row was missed while scrolling. */
export function expectWholeFile(rows, path) {
  const shown = squeeze(rows.map((r) => r.text).join(''));
  const file = squeeze(readFileSync(path, 'utf8'));
  expect(shown === file, `the rows measured hold ${shown.length} of the file's ${file.length} characters`);
}

/** Sets the active editor's language mode through "Change Language Mode" and waits for the status bar to say so. */
export async function setLanguageMode(page, name) {
  await runPaletteCommand(page, 'Change Language Mode');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await statusItem(page, name, 15_000);
}

/**
 * Measures once late arrivals (marks, code lenses, tokens) have settled: they
 * come for the whole document at once, so the rows in view are read until two
 * readings a moment apart agree, and then every row of the document, once.
 */
export async function measureSettled(page, { attempts = 6, pauseMs = 700 } = {}) {
  let last = null;
  for (let i = 0; i < attempts; i += 1) {
    const key = JSON.stringify((await page.evaluate(measureRendered)).map((r) => [r.top, r.text.length, r.misplaced, r.reversed]));
    if (key === last) break;
    last = key;
    await page.waitForTimeout(pauseMs);
  }
  return measureDocument(page);
}

/** Runs `body`; when it fails, keeps a screenshot of what was on screen (outside the repository) and names it. */
async function seeing(page, name, body) {
  try {
    return await body();
  } catch (error) {
    const shot = join(tmpdir(), `isnad-e2e-word-order-${name}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    throw new Error(`${error?.message ?? error} (screen: ${shot})`);
  }
}

/** The 1-based line and column just inside the first opening bracket or quotation mark of a text. */
function besideBracket(text) {
  const at = text.search(/[(«“[]/);
  if (at < 0) return null;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 2 };
}

/** Waits until Isnad's marks are drawn in the active editor (overlay decorations: `.cdr` in the view's overlays). */
export function marksDrawn(page, timeout = 30_000) {
  return page.locator('.editor-group-container.active .monaco-editor .view-overlays .cdr').first().waitFor({ state: 'attached', timeout });
}

/** Measures the active editor until `done(summary)` holds or `timeoutMs` passes (a setting takes a moment to reach the editor); the last summary. */
async function measureUntil(page, done, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let summary = summarise(await measureDocument(page));
  while (!done(summary) && Date.now() < deadline) {
    await page.waitForTimeout(500);
    summary = summarise(await measureDocument(page));
  }
  return summary;
}

/**
 * The measure's own control: it must see what the issue saw. With Isnad's
 * text colours turned on (isnad.editor.textColors in the user's
 * settings.json, read when a workbench loads: a window of its own) the
 * coloured pieces of a line are laid out left to right and rows go out of
 * order. The seeds measured with the setting off are the other half.
 */
export async function checkMeasureSeesColours(checks, browser, { serverUrl, seeds, name, status, settings }) {
  await checks.check(`${name}: the measure sees text colours scramble rows (isnad.editor.textColors on, a window of its own)`, async () => {
    const before = readFileSync(settings, 'utf8');
    writeFileSync(settings, JSON.stringify({ ...JSON.parse(before), 'isnad.editor.textColors': true }, null, 2));
    const page = await newPage(browser);
    try {
      return await seeing(page, `colours-${name}`, async () => {
        await openFolder(page, serverUrl, seeds);
        await quickOpen(page, name);
        await statusItem(page, status, 60_000);
        await marksDrawn(page);
        const coloured = await measureUntil(page, (s) => s.outOfOrder > 0);
        expect(coloured.outOfOrder > 0, `with text colours on, ${coloured.outOfOrder} of ${coloured.rows} rows out of order: the measure saw nothing`);
        return `text colours on: ${coloured.outOfOrder} of ${coloured.rows} rows out of order (${coloured.misplaced} of ${coloured.words} words), e.g. ${coloured.examples[0]}`;
      });
    } finally {
      writeFileSync(settings, before);
      await page.context().close();
    }
  });
}

/**
 * The check of the issue: with Isnad active (marks, lenses, diagnostics) and
 * word wrap on, every row of every seed reads right to left; Plain Text, the
 * control, too; and the user's switch to Plain Text holds. `status` is what
 * the status bar shows once Isnad has read the article (its words differ in
 * the Arabic interface).
 */
export async function checkWordOrder(checks, page, { seeds, ui, status }) {
  const names = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort();
  const totals = { rows: 0, isnad: 0, plain: 0 };
  for (const name of names) {
    await checks.check(`${ui} interface, ${name}: every row reads right to left, with Isnad and as Plain Text`, () => seeing(page, name, async () => {
      const path = join(seeds, name);
      await quickOpen(page, name);
      await statusItem(page, status, 60_000);
      await marksDrawn(page);
      // the cursor by a bracket: what VS Code draws around the cursor is measured too
      const cursor = besideBracket(readFileSync(path, 'utf8'));
      if (cursor) await goTo(page, cursor.line, cursor.column);
      const isnad = await measureSettled(page);
      expectWholeFile(isnad, path);
      await setLanguageMode(page, 'Plain Text');
      // the control with the cursor at the start: by a bracket, Plain Text too splits its line (VS Code colours the matching bracket)
      await focusEditor(page);
      await page.keyboard.press('Control+Home');
      const plain = await measureSettled(page);
      expectWholeFile(plain, path);
      // the user's choice holds (the extension once switched such a file back to an article)
      await statusItem(page, 'Plain Text', 5_000);
      const [a, b] = [summarise(isnad), summarise(plain)];
      totals.rows += a.rows;
      totals.isnad += a.outOfOrder;
      totals.plain += b.outOfOrder;
      expect(a.outOfOrder === 0, `with Isnad ${a.outOfOrder} of ${a.rows} rows out of order (${a.misplaced} of ${a.words} words), e.g. ${a.examples.join(' | ')}`);
      expect(b.outOfOrder === 0, `as Plain Text ${b.outOfOrder} of ${b.rows} rows out of order, e.g. ${b.examples.join(' | ')}`);
      return `with Isnad ${a.outOfOrder} of ${a.rows} rows out of order (${a.misplaced} of ${a.words} words misplaced); Plain Text ${b.outOfOrder} of ${b.rows}`;
    }));
  }
  await runPaletteCommand(page, 'View: Close All Editors');
  console.log(`  word order, ${ui} interface: ${totals.isnad} of ${totals.rows} rows out of order with Isnad, ${totals.plain} as Plain Text`);
  return totals;
}
