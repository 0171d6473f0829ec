// The extension's page of a VSIX packaged the default way, with no https
// address for its pictures (a release that has no host for them), and why it
// has no pictures: in a profile of its own, beside Isnad so packaged, a
// one-page extension whose README holds a data: PNG (vsce takes one with
// --no-rewrite-relative-links). VS Code's extension page keeps an image's
// source only when it is http or https (its sanitizer, domSanitize.ts, as
// markdownDocumentRenderer.ts calls it for the page), so the probe's picture
// must show with no source: the day it loads, VS Code shows pictures shipped
// inside a VSIX and `npm run package` should put them there by default
// (scripts/readme-pictures.mjs). → screenshots/extension-page-default.png,
// screenshots/extension-page-data-uri.png.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from './checks.mjs';
import { freePort, installVsix, makeProfile, removeProfile, startCodeServer } from './code-server.mjs';
import { extensionPage } from './views.mjs';
import { root, runCommand, toolsDir } from './tools.mjs';
import { newPage, openFolder, plain, screenshot } from './workbench.mjs';

const PROBE = 'Isnad Data Picture Probe';
const TITLE = 'Isnad — who said what, and when, in Arabic news';

/** npm run package, as a release would run it: no --images-url. */
export async function packageDefault(out) {
  await runCommand('npm', ['run', 'package', '--', '--out', out], { timeoutMs: 180_000 });
}

/** A VSIX whose README is one data: PNG (one of images/readme/), packaged by the vsce `npm run package` installed. */
export async function packageProbe(out) {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-e2e-probe-'));
  try {
    const png = readFileSync(join(root, 'images', 'readme', 'problems.png')).toString('base64');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({
      name: 'data-picture-probe', displayName: PROBE, publisher: 'isnad-e2e', version: '0.0.1', license: 'MIT',
      description: 'A README with a picture in a data: URI', engines: { vscode: '^1.90.0' },
    }));
    writeFileSync(join(dir, 'LICENSE'), 'MIT');
    writeFileSync(join(dir, 'README.md'), `# ${PROBE}\n\n![The Problems panel, as a data: URI](data:image/png;base64,${png})\n`);
    const vsce = join(toolsDir, 'package-tools', 'node_modules', '@vscode', 'vsce', 'vsce');
    await runCommand('node', [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out],
      { timeoutMs: 120_000, cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function checkReadmePages(checks, browser, { vsix, probe }) {
  const profile = makeProfile();
  let server;
  let page;
  try {
    await checks.check('the VSIX packaged the default way (no https address for its pictures) and a data: picture probe install; a window opens on them', async () => {
      await installVsix(profile, vsix);
      await installVsix(profile, probe);
      server = await startCodeServer(profile, { port: await freePort() });
      page = await pageOn(browser, server);
    });
    if (!page) return;
    try {
      await checks.check('packaged the default way, the extension\'s page is EXTENSION.md with no picture to show broken, pointing to the walkthrough', async () => {
        const pictures = await extensionPage(page, 'Isnad', { heading: TITLE });
        const readme = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
        const text = plain(await readme.locator('body').innerText());
        await screenshot(page, 'extension-page-default.png');
        expect(pictures.length === 0, `${pictures.length} pictures: ${pictures.map((p) => p.alt).join(' | ')}`);
        expect(text.includes('See it in pictures: Help → Welcome → Review Arabic news with Isnad'), 'no word of the walkthrough');
        return `"${TITLE}", no picture, the walkthrough named`;
      });
      // the same window: the probe's page replaces Isnad's
      await checks.check('the extension\'s page drops a picture shipped in a data: URI (VS Code keeps https sources only): why the default has none', async () => {
        const pictures = await extensionPage(page, PROBE, { heading: PROBE });
        await screenshot(page, 'extension-page-data-uri.png');
        expect(pictures.length === 1, `${pictures.length} pictures`);
        const [picture] = pictures;
        expect(!picture.loaded, 'the data: picture loaded: VS Code now shows pictures shipped inside a VSIX; package them so by default');
        return `"${picture.alt}": its source ${picture.src ? `kept (${picture.src.slice(0, 30)}…) but not loaded` : 'dropped by the page'}`;
      });
    } finally {
      await page.context().close();
    }
  } finally {
    await server?.stop();
    removeProfile(profile);
  }
}

/** A window of its own (the page's webview went away in a window that had shown others: run.mjs), on a folder with no article to read. */
async function pageOn(browser, server) {
  const folder = mkdtempSync(join(tmpdir(), 'isnad-e2e-readme-'));
  writeFileSync(join(folder, 'notes.md'), '# Notes\n');
  const page = await newPage(browser);
  page.once('close', () => rmSync(folder, { recursive: true, force: true }));
  try {
    await openFolder(page, server.url, folder);
  } catch (error) {
    await page.context().close();
    throw error;
  }
  return page;
}
