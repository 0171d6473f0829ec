// "Isnad: Copy Claim as Citation": asks the server for the claim under the
// cursor as a citation in Arabic and in English, lets the user pick the
// language (the last choice is offered first), and copies it. The citation
// itself is built by the server's pure core (analysis/export/citation.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLAIM_CITATION, type ClaimCitation, type ClaimCitationParams } from '../../server/src/lsp/protocol.js';
import { LANGUAGE_ID } from './client.js';
import { describe } from './errors.js';

type Language = keyof ClaimCitation;

/** Where the last language chosen is kept, across sessions. */
const LAST_LANGUAGE = 'isnad.citationLanguage';

interface LanguageItem extends vscode.QuickPickItem {
  language: Language;
}

function isCitation(x: unknown): x is ClaimCitation {
  return typeof x === 'object' && x !== null && typeof (x as ClaimCitation).ar === 'string' && typeof (x as ClaimCitation).en === 'string';
}

/** A quick pick's row is cut at its right end, where Arabic starts: the detail is kept short, cut at its own end. */
const DETAIL = 72;

/** The two languages, the last one chosen first; each shows the first line of what it would copy. */
function languageItems(citation: ClaimCitation, last: Language | undefined): LanguageItem[] {
  const firstLine = (text: string): string => {
    const line = text.split('\n')[0] ?? '';
    return line.length > DETAIL ? `${line.slice(0, DETAIL - 1).trimEnd()}…` : line;
  };
  const items: LanguageItem[] = [
    { language: 'ar', label: 'العربية', detail: firstLine(citation.ar) },
    { language: 'en', label: 'English', detail: firstLine(citation.en) },
  ];
  return last === 'en' ? items.reverse() : items;
}

async function copyClaimAsCitation(client: LanguageClient, state: vscode.Memento, output: vscode.LogOutputChannel): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: open a news article and put the cursor on a claim.'));
    return;
  }
  const { line, character } = editor.selection.active;
  const params: ClaimCitationParams = { uri: editor.document.uri.toString(), position: { line, character } };
  let answer: unknown;
  try {
    answer = await client.sendRequest(CLAIM_CITATION, params);
  } catch (error) {
    output.warn(`${CLAIM_CITATION} failed: ${describe(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Isnad: could not build the citation. See the output for details.'));
    return;
  }
  if (!isCitation(answer)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: no claim here. Put the cursor on a quotation or a reported statement.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(languageItems(answer, state.get<Language>(LAST_LANGUAGE)), {
    title: vscode.l10n.t('Copy Claim as Citation'),
    placeHolder: vscode.l10n.t('The language of the citation'),
  });
  if (!picked) return;
  await state.update(LAST_LANGUAGE, picked.language);
  await vscode.env.clipboard.writeText(answer[picked.language]);
  void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: citation copied ({0}).', picked.label));
}

export function registerCitationCommand(client: LanguageClient, state: vscode.Memento, output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('isnad.copyClaimAsCitation', () => copyClaimAsCitation(client, state, output));
}
