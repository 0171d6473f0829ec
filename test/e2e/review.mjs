// The review step of the e2e run: "Mark as sourced…" applied through the UI
// (Ctrl+. on the unsourced 5200 in 001, a source typed into the input box,
// Enter), then the hover on 5200 showing the decision → screenshots/review.png.
// It works on a temp COPY of seeds/ (the decision is written into the
// folder's isnad.yaml, and the run must never write one into the repository),
// in a page of its own; every wait is bounded.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from './checks.mjs';
import { seeds } from './tools.mjs';
import { codeLenses, goTo, newPage, openFolder, quickOpen, screenshot, showHover, statusItem } from './workbench.mjs';

const SOURCE = 'وزارة الدفاع الأمريكية، بيان 20 كانون الثاني 2020';

/** A folder named seeds (the name makes its .txt files news articles) in a new temp folder. */
function copySeeds() {
  const copy = join(mkdtempSync(join(tmpdir(), 'isnad-e2e-review-')), 'seeds');
  mkdirSync(copy);
  for (const name of readdirSync(seeds)) if (statSync(join(seeds, name)).isFile()) copyFileSync(join(seeds, name), join(copy, name));
  return copy;
}

/** 1-based line and column a couple of characters into the first `text` of the file. */
function cursorOn(path, text) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in ${path}`);
  return { line: index + 1, column: lines[index].indexOf(text) + 3 };
}

/** Resolves once `path` holds `text`, or rejects after `timeoutMs`. */
async function fileHolds(path, text, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path) && readFileSync(path, 'utf8').includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} did not come to hold "${text}" within ${timeoutMs / 1000} s`);
}

const snapshot = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

async function markAsSourced(page, copy, article) {
  const { line, column } = cursorOn(join(copy, article), '5200 جندي');
  await goTo(page, line, column);
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Mark as sourced' }).first();
  await fix.waitFor({ timeout: 15_000 });
  await fix.click();
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await page.keyboard.type(SOURCE);
  await page.keyboard.press('Enter');
  await fileHolds(join(copy, 'isnad.yaml'), 'decision: sourced');
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'detached', timeout: 15_000 });
  return statusItem(page, /Isnad: \d+ claims? · 0 unsourced/, 15_000);
}

export async function checkReview(checks, browser, server) {
  const copy = copySeeds();
  const article = readdirSync(copy).find((name) => name.startsWith('001_'));
  const before = snapshot(join(seeds, 'isnad.yaml'));
  const page = await newPage(browser);
  try {
    await checks.check('"Mark as sourced…" through the lightbulb (Ctrl+.) on 5200 writes the decision into a copy of the seeds', async () => {
      await openFolder(page, server.url, copy);
      await quickOpen(page, article);
      await statusItem(page, /Isnad: \d+ claims? · 1 unsourced/, 30_000);
      await codeLenses(page); // they shift the lines when they arrive: wait for them first
      const status = await markAsSourced(page, copy, article);
      const yaml = readFileSync(join(copy, 'isnad.yaml'), 'utf8');
      expect(yaml.includes('figure: 5200 جندي') && yaml.includes(SOURCE), `isnad.yaml: ${yaml}`);
      return `status bar: ${status}`;
    });
    await checks.check('the hover on 5200 shows the decision (screenshots/review.png)', async () => {
      const { line, column } = cursorOn(join(copy, article), '5200 جندي');
      await goTo(page, line, column);
      const text = await showHover(page, 'Reviewed', () => screenshot(page, 'review.png'));
      if (!text.includes('Reviewed')) await screenshot(page, 'review.png'); // to see what showed instead
      expect(text.includes('marked as sourced') && text.includes('وزارة الدفاع الأمريكية'), `hover text: ${text || '(empty)'}`);
      return text.replace(/\s+/g, ' ').slice(0, 160);
    });
    await checks.check('the repository\'s seeds/ has no new or changed isnad.yaml', () => {
      expect(snapshot(join(seeds, 'isnad.yaml')) === before, 'seeds/isnad.yaml changed');
    });
  } finally {
    await page.context().close();
    rmSync(dirname(copy), { recursive: true, force: true });
  }
}
