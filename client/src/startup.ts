// When the language server starts: once there is something for it to read,
// a news article open, or a folder that holds articles (an isnad.yaml, a
// seeds folder). The extension also wakes up for plain-text files, so that
// an ordinary folder of Arabic articles is recognised (languages.ts); a
// folder of code with a README.txt never starts the server.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './client.js';

/** Folders that are article folders before any file is opened. */
const ARTICLE_FOLDERS = '{**/isnad.yaml,**/seeds/*.txt}';

/** Calls `start` once, at the first sign of articles. */
export function startWhenArticles(start: () => void): vscode.Disposable {
  let started = false;
  const go = (): void => {
    if (started) return;
    started = true;
    listener.dispose();
    start();
  };
  // A document given the news-article language opens again under it.
  const listener = vscode.workspace.onDidOpenTextDocument((document) => {
    if (document.languageId === LANGUAGE_ID) go();
  });
  if (vscode.workspace.textDocuments.some((document) => document.languageId === LANGUAGE_ID)) go();
  else void vscode.workspace.findFiles(ARTICLE_FOLDERS, '**/node_modules/**', 1).then((found) => { if (found.length > 0) go(); }, () => undefined);
  return listener;
}
