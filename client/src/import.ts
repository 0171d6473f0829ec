// Isnad: Import Article… (isnad.importArticle). Saved web pages (.html,
// .htm) and Word documents (.docx) become articles of a folder of the
// workspace, their URL, outlet, publication date and author an entry of the
// isnad.yaml there; the server does the work (isnad.importArticles,
// import-protocol.ts). Which files: the one the command was run on (the
// Explorer's context menu), else the page or document open in the editor,
// else those the user picks. Which folder: the file's own when it is in the
// workspace, else the folder of the article being edited, else a workspace
// folder. A conflict (another article of that name, an entry that says
// otherwise) is asked about, file by file; the imported article opens.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_ARTICLES } from '../../server/src/lsp/import-protocol.js';
import type { ImportArticlesArgs, ImportArticlesResult, ImportedFile } from '../../server/src/lsp/import-protocol.js';
import { describe } from './errors.js';

const IMPORTABLE = /\.(html?|xhtml|docx)$/i;

// Functions, not constants: vscode.l10n.t reads the bundle when called.
const strings = {
  pick: (): string => vscode.l10n.t('Import as articles'),
  pages: (): string => vscode.l10n.t('Web pages and Word documents'),
  folder: (): string => vscode.l10n.t('Import into which folder?'),
  noFolder: (): string => vscode.l10n.t('Isnad: open a folder first; imported articles go into a folder of the workspace.'),
  imported: (article: string, details: string): string => vscode.l10n.t('Isnad: imported {0} ({1}).', article, details),
  unchanged: (article: string): string => vscode.l10n.t('Isnad: already imported as {0}.', article),
  conflict: (source: string, reasons: string): string => vscode.l10n.t('Isnad: {0} was imported before or its name is taken: {1}. Replace what is there?', source, reasons),
  replace: (): string => vscode.l10n.t('Replace'),
  failed: (source: string, problem: string): string => vscode.l10n.t('Isnad: {0} was not imported: {1}', source, problem),
  noMetadata: (): string => vscode.l10n.t('no metadata in it'),
};

function activeFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  return uri?.scheme === 'file' && IMPORTABLE.test(uri.path) ? uri : undefined;
}

async function pickFiles(given: unknown, selected: unknown): Promise<vscode.Uri[] | undefined> {
  if (Array.isArray(selected) && selected.every((u) => u instanceof vscode.Uri) && selected.length) return selected as vscode.Uri[];
  if (given instanceof vscode.Uri) return [given];
  const active = activeFile();
  if (active) return [active];
  return vscode.window.showOpenDialog({ canSelectMany: true, openLabel: strings.pick(), filters: { [strings.pages()]: ['html', 'htm', 'xhtml', 'docx'] } });
}

async function pickFolder(files: readonly vscode.Uri[]): Promise<vscode.Uri | undefined> {
  const own = vscode.workspace.getWorkspaceFolder(files[0]!);
  if (own) return vscode.Uri.joinPath(files[0]!, '..');
  const editing = vscode.window.activeTextEditor?.document.uri;
  if (editing?.scheme === 'file' && vscode.workspace.getWorkspaceFolder(editing)) return vscode.Uri.joinPath(editing, '..');
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: strings.folder() }))?.uri;
}

function details(file: Extract<ImportedFile, { kind: 'imported' | 'unchanged' }>): string {
  const m = file.metadata;
  return [m.published, m.outlet, m.author].filter(Boolean).join(' · ') || strings.noMetadata();
}

async function send(client: LanguageClient, args: ImportArticlesArgs): Promise<ImportedFile[]> {
  const result = await client.sendRequest(ExecuteCommandRequest.type, { command: IMPORT_ARTICLES, arguments: [args] }) as ImportArticlesResult | null;
  return result?.files ?? [];
}

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Tells the outcome of each file; asks about each conflict and imports again on "Replace". Returns the articles to open. */
async function settle(client: LanguageClient, folder: string, files: ImportedFile[]): Promise<string[]> {
  const articles: string[] = [];
  for (const file of files) {
    if (file.kind === 'failed') void vscode.window.showErrorMessage(strings.failed(base(file.source), file.problem));
    else if (file.kind === 'conflict') {
      const choice = await vscode.window.showWarningMessage(strings.conflict(base(file.source), file.reasons.join('; ')), { modal: true }, strings.replace());
      if (choice === strings.replace()) articles.push(...await settle(client, folder, await send(client, { paths: [file.source], folder, overwrite: true })));
    } else {
      articles.push(file.article);
      const message = file.kind === 'imported' ? strings.imported(base(file.article), details(file)) : strings.unchanged(base(file.article));
      vscode.window.setStatusBarMessage(message, 8_000);
    }
  }
  return articles;
}

async function importArticle(client: LanguageClient, output: vscode.LogOutputChannel, given: unknown, selected: unknown): Promise<void> {
  const files = await pickFiles(given, selected);
  if (!files?.length) return;
  const folder = await pickFolder(files);
  if (!folder) {
    void vscode.window.showInformationMessage(strings.noFolder());
    return;
  }
  try {
    const outcomes = await send(client, { paths: files.map((f) => f.fsPath), folder: folder.fsPath, overwrite: false });
    const articles = await settle(client, folder.fsPath, outcomes);
    if (articles[0]) await vscode.window.showTextDocument(vscode.Uri.file(articles[0]));
  } catch (error) {
    output.error(`Importing: ${describe(error)}`);
    void vscode.window.showErrorMessage(strings.failed(files.map((f) => base(f.path)).join(', '), describe(error)));
  }
}

export function registerImportCommand(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  // (uri, selected uris) from the Explorer's context menu; nothing from the palette
  return vscode.commands.registerCommand('isnad.importArticle', (uri?: unknown, selected?: unknown) => importArticle(client, output, uri, selected));
}
