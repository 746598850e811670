// "PVM: Show Bytecode": the module's dis text in a read-only editor beside
// the source, re-read as the source changes, with the instructions of the
// source's cursor line highlighted and scrolled into view.

import * as vscode from 'vscode';
import { contiguousRanges, disLinesForSourceLine } from './dis';

export const BYTECODE_SCHEME = 'pvm-bytecode';

/** Asks the server for a document's dis text; null if it does not compile. */
export type FetchBytecode = (source: vscode.Uri) => Promise<string | null>;

/** Told which view lines were highlighted for which source line (0-based). */
export type HighlightListener = (source: vscode.Uri, line: number, viewLines: [number, number][]) => void;

/** How long the source must rest before the view is re-read. */
const REFRESH_DELAY_MS = 300;

export class BytecodeView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** Dis text per view URI. */
  private readonly texts = new Map<string, string>();
  /** The 0-based cursor line last followed, per source URI. */
  private readonly followedLine = new Map<string, number>();
  private readonly refreshTimers = new Map<string, NodeJS.Timeout>();
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly fetch: FetchBytecode,
    private readonly onHighlight: HighlightListener = () => undefined,
  ) {
    this.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(BYTECODE_SCHEME, this),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const source = event.textEditor.document.uri;
        if (this.isShown(source)) {
          this.follow(source, event.selections[0].active.line);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const uri = event.document.uri;
        if (uri.scheme === BYTECODE_SCHEME) {
          // The view's text was replaced: the old highlight is meaningless.
          const source = vscode.Uri.parse(uri.query);
          this.follow(source, this.followedLine.get(source.toString()) ?? 0);
        } else if (this.isShown(uri) && event.contentChanges.length > 0) {
          this.scheduleRefresh(uri);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        for (const source of this.followedLine.keys()) {
          const uri = vscode.Uri.parse(source);
          this.follow(uri, this.followedLine.get(source) ?? 0);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === BYTECODE_SCHEME) {
          this.texts.delete(document.uri.toString());
          this.followedLine.delete(document.uri.query);
        }
      }),
    );
  }

  static viewUri(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() || 'module';
    return vscode.Uri.from({ scheme: BYTECODE_SCHEME, path: `/${name}.dis`, query: source.toString() });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens (or re-reads) the view of `source` beside it and follows `line`. */
  async open(source: vscode.Uri, line: number): Promise<string> {
    const viewUri = BytecodeView.viewUri(source);
    this.followedLine.set(source.toString(), line);
    const text = await this.load(source);
    const document = await vscode.workspace.openTextDocument(viewUri);
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
      preview: true,
    });
    this.follow(source, line);
    return text;
  }

  private isShown(source: vscode.Uri): boolean {
    return source.scheme !== BYTECODE_SCHEME && this.texts.has(BytecodeView.viewUri(source).toString());
  }

  private async load(source: vscode.Uri): Promise<string> {
    const viewUri = BytecodeView.viewUri(source);
    let text: string;
    try {
      const dis = await this.fetch(source);
      text = dis ?? `# ${source.path.split('/').pop()} does not compile: see Problems.\n`;
    } catch (error) {
      text = `# The bytecode could not be read: ${error instanceof Error ? error.message : String(error)}\n`;
    }
    this.texts.set(viewUri.toString(), text);
    this.changed.fire(viewUri);
    return text;
  }

  private scheduleRefresh(source: vscode.Uri): void {
    const key = source.toString();
    clearTimeout(this.refreshTimers.get(key));
    this.refreshTimers.set(
      key,
      setTimeout(() => {
        this.refreshTimers.delete(key);
        void this.load(source);
      }, REFRESH_DELAY_MS),
    );
  }

  private follow(source: vscode.Uri, line: number): void {
    this.followedLine.set(source.toString(), line);
    const viewKey = BytecodeView.viewUri(source).toString();
    const text = this.texts.get(viewKey);
    if (text === undefined) {
      return;
    }
    const viewLines = contiguousRanges(disLinesForSourceLine(text, line + 1));
    const ranges = viewLines.map(([first, last]) => new vscode.Range(first, 0, last, 0));
    let shown = false;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== viewKey) {
        continue;
      }
      editor.setDecorations(this.highlight, ranges);
      if (ranges.length > 0) {
        editor.revealRange(ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      shown = true;
    }
    if (shown) {
      this.onHighlight(source, line, viewLines);
    }
  }

  dispose(): void {
    for (const timer of this.refreshTimers.values()) {
      clearTimeout(timer);
    }
    this.subscriptions.forEach((s) => s.dispose());
    this.highlight.dispose();
    this.changed.dispose();
  }
}
