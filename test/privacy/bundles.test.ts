// Nothing Isnad ships can reach the network: the built bundles (dist/*.js)
// are scanned for the modules and globals that could. Each module of a
// bundle is known by the path esbuild writes above it, so every allowed
// occurrence is pinned to one file of one package, with the reason it is
// harmless, rather than whitelisted by name.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildServer } from '../lsp/client.js';

const DIST = join(ROOT, 'dist');
const NETWORK_MODULES = ['http', 'https', 'net', 'dns', 'tls', 'http2', 'undici', 'dgram'];
const LOADS = new RegExp(`\\b(?:require|import)\\(\\s*["'\`](?:node:)?(${NETWORK_MODULES.join('|')})["'\`]\\s*\\)`, 'g');
/** The global fetch (called bare or through globalThis), never a method of the same name (`this.fetch(`, `async fetch(p) {`). */
const GLOBALS = /(?<![\w$.#])fetch\(|\b(?:globalThis|self|window)\.fetch\b|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b/g;
/** `async fetch(params) {` in a class body: a definition, not a call. */
const isMethodDefinition = (line: string, at: number): boolean =>
  /(?:^|[\s;{}])(?:async\s+)?$/.test(line.slice(0, at)) && /^fetch\([^)]*\)\s*\{/.test(line.slice(at));

/**
 * vscode-jsonrpc's node transports: the pipe and socket ones load `net`.
 * The server takes them only when started with --pipe or --socket (a local
 * pipe, or a socket to 127.0.0.1 that the editor listens on); Isnad's client
 * starts it with --node-ipc and the tests and other editors with --stdio.
 * The client bundles the same file for the same transports, which it does
 * not use (TransportKind.ipc, checked below).
 */
const JSONRPC_TRANSPORTS = 'node_modules/vscode-jsonrpc/lib/node/main.js';
/**
 * @vscode/l10n fetches a bundle when `config` is given an http URI; the
 * client gives it the contents VS Code already loaded (checked below).
 */
const L10N = 'node_modules/@vscode/l10n/dist/main.js';
const ALLOWED: Record<string, { module: string; load: string }[]> = {
  'cli.js': [],
  'worker.js': [],
  // the importer (host/import), loaded by cli.js and server.js only to import pages and documents
  'import.js': [],
  'server.js': [{ module: JSONRPC_TRANSPORTS, load: 'net' }],
  'extension.js': [{ module: L10N, load: 'fetch(' }, { module: JSONRPC_TRANSPORTS, load: 'net' }],
};

interface Hit { module: string; what: string; line: number }

/** The bundle's lines, each with the source file esbuild says it comes from. */
function modulesOf(bundle: string): { module: string; line: string; n: number }[] {
  let module = '(bundle)';
  return bundle.split('\n').map((line, i) => {
    // esbuild names each file by its path from the project (through ../ when node_modules is a link)
    const header = /^\s*\/\/ (?:\S*?\/)?((?:node_modules|server\/src|client\/src)\/\S+)$/.exec(line);
    if (header) module = header[1]!;
    return { module, line, n: i + 1 };
  });
}

/**
 * Modules that declare a function of their own named fetch (domutils' feeds.js
 * reads a feed's elements with `function fetch(tagName, where, recurse)`):
 * in them, a bare `fetch(` calls that function, which shadows the global.
 */
function ownFetch(lines: ReturnType<typeof modulesOf>): Set<string> {
  return new Set(lines.filter(({ line }) => /^\s*function fetch\(/.test(line)).map(({ module }) => module));
}

function scan(bundle: string): Hit[] {
  const lines = modulesOf(bundle);
  const shadowed = ownFetch(lines);
  return lines.flatMap(({ module, line, n }) => [
    ...[...line.matchAll(LOADS)].map((m) => ({ module, what: m[1]!, line: n })),
    ...[...line.matchAll(GLOBALS)]
      .filter((m) => !isMethodDefinition(line, m.index) && !(m[0] === 'fetch(' && shadowed.has(module)))
      .map((m) => ({ module, what: m[0], line: n })),
  ]);
}

before(() => buildServer());

test('the bundles load no network module and use no network global, but for the allowed transport code', () => {
  const bundles = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  assert.deepEqual(bundles.sort(), Object.keys(ALLOWED).sort());
  for (const name of bundles) {
    const hits = scan(readFileSync(join(DIST, name), 'utf8'));
    const found = hits.map(({ module, what }) => ({ module, load: what }));
    assert.deepEqual(found, ALLOWED[name], `${name}: ${JSON.stringify(hits)}`);
  }
});

test('in the transport code, net only ever makes a local pipe or a socket to 127.0.0.1', () => {
  for (const name of ['server.js', 'extension.js']) {
    const lines = modulesOf(readFileSync(join(DIST, name), 'utf8')).filter((l) => l.module === JSONRPC_TRANSPORTS);
    const uses = lines.flatMap((l) => [...l.line.matchAll(/\bnet_1\.(\w+)\)?\(([^)]*)\)/g)].map((m) => `${m[1]}(${m[2]})`));
    assert.ok(uses.length > 0, `${name}: the transport module is not where it was`);
    for (const use of uses) {
      assert.match(use, /^createServer\(|^createConnection\(pipeName\)$|^createConnection\(port, "127\.0\.0\.1"\)$/, `${name}: ${use}`);
    }
  }
});

test('the client configures @vscode/l10n with bundle contents, never a URI to fetch', () => {
  const sources = readdirSync(join(ROOT, 'client', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(ROOT, 'client', 'src', f), 'utf8'));
  const calls = sources.flatMap((s) => [...s.matchAll(/\bl10n\.config\(([^)]*)\)/g)].map((m) => m[1]!));
  assert.ok(calls.length > 0);
  for (const args of calls) assert.match(args, /^\{ contents: /);
});

test('the client starts the server over IPC, never a socket or a pipe', () => {
  const client = readFileSync(join(ROOT, 'client', 'src', 'client.ts'), 'utf8');
  const kinds = [...client.matchAll(/TransportKind\.(\w+)/g)].map((m) => m[1]);
  assert.ok(kinds.length > 0);
  assert.deepEqual([...new Set(kinds)], ['ipc']);
});
