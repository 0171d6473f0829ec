// Driving code-server's workbench in Chromium with the selectors that hold
// for VS Code 1.139: every wait is on a locator, with a time limit.
import { join } from 'node:path';
import { loadPlaywright, readmeImages, screenshots } from './tools.mjs';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
export const viewport = { width: 1400, height: 900 };

/** `extraArgs`: e.g. --ignore-certificate-errors, for the loopback server of the README's pictures (its certificate is its own). */
export function launchBrowser(extraArgs = []) {
  const { chromium } = loadPlaywright();
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs], timeout: 60_000 });
}

/** Hover text uses non-breaking spaces; compare on plain ones. */
export function plain(text) {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

export async function newPage(browser) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

export async function openFolder(page, serverUrl, folder) {
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Runs a command from the palette by its exact title. */
export async function runPaletteCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

export async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(fileName);
  // the row of that very file, clicked: Enter would take whichever row has the focus (a recent file, under load)
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor();
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
}

/** Gives the keyboard to the active editor's text. */
export async function focusEditor(page) {
  await page.locator('.editor-group-container.active .monaco-editor .native-edit-context, .editor-group-container.active .monaco-editor textarea.inputarea')
    .first().focus();
}

export async function statusItem(page, text, timeout = 60_000) {
  const item = page.locator('.statusbar-item', { hasText: text }).first();
  await item.waitFor({ timeout });
  return plain(await item.innerText());
}

/** Puts the cursor at a 1-based line and column with Go to Line. */
export async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * The code lenses over the claims, once the editor shows some. Waits for a
 * visible one: the editor may keep the first lens in the page hidden (its
 * line out of view, or a widget it is about to replace), which once left a
 * run waiting 30 s on a lens that never showed while others did.
 */
export async function codeLenses(page, timeout = 30_000) {
  const lenses = page.locator('.monaco-editor .codelens-decoration');
  await page.locator('.monaco-editor .codelens-decoration >> visible=true').first().waitFor({ timeout });
  return (await lenses.allInnerTexts()).map(plain).filter(Boolean);
}

/**
 * Shows the hover at the cursor (Ctrl+K Ctrl+I) and, while it shows text
 * containing `expected`, calls `whileShown` (a screenshot). A layout change
 * (code lenses arriving) closes the hover, so it is shown again, a bounded
 * number of times. Returns the hover's text, or what it showed last.
 */
export async function showHover(page, expected, whileShown, { attempts = 3, timeout = 10_000 } = {}) {
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  let text = '';
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const shown = await hover.filter({ hasText: expected }).waitFor({ timeout }).then(() => true, () => false);
    text = plain(await hover.innerText({ timeout: 1_000 }).catch(() => text));
    if (!shown) continue;
    // Let the fade-in end so that the screenshot shows the hover at full strength.
    const settled = (element) => Promise.all(element.getAnimations({ subtree: true }).map((a) => a.finished));
    await hover.evaluate(settled, undefined, { timeout: 5_000 }).catch(() => {});
    // the hover may close while it is being photographed (a code lens arriving moves the lines): show it again
    const closedMeanwhile = await whileShown().then(() => false, async (error) => {
      if (await hover.isVisible()) throw error;
      return true;
    });
    if (!closedMeanwhile && await hover.isVisible()) return text;
  }
  return text;
}

/** Gives the Outline the whole side bar, and the side bar room for a speaker's name and role. */
async function roomForOutline(page) {
  await page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').click();
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) return;
  const edge = { x: sideBar.x + sideBar.width + 1, y: sideBar.y + sideBar.height / 2 };
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x + 260, edge.y, { steps: 5 });
  await page.mouse.up();
}

/** Focuses the Outline view and returns its labels once `expected` is among them. */
export async function outlineLabels(page, expected, timeout = 30_000) {
  await runPaletteCommand(page, 'Explorer: Focus on Outline View');
  await roomForOutline(page);
  const labels = page.locator('.outline-tree .monaco-list-row .label-name');
  await labels.filter({ hasText: expected }).first().waitFor({ timeout }).catch(() => {});
  return (await labels.allInnerTexts()).map(plain);
}

/** Opens the Problems panel and returns the text of its problem rows. */
export async function problemRows(page, timeout = 30_000) {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
  await rows.first().waitFor({ timeout }).catch(() => {});
  return (await rows.allInnerTexts()).map(plain);
}

export function screenshot(page, name) {
  return page.screenshot({ path: join(screenshots, name) });
}

/**
 * A picture for the extension's page (EXTENSION.md, shipped in the VSIX):
 * the part of the screen `box` covers ({x, y, width, height}), into
 * images/readme/. Taken by every run, so it shows the extension as it is.
 */
export async function readmeShot(page, name, box) {
  const { width, height } = page.viewportSize();
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const clip = { x, y, width: Math.min(width - x, Math.ceil(box.width)), height: Math.min(height - y, Math.ceil(box.height)) };
  await page.screenshot({ path: join(readmeImages, name), clip });
}

/** The box of the first element `selector` matches. */
export async function boxOf(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box;
}
