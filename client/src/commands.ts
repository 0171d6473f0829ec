// The commands of the Isnad category. Each is a thin adapter: the choices
// (which figure is next, whether code lens arguments are usable) live in
// pure modules.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './client.js';
import { diagnosticCode, nextAfter } from './navigation.js';
import { parseRelatedClaimsArgs, type WireLocation } from './related.js';
import { relatedRows, relatedStrings } from './related-pick.js';
import { openSpot } from './views/open-spot.js';
import { describe } from './errors.js';
import { RELATED_CLAIMS, type RelatedClaimItem, type RelatedClaims, type RelatedClaimsParams } from '../../server/src/lsp/protocol.js';

const UNSOURCED_FIGURE = 'unsourced-figure';

export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('isnad.showRelatedClaims', (...args: unknown[]) => showRelatedClaims(client, args)),
    vscode.commands.registerCommand('isnad.nextUnsourcedFigure', () => nextUnsourcedFigure()),
    vscode.commands.registerCommand('isnad.restartServer', () => restartServer(client, output)),
    vscode.commands.registerCommand('isnad.showOutput', () => output.show(true)),
  );
}

function toLocation(l: WireLocation): vscode.Location {
  const { start, end } = l.range;
  return new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}

/** Whether a URI from a command's arguments is a file inside a workspace folder (hover links are markdown a folder's files can shape). */
function inWorkspace(uri: string): boolean {
  try {
    const parsed = vscode.Uri.parse(uri, true);
    return parsed.scheme === 'file' && vscode.workspace.getWorkspaceFolder(parsed) !== undefined;
  } catch {
    return false;
  }
}

/**
 * From a code lens or a hover link: its arguments name the claim's place and
 * the related claims (or null: too many to carry). From the palette or the
 * editor's menu: the claim at the cursor. Either way a quick pick lists
 * them, and choosing one opens its article at the claim; its last row opens
 * them in the peek view instead, for those who prefer it.
 */
async function showRelatedClaims(client: LanguageClient, args: unknown[]): Promise<void> {
  const related = parseRelatedClaimsArgs(args, inWorkspace);
  const editor = vscode.window.activeTextEditor;
  if (!related && (!editor || editor.document.languageId !== LANGUAGE_ID)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: open a news article and put the cursor on a claim or a speaker.'));
    return;
  }
  const params: RelatedClaimsParams = related
    ? { uri: related.uri, position: related.position, locations: related.locations }
    : { uri: editor!.document.uri.toString(), position: editor!.selection.active, locations: null };
  const answer = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: relatedStrings.title() },
    () => client.sendRequest<RelatedClaims>(RELATED_CLAIMS, params));
  if (!answer.items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: no related claims here.'));
    return;
  }
  await pickRelated(params, answer);
}

type RelatedPick = vscode.QuickPickItem & { item?: RelatedClaimItem; peek?: true };

async function pickRelated(params: RelatedClaimsParams, answer: RelatedClaims): Promise<void> {
  const picks: RelatedPick[] = relatedRows(answer.items).map((row) => (row.kind === 'separator'
    ? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
    : { label: row.label, description: row.description, item: row.item }));
  picks.push({ label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(references) ${relatedStrings.peek()}`, description: relatedStrings.peekDetail(), peek: true, alwaysShow: true });
  const picked = await vscode.window.showQuickPick(picks, {
    title: relatedStrings.title(), placeHolder: relatedStrings.placeholder(answer.items.length, answer.total), matchOnDescription: true,
  });
  if (picked?.item) await openSpot(picked.item);
  else if (picked?.peek) {
    const uri = vscode.Uri.parse(params.uri);
    const position = new vscode.Position(params.position.line, params.position.character);
    const locations = params.locations?.map(toLocation) ?? answer.items.map(toLocation);
    await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
  }
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
