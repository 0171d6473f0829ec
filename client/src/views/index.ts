// The folder-wide views: the Isnad view in the explorer and the timeline
// webview, both fed by one OverviewSource, with their commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OverviewSource } from './overview-source.js';
import { OverviewTree } from './overview-tree.js';
import { TimelinePanel } from './timeline-panel.js';

export function registerViews(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  const source = new OverviewSource(client, output);
  const tree = new OverviewTree(source);
  return vscode.Disposable.from(
    source,
    tree,
    { dispose: () => TimelinePanel.close() },
    vscode.commands.registerCommand('isnad.refreshOverview', () => {
      source.invalidate();
      return tree.refresh();
    }),
    vscode.commands.registerCommand('isnad.showTimeline', () => TimelinePanel.show(context.extensionUri, source)),
  );
}
