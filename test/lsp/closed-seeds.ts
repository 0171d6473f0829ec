// What a server says about the seeds while none of them is open: the
// diagnostics it published for each, and its answers to hovers, references
// and (optionally) workspace symbols. Tests that index the same folder two
// ways (from the cache, in worker threads) compare these.
import { readFileSync } from 'node:fs';
import type { Hover, Location, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver';
import { type LspClient, positionOf, seedPath, uriOf } from './client.js';

/** The last diagnostics published for each closed seed. */
export function diagnosticsOf(client: LspClient): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of client.received) {
    const p = r.params as PublishDiagnosticsParams;
    if (r.method === 'textDocument/publishDiagnostics' && p.uri.endsWith('.txt')) out[p.uri] = p.diagnostics;
  }
  return out;
}

/** Hovers and references on a closed seed, answered from the folder's analyses; with `symbols`, workspace symbols too. */
export async function answers(client: LspClient, symbols = false): Promise<unknown[]> {
  const text = readFileSync(seedPath(1), 'utf8');
  const uri = uriOf(seedPath(1));
  const at = (needle: string) => ({ textDocument: { uri }, position: positionOf(text, needle, { into: 2 }) });
  return [
    await client.request<Hover | null>('textDocument/hover', at('بمرور الوقت')),
    await client.request<Hover | null>('textDocument/hover', at('5200')),
    await client.request<Location[]>('textDocument/references', { ...at('جيمس جيفري'), context: { includeDeclaration: true } }),
    ...(symbols ? [
      await client.request<SymbolInformation[]>('workspace/symbol', { query: 'جيفري' }),
      await client.request<SymbolInformation[]>('workspace/symbol', { query: 'القوات' }), // claim texts: read from disk
    ] : []),
  ];
}

/** The message of the first log line that matches. */
export const logged = (client: LspClient, pattern: RegExp): Promise<string> =>
  client.waitFor((r) => r.method === 'window/logMessage' && pattern.test((r.params as { message: string }).message))
    .then((r) => (r.params as { message: string }).message);
