// Gives the news-article language to plain-text documents that are
// articles: by the `isnad.files` setting, by an isnad.yaml above them, or,
// with `isnad.detectArabicText` (on by default), because they are `.txt`
// files of Arabic prose, so that an ordinary folder of articles works without
// any set-up. (The manifest's filenamePatterns already covers
// `**/seeds/*.txt`.)
//
// The user's choice of language is never undone. VS Code reports a change of
// language mode as the document closing and opening again, so each document
// is decided once, whatever its language when first seen, and forgotten only
// when it really closes: when no tab shows it any more.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './client.js';
import { configCandidates, looksArabic, matchesFilesSetting } from './articles.js';
import { describe } from './errors.js';

export const DETECT_SETTING = 'detectArabicText';

function shownInATab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => {
    const input = tab.input;
    return input instanceof vscode.TabInputText && input.uri.toString() === key;
  }));
}

export function associateArticles(output: vscode.LogOutputChannel): vscode.Disposable {
  const decided = new Set<string>();
  /** Documents whose language changed while open: the user's choice, kept whatever the settings say. */
  const chosen = new Set<string>();
  const consider = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.uri.scheme !== 'file' || decided.has(key)) return;
    decided.add(key);
    if (document.languageId !== 'plaintext') return;
    void isArticle(document).then(async (article) => {
      if (!article || document.isClosed || document.languageId !== 'plaintext') return;
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }).catch((error: unknown) => {
      output.warn(`Could not make ${document.uri.fsPath} a news article: ${describe(error)}`);
    });
  };
  vscode.workspace.textDocuments.forEach(consider);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      if (shownInATab(document.uri)) chosen.add(key);
      else {
        decided.delete(key);
        chosen.delete(key);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('isnad.files') && !e.affectsConfiguration(`isnad.${DETECT_SETTING}`)) return;
      // A new setting is a new decision for the documents still in plain text.
      for (const document of vscode.workspace.textDocuments) {
        const key = document.uri.toString();
        if (document.languageId === 'plaintext' && !chosen.has(key)) decided.delete(key);
      }
      vscode.workspace.textDocuments.forEach(consider);
    }),
  );
}

async function isArticle(document: vscode.TextDocument): Promise<boolean> {
  const { uri } = document;
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
  const settings = vscode.workspace.getConfiguration('isnad', uri);
  const globs = settings.get<string[]>('files', []);
  if (matchesFilesSetting(uri.path, folder, Array.isArray(globs) ? globs : [])) return true;
  const candidates = configCandidates(uri.path, folder);
  for (const candidate of candidates) {
    if (await exists(uri.with({ path: candidate }))) return true;
  }
  // configCandidates is empty for anything but a .txt file
  return candidates.length > 0 && settings.get<boolean>(DETECT_SETTING, true) === true && looksArabic(document.getText());
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
