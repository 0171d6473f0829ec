// The entry point the extension host loads (through @vscode/test-electron, or
// code-server's smoke-test driver in the e2e run): runs every bundled
// *.test.js beside it with mocha and rejects when any test fails, which is
// how the host learns the exit code.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  // The timeout only bounds a hung test; each test waits on events.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
      else resolve();
    });
  });
}
