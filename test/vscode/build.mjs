// Bundles the in-editor suite for the extension host: the entry point
// (suite/index.ts) and each suite/*.test.ts, into test/vscode/out/suite/.
// `vscode` comes from the host and `mocha` from node_modules, so that the
// tests and the runner share one mocha. Kept out of dist/ so that the VSIX
// never carries tests.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const suiteEntry = join(here, 'out', 'suite', 'index.js');

export async function buildSuite() {
  const sources = join(here, 'suite');
  const entries = readdirSync(sources)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(sources, name));
  await build({
    entryPoints: entries,
    outdir: join(here, 'out', 'suite'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suiteEntry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSuite();
