// The folder-wide views in a real editor: the Isnad view is registered and
// filled from the server (its refresh command answers with what it shows),
// and "Isnad: Show Timeline" opens the timeline webview. Every wait is on an
// event, with a time limit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { activateExtension, openSeed, waitForDiagnostics } from './editor';

interface OverviewCounts { state: string; articles: number; speakers: number; quantities: number; timeline: number }

/** Resolves at the next change of any diagnostics, or rejects after `ms`. */
function nextDiagnosticsChange(ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { listener.dispose(); reject(new Error(`no diagnostics change within ${ms} ms`)); }, ms);
    const listener = vscode.languages.onDidChangeDiagnostics(() => { clearTimeout(timer); listener.dispose(); resolve(); });
  });
}

/** Refreshes the view until what it shows passes `ok` (the server reads the folder in the background). */
async function overviewWhen(ok: (c: OverviewCounts) => boolean, timeoutMs = 45_000): Promise<OverviewCounts> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await vscode.commands.executeCommand<OverviewCounts>('isnad.refreshOverview');
    if (ok(counts)) return counts;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`the view shows ${JSON.stringify(counts)}`);
    await nextDiagnosticsChange(left).catch(() => undefined);
  }
}

const timelineTabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
  .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('isnad.timeline'));

function waitForTimelineTab(timeoutMs = 15_000): Promise<vscode.Tab> {
  const [now] = timelineTabs();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { listener.dispose(); reject(new Error(`no timeline tab within ${timeoutMs} ms`)); }, timeoutMs);
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
      const [tab] = timelineTabs();
      if (!tab) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(tab);
    });
  });
}

suite('The Isnad view and the timeline', () => {
  suiteSetup(async () => {
    const article = await openSeed('001_');
    await activateExtension();
    await waitForDiagnostics(article.uri);
  });

  test('the view and its commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['isnad.overview.focus', 'isnad.refreshOverview', 'isnad.showTimeline']) {
      assert.ok(commands.includes(command), `${command} is not registered`);
    }
  });

  test('the view lists the seeds\' speakers and figures, and a dated claim for the timeline', async () => {
    const counts = await overviewWhen((c) => c.state === 'ready' && c.articles === 5 && c.timeline > 0);
    assert.ok(counts.speakers >= 5, JSON.stringify(counts));
    assert.ok(counts.quantities >= 1, JSON.stringify(counts));
    await vscode.commands.executeCommand('isnad.overview.focus');
  });

  test('Isnad: Show Timeline opens the timeline panel, once', async () => {
    await vscode.commands.executeCommand('isnad.showTimeline');
    const tab = await waitForTimelineTab();
    assert.equal(tab.label, 'Isnad Timeline');
    await vscode.commands.executeCommand('isnad.showTimeline');
    assert.equal(timelineTabs().length, 1, 'a second run reveals the same panel');
  });
});
