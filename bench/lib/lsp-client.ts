// A small LSP client for the benchmarks: starts the built server
// (dist/server.js --stdio) and talks JSON-RPC to it, as an editor would. It
// keeps no history (the corpus brings 31,030 diagnostics notifications):
// callers wait for the notifications they need, each wait with a timeout.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_ARGS } from '../../server/src/lsp/node-args.js';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

export const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');

export const uriOf = (path: string): string => pathToFileURL(path).href;

type Listener = (method: string, params: unknown) => void;

/** Rejects after `ms` with `what` in the message; the benchmarks never wait unbounded. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class BenchClient {
  private readonly listeners = new Set<Listener>();
  private readonly versions = new Map<string, number>();
  /** The server's last log lines, for the report when something fails. */
  readonly logs: string[] = [];

  private constructor(readonly child: ChildProcessWithoutNullStreams, readonly rpc: MessageConnection) {}

  /**
   * `nodeArgs`: flags for the server's node, such as --cpu-prof; `server`: another bundle than dist/server.js;
   * `settings`: what the client answers to workspace/configuration (section isnad), the defaults when null.
   */
  static spawn(nodeArgs: string[] = [], server = SERVER, settings: unknown = null): BenchClient {
    // node's flags as the extension starts the server (lsp/node-args.ts), then the bench's own
    const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...nodeArgs, server, '--stdio'], { cwd: ROOT });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new BenchClient(child, rpc);
    child.stderr.on('data', (d: Buffer) => client.log(d.toString()));
    rpc.onNotification((method, params) => client.emit(method, params));
    rpc.onNotification('$/progress', (params) => client.emit('$/progress', params));
    rpc.onRequest('window/workDoneProgress/create', () => null);
    rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    rpc.listen();
    return client;
  }

  private log(line: string): void {
    this.logs.push(line);
    if (this.logs.length > 20) this.logs.shift();
  }

  private emit(method: string, params: unknown): void {
    if (method === 'window/logMessage') this.log((params as { message: string }).message);
    for (const listener of [...this.listeners]) listener(method, params);
  }

  /** Calls `listener` on every notification until the returned function is called. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The next notification that passes `test`, within `ms`. */
  next(test: (method: string, params: unknown) => boolean, ms: number, what: string): Promise<unknown> {
    let stop = (): void => undefined;
    const seen = new Promise<unknown>((resolve) => {
      stop = this.listen((method, params) => { if (test(method, params)) resolve(params); });
    });
    return within(seen, ms, what).finally(() => stop());
  }

  /** Resolves at the end of the folder indexing ($/progress end), within `ms`. */
  indexed(ms: number): Promise<unknown> {
    return this.next((m, p) => m === '$/progress' && (p as { value?: { kind?: string } }).value?.kind === 'end', ms, 'the end of indexing');
  }

  /** `initializationOptions`: what the client passes (the cache folder). */
  async initialize(root: string, initializationOptions?: unknown): Promise<void> {
    await within(this.rpc.sendRequest('initialize', {
      processId: process.pid,
      initializationOptions,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'bench' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true, symbol: {} },
        textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
    }), 60_000, 'initialize');
    await this.rpc.sendNotification('initialized', {});
  }

  async open(path: string): Promise<{ uri: string; text: string }> {
    const uri = uriOf(path);
    const text = readFileSync(path, 'utf8');
    this.versions.set(uri, 1);
    await this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    return { uri, text };
  }

  /**
   * Sends an incremental change and waits for the diagnostics of the version
   * it makes, within `ms`; returns the milliseconds in between.
   */
  async editAndWait(uri: string, range: unknown, text: string, ms: number): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.diagnostics(uri, version, ms); // listening before sending: nothing is missed
    const started = performance.now();
    await this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    await published;
    return performance.now() - started;
  }

  /** Diagnostics published for `uri` at `version`, within `ms`. */
  diagnostics(uri: string, version: number, ms: number): Promise<unknown> {
    return this.next((m, p) => m === 'textDocument/publishDiagnostics'
      && (p as PublishDiagnosticsParams).uri === uri && (p as PublishDiagnosticsParams).version === version, ms, `diagnostics of ${uri} v${version}`);
  }

  request<R>(method: string, params: unknown, ms = 60_000): Promise<R> {
    return within(this.rpc.sendRequest(method, params) as Promise<R>, ms, method);
  }

  /** The server's resident memory now and at its peak, in MB (the peak only where /proc is). */
  memory(): { rssMB: number | null; peakMB: number | null } {
    const pid = this.child.pid;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string): number | null => {
        const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
        return m ? Number(m[1]) * 1024 / 1e6 : null;
      };
      return { rssMB: kb('VmRSS'), peakMB: kb('VmHWM') };
    } catch {
      const kb = Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout?.trim());
      return { rssMB: Number.isFinite(kb) && kb > 0 ? kb * 1024 / 1e6 : null, peakMB: null };
    }
  }

  /** shutdown and exit, within `ms`; the process is killed if it lingers. Never throws. */
  async stop(ms = 10_000): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await within(this.rpc.sendRequest('shutdown'), ms, 'shutdown');
      await this.rpc.sendNotification('exit');
      await within(exited, ms, 'exit');
    } catch {
      this.child.kill('SIGKILL');
      await exited;
    }
    this.rpc.dispose();
  }
}
