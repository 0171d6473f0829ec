// npm run test:vscode: the in-editor suite in a downloaded VS Code, through
// @vscode/test-electron, with the seeds folder open and other extensions off.
// Machines that cannot reach update.code.visualstudio.com fail here at once;
// there, npm run test:e2e runs the very same suite inside code-server.
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
  const extensionTestsPath = await buildSuite();
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [join(root, 'seeds'), '--disable-extensions', '--disable-workspace-trust'],
    });
    console.log('test:vscode: PASS (in-editor suite)');
  } catch (error) {
    console.error(explain(error));
    process.exit(1);
  }
}

function explain(error) {
  if (error instanceof TestRunFailedError) return `test:vscode: FAIL: the in-editor suite failed (exit code ${error.code ?? error.signal})`;
  const text = String(error?.message ?? error);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|download/i.test(text)) {
    return `test:vscode: FAIL: could not download VS Code (${text}).\n` +
      'This machine cannot reach the VS Code download servers; `npm run test:e2e` runs the same suite inside code-server.';
  }
  return `test:vscode: FAIL: ${text}`;
}

await main();
