// Bundles each entry point into dist/. Entries whose source does not exist yet are skipped,
// so the CLI builds on its own.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  // the worker threads of the pool (server/src/host/pool), started by cli.js and server.js
  { in: 'server/src/host/pool/entry.ts', out: 'dist/worker.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  // importing pages and Word documents (host/import), loaded by cli.js and server.js only when asked to import
  { in: 'server/src/host/import/index.ts', out: 'dist/import.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];
const production = process.argv.includes('--production');

/**
 * The importer's HTML, CSS and Word parsers are a quarter of the server's bundle, and every start would read
 * and compile them for a command seldom run: cli.js and server.js load dist/import.js when they import.
 */
const importerApart = {
  name: 'importer-apart',
  setup(b) {
    b.onResolve({ filter: /\/host\/import\/index\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './import.js', external: true } : undefined);
  },
};

for (const e of entries.filter((x) => existsSync(x.in))) {
  await build({
    entryPoints: [e.in],
    outfile: e.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    logLevel: 'warning',
    plugins: e.out === 'dist/import.js' ? [] : [importerApart],
    // Arabic as it is, not as \uXXXX escapes: the lexicons make a third of the bundle, which every process
    // (the CLI, each worker, the server) reads and parses at start; escaped, it was 5.2 MB, now 3.6 MB
    charset: 'utf8',
  });
}
