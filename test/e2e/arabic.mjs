// The Arabic step of the e2e run: a second code-server, started with
// `--locale ar`, shows Isnad in Arabic (the status bar from the extension's
// l10n bundle, the hover and the Problems panel from the server, which the
// client tells the locale) → screenshots/hover-ar.png and problems-ar.png.
//
// code-server takes `--locale ar` only when a language pack for `ar` is
// known: without one it falls back to English for the workbench AND for
// `vscode.env.language`, so the extension would never see `ar` (tried: the
// status bar, hover and Problems stayed English). No language pack can be
// downloaded here. What code-server reads at start is `languagepacks.json`
// in the user-data folder (the cache its language pack service writes when a
// pack is installed): the step writes one naming a translation file with no
// translations. The workbench's own words then stay English (every message
// falls back to its default), while the display language, and with it the
// extension host's `vscode.env.language`, is `ar`, as with a real pack.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from './checks.mjs';
import { freePort, installVsix, makeProfile, removeProfile, startCodeServer } from './code-server.mjs';
import { goTo, newPage, openFolder, problemRows, quickOpen, screenshot, showHover, statusItem } from './workbench.mjs';
import { checkWordOrder } from './word-order.mjs';

const LANGUAGE_PACK_HASH = 'isnad-e2e-stub';

/** Registers a translation-less Arabic language pack in the profile, as its cache would record an installed one. */
export function stubArabicPack(profile) {
  const translations = join(profile.dir, 'arabic-pack', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, '{ "version": "1.0.0", "contents": {} }\n');
  const packs = {
    ar: {
      hash: LANGUAGE_PACK_HASH,
      extensions: [{ extensionIdentifier: { id: 'isnad-e2e.arabic-stub' }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: 'العربية',
    },
  };
  writeFileSync(join(profile.userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

/** 1-based line and column a couple of letters into `text` in the seed's `lines`. */
function cursorIn(lines, text) {
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in the seed`);
  return { line: index + 1, column: lines[index].indexOf(text) + 3 };
}

/**
 * For each line of the hover's markdown with Arabic in it (a paragraph holds
 * a section's lines, broken by <br>): whether its first letter is laid out
 * to the right of its last (read right to left).
 */
function paragraphsRightToLeft(hover, timeout) {
  return hover.evaluate((element) => [...element.querySelectorAll('.rendered-markdown p')].flatMap((p) => {
    const lines = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let i = 0; i < node.data.length; i += 1) {
        if (!/[\u0621-\u064a]/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        let line = lines.find((l) => Math.abs(l.top - box.top) < 6);
        if (!line) lines.push((line = { top: box.top, text: '', xs: [] }));
        line.xs.push(box.x);
        line.text += node.data[i];
      }
    }
    return lines.filter((l) => l.xs.length >= 2).map((l) => ({ text: l.text, rightToLeft: l.xs[0] > l.xs[l.xs.length - 1] }));
  }), undefined, { timeout });
}

/** The whole Arabic phase: its own profile and code-server, stopped at the end. */
export async function checkArabic(checks, browser, { vsix, seeds, article, articleLines }) {
  const profile = makeProfile();
  let server;
  try {
    const ready = await checks.check('code-server starts with --locale ar (the VSIX installed, a stub Arabic language pack registered)', async () => {
      await installVsix(profile, vsix);
      stubArabicPack(profile);
      server = await startCodeServer(profile, { port: await freePort(), locale: 'ar' });
      return server.url;
    });
    if (!ready) return;
    const page = await newPage(browser);
    await checks.check('with --locale ar the status bar speaks Arabic (the extension\'s l10n bundle)', async () => {
      await openFolder(page, server.url, seeds);
      await quickOpen(page, article);
      return statusItem(page, /إسناد · تصريحات: \d+ · بلا مصدر: \d+/, 60_000);
    });
    await checks.check('the hover on the unsourced 5200 is in Arabic, right to left', async () => {
      // the lenses first (anywhere in the article, seen or not): their arrival moves the lines, which closes a hover
      await page.locator('.monaco-editor .codelens-decoration').first().waitFor({ state: 'attached', timeout: 30_000 });
      const { line, column } = cursorIn(articleLines, '5200 جندي');
      await goTo(page, line, column);
      // measured while the hover shows (briefly: a hover that closed meanwhile is shown again), then seen
      let paragraphs = [];
      const text = await showHover(page, 'بلا مصدر', async () => {
        paragraphs = await paragraphsRightToLeft(page.locator('.monaco-editor .monaco-hover:not(.hidden)').first(), 3_000).catch(() => []);
        await screenshot(page, 'hover-ar.png');
      });
      if (!text.includes('بلا مصدر')) await screenshot(page, 'hover-ar.png');
      expect(text.includes('رقم') && text.includes('لا يقف وراءه أي متحدث أو مصدر في المقال'), `hover text: ${text || '(empty)'}`);
      expect(!/Unsourced|Figure/.test(text), `English in the hover: ${text}`);
      const wrong = paragraphs.filter((p) => !p.rightToLeft).map((p) => p.text);
      expect(paragraphs.length >= 3 && wrong.length === 0, `lines not read right to left: ${wrong.join(' | ') || `only ${paragraphs.length}`}`);
      return `${paragraphs.length} lines, each right to left; ${text.replace(/\s+/g, ' ').slice(0, 80)}`;
    });
    await page.keyboard.press('Escape');
    await checks.check('the Problems panel gives the finding in Arabic', async () => {
      const rows = await problemRows(page);
      await screenshot(page, 'problems-ar.png');
      expect(rows.some((row) => row.includes('رقم بلا مصدر «5200 جندي»')), `problems: ${rows.join(' | ') || '(none)'}`);
      return `${rows.length} problem(s)`;
    });
    await page.keyboard.press('Control+Shift+M'); // the panel away: room for the article
    await checkWordOrder(checks, page, { seeds, ui: 'Arabic', status: /إسناد · تصريحات: \d+ · بلا مصدر: \d+/ });
    await page.context().close();
  } finally {
    await server?.stop();
    if (!checks.failedSoFar()) removeProfile(profile);
    else console.log(`the Arabic code-server's profile and log kept in ${profile.dir}`);
  }
}
