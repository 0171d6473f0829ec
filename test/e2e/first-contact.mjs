// First contact: a new user opens an ordinary folder of Arabic articles (not
// named seeds, no isnad.yaml, file names of their own) and gets to the hover
// in one step, opening a file: it opens as a news article (recognised by its
// Arabic), Isnad reads it, and the hover on a quotation names its speaker
// → screenshots/first-contact.png. Works on a temp copy, in a page of its own.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from './checks.mjs';
import { seeds } from './tools.mjs';
import { goTo, newPage, openFolder, quickOpen, screenshot, showHover, statusItem } from './workbench.mjs';
import { marksDrawn } from './word-order.mjs';

/** Two seeds under names a newsroom might give them, in a folder of no special name. */
function ordinaryFolder() {
  const folder = join(mkdtempSync(join(tmpdir(), 'isnad-e2e-first-')), 'articles');
  mkdirSync(folder);
  const seed = (prefix) => readdirSync(seeds).find((name) => name.startsWith(prefix));
  copyFileSync(join(seeds, seed('001_')), join(folder, 'jeffrey-press-conference.txt'));
  copyFileSync(join(seeds, seed('000_')), join(folder, 'coalition-iraq.txt'));
  return folder;
}

export async function checkFirstContact(checks, browser, server) {
  const folder = ordinaryFolder();
  const article = join(folder, 'jeffrey-press-conference.txt');
  const page = await newPage(browser);
  try {
    await checks.check('an ordinary folder of Arabic .txt articles: the file opened is a news article, Isnad reads it, its hover names the speaker', async () => {
      await openFolder(page, server.url, folder);
      await quickOpen(page, 'jeffrey-press-conference.txt');
      await statusItem(page, 'News article', 30_000);
      const status = await statusItem(page, /Isnad: \d+ claims? · \d+ unsourced/, 60_000);
      await marksDrawn(page);
      const lines = readFileSync(article, 'utf8').split('\n');
      const index = lines.findIndex((line) => line.includes('بمرور الوقت'));
      await goTo(page, index + 1, lines[index].indexOf('بمرور الوقت') + 3);
      const text = await showHover(page, 'جيفري', () => screenshot(page, 'first-contact.png'));
      expect(text.includes('جيفري') && text.includes('Claim'), `hover text: ${text || '(empty)'}`);
      return `${status}; hover: ${text.replace(/\s+/g, ' ').slice(0, 100)}`;
    });
  } finally {
    await page.context().close();
    rmSync(dirname(folder), { recursive: true, force: true });
  }
}
