// Gives the news-article language to open plain-text documents that are
// articles by the `isnad.files` setting or by an isnad.yaml above them. (The
// manifest's filenamePatterns already covers `**/seeds/*.txt`.)
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './client.js';
import { configCandidates, matchesFilesSetting } from './articles.js';
import { describe } from './errors.js';

export function associateArticles(output: vscode.LogOutputChannel): vscode.Disposable {
  // Each document is given the language once: a user who switches it back keeps their choice.
  const done = new Set<string>();
  const consider = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file' || done.has(key)) return;
    void isArticle(document.uri).then(async (article) => {
      if (!article || done.has(key) || document.isClosed || document.languageId !== 'plaintext') return;
      done.add(key);
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }).catch((error: unknown) => {
      output.warn(`Could not make ${document.uri.fsPath} a news article: ${describe(error)}`);
    });
  };
  vscode.workspace.textDocuments.forEach(consider);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('isnad.files')) vscode.workspace.textDocuments.forEach(consider);
    }),
  );
}

async function isArticle(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
  const globs = vscode.workspace.getConfiguration('isnad', uri).get<string[]>('files', []);
  if (matchesFilesSetting(uri.path, folder, Array.isArray(globs) ? globs : [])) return true;
  for (const candidate of configCandidates(uri.path, folder)) {
    if (await exists(uri.with({ path: candidate }))) return true;
  }
  return false;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
