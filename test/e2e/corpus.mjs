// npm run test:e2e:corpus: Isnad on a real folder, 2,000 SaudiNewsNet
// articles (../shared/corpus, research use only: extracted to a temp folder,
// never into the project), in code-server as a reviewer would open it. It
// reads what the Problems panel, the Isnad view and the timeline show, prints
// the numbers, and saves screenshots under test/e2e/screenshots/*-2000.png.
// Not part of CI (it needs ../shared); run it after `npm run test:e2e` has
// installed the tools.
//
//   node test/e2e/corpus.mjs [--articles N] [--folder DIR]
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createChecks, expect } from './checks.mjs';
import { freePort, installVsix, makeProfile, removeProfile, startCodeServer } from './code-server.mjs';
import { root, runCommand, toolEnv, toolsDir } from './tools.mjs';
import { isnadViewRows, openTimeline } from './views.mjs';
import { launchBrowser, newPage, openFolder, plain, problemRows, quickOpen, runPaletteCommand, screenshot, statusItem } from './workbench.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const count = Number(option('--articles', '2000'));
const folder = resolve(option('--folder', join(tmpdir(), `snn${count}`)));
const snn = join(root, '..', 'shared', 'corpus', 'snn.mjs');
const checks = createChecks();

async function extract() {
  if (existsSync(folder) && readdirSync(folder).filter((f) => f.endsWith('.txt')).length >= count) return `${folder} (already there)`;
  if (!existsSync(snn)) throw new Error(`${snn} is missing: this check needs ../shared`);
  await runCommand(process.execPath, [snn, 'extract', folder, '--limit', String(count)], { timeoutMs: 10 * 60_000, env: process.env });
  return folder;
}

/** The speakers' names on the timeline's rows, top first (an SVG text: its name follows its <title>). */
function rowNames(timeline) {
  return timeline.locator('svg.body text.label').evaluateAll((labels) => labels.map((l) => l.lastChild?.textContent ?? ''));
}

async function main() {
  await checks.check(`${count} SaudiNewsNet articles extracted to a temp folder`, extract);
  // packaged afresh: a VSIX left from another run may hold an older build
  const vsix = join(toolsDir, 'isnad-corpus.vsix');
  await checks.check('the VSIX packaged', () => runCommand('npm', ['run', 'package', '--', '--out', vsix], { timeoutMs: 300_000, env: toolEnv() }));
  const profile = makeProfile();
  let server;
  let browser;
  try {
    await installVsix(profile, vsix);
    server = await startCodeServer(profile, { port: await freePort() });
    browser = await launchBrowser();
    const page = await newPage(browser);
    const started = Date.now();
    await openFolder(page, server.url, folder);
    const first = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()[0];

    await checks.check('an article opens and Isnad reads it', async () => {
      await quickOpen(page, first);
      return statusItem(page, /Isnad: \d+ claims? · \d+ unsourced/, 120_000);
    });

    await checks.check('the Isnad view lists the articles by their unsourced figures, once the folder is read', async () => {
      const rows = await isnadViewRows(page, 'Unsourced figures', 300_000);
      const labels = (await rows.allInnerTexts()).map(plain);
      // the work list: the articles with the most unsourced figures first
      await rows.filter({ hasText: 'Unsourced figures' }).first().click();
      await rows.filter({ hasText: / unsourced$/ }).first().waitFor({ timeout: 30_000 });
      const top = (await rows.allInnerTexts()).map(plain).filter((l) => / unsourced$/.test(l)).slice(0, 3);
      await screenshot(page, 'isnad-view-2000.png');
      return `${Math.round((Date.now() - started) / 1000)} s after opening the folder: ${labels.filter((l) => /^(Speakers|Figures|Unsourced)/.test(l)).join(' · ')}`
        + `; the first articles: ${top.join(' | ')}`;
    });

    await checks.check('the Problems panel holds the open article\'s problems, not the whole folder\'s', async () => {
      const rows = await problemRows(page);
      await screenshot(page, 'problems-2000.png');
      expect(rows.length < 200, `the panel floods: ${rows.length} rows`);
      return `${rows.length} problems listed (those of the open article)`;
    });
    await page.keyboard.press('Control+J');

    await checks.check('the timeline: a plausible range, the busiest speakers first, marks with counts', async () => {
      await runPaletteCommand(page, 'View: Close All Editors');
      const timeline = await openTimeline(page, 120_000);
      const summary = plain(await timeline.locator('#summary').innerText());
      const outside = plain(await timeline.locator('#outside-text').innerText().catch(() => ''));
      const more = plain(await timeline.locator('#more').innerText().catch(() => ''));
      const names = (await rowNames(timeline)).slice(0, 8);
      const points = await timeline.locator('svg.body .pt').count();
      await screenshot(page, 'timeline-2000.png');
      return `${summary}; ${points} marks; first rows: ${names.join('، ')}; ${outside || 'nothing left out'}; ${more}`;
    });

    await checks.check('the timeline: zoom in, a speaker by a click on the name, a search', async () => {
      const timeline = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const summary = () => timeline.locator('#summary').innerText().then(plain);
      const changed = (from) => timeline.locator('#summary').filter({ hasNotText: from }).waitFor({ timeout: 30_000 });
      const whole = await summary();
      await timeline.locator('#zoom-in').click();
      await changed(whole);
      const zoomed = await summary();
      await screenshot(page, 'timeline-2000-zoom.png');
      await timeline.locator('#fit').click();
      await changed(zoomed);
      const [busiest] = await rowNames(timeline);
      await timeline.locator('svg.body text.label').first().click();
      await timeline.locator('#summary').filter({ hasText: /claims? by 1 speaker/ }).waitFor({ timeout: 30_000 });
      const bySpeaker = await summary();
      await screenshot(page, 'timeline-2000-speaker.png');
      await timeline.locator('#clear').click();
      await changed(bySpeaker);
      await timeline.locator('#query').fill('مجلس الوزراء');
      await timeline.locator('#summary').filter({ hasNotText: whole }).waitFor({ timeout: 30_000 });
      const searched = await summary();
      await screenshot(page, 'timeline-2000-search.png');
      return `zoomed in: ${zoomed}; a click on ${busiest}: ${bySpeaker}; «مجلس الوزراء»: ${searched}`;
    });
  } finally {
    await browser?.close();
    await server?.stop();
    if (!checks.failedSoFar()) removeProfile(profile);
    else console.log(`code-server's profile and log kept in ${profile.dir}`);
  }
  process.exit(checks.summary() > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
