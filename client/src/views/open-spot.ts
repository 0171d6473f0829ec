// Opening a spot the server named (a claim, a figure) in an editor, with its
// text selected.
import * as vscode from 'vscode';
import type { WireRange } from '../../../server/src/lsp/protocol.js';
import type { SpotLocation } from './tree-model.js';

export function toRange(r: WireRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The arguments of `vscode.open` that open the spot: a tree item's command needs no function of ours. */
export function openArguments(spot: SpotLocation): [vscode.Uri, vscode.TextDocumentShowOptions] {
  return [vscode.Uri.parse(spot.uri), { selection: toRange(spot.range), preview: true }];
}

export async function openSpot(spot: SpotLocation, viewColumn?: vscode.ViewColumn): Promise<void> {
  const [uri, options] = openArguments(spot);
  await vscode.window.showTextDocument(uri, { ...options, viewColumn, preserveFocus: false });
}
