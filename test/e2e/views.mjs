// The Isnad view in the explorer and the timeline webview, driven like the
// rest of the workbench: every wait on a locator, with a time limit. The
// webview's page sits two iframes deep (the workbench's frame, then the
// page's own).
import { plain, runPaletteCommand } from './workbench.mjs';

/** The rows of the Isnad view, once one holds `expected`. */
export async function isnadViewRows(page, expected, timeout = 30_000) {
  await runPaletteCommand(page, 'Explorer: Focus on Isnad View');
  const rows = page.locator('.customview-tree .monaco-list-row');
  await rows.filter({ hasText: expected }).first().waitFor({ timeout });
  return rows;
}

/** Expands the view's row holding `text` (a speaker, an event) and returns its children's labels once shown. */
export async function expandRow(page, rows, text, child, timeout = 10_000) {
  const row = rows.filter({ hasText: text }).first();
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await rows.filter({ hasText: child }).first().waitFor({ timeout });
  return (await rows.allInnerTexts()).map(plain);
}

/** The timeline page, once the command has opened it and it shows points. */
export async function openTimeline(page, timeout = 30_000) {
  await runPaletteCommand(page, 'Isnad: Show Timeline');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('svg.body .pt').first().waitFor({ timeout });
  return frame;
}

/** Collapses the explorer's pane titled `title` (the Outline, opened by an earlier step), if it is open. */
export async function collapsePane(page, title) {
  const header = page.locator('.part.sidebar .pane-header', { hasText: title }).first();
  if ((await header.getAttribute('aria-expanded', { timeout: 5_000 }).catch(() => null)) === 'true') await header.click();
}

/** Runs in the page: each row of the quick pick's list with Arabic in its label, and where its words are on screen. */
function measurePickRows() {
  const ARABIC_WORD = /[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc][\u0621-\u065f\u0670-\u06d3\u06fa-\u06fc\u0640]*/g;
  const rows = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')];
  const out = [];
  for (const row of rows) {
    const label = row.querySelector('.label-name');
    if (!label || !/[\u0600-\u06ff]/.test(label.textContent ?? '')) continue;
    // what of the label can be seen: its box cut by every box around it, up to the row, that clips what overflows
    let visible = label.getBoundingClientRect();
    visible = { left: visible.left, right: visible.right };
    for (let box = label.parentElement; box && box !== row.parentElement; box = box.parentElement) {
      if (getComputedStyle(box).overflowX === 'visible') continue;
      const r = box.getBoundingClientRect();
      visible = { left: Math.max(visible.left, r.left), right: Math.min(visible.right, r.right) };
    }
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, start: text.length });
      text += walker.currentNode.data;
    }
    const at = (offset) => {
      let i = nodes.length - 1;
      while (i > 0 && nodes[i].start > offset) i -= 1;
      return [nodes[i].node, Math.min(offset - nodes[i].start, nodes[i].node.data.length)];
    };
    const box = (start, end) => {
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(end));
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      return rects.length ? { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) } : null;
    };
    const words = [...text.matchAll(ARABIC_WORD)].map((m) => ({ word: m[0], box: box(m.index, m.index + m[0].length) })).filter((w) => w.box);
    const inside = (b) => b.left >= visible.left - 0.5 && b.right <= visible.right + 0.5;
    let outOfOrder = 0;
    for (let i = 1; i < words.length; i += 1) if (!(words[i].box.left + words[i].box.right < words[i - 1].box.left + words[i - 1].box.right)) outOfOrder += 1;
    out.push({
      text: text.replace(/[\u2068\u2069]/g, ''),
      description: (row.querySelector('.label-description')?.textContent ?? '').replace(/[\u2068\u2069]/g, ''),
      first: words[0]?.word ?? '',
      firstVisible: words.length > 0 && inside(words[0].box),
      wordsVisible: words.filter((w) => inside(w.box)).length,
      words: words.length,
      outOfOrder,
    });
  }
  return out;
}

/**
 * "Isnad: Show Related Claims" at the cursor (or what `open` does: a click on
 * a code lens): the quick pick of the claims of other articles. Resolves, once a row's description names `expected`, with
 * each row that has Arabic: its text, description, and whether its first
 * Arabic word (the start of the row, for a reader) is within what the row
 * shows, and its words run right to left.
 */
export async function relatedClaimsPick(page, expected, { open = () => runPaletteCommand(page, 'Isnad: Show Related Claims'), timeout = 20_000 } = {}) {
  await open();
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  await rows.filter({ hasText: expected }).first().waitFor({ timeout });
  // the pick fades in (a quarter-second animation of its opacity): measured and pictured once it is whole,
  // not half see-through over the editor's text
  await page.locator('.quick-input-widget').evaluate((widget) => Promise.all(widget.getAnimations().map((a) => a.finished)));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(measurePickRows);
}

/** In the open quick pick, clicks the first row holding `text`. */
export async function pickRow(page, text) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor();
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * The extension's page in the Extensions view: its README (EXTENSION.md) in
 * the page's webview, once its first heading reads `heading` (when given: a
 * page that replaces another in the same window); resolves with its images,
 * each with its source (empty when the page dropped it) and whether it
 * loaded; none when it has none.
 */
export async function extensionPage(page, name, { heading, timeout = 30_000 } = {}) {
  const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: name }).first();
  if (!(await row.isVisible())) {
    await page.keyboard.press('Control+Shift+X');
    // the view's search box has the focus: the installed extensions only (there is no gallery offline)
    await page.locator('.extensions-viewlet .suggest-input-container').first().waitFor({ timeout });
    await page.keyboard.type('@installed ');
    await row.waitFor({ timeout });
    await page.keyboard.press('Escape'); // the search box's suggestions, over the list
  }
  await row.click();
  const readme = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await readme.locator('h1', heading ? { hasText: heading } : {}).first().waitFor({ timeout });
  const images = readme.locator('img');
  // wait for each to finish loading (or the timeout: a request that never ends), then tell which did
  await images.evaluateAll((all, ms) => Promise.race([
    Promise.all(all.map((img) => (img.complete ? null : new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    })))),
    new Promise((resolve) => { setTimeout(resolve, ms); }),
  ]), timeout);
  return images.evaluateAll((all) => all.map((img) => ({
    src: img.getAttribute('src') ?? '', alt: img.getAttribute('alt') ?? '', loaded: img.complete && img.naturalWidth > 0,
  })));
}

/**
 * Isnad's Getting Started walkthrough, opened from the palette, at its step
 * titled `step`: resolves with the step's picture (its source, and whether it
 * loaded) once it shows.
 */
export async function walkthroughStep(page, title, step, timeout = 30_000) {
  // a narrow editor shows a step's picture nowhere: the side bar goes, the walkthrough gets the width
  await runPaletteCommand(page, 'View: Close Primary Side Bar');
  await runPaletteCommand(page, 'Welcome: Open Walkthrough...');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
  const button = page.locator('.getting-started-step', { hasText: step }).first();
  await button.waitFor({ timeout });
  // every step has its picture; the one of the step shown is the visible one. A click on
  // the step shown already folds it: clicked again until its picture shows.
  const image = page.locator('.getting-started-media img').filter({ visible: true }).first();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await button.click();
    if (await image.waitFor({ timeout: timeout / 3 }).then(() => true, () => false)) break;
  }
  await image.waitFor({ timeout: 1_000 });
  await page.waitForFunction((img) => img.complete, await image.elementHandle(), { timeout });
  return image.evaluate((img) => ({ src: img.getAttribute('src') ?? '', loaded: img.naturalWidth > 0, alt: img.getAttribute('alt') ?? '' }));
}
