// The commands of the Isnad category. Each is a thin adapter: the choices
// (which figure is next, whether code lens arguments are usable) live in
// pure modules.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './client.js';
import { diagnosticCode, nextAfter } from './navigation.js';
import { parseRelatedClaimsArgs, type WireLocation } from './related.js';
import { describe } from './errors.js';

const UNSOURCED_FIGURE = 'unsourced-figure';

export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('isnad.showRelatedClaims', (...args: unknown[]) => showRelatedClaims(args)),
    vscode.commands.registerCommand('isnad.nextUnsourcedFigure', () => nextUnsourcedFigure()),
    vscode.commands.registerCommand('isnad.restartServer', () => restartServer(client, output)),
    vscode.commands.registerCommand('isnad.showOutput', () => output.show(true)),
  );
}

function toLocation(l: WireLocation): vscode.Location {
  const { start, end } = l.range;
  return new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}

/**
 * From a code lens: its arguments already name the related claims. From the
 * palette: the server's references at the cursor are the related claims.
 * Either way they open in the peek view.
 */
/** Whether a URI from a command's arguments is a file inside a workspace folder (hover links are markdown a folder's files can shape). */
function inWorkspace(uri: string): boolean {
  try {
    const parsed = vscode.Uri.parse(uri, true);
    return parsed.scheme === 'file' && vscode.workspace.getWorkspaceFolder(parsed) !== undefined;
  } catch {
    return false;
  }
}

async function showRelatedClaims(args: unknown[]): Promise<void> {
  const related = parseRelatedClaimsArgs(args, inWorkspace);
  if (related) {
    const uri = vscode.Uri.parse(related.uri);
    const position = new vscode.Position(related.position.line, related.position.character);
    const locations = related.locations?.map(toLocation)
      ?? await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', uri, position) ?? [];
    await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
    return;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: open a news article and put the cursor on a claim or a speaker.'));
    return;
  }
  const { uri } = editor.document;
  const position = editor.selection.active;
  const locations = await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', uri, position);
  if (!locations || locations.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: no related claims here.'));
    return;
  }
  await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
}

/** Moves the cursor to the next unsourced-figure diagnostic after it, wrapping around the article. */
async function nextUnsourcedFigure(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: open a news article first.'));
    return;
  }
  const figures = vscode.languages.getDiagnostics(editor.document.uri)
    .filter((d) => diagnosticCode(d.code) === UNSOURCED_FIGURE)
    .map((d) => ({ start: d.range.start, range: d.range }));
  const next = nextAfter(figures, editor.selection.active);
  if (!next) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: no unsourced figures in this article.'));
    return;
  }
  editor.selection = new vscode.Selection(next.range.start, next.range.start);
  editor.revealRange(next.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function restartServer(client: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  try {
    output.info('Restarting the server.');
    await client.restart();
  } catch (error) {
    output.error(`The server did not restart: ${describe(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Isnad: the server did not restart. See the output for details.'), vscode.l10n.t('Show Output'))
      .then((choice) => { if (choice) output.show(true); });
  }
}
