// The in-editor mocha suite (test/vscode/) inside code-server's extension
// host: the workbench loads the extension from the repository and the suite
// from its bundle when the URL carries a development payload, and reports the
// host's output and the suite's exit code through two page functions.
import { format } from 'node:util';
import { newPage } from './workbench.mjs';

function developmentUrl(serverUrl, { folder, extensionPath, testsPath }) {
  // code-server's remote authority is literally "remote".
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${extensionPath}`],
    ['extensionTestsPath', `vscode-remote://remote${testsPath}`],
  ];
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

// The host forwards console calls as they were made: a format string and its values.
function logLine(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

// The gallery lookup fails without network; its stack trace says nothing about Isnad.
const harmless = /ENOTFOUND open-vsx\.org/;

/** Resolves with the suite's exit code (0 when every test passed). */
export async function runEditorSuite(browser, serverUrl, paths, timeoutMs = 180_000) {
  const page = await newPage(browser);
  let finish;
  const exited = new Promise((resolve) => { finish = resolve; });
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const text = logLine(args);
    if (harmless.test(text)) return;
    for (const line of text.split('\n')) console.log(`    | ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the in-editor suite did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await page.goto(developmentUrl(serverUrl, paths), { timeout: 60_000 });
    return await Promise.race([exited, timedOut]);
  } finally {
    clearTimeout(timer);
    await page.context().close();
  }
}
