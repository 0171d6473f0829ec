// What the in-editor tests share: finding the seeds in the open folder,
// waiting for the extension and its diagnostics (on events, bounded), and
// turning API answers into plain text.
import * as vscode from 'vscode';

export const extensionId = 'isnad.isnad';

/** Opens the seed whose file name starts with `prefix` (e.g. "001_"). */
export async function openSeed(prefix: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`**/${prefix}*.txt`, '**/node_modules/**', 1);
  if (!uri) throw new Error(`no seed ${prefix}*.txt in the open folder`);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(extensionId);
  if (!ext) throw new Error(`extension ${extensionId} is not installed`);
  await ext.activate();
}

function isnadDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'isnad');
}

/** Resolves with the document's Isnad diagnostics once the server has published some. */
export function waitForDiagnostics(uri: vscode.Uri, timeoutMs = 45_000): Promise<vscode.Diagnostic[]> {
  const now = isnadDiagnostics(uri);
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no isnad diagnostics on ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const found = isnadDiagnostics(uri);
      if (found.length === 0) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(found);
    });
  });
}

/** The position `into` code units inside the first occurrence of `text`. */
export function positionOf(doc: vscode.TextDocument, text: string, into = 0): vscode.Position {
  const offset = doc.getText().indexOf(text);
  if (offset < 0) throw new Error(`"${text}" is not in ${doc.uri.path}`);
  return doc.positionAt(offset + into);
}

export function rangeOf(doc: vscode.TextDocument, text: string): vscode.Range {
  const start = positionOf(doc, text);
  return new vscode.Range(start, start.translate(0, text.length));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n');
}
