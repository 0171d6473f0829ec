// The built bundles the CLI and protocol tests run, rebuilt when older than
// the sources (so a test never runs yesterday's dist/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const SERVER = join(ROOT, 'dist', 'server.js');

function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? newest(p) : statSync(p).mtimeMs;
  }));
}

/** Runs esbuild.mjs when a bundle is missing or older than server/src. */
export function ensureBuilt(): void {
  const sources = newest(join(ROOT, 'server', 'src'));
  if ([CLI, SERVER].every((b) => existsSync(b) && statSync(b).mtimeMs >= sources)) return;
  const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, `build failed: ${built.stderr}`);
}
