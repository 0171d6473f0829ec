// No byte leaves the machine: the CLI and the server run on the seeds with
// every way out to the network made to fail and recorded (deny-network.js,
// preloaded with --require); none may have been tried. The server talks over
// stdio, which needs no connection.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver';
import { LspClient, ROOT, SEEDS, SEED_FILES, buildServer, positionOf } from '../lsp/client.js';

const DENY = join(__dirname, 'deny-network.js');
let dir: string;
let log: string;
let guarded: string;

before(() => {
  buildServer();
  dir = mkdtempSync(join(tmpdir(), 'isnad-offline-'));
  cpSync(SEEDS, join(dir, 'seeds'), { recursive: true });
  log = join(dir, 'network.log');
  guarded = join(dir, 'guarded.log');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const lines = (file: string): string[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : []);
const attempts = (): string[] => lines(log);

/** Runs `node --require deny-network.js` with the network log in the environment. */
function denied(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--require', DENY, ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, ISNAD_NETWORK_LOG: log, ISNAD_GUARDED_LOG: guarded }, maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the guard works: every way out is refused and recorded', () => {
  const probe = `
    const tries = [() => fetch('http://example.org'), () => require('https').get('https://example.org'),
      () => require('dns').lookup('example.org', () => {}), () => require('net').connect(80, 'example.org'),
      () => require('tls').connect(443, 'example.org')];
    let refused = 0;
    for (const t of tries) { try { t(); } catch { refused++; } }
    process.stdout.write(String(refused));`;
  const r = denied(['-e', probe]);
  assert.equal(r.stdout, '5', r.stderr);
  assert.deepEqual(attempts(), ['fetch', 'https.get', 'dns.lookup', 'net.connect', 'tls.connect']);
  rmSync(log);
});

test('the CLI analyses and checks the seeds without trying the network', () => {
  const cli = join(ROOT, 'dist', 'cli.js');
  const check = denied([cli, 'check', join(dir, 'seeds'), '--format', 'sarif']);
  assert.equal(check.code, 1, check.stderr);
  assert.ok(JSON.parse(check.stdout).runs[0].results.length > 0);
  const analyze = denied([cli, 'analyze', join(dir, 'seeds'), '--format', 'jsonl']);
  assert.equal(analyze.code, 0, analyze.stderr);
  assert.equal(analyze.stdout.trim().split('\n').length, SEED_FILES.length);
  assert.deepEqual(attempts(), []);
  assert.deepEqual(lines(guarded).filter((s) => s.endsWith('cli.js')).length, 2, 'both runs were guarded');
});

test('the server indexes the seeds and answers over stdio without trying the network', async () => {
  const saved = { ...process.env };
  process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --require ${DENY}`.trim();
  process.env.ISNAD_NETWORK_LOG = log;
  process.env.ISNAD_GUARDED_LOG = guarded;
  try {
    const client = await LspClient.start({ root: join(dir, 'seeds') });
    await client.indexed();
    const { uri, text } = await client.open(join(dir, 'seeds', SEED_FILES[1]!));
    assert.ok((await client.diagnostics(uri)).length > 0);
    const position = positionOf(text, '5200');
    assert.ok(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));
    await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.ok((await client.request<unknown[]>('workspace/symbol', { query: '' })).length > 0);
    await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(await client.stop(), 0);
  } finally {
    process.env = saved;
  }
  assert.deepEqual(attempts(), []);
  assert.ok(lines(guarded).some((s) => s.endsWith(join('dist', 'server.js'))), 'the server ran guarded');
});
