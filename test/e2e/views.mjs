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

/**
 * "Isnad: Show Related Claims" at the cursor: the peek view with the claims
 * of other articles; resolves with its rows' text once one names `expected`.
 */
export async function peekRelated(page, expected, timeout = 20_000) {
  await runPaletteCommand(page, 'Isnad: Show Related Claims');
  const rows = page.locator('.peekview-widget .monaco-list-row');
  await rows.filter({ hasText: expected }).first().waitFor({ timeout });
  return (await rows.allInnerTexts()).map(plain);
}

/**
 * The extension's page in the Extensions view: its README (EXTENSION.md) in
 * the page's webview; resolves with its images, each with whether it loaded.
 */
export async function extensionPage(page, name, timeout = 30_000) {
  await page.keyboard.press('Control+Shift+X');
  // the view's search box has the focus: the installed extensions only (there is no gallery offline)
  await page.locator('.extensions-viewlet .suggest-input-container').first().waitFor({ timeout });
  await page.keyboard.type('@installed ');
  const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout });
  await page.keyboard.press('Escape'); // the search box's suggestions, over the list
  await row.click();
  const readme = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await readme.locator('img').first().waitFor({ state: 'attached', timeout });
  const images = readme.locator('img');
  // wait for each to finish loading (or the timeout: a request that never ends), then tell which did
  await images.evaluateAll((all, ms) => Promise.race([
    Promise.all(all.map((img) => (img.complete ? null : new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    })))),
    new Promise((resolve) => { setTimeout(resolve, ms); }),
  ]), timeout);
  return images.evaluateAll((all) => all.map((img) => ({ src: img.getAttribute('src') ?? '', loaded: img.complete && img.naturalWidth > 0 })));
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
