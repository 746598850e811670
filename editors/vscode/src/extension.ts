// The VS Code side of PVM: starts `pvm lsp` for Python files and keeps it
// running, turns the server's run commands into editor commands, streams
// runs into the "PVM" output channel and shows the memory manager's
// statistics in the status bar. What can be tested without VS Code lives
// in the plain modules (protocol, format, dis, restartPolicy).

import { ChildProcess, spawn } from 'child_process';
import { homedir } from 'os';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { BytecodeView } from './bytecodeView';
import {
  ExtensionSettings,
  RunTarget,
  Transcript,
  gcStatusText,
  gcTooltipMarkdown,
  runEndLine,
  runRefusedLine,
  runStartLine,
  serverCommand,
  serverSettings,
  sessionRestartedLine,
} from './format';
import {
  EditorCommand,
  GC_STATS_METHOD,
  GcStatsParams,
  OUTPUT_METHOD,
  RunResult,
  ServerCommand,
  lensCommand,
  parseGcStats,
  parseOutput,
  parseRunResult,
} from './protocol';
import { RestartBudget } from './restartPolicy';
import { TestLog } from './testLog';

/** Context key: a run is in progress (menus show Interrupt). */
const RUNNING_CONTEXT = 'pvm.running';

/** A server that dies this often this fast is left stopped. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;
/** How long a command waits for a server that is starting. */
const SERVER_START_WAIT_MS = 10_000;

function readSettings(): ExtensionSettings {
  const config = vscode.workspace.getConfiguration('pvm');
  return {
    serverPath: config.get<string>('serverPath', ''),
    runTimeoutSeconds: config.get<number>('run.timeoutSeconds', 300),
    maxOutputBytes: config.get<number>('run.maxOutputBytes', 16 * 1024 * 1024),
    maxDiagnostics: config.get<number>('maxDiagnostics', 100),
    showGcStats: config.get<boolean>('showGcStats', true),
  };
}

/** A URI given to a command by a code lens (a string) or by VS Code (a Uri). */
function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) {
    return value;
  }
  if (typeof value === 'string' && value !== '') {
    return vscode.Uri.parse(value);
  }
  return undefined;
}

function errorMessage(error: unknown): string {
  if (error instanceof ResponseError || error instanceof Error) {
    return error.message;
  }
  return String(error);
}

class PvmExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private clientStart: Promise<void> | undefined;
  private serverProcess: ChildProcess | undefined;
  private readonly output = vscode.window.createOutputChannel('PVM');
  private readonly serverLog = vscode.window.createOutputChannel('PVM Language Server');
  private readonly transcript = new Transcript((text) => this.output.append(text));
  private readonly status = vscode.window.createStatusBarItem(
    'pvm.gcStats',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly testLog = TestLog.fromEnvironment();
  private readonly restarts = new RestartBudget(MAX_RESTARTS, RESTART_WINDOW_MS);
  private readonly bytecode: BytecodeView;
  private readonly subscriptions: vscode.Disposable[] = [];
  private runsInProgress = 0;
  private latestStats: GcStatsParams | undefined;
  private disposed = false;

  constructor() {
    this.status.name = 'PVM GC statistics';
    this.status.command = EditorCommand.showOutput;
    this.bytecode = new BytecodeView(
      (source) => this.fetchBytecode(source),
      (source, line, viewLines) =>
        this.testLog.write({ event: 'bytecodeHighlight', uri: source.toString(), line, viewLines }),
    );
    const register = (id: string, handler: (...args: unknown[]) => unknown) =>
      this.subscriptions.push(vscode.commands.registerCommand(id, handler));
    register(EditorCommand.runFile, (uri) => this.runFile(uri));
    register(EditorCommand.runCell, (uri, line) => this.runCell(uri, line));
    register(EditorCommand.interrupt, () => this.interrupt());
    register(EditorCommand.restartSession, (uri) => this.restartSession(uri));
    register(EditorCommand.showBytecode, (uri, line) => this.showBytecode(uri, line));
    register(EditorCommand.restartServer, () => this.restartServer());
    register(EditorCommand.showOutput, () => this.output.show(true));
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => this.onConfigurationChanged(event)),
      // Trust changes what may run, which code lenses show and which
      // pvm.serverPath counts: start afresh.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restartServer()),
    );
    this.testLog.write({ event: 'activated', trusted: vscode.workspace.isTrusted });
  }

  start(): Promise<void> {
    const client = this.createClient();
    this.client = client;
    this.clientStart = client.start().then(
      () => {
        this.testLog.write({ event: 'initialized', serverInfo: client.initializeResult?.serverInfo ?? null });
      },
      (error) => {
        const message = `PVM: the language server did not start: ${errorMessage(error)}`;
        this.serverLog.appendLine(message);
        this.testLog.write({ event: 'startFailed', message });
        void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
          if (choice === 'Open Settings') {
            void vscode.commands.executeCommand('workbench.action.openSettings', 'pvm.serverPath');
          }
        });
        throw error;
      },
    );
    // Failures are reported above; commands that need the client await
    // clientStart and report their own error.
    return this.clientStart.catch(() => undefined);
  }

  private createClient(): LanguageClient {
    const serverOptions: ServerOptions = () => this.spawnServer();
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'python' },
        { scheme: 'untitled', language: 'python' },
      ],
      outputChannel: this.serverLog,
      initializationOptions: serverSettings(readSettings()),
      errorHandler: {
        error: (_error, _message, count) => ({
          action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
        }),
        closed: () => {
          if (this.restarts.shouldRestart()) {
            return { action: CloseAction.Restart, message: 'pvm lsp stopped; starting it again.', handled: true };
          }
          return {
            action: CloseAction.DoNotRestart,
            message: `pvm lsp stopped ${MAX_RESTARTS + 1} times in ${RESTART_WINDOW_MS / 60000} minutes and was left stopped. Run "PVM: Restart Language Server" to try again.`,
          };
        },
      },
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => {
          this.testLog.write({
            event: 'diagnostics',
            uri: uri.toString(),
            diagnostics: diagnostics.map((d) => ({
              line: d.range.start.line,
              character: d.range.start.character,
              message: d.message,
              source: d.source,
              code: typeof d.code === 'object' ? d.code.value : d.code,
            })),
          });
          next(uri, diagnostics);
        },
        provideCodeLenses: async (document, token, next) => {
          const lenses = await next(document, token);
          return lenses?.flatMap((lens) => this.editorLens(lens));
        },
        // Someone running the server's own command IDs (the client
        // registers them) still gets the output channel's run lines.
        executeCommand: (command, args, next) => {
          if (command === ServerCommand.runFile) {
            return this.runFile(args[0]);
          }
          if (command === ServerCommand.runCell) {
            return this.runCell(args[0], args[1]);
          }
          return next(command, args);
        },
      },
    };
    const client = new LanguageClient('pvm', 'PVM', serverOptions, clientOptions);
    client.onNotification(OUTPUT_METHOD, (raw: unknown) => this.onOutput(raw));
    client.onNotification(GC_STATS_METHOD, (raw: unknown) => this.onGcStats(raw));
    client.onDidChangeState((event) => {
      this.testLog.write({ event: 'clientState', state: State[event.newState] });
    });
    return client;
  }

  /**
   * Starts `pvm lsp` with exactly that argument list (a function, not an
   * Executable with a transport, which would add `--stdio`).
   */
  private spawnServer(): Promise<ChildProcess> {
    const { command, args } = serverCommand(readSettings());
    const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? homedir();
    const child = spawn(command, args, { cwd, stdio: 'pipe' });
    return new Promise((resolve, reject) => {
      child.once('spawn', () => {
        this.serverProcess = child;
        this.serverLog.appendLine(`started ${command} ${args.join(' ')} (pid ${child.pid})`);
        this.testLog.write({ event: 'serverStarted', command, args, pid: child.pid });
        resolve(child);
      });
      child.once('error', (error: NodeJS.ErrnoException) => {
        const hint =
          error.code === 'ENOENT'
            ? command === 'pvm'
              ? ': pvm is not on PATH; set "pvm.serverPath" to the pvm executable'
              : ': no such file; check "pvm.serverPath"'
            : '';
        reject(new Error(`cannot run ${command} ${args.join(' ')}: ${error.message}${hint}`));
      });
      child.once('exit', (code, signal) => {
        this.serverLog.appendLine(`pvm lsp (pid ${child.pid}) exited: ${signal ?? `status ${code}`}`);
        this.testLog.write({ event: 'serverExited', pid: child.pid, code, signal });
        if (this.serverProcess === child) {
          this.serverProcess = undefined;
        }
      });
    });
  }

  /** Server code lenses, pointed at the extension's commands. */
  private editorLens(lens: vscode.CodeLens): vscode.CodeLens[] {
    const command = lens.command;
    if (command === undefined) {
      return [lens];
    }
    const editorCommand = lensCommand(command.command, vscode.workspace.isTrusted);
    if (editorCommand === null) {
      return [];
    }
    lens.command = { ...command, command: editorCommand };
    return [lens];
  }

  private async readyClient(): Promise<LanguageClient> {
    const client = this.client;
    if (client === undefined || this.clientStart === undefined) {
      throw new Error('the language server is not running');
    }
    await this.clientStart;
    // A server that died is being started again: wait for it.
    if (client.state === State.Starting) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          listener.dispose();
          resolve();
        }, SERVER_START_WAIT_MS);
        const listener = client.onDidChangeState((event) => {
          if (event.newState !== State.Starting) {
            clearTimeout(timer);
            listener.dispose();
            resolve();
          }
        });
      });
    }
    if (client.state !== State.Running) {
      throw new Error('the language server is not running (see the "PVM Language Server" output)');
    }
    return client;
  }

  private async execute(command: string, args: unknown[]): Promise<unknown> {
    const client = await this.readyClient();
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  private serverUri(uri: vscode.Uri): string {
    return this.client?.code2ProtocolConverter.asUri(uri) ?? uri.toString();
  }

  /** The document a command is about: its argument, else the active Python editor. */
  private targetDocument(uriArgument: unknown): vscode.Uri | undefined {
    const given = asUri(uriArgument);
    if (given !== undefined) {
      return given;
    }
    const editor = vscode.window.activeTextEditor;
    if (editor !== undefined && editor.document.languageId === 'python') {
      return editor.document.uri;
    }
    void vscode.window.showWarningMessage('PVM: open a Python file first.');
    return undefined;
  }

  private cursorLine(uri: vscode.Uri, lineArgument: unknown): number {
    if (typeof lineArgument === 'number' && Number.isInteger(lineArgument) && lineArgument >= 0) {
      return lineArgument;
    }
    const editor = vscode.window.activeTextEditor;
    return editor !== undefined && editor.document.uri.toString() === uri.toString()
      ? editor.selection.active.line
      : 0;
  }

  private mayRun(): boolean {
    if (vscode.workspace.isTrusted) {
      return true;
    }
    void vscode.window.showWarningMessage(
      'PVM does not run code in an untrusted workspace. Errors and bytecode still show.',
    );
    return false;
  }

  runFile(uriArgument?: unknown): Promise<RunResult | undefined> {
    const uri = this.targetDocument(uriArgument);
    if (uri === undefined || !this.mayRun()) {
      return Promise.resolve(undefined);
    }
    return this.run({ kind: 'file', uri: this.serverUri(uri) });
  }

  runCell(uriArgument?: unknown, lineArgument?: unknown): Promise<RunResult | undefined> {
    const uri = this.targetDocument(uriArgument);
    if (uri === undefined || !this.mayRun()) {
      return Promise.resolve(undefined);
    }
    return this.run({ kind: 'cell', uri: this.serverUri(uri), line: this.cursorLine(uri, lineArgument) });
  }

  private async run(target: RunTarget): Promise<RunResult | undefined> {
    const [command, args] =
      target.kind === 'file'
        ? [ServerCommand.runFile, [target.uri]]
        : [ServerCommand.runCell, [target.uri, target.line]];
    this.output.show(true);
    this.transcript.line(runStartLine(target, new Date()));
    this.testLog.write({ event: 'runStarted', target });
    this.setRunning(1);
    try {
      const raw = await this.execute(command, args);
      const result = parseRunResult(raw);
      if (result === undefined) {
        this.transcript.line(runRefusedLine(target, `unexpected answer ${JSON.stringify(raw)}`, new Date()));
        return undefined;
      }
      this.transcript.line(runEndLine(target, result, new Date()));
      this.testLog.write({ event: 'runFinished', target, result });
      return result;
    } catch (error) {
      this.transcript.line(runRefusedLine(target, errorMessage(error), new Date()));
      this.testLog.write({ event: 'runRefused', target, message: errorMessage(error) });
      return undefined;
    } finally {
      this.setRunning(-1);
    }
  }

  private setRunning(delta: number): void {
    const wasRunning = this.runsInProgress > 0;
    this.runsInProgress += delta;
    if (wasRunning !== this.runsInProgress > 0) {
      void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, this.runsInProgress > 0);
    }
  }

  private async interrupt(): Promise<void> {
    try {
      const interrupted = await this.execute(ServerCommand.interrupt, []);
      if (interrupted !== true) {
        vscode.window.setStatusBarMessage('PVM: nothing is running', 3000);
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`PVM: could not interrupt: ${errorMessage(error)}`);
    }
  }

  private async restartSession(uriArgument?: unknown): Promise<void> {
    const uri = this.targetDocument(uriArgument);
    if (uri === undefined || !this.mayRun()) {
      return;
    }
    try {
      await this.execute(ServerCommand.restartSession, [this.serverUri(uri)]);
      this.testLog.write({ event: 'sessionRestarted', uri: uri.toString() });
      this.transcript.line(sessionRestartedLine(uri.toString(), new Date()));
    } catch (error) {
      void vscode.window.showErrorMessage(`PVM: could not restart the session: ${errorMessage(error)}`);
    }
  }

  private async fetchBytecode(source: vscode.Uri): Promise<string | null> {
    const text = await this.execute(ServerCommand.showBytecode, [this.serverUri(source)]);
    return typeof text === 'string' ? text : null;
  }

  private async showBytecode(uriArgument?: unknown, lineArgument?: unknown): Promise<void> {
    const uri = this.targetDocument(uriArgument);
    if (uri === undefined) {
      return;
    }
    const text = await this.bytecode.open(uri, this.cursorLine(uri, lineArgument));
    this.testLog.write({ event: 'bytecode', uri: uri.toString(), text });
  }

  async restartServer(): Promise<void> {
    this.restarts.reset();
    const old = this.client;
    this.client = undefined;
    if (old !== undefined) {
      try {
        await old.dispose(2000);
      } catch {
        // A client that never started has nothing to stop.
      }
    }
    this.serverProcess?.kill();
    await this.start();
  }

  private onOutput(raw: unknown): void {
    const output = parseOutput(raw);
    if (output === undefined) {
      return;
    }
    this.transcript.write(output.text);
    this.testLog.write({ event: 'output', ...output });
  }

  private onGcStats(raw: unknown): void {
    const stats = parseGcStats(raw);
    if (stats === undefined) {
      return;
    }
    this.latestStats = stats;
    this.showStats();
    this.testLog.write({
      event: 'gcStats',
      runId: stats.runId,
      final: stats.final,
      statusText: gcStatusText(stats),
      liveObjects: stats.liveObjects,
    });
  }

  private showStats(): void {
    const stats = this.latestStats;
    if (stats === undefined || !readSettings().showGcStats) {
      this.status.hide();
      return;
    }
    const icon = stats.final ? '$(pulse)' : '$(loading~spin)';
    this.status.text = `${icon} ${gcStatusText(stats)}`;
    const tooltip = new vscode.MarkdownString(gcTooltipMarkdown(stats));
    tooltip.supportThemeIcons = false;
    this.status.tooltip = tooltip;
    this.status.show();
  }

  private onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (event.affectsConfiguration('pvm.serverPath')) {
      void this.restartServer();
      return;
    }
    if (event.affectsConfiguration('pvm.showGcStats')) {
      this.showStats();
    }
    if (
      event.affectsConfiguration('pvm.run') ||
      event.affectsConfiguration('pvm.maxDiagnostics')
    ) {
      const client = this.client;
      if (client !== undefined && client.state === State.Running) {
        const settings = serverSettings(readSettings());
        void client.sendNotification(DidChangeConfigurationNotification.type, { settings: { pvm: settings } });
        this.testLog.write({ event: 'settingsSent', settings });
      }
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    const client = this.client;
    this.client = undefined;
    try {
      await client?.stop(2000);
    } catch {
      // Stopping a client that failed to start throws; nothing to undo.
    }
    this.serverProcess?.kill();
    this.bytecode.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.status.dispose();
    this.output.dispose();
    this.serverLog.dispose();
  }
}

let extension: PvmExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extension = new PvmExtension();
  context.subscriptions.push({ dispose: () => void extension?.dispose() });
  await extension.start();
}

export async function deactivate(): Promise<void> {
  const current = extension;
  extension = undefined;
  await current?.dispose();
}
