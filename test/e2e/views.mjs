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
