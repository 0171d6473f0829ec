// The import step of the e2e run: "Isnad: Import Article…" in the editor on a
// saved web page and on a Word document (both made by
// test/host/import/write-samples.ts) in a temp newsroom folder with an
// isnad.yaml. Each is opened in the editor and the command run from the
// palette; the article file must appear with its title on the first line,
// its metadata in isnad.yaml, and the article open in the editor with the
// Isnad status bar on it → screenshots/import.png. Every wait is bounded.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from './checks.mjs';
import { root, runCommand } from './tools.mjs';
import { newPage, openFolder, screenshot, statusItem } from './workbench.mjs';

const PAGE = 'water-ministry-plan.html';
const DOC = 'eastern-countryside-water.docx';

async function fileHolds(path, text, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path) && readFileSync(path, 'utf8').includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} did not come to hold "${text}" within ${timeoutMs / 1000} s`);
}

async function newsroom() {
  const folder = join(mkdtempSync(join(tmpdir(), 'isnad-e2e-import-')), 'newsroom');
  mkdirSync(folder);
  writeFileSync(join(folder, 'isnad.yaml'), '# the desk\nrules:\n  unsourced-figure: warning\n');
  await runCommand(process.execPath, ['--import', 'tsx', join(root, 'test', 'host', 'import', 'write-samples.ts'), folder], { timeoutMs: 60_000, env: process.env });
  return folder;
}

/**
 * Picks `text` in the quick input that `key` opens (Ctrl+P: a file, F1: a
 * command), again if the widget did not open or list it in time: an editor
 * just opened (a binary file's placeholder) can swallow the first key on a
 * busy machine.
 */
async function quickPick(page, key, text, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type(text);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Opens `name` by quick open until its tab is the active one: on a busy
 * machine the workbench may take the Enter and still not open a binary
 * file's placeholder (a .docx), and a second pick opens it.
 */
async function openFile(page, name, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    await quickPick(page, 'Control+P', name);
    try {
      await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 20_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Opens `name` and runs Import Article… on it until `yaml` holds `entry`:
 * the extension host may hear of the newly active tab a moment after the
 * workbench shows it, and then the command asks for files instead (its open
 * dialog is closed with Escape, and the command run again).
 */
async function importOpen(page, name, yaml, entry, attempts = 3) {
  await openFile(page, name);
  for (let attempt = 1; ; attempt++) {
    await quickPick(page, 'F1', 'Isnad: Import Article…');
    try {
      await fileHolds(yaml, entry, 15_000);
      return attempt;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

export async function checkImport(checks, browser, server) {
  let folder;
  const page = await newPage(browser);
  try {
    await checks.check('"Isnad: Import Article…" on a saved web page writes the article and its metadata, and opens it', async () => {
      folder = await newsroom();
      await openFolder(page, server.url, folder);
      await importOpen(page, PAGE, join(folder, 'isnad.yaml'), 'water-ministry-plan.txt:');
      const article = join(folder, 'water-ministry-plan.txt');
      const yaml = readFileSync(join(folder, 'isnad.yaml'), 'utf8');
      expect(yaml.startsWith('# the desk\n') && yaml.includes('published: 2024-03-02') && yaml.includes('outlet: أخبار المثال') &&
        yaml.includes('url: https://news.example.org/politics/2024/03/02/water-ministry-plan'), `isnad.yaml: ${yaml}`);
      const first = readFileSync(article, 'utf8').split('\n')[0];
      expect(first === 'الوزارة تعلن خطة لبناء ثلاثة سدود', `first line: ${first}`);
      await page.locator('.tabs-container .tab.active', { hasText: 'water-ministry-plan.txt' }).waitFor({ timeout: 20_000 });
      return await statusItem(page, /Isnad: \d+ claims? · \d+ unsourced/, 30_000);
    });
    await checks.check('and on a Word document: the title property on the first line, the quotation in marks, the author in isnad.yaml (screenshots/import.png)', async () => {
      await importOpen(page, DOC, join(folder, 'isnad.yaml'), 'eastern-countryside-water.txt:');
      const text = readFileSync(join(folder, 'eastern-countryside-water.txt'), 'utf8');
      expect(text.startsWith('تقرير: المياه في الريف الشرقي\n') && text.includes('«لم نرَ موسماً بهذا الجفاف منذ عشرين عاماً»'), `article: ${text}`);
      await page.locator('.tabs-container .tab.active', { hasText: 'eastern-countryside-water.txt' }).waitFor({ timeout: 20_000 });
      await statusItem(page, /Isnad: \d+ claims? · \d+ unsourced/, 30_000);
      // the folder as the reviewer sees it: both articles beside their sources in the Explorer, the imported one open
      await screenshot(page, 'import.png');
      return `${text.split('\n').length - 1} lines`;
    });
  } finally {
    await page.context().close();
    if (folder) rmSync(dirname(folder), { recursive: true, force: true });
  }
}
