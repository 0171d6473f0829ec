// Marks in the editor: speakers, cues, quotations, figures, dates and
// boilerplate, drawn with decorations that only set a background or a
// border (an underline is a bottom border). Those are drawn in a layer under
// the text and leave it in one piece. A text colour, a font style or a text
// decoration would make VS Code render each marked piece of a line in its
// own isolated span, laid out left to right: an Arabic sentence would read
// out of order. The places come from the server (isnad/articleMarks), again
// whenever the article or its diagnostics change; `isnad.editor.marks`
// turns them off.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './client.js';
import { describe } from './errors.js';
import type { WireRange } from '../../server/src/lsp/protocol.js';
import { ARTICLE_MARKS, MARK_KINDS, isArticleMarks, type ArticleMarksParams, type MarkKind } from './marks-shape.js';

export const MARKS_SETTING = 'editor.marks';
/** Typing comes in bursts: marks are asked for again after a pause. */
const DEBOUNCE_MS = 300;

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);
const underline = (id: string, style: 'solid' | 'dashed' | 'dotted', width: number): vscode.DecorationRenderOptions => ({
  borderColor: color(id), borderStyle: `none none ${style} none`, borderWidth: `0 0 ${width}px 0`,
});

/** Every option here is one VS Code draws as an overlay (see above): no color, fontStyle, fontWeight or textDecoration. */
const STYLES: Record<MarkKind, vscode.DecorationRenderOptions> = {
  boilerplate: { backgroundColor: color('isnad.boilerplateBackground') },
  quotes: { backgroundColor: color('isnad.quoteBackground') },
  figures: { backgroundColor: color('isnad.figureBackground'), borderRadius: '2px' },
  unsourced: { backgroundColor: color('isnad.unsourcedFigureBackground'), borderRadius: '2px' },
  dates: underline('isnad.dateUnderline', 'dotted', 2),
  cues: { ...underline('isnad.cueUnderline', 'dashed', 1), overviewRulerColor: color('isnad.cueUnderline'), overviewRulerLane: vscode.OverviewRulerLane.Left },
  speakers: underline('isnad.speakerUnderline', 'solid', 2),
};

const toRange = (r: WireRange): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class MarksInEditor implements vscode.Disposable {
  private readonly types = new Map<MarkKind, vscode.TextEditorDecorationType>(MARK_KINDS.map((kind) => [kind, vscode.window.createTextEditorDecorationType({
    ...STYLES[kind], rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  })]));
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document: counts requests, so that an answer overtaken by a later one is dropped. */
  private readonly generations = new Map<string, number>();

  constructor(private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {
    this.subscriptions.push(
      client.onDidChangeState((e) => { if (e.newState === State.Running) this.refreshAll(); }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document.languageId === LANGUAGE_ID) this.refreshSoon(e.document); }),
      // the server publishes diagnostics after each analysis: the marks may have moved with it
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (document?.languageId === LANGUAGE_ID) this.refreshSoon(document);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(`isnad.${MARKS_SETTING}`)) this.refreshAll(); }),
    );
    this.refreshAll();
  }

  private enabled(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration('isnad', document.uri).get<boolean>(MARKS_SETTING, true) !== false;
  }

  private editorsOf(document: vscode.TextDocument): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document === document);
  }

  refreshAll(): void {
    const documents = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    for (const document of documents) void this.refresh(document);
  }

  private refreshSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.refresh(document);
    }, DEBOUNCE_MS));
  }

  private clear(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) for (const type of this.types.values()) editor.setDecorations(type, []);
  }

  async refresh(document: vscode.TextDocument): Promise<void> {
    const editors = this.editorsOf(document);
    if (editors.length === 0) return;
    if (document.languageId !== LANGUAGE_ID || !this.enabled(document)) {
      this.clear(editors);
      return;
    }
    if (!this.client.isRunning()) return;
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const version = document.version;
    try {
      const params: ArticleMarksParams = { uri: key };
      const marks: unknown = await this.client.sendRequest(ARTICLE_MARKS, params);
      if (this.generations.get(key) !== generation || document.isClosed) return;
      if (!isArticleMarks(marks)) throw new Error('unexpected answer');
      // marks for an older text would sit in the wrong places: the change that came since asks again
      if (marks.version !== null && (marks.version !== document.version || version !== document.version)) return;
      for (const editor of this.editorsOf(document)) {
        for (const kind of MARK_KINDS) editor.setDecorations(this.types.get(kind)!, marks[kind].map(toRange));
      }
    } catch (error) {
      this.output.warn(`${ARTICLE_MARKS} failed: ${describe(error)}`);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.types.forEach((t) => t.dispose());
  }
}
