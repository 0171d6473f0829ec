// npm run test:e2e: Isnad in a real VS Code (code-server from npm, Debian's
// Chromium through playwright-core). Installs the tools if missing, builds and
// packages the VSIX, installs it into a fresh profile, then reads the hover,
// the related claims' list (and the peek view), the Outline, the Problems panel, the Isnad view and the
// timeline on the seeds (saving screenshots), measures the word order of
// every row of every seed (word-order.mjs), runs the in-editor mocha suite
// inside the same code-server, records a review decision (review.mjs), opens
// an ordinary folder of Arabic articles (first-contact.mjs), shows the
// extension's page of the VSIX packaged with no host for its pictures
// (readme-page.mjs); then a second
// code-server with --locale ar shows the extension in Arabic and measures the
// word order again (arabic.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSuite, suiteEntry } from '../vscode/build.mjs';
import { createChecks, expect } from './checks.mjs';
import { freePort, installVsix, makeProfile, removeProfile, startCodeServer } from './code-server.mjs';
import { runEditorSuite } from './editor-suite.mjs';
import { checkArabic } from './arabic.mjs';
import { checkReview } from './review.mjs';
import { checkFirstContact } from './first-contact.mjs';
import { checkImport } from './import.mjs';
import { checkReadmePages, packageDefault, packageProbe } from './readme-page.mjs';
import { collapsePane, expandRow, extensionPage, isnadViewRows, openTimeline, pickRow, relatedClaimsPick, walkthroughStep } from './views.mjs';
import { checkMeasureSeesColours, checkWordOrder } from './word-order.mjs';
import { serveImages } from './images-server.mjs';
import { readmeImages, root, runCommand, screenshots, seeds, toolEnv, toolsDir } from './tools.mjs';
import {
  boxOf, codeLenses, goTo, launchBrowser, newPage, openFolder, outlineLabels, plain, problemRows, quickOpen, readmeShot, runPaletteCommand,
  screenshot, showHover, statusItem,
} from './workbench.mjs';

const runLimitMs = 12 * 60_000; // after setup; a run takes six to eight minutes, up to ten on a machine shared with other work (seen)
const checks = createChecks();
/**
 * The run's own VSIX (not ./isnad.vsix): packaged as it would be published, its README's pictures at the https
 * address of images/readme/ (here a server on loopback, images-server.mjs), so the extension's page can show them.
 */
const vsix = join(toolsDir, 'isnad-e2e.vsix');
/** Packaged as a release with no host for its pictures would be (no --images-url), and a one-picture probe: readme-page.mjs. */
const defaultVsix = join(toolsDir, 'isnad-default.vsix');
const probeVsix = join(toolsDir, 'data-picture-probe.vsix');
let images;
const cleanups = [];

async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
}

function finish() {
  const failed = checks.summary();
  process.exit(failed > 0 ? 1 : 0);
}

/** A step the rest depends on: a failure ends the run. */
async function prerequisite(name, body) {
  await checks.check(name, body);
  if (checks.failedSoFar()) {
    await cleanUp();
    finish();
  }
}

function seedNamed(prefix) {
  const name = readdirSync(seeds).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}*`);
  return name;
}

/** 1-based line and column a couple of letters into the first `text` in the seed. */
function cursorOn(seedName, text) {
  const lines = readFileSync(join(seeds, seedName), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in ${seedName}`);
  return { line: index + 1, column: lines[index].indexOf(text) + 3 };
}

async function prepare() {
  await prerequisite('tools installed (test/e2e/setup.sh)', () =>
    runCommand('bash', [join(root, 'test', 'e2e', 'setup.sh')], { timeoutMs: 20 * 60_000, env: process.env }));
  const watchdog = setTimeout(async () => {
    checks.fail(`the run ends within ${runLimitMs / 60_000} minutes of setup`, 'it did not');
    await cleanUp();
    finish();
  }, runLimitMs);
  watchdog.unref();
  await prerequisite('npm run build', () => runCommand('npm', ['run', 'build'], { timeoutMs: 120_000 }));
  await prerequisite('images/readme/ served over https on loopback, for the extension\'s page', async () => {
    images = await serveImages(root);
    cleanups.push(() => images.stop());
    return images.url;
  });
  await prerequisite('npm run package makes the VSIX, its README\'s pictures at their https address (vsce checks them)', async () => {
    const started = Date.now();
    await runCommand('npm', ['run', 'package', '--', '--out', vsix, '--images-url', images.url], { timeoutMs: 180_000, env: toolEnv() });
    expect(existsSync(vsix) && statSync(vsix).mtimeMs >= started - 1_000, `no fresh ${vsix}`);
    return `${Math.round(statSync(vsix).size / 1024)} KB`;
  });
  await checks.check('npm run package with no --images-url makes the VSIX a release with no host for its pictures would ship; and a data: picture probe', async () => {
    const started = Date.now();
    await packageDefault(defaultVsix);
    await packageProbe(probeVsix);
    expect([defaultVsix, probeVsix].every((file) => existsSync(file) && statSync(file).mtimeMs >= started - 1_000), 'no fresh VSIX');
    return `${Math.round(statSync(defaultVsix).size / 1024)} KB`;
  });
  await prerequisite('in-editor suite bundled', () => buildSuite().then(() => undefined));
}

async function startEditor() {
  const profile = makeProfile();
  cleanups.push(async () => {
    if (checks.failedSoFar()) console.log(`code-server's profile and log kept in ${profile.dir}`);
    else removeProfile(profile);
  });
  let server;
  await prerequisite('VSIX installs into a fresh code-server profile', () => installVsix(profile, vsix));
  await prerequisite('code-server answers /healthz', async () => {
    server = await startCodeServer(profile, { port: await freePort() });
    cleanups.push(() => server.stop());
    return server.url;
  });
  let browser;
  await prerequisite('Chromium starts', async () => {
    // the README's pictures come from a loopback server whose certificate is its own (images-server.mjs): a
    // browser context's ignoreHTTPSErrors did not reach the extension page's webview (tried), a browser-wide switch does
    browser = await launchBrowser(['--ignore-certificate-errors']);
    cleanups.push(() => browser.close());
  });
  return { server, browser, profile };
}

async function checkWorkbench(page, server, profile) {
  const article = seedNamed('001_');
  await prerequisite('the workbench opens seeds/', () => openFolder(page, server.url, seeds));
  await prerequisite(`quick open ${article}`, () => quickOpen(page, article));
  await checks.check('the status bar shows Isnad once the client has started', () => statusItem(page, 'Isnad'));
  await checks.check('the status bar counts the article\'s claims', () => statusItem(page, /Isnad: \d+ claims? · \d+ unsourced/, 30_000));
  // Code lenses shift the lines when they arrive, which would close a hover shown before.
  await checks.check('code lenses show over the claims', async () => {
    const lenses = await codeLenses(page);
    return `${lenses.length}, e.g. "${lenses[0]}"`;
  });
  await checks.check('a hover on the quote بمرور الوقت names جيفري', async () => {
    const { line, column } = cursorOn(article, 'بمرور الوقت');
    await goTo(page, line, column);
    const text = await showHover(page, 'جيفري', async () => {
      // the boxes first, while the hover is surely shown (a screenshot takes long enough for it to close on a loaded machine)
      const [editor, hover] = [await boxOf(page, '.part.editor'), await boxOf(page, '.monaco-editor .monaco-hover:not(.hidden)')];
      await screenshot(page, 'hover.png');
      // for the extension's page: the article around the hover
      const top = Math.max(editor.y, hover.y - 80);
      await readmeShot(page, 'hover.png', { x: editor.x, y: top, width: editor.width, height: Math.min(editor.y + editor.height, hover.y + hover.height + 200) - top });
    });
    if (!text.includes('جيفري')) await screenshot(page, 'hover.png'); // to see what showed instead
    expect(text.includes('جيفري'), `hover text: ${text || '(empty)'}`);
    return text.replace(/\s+/g, ' ').slice(0, 160);
  });
  await page.keyboard.press('Escape');
  await checks.check('"Isnad: Show Related Claims" on the quote lists the claims of the same press conference in 000, each row showing the start of its Arabic', async () => {
    const { line, column } = cursorOn(article, 'بمرور الوقت');
    await goTo(page, line, column);
    const rows = await relatedClaimsPick(page, '000');
    await screenshot(page, 'related-claims.png');
    expect(rows.length >= 5, `${rows.length} rows with Arabic: ${rows.map((r) => r.text).join(' | ')}`);
    const cut = rows.filter((r) => !r.firstVisible);
    expect(cut.length === 0, `rows whose first Arabic word is not in view: ${cut.map((r) => `${r.first} (${r.text})`).join(' | ')}`);
    const reversed = rows.filter((r) => r.outOfOrder > 0);
    expect(reversed.length === 0, `rows whose words do not run right to left: ${reversed.map((r) => r.text).join(' | ')}`);
    expect(rows.some((r) => r.text.includes('جيفري') && /2020-01-23 · 000/.test(r.description)), `rows: ${rows.map((r) => `${r.text} [${r.description}]`).join(' | ')}`);
    // choosing a claim opens its article at it
    const chosen = 'وأوضح جيفري، خلال مؤتمر صحفي';
    const target = cursorOn(seedNamed('000_'), chosen);
    await pickRow(page, chosen);
    await page.locator('.tabs-container .tab.active', { hasText: seedNamed('000_') }).waitFor();
    const cursor = await statusItem(page, new RegExp(`Ln ${target.line}, Col \\d+`), 15_000);
    const words = rows.reduce((n, r) => n + r.words, 0);
    const seen = rows.reduce((n, r) => n + r.wordsVisible, 0);
    return `${rows.length} rows, the first word of each in view, ${seen} of ${words} Arabic words in view, 0 out of order; e.g. "${rows[0].text}" [${rows[0].description}]; the choice opened 000 at ${cursor}`;
  });
  await checks.check('a code lens lists the claims it reaches the same way, and the list\'s last row shows them in the peek view, for those who want it', async () => {
    await quickOpen(page, article);
    await goTo(page, 1, 1); // the lens of the press conference is over the headline
    const lens = page.locator('.monaco-editor .codelens-decoration a', { hasText: /of the same/ }).first();
    await lens.waitFor({ timeout: 30_000 });
    const title = plain(await lens.innerText());
    const listed = await relatedClaimsPick(page, '000', { open: () => lens.click() });
    await screenshot(page, 'related-claims-lens.png');
    const cut = listed.filter((r) => !r.firstVisible || r.outOfOrder > 0);
    expect(listed.length >= 1 && cut.length === 0, `rows cut at their start or out of order: ${cut.map((r) => r.text).join(' | ') || '(no rows)'}`);
    await pickRow(page, 'Show them in the peek view');
    const rows = page.locator('.peekview-widget .monaco-list-row');
    await page.locator('.peekview-widget', { hasText: '000_' }).first().waitFor({ timeout: 20_000 });
    await page.locator('.peekview-widget .monaco-editor .view-line').first().waitFor();
    await rows.first().waitFor();
    const peeked = await rows.count();
    await screenshot(page, 'peek.png');
    await page.keyboard.press('Escape');
    return `the lens "${title}" listed ${listed.length} rows, each with its start in view; the peek view ${peeked} rows`;
  });
  await checks.check('the Outline lists the speaker جيمس جيفري', async () => {
    const labels = await outlineLabels(page, 'جيمس جيفري');
    await screenshot(page, 'outline.png');
    expect(labels.some((label) => label.includes('جيمس جيفري')), `outline: ${labels.join(' | ') || '(empty)'}`);
    return `${labels.length} rows`;
  });
  await checks.check('the Problems panel lists the unsourced 5200', async () => {
    const rows = await problemRows(page);
    await screenshot(page, 'problems.png');
    await readmeShot(page, 'problems.png', await boxOf(page, '.part.panel'));
    expect(rows.length >= 1, 'no problems listed');
    expect(rows.some((row) => /unsourced|5200/.test(row)), `problems: ${rows.join(' | ')}`);
    return `${rows.length} problem(s)`;
  });
  await checks.check('the Isnad view groups جيفري\'s claims by event; the timeline draws them and a click opens a claim', async () => {
    // Room for the view and the timeline: no Problems panel, no Outline, no editor beside the chart.
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    await collapsePane(page, 'Outline');
    await runPaletteCommand(page, 'View: Close All Editors');
    const rows = await isnadViewRows(page, 'جيمس جيفري');
    await expandRow(page, rows, 'جيمس جيفري', 'مؤتمر صحفي');
    const labels = (await expandRow(page, rows, 'مؤتمر صحفي', /\u2069\s*00[01]$/)).map((label) => label.replace(/[\u2068\u2069]/g, ''));
    expect(labels.some((label) => label.includes('2020-01-23 · مؤتمر صحفي (2 articles)')), `view: ${labels.join(' | ')}`);
    await screenshot(page, 'isnad-view.png');
    await readmeShot(page, 'isnad-view.png', await boxOf(page, '.part.sidebar'));
    const timeline = await openTimeline(page);
    const points = await timeline.locator('svg.body .pt').count();
    await timeline.locator('.pt[aria-label*="جيفري"]').first().hover();
    await timeline.locator('#tip:not([hidden])').waitFor({ timeout: 5_000 });
    await screenshot(page, 'timeline.png');
    await readmeShot(page, 'timeline.png', await boxOf(page, '.part.editor'));
    // Esper's one claim of 5 December 2019: the click opens 001 on its line.
    const { line } = cursorOn(article, 'قال وزير الدفاع الأمريكي، مارك إسبر');
    await timeline.locator('.pt[aria-label*="إسبر"]').first().click();
    const cursor = await statusItem(page, new RegExp(`Ln ${line}, Col \\d+`), 15_000);
    return `${labels.length} view rows, ${points} points; the click put the cursor at ${cursor}`;
  });
  await runPaletteCommand(page, 'View: Close All Editors');
  const status = /Isnad: \d+ claims? · \d+ unsourced/;
  await checkWordOrder(checks, page, { seeds, ui: 'English', status });
  await checkMeasureSeesColours(checks, page.context().browser(), {
    serverUrl: server.url, seeds, name: article, status, settings: join(profile.userData, 'User', 'settings.json'),
  });
  await checkFirstPages(page, server);
}

/** The walkthrough's pictures, and the extension's page: the README for users. */
async function checkFirstPages(page, server) {
  await checks.check('the Getting Started walkthrough shows its steps with their pictures', async () => {
    const image = await walkthroughStep(page, 'Review Arabic news with Isnad', 'Hover a quotation').catch(async (error) => {
      await screenshot(page, 'walkthrough.png'); // what showed instead
      throw error;
    });
    expect(image.loaded, `the step's picture did not load: ${JSON.stringify(image)}`);
    await screenshot(page, 'walkthrough.png');
    return `"${image.alt}" loaded`;
  });
  await runPaletteCommand(page, 'View: Close All Editors');
  await checks.check('the extension\'s page is the README for users (EXTENSION.md), every picture shown', async () => {
    // a window of its own: in the window that showed the timeline and the walkthrough, the page's webview went away while its pictures loaded (tried)
    const own = await newPage(page.context().browser());
    try {
      await openFolder(own, server.url, seeds);
      return await readmePage(own);
    } finally {
      await own.context().close();
    }
  });
}

/** The extension's page: EXTENSION.md, every picture loaded from its https address. */
async function readmePage(page) {
  const pictures = await extensionPage(page, 'Isnad');
  const readme = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const title = plain(await readme.locator('h1').first().innerText());
  await screenshot(page, 'extension-page.png');
  expect(title === 'Isnad — who said what, and when, in Arabic news', `the page's title: ${title}`);
  expect(pictures.length >= 4, `${pictures.length} pictures`);
  // the page shows pictures from https only: the VSIX was packaged with images/readme/'s https address
  const missing = pictures.filter((p) => !p.loaded || !p.src.startsWith(images.url));
  expect(missing.length === 0, `not shown: ${missing.map((p) => p.src || '(no source: the page dropped it)').join(', ')}`);
  return `"${title}", ${pictures.length} pictures shown, from ${images.url} (${new Set(images.served).size} files served)`;
}

async function main() {
  process.on('SIGINT', async () => { await cleanUp(); process.exit(130); });
  process.on('SIGTERM', async () => { await cleanUp(); process.exit(143); });
  mkdirSync(screenshots, { recursive: true });
  mkdirSync(readmeImages, { recursive: true });
  await prepare();
  const { server, browser, profile } = await startEditor();
  const page = await newPage(browser);
  await checkWorkbench(page, server, profile);
  await page.context().close();
  await checks.check('the in-editor mocha suite passes inside code-server', async () => {
    const code = await runEditorSuite(browser, server.url, {
      folder: seeds, extensionPath: root, testsPath: suiteEntry,
    });
    expect(code === 0, `the suite exited with ${code}`);
  });
  await checkReview(checks, browser, server);
  await checkFirstContact(checks, browser, server);
  await checkImport(checks, browser, server);
  // The English code-server goes first: the pages of the default VSIX and the Arabic phase start their own.
  await server.stop();
  await checkReadmePages(checks, browser, { vsix: defaultVsix, probe: probeVsix });
  const article = seedNamed('001_');
  await checkArabic(checks, browser, {
    vsix, seeds, article, articleLines: readFileSync(join(seeds, article), 'utf8').split('\n'),
  });
  await cleanUp();
  finish();
}

main().catch(async (error) => {
  await checks.check('the run ends without an unexpected error', () => { throw error; });
  await cleanUp();
  finish();
});
