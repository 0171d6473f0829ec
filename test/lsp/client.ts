// An independent LSP client for the protocol tests: starts the BUILT server
// (dist/server.js --stdio) as a child process and talks JSON-RPC to it over
// its stdin and stdout. Every wait is on a message from the server, never on
// time. The bundle is rebuilt first when it is missing or older than the sources.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Position, PublishDiagnosticsParams, Range } from 'vscode-languageserver';
import { Converter } from '../../server/src/lsp/convert.js';
import { ensureBuilt } from '../helpers/build.js';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');
const SERVER = join(ROOT, 'dist', 'server.js');

export const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
/** A seed file's absolute path by its number (0–4). */
export const seedPath = (n: number): string => join(SEEDS, SEED_FILES[n]!);
export const uriOf = (path: string): string => pathToFileURL(path).href;


/** The protocol tests start dist/server.js: build it when stale. */
export const buildServer = ensureBuilt;

/** The LSP position of the `occurrence`-th `needle` in `text`, `into` code units inside it. */
export function positionOf(text: string, needle: string, options: { occurrence?: number; into?: number } = {}): Position {
  let at = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${i} is not in the text`);
  }
  return new Converter(text).position(at + (options.into ?? 0));
}

export const offsetOf = (text: string, position: Position): number => new Converter(text).offset(position);

interface Received {
  method: string;
  params: unknown;
}

export interface StartOptions {
  root?: string;
  /** What the client answers to workspace/configuration (section isnad). */
  settings?: unknown;
  /** What the client passes as initializationOptions (the locale, the cache folder). */
  initializationOptions?: unknown;
  /** Environment variables for the server, beside this process's (ISNAD_INDEX_WORKERS). */
  env?: Record<string, string>;
  /** The client's answer to workspace/applyEdit; given, the client says it can apply edits. */
  applyEdit?: (params: unknown) => { applied: boolean; failureReason?: string };
}

export class LspClient {
  readonly received: Received[] = [];
  readonly logs: string[] = [];
  private readonly waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  private versions = new Map<string, number>();
  /** The server's answer to initialize. */
  init: InitializeResult | null = null;

  private constructor(readonly child: ChildProcessWithoutNullStreams, readonly rpc: MessageConnection) {}

  static async start(options: StartOptions = {}): Promise<LspClient> {
    buildServer();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, env: { ...process.env, ...options.env } });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, rpc);
    child.stderr.on('data', (d: Buffer) => client.logs.push(d.toString()));
    rpc.onNotification((method, params) => client.record({ method, params }));
    // the connection keeps $/progress for its own progress handlers: record it like the rest
    rpc.onNotification('$/progress', (params) => client.record({ method: '$/progress', params }));
    rpc.onRequest('window/workDoneProgress/create', () => null);
    rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings ?? null));
    rpc.onRequest('workspace/codeLens/refresh', () => { client.record({ method: 'workspace/codeLens/refresh', params: null }); return null; });
    if (options.applyEdit) {
      const answer = options.applyEdit;
      rpc.onRequest('workspace/applyEdit', (params: unknown) => { client.record({ method: 'workspace/applyEdit', params }); return answer(params); });
    }
    rpc.listen();
    const root = options.root ?? SEEDS;
    client.init = await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'seeds' }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true, codeLens: { refreshSupport: true }, ...(options.applyEdit ? { applyEdit: true } : {}) },
        textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
    });
    await rpc.sendNotification('initialized', {});
    return client;
  }

  private record(r: Received): void {
    if (r.method === 'window/logMessage') this.logs.push((r.params as { message: string }).message);
    this.received.push(r);
    for (const w of [...this.waiters]) {
      if (w.test(r)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(r);
      }
    }
  }

  /** The first notification (received already or to come) that passes `test`. */
  waitFor(test: (r: Received) => boolean): Promise<Received> {
    const seen = this.received.find(test);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** The diagnostics published for `uri` at the document's current version. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    const r = await this.waitFor((x) => {
      const p = x.params as PublishDiagnosticsParams;
      return x.method === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === version;
    });
    return (r.params as PublishDiagnosticsParams).diagnostics;
  }

  /** Settles when the server reports the end of its folder indexing. */
  indexed(): Promise<Received> {
    return this.waitFor((r) => r.method === '$/progress' && (r.params as { value: { kind: string } }).value.kind === 'end');
  }

  async open(path: string, text = readFileSync(path, 'utf8'), languageId = 'news-article'): Promise<{ uri: string; text: string }> {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    await this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return { uri, text };
  }

  /** Replaces the whole text (a change without a range), as a new version. */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental change: `text` replaces `range`. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.rpc.sendRequest(method, params) as Promise<R>;
  }

  /** shutdown, exit, and the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.rpc.sendRequest('shutdown');
    await this.rpc.sendNotification('exit');
    const code = await exited;
    this.rpc.dispose();
    return code;
  }
}
