// Entry point of the extension: wires the language client, the commands, the
// status bar and the article language together. The logic lives in the
// modules it imports; the analysis runs in the server.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCitationCommand } from './citation.js';
import { createClient } from './client.js';
import { registerCommands } from './commands.js';
import { associateArticles } from './languages.js';
import { MarksInEditor } from './marks.js';
import { ArticleStatus } from './status.js';
import { describe } from './errors.js';
import { registerImportCommand } from './import.js';
import { registerReviewCommand } from './review.js';
import { startWhenArticles } from './startup.js';
import { registerViews } from './views/index.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  // The pure modules (views/strings.ts, summary.ts, restart.ts) translate through
  // @vscode/l10n: give it the bundle VS Code loaded for the display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const output = vscode.window.createOutputChannel('Isnad', { log: true });
  client = createClient(context, output);
  const status = new ArticleStatus(client, output);
  context.subscriptions.push(output, status, registerCommands(client, output), associateArticles(output));
  context.subscriptions.push(registerCitationCommand(client, context.globalState, output));
  context.subscriptions.push(registerViews(context, client, output));
  context.subscriptions.push(registerReviewCommand(client, output));
  context.subscriptions.push(new MarksInEditor(client, output));
  context.subscriptions.push(registerImportCommand(client, output));
  // trust granted: the server starts again, and now follows links out of the folder
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
    void vscode.commands.executeCommand('isnad.restartServer');
  }));
  // Not awaited: the commands and the status bar work while the server starts.
  const started = client;
  context.subscriptions.push(startWhenArticles(() => {
    started.start().catch((error: unknown) => {
      output.error(`The server did not start: ${describe(error)}`);
      status.showFailed();
    });
  }));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
