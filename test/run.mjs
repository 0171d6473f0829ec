// Runs every *.test.ts under test/ (except the in-editor and e2e suites) with
// node's test runner, TypeScript loaded through tsx.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const skip = new Set(['vscode', 'e2e', 'fixtures', 'node_modules']);
function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return skip.has(name) || name.startsWith('.') ? [] : find(p);
    return name.endsWith('.test.ts') ? [p] : [];
  });
}
const only = process.argv.slice(2);
const files = only.length ? only : find('test').sort();
// A test that hangs fails after three minutes instead of holding CI to its limit.
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=180000', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
