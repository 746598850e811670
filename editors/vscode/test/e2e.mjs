#!/usr/bin/env node
// End-to-end test of the packaged extension in VS Code's own workbench:
// code-server serves it on 127.0.0.1, the .vsix is installed into a fresh
// extensions folder, and headless Chromium (driven by playwright-core)
// opens Python files. In a trusted workspace it fixes a syntax error by
// typing, kills the language server (which must come back), runs the file
// from the command palette and a cell from its code lens, restarts the
// session, opens the bytecode view and moves the cursor, interrupts an
// endless loop and stops it with a changed run time limit, runs a file
// that raises, and restarts the server by hand. In a restricted
// (untrusted) workspace diagnostics, code lenses and hover work but
// nothing runs. What the extension received is read from the JSON-lines
// file it writes when PVM_VSCODE_TEST_LOG is set (src/testLog.ts).
//
// Usage: node test/e2e.mjs --pvm /path/to/pvm [--vsix x.vsix] [--keep]
// Environment: PVM_E2E_CODE_SERVER (the code-server executable; default
// ~/.cache/pvm-e2e/node_modules/.bin/code-server, where
// test/install-e2e-deps.sh puts it), PVM_E2E_CHROMIUM (default: chromium
// on PATH). Run `npm run compile` first. Exit status 0 on success.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTENSION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOTAL_TIMEOUT_MS = 150_000;
const STEP_TIMEOUT_MS = 45_000;

function parseArguments(argv) {
  const options = { pvm: process.env.PVM_E2E_PVM, vsix: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--pvm') options.pvm = argv[++i];
    else if (arg === '--vsix') options.vsix = argv[++i];
    else if (arg === '--keep') options.keep = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.pvm) throw new Error('--pvm /path/to/pvm is required');
  options.pvm = resolve(options.pvm);
  return options;
}

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const started = Date.now();
function say(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[e2e ${seconds}s] ${message}`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Everything started here, stopped in reverse order whatever happens. */
const cleanups = [];
let cleanedUp = false;
async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`[e2e] cleanup: ${error.message}`);
    }
  }
}

class TestLogReader {
  constructor(path) {
    this.path = path;
  }

  events() {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line));
  }

  tail(count = 25) {
    return this.events()
      .slice(-count)
      .map((e) => JSON.stringify(e).slice(0, 300))
      .join('\n');
  }

  /** Waits for the first event after `since` (an index) that `accept` takes. */
  async waitFor(what, accept, since = 0, timeoutMs = STEP_TIMEOUT_MS) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const events = this.events();
      for (let i = since; i < events.length; i++) {
        if (accept(events[i])) return { event: events[i], index: i };
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}; the extension's log ends with:\n${this.tail()}`);
      }
      await sleep(150);
    }
  }
}

const PROGRAM = [
  'print("hello from pvm"',
  'for i in range(3):',
  '    print("line", i)',
  'cycles = [[] for _ in range(3000)]',
  'for item in cycles:',
  '    item.append(item)',
  'del cycles, item',
  'import gc',
  'print("collected", gc.collect() > 0)',
  '# %%',
  'print("cell says", 6 * 7)',
  '',
].join('\n');

const UNTRUSTED_PROGRAM = [
  'def double(x):',
  '    return x * 2',
  '# %%',
  'print(double(21))',
  '',
].join('\n');

/** Settings of every workbench here; `trusted` picks the trust mode. */
function userSettings(pvm, trusted) {
  return {
    'pvm.serverPath': pvm,
    'security.workspace.trust.enabled': !trusted,
    // An untrusted folder opens in restricted mode without asking.
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'editor.autoClosingBrackets': 'never',
    'editor.hover.delay': 100,
    'chat.disableAIFeatures': true,
  };
}

/**
 * A code-server of its own (user data, extensions, workspace under `dir`)
 * with the .vsix installed, and a Chromium page showing its workbench.
 */
async function openWorkbench({ name, dir, codeServer, vsix, browser, pvm, trusted, files }) {
  const workspace = join(dir, 'workspace');
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  const logPath = join(dir, 'extension-log.jsonl');
  for (const folder of [workspace, join(userData, 'User'), extensions]) mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(workspace, file), text);
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(userSettings(pvm, trusted), null, 2));
  // code-server writes a default config into ~/.config unless given one.
  const configPath = join(dir, 'code-server.yaml');
  writeFileSync(configPath, 'auth: none\ncert: false\n');

  const commonArguments = ['--config', configPath, '--user-data-dir', userData, '--extensions-dir', extensions];
  say(`${name}: installing the .vsix into code-server`);
  execFileSync(codeServer, [...commonArguments, '--install-extension', vsix], {
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 60_000,
  });

  const port = await freePort();
  const codeServerLog = [];
  say(`${name}: starting code-server on 127.0.0.1:${port}`);
  const server = spawn(
    codeServer,
    [
      ...commonArguments,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      ...(trusted ? ['--disable-workspace-trust'] : []),
      workspace,
    ],
    {
      env: { ...process.env, PVM_VSCODE_TEST_LOG: logPath },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that the extension host and pvm lsp
      // below it go down with it.
      detached: true,
    },
  );
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (chunk) => codeServerLog.push(chunk.toString()));
  }
  let serverExited = false;
  server.on('exit', () => (serverExited = true));
  cleanups.push(async () => {
    if (serverExited) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 30 && !serverExited; i++) await sleep(100);
    if (!serverExited) process.kill(-server.pid, 'SIGKILL');
  });
  const describeServer = () => `\ncode-server's output:\n${codeServerLog.join('').slice(-4000)}`;

  const url = `http://127.0.0.1:${port}/`;
  for (let deadline = Date.now() + 30_000; ; ) {
    if (serverExited) throw new Error(`code-server exited${describeServer()}`);
    try {
      const response = await fetch(`${url}healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url}${describeServer()}`);
    await sleep(200);
  }

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  cleanups.push(async () => {
    if (process.exitCode) {
      const shot = join(dir, 'failure.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      say(`${name}: screenshot ${shot}`);
    }
    await page.close().catch(() => undefined);
  });
  say(`${name}: opening the workbench`);
  await page.goto(`${url}?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor();
  return { page, log: new TestLogReader(logPath), workspace };
}

/** Opens a file from the explorer; resolves once its text shows. */
async function openFile(page, file, someText) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).click();
  const lines = page.locator('.monaco-editor .view-lines', { hasText: someText });
  await lines.waitFor();
  return lines;
}

async function runFromPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

function runOutput(log, runId) {
  return log
    .events()
    .filter((e) => e.event === 'output' && e.runId === runId && e.stream === 'stdout')
    .map((e) => e.text)
    .join('');
}

async function expectRun(log, since, what, expectedOutput) {
  const finished = await log.waitFor(`${what} to finish`, (e) => e.event === 'runFinished' || e.event === 'runRefused', since);
  if (finished.event.event !== 'runFinished' || finished.event.result.status !== 'ok') {
    throw new Error(`${what} did not succeed: ${JSON.stringify(finished.event)}`);
  }
  const runId = finished.event.result.runId;
  // The final statistics come after the run's last output.
  const stats = await log.waitFor(`the final GC statistics of ${what}`, (e) => e.event === 'gcStats' && e.runId === runId && e.final, since);
  const output = runOutput(log, runId);
  if (output !== expectedOutput) {
    throw new Error(`${what} (run ${runId}) wrote ${JSON.stringify(output)}, expected ${JSON.stringify(expectedOutput)}`);
  }
  say(`${what}: run ${runId} finished ok in ${finished.event.result.durationMs} ms with the expected output; ${stats.event.statusText}`);
  return finished.event;
}

async function trustedScenario(context) {
  const { page, log, workspace } = await openWorkbench({
    ...context,
    name: 'trusted',
    dir: join(context.work, 'trusted'),
    trusted: true,
    files: { 'prog.py': PROGRAM, 'loop.py': 'n = 0\nwhile True:\n    n += 1\n', 'fail.py': 'x = 1\nprint(x / 0)\n' },
  });
  const programUri = `file://${join(workspace, 'prog.py')}`;
  const isProgram = (uri) => decodeURIComponent(uri) === programUri;
  say('trusted: opening prog.py from the explorer');
  // The source editor (the output channel shows "hello from pvm" too).
  const sourceLines = await openFile(page, 'prog.py', 'print("hello from pvm"');

  const first = await log.waitFor('the extension to start pvm lsp', (e) => e.event === 'serverStarted');
  if (first.event.command !== context.pvm || first.event.args.join(' ') !== 'lsp') {
    throw new Error(`the extension started ${first.event.command} ${first.event.args.join(' ')}, not ${context.pvm} lsp`);
  }
  say(`trusted: pvm lsp started (pid ${first.event.pid})`);
  await log.waitFor('initialize to complete', (e) => e.event === 'initialized', first.index);

  const syntaxError = await log.waitFor(
    "the diagnostic \"'(' was never closed\" for prog.py",
    (e) =>
      e.event === 'diagnostics' &&
      isProgram(e.uri) &&
      e.diagnostics.some((d) => d.line === 0 && d.character === 5 && d.message === "'(' was never closed" && d.source === 'pvm'),
  );
  say("trusted: diagnostic received: 1:6 '(' was never closed");

  // Fix the error by typing, as a person would: the edit travels as an
  // incremental didChange, and the diagnostic must go away.
  await sourceLines.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.type(')');
  await log.waitFor(
    'the diagnostics of prog.py to clear after the fix',
    (e) => e.event === 'diagnostics' && isProgram(e.uri) && e.diagnostics.length === 0,
    syntaxError.index,
  );
  say('trusted: the fix cleared the diagnostics');

  // The extension restarts a language server that dies.
  process.kill(first.event.pid, 'SIGKILL');
  // The client may notice the closed pipe, and start the new server, before
  // node reports the old one's exit: the two events come in either order.
  await log.waitFor('the killed server to be noticed', (e) => e.event === 'serverExited' && e.pid === first.event.pid);
  const second = await log.waitFor(
    'pvm lsp to be started again',
    (e) => e.event === 'serverStarted' && e.pid !== first.event.pid,
    first.index + 1,
  );
  await log.waitFor('diagnostics from the restarted server', (e) => e.event === 'diagnostics' && isProgram(e.uri), second.index);
  say(`trusted: pvm lsp restarted (pid ${second.event.pid}) and analysed prog.py again`);

  let since = log.events().length;
  say('trusted: "PVM: Run Current File" from the command palette');
  await runFromPalette(page, 'PVM: Run Current File');
  await expectRun(log, since, 'the file', 'hello from pvm\nline 0\nline 1\nline 2\ncollected True\ncell says 42\n');
  const status = page.locator('.statusbar-item', { hasText: 'GC ' }).first();
  await status.waitFor({ timeout: 10_000 });
  const statusText = (await status.innerText()).trim();
  if (!/GC \d+\/\d+\/\d+ · \S+ objs · \S+ [kMG]?B/.test(statusText)) {
    throw new Error(`unexpected status bar text ${JSON.stringify(statusText)}`);
  }
  say(`trusted: the status bar shows "${statusText}"`);
  await status.hover();
  const tooltip = page.locator('.monaco-hover', { hasText: 'heap bytes' }).first();
  await tooltip.waitFor({ timeout: 10_000 });
  const tooltipText = await tooltip.innerText();
  for (const field of ['collections', 'threshold', 'live objects', 'tracked objects', 'max pause', 'live type']) {
    if (!tooltipText.includes(field)) throw new Error(`the status tooltip lacks "${field}":\n${tooltipText}`);
  }
  if (context.keep) await page.screenshot({ path: join(context.work, 'tooltip.png') });
  say('trusted: its tooltip tabulates the statistics');
  await page.mouse.move(700, 300);
  const channel = page.locator('.monaco-editor .view-lines', { hasText: 'Running prog.py' });
  await channel.waitFor({ timeout: 10_000 });
  // Monaco renders spaces as no-break spaces.
  const channelText = (await channel.innerText()).replace(/\u00a0/g, ' ');
  if (!channelText.includes('hello from pvm') || !/prog\.py finished — exit status 0/.test(channelText)) {
    throw new Error(`the PVM output channel shows:\n${channelText}`);
  }
  say('trusted: the PVM output channel shows the run between its start and end lines');

  // The server's "▶ Run cell" lens above `# %%` (line 10) runs that cell.
  since = log.events().length;
  const runCellLens = page.locator('.codelens-decoration a', { hasText: 'Run cell' });
  await runCellLens.first().waitFor();
  say(`trusted: clicking the last of ${await runCellLens.count()} "Run cell" code lenses`);
  await runCellLens.last().click();
  const cellRun = await expectRun(log, since, 'the cell', 'cell says 42\n');
  if (cellRun.target.kind !== 'cell' || cellRun.target.line !== 9) {
    throw new Error(`the lens ran ${JSON.stringify(cellRun.target)}, not the cell at line 10`);
  }

  since = log.events().length;
  await sourceLines.click();
  say('trusted: "PVM: Restart Session" from the command palette');
  await runFromPalette(page, 'PVM: Restart Session');
  await log.waitFor('the session restart', (e) => e.event === 'sessionRestarted' && isProgram(e.uri), since);
  await page.locator('.monaco-editor .view-lines', { hasText: 'start on a fresh VM' }).waitFor({ timeout: 10_000 });
  say('trusted: the session restarted, and the output channel says so');

  since = log.events().length;
  await sourceLines.click();
  say('trusted: "PVM: Show Bytecode" from the command palette');
  await runFromPalette(page, 'PVM: Show Bytecode');
  const bytecode = await log.waitFor('the bytecode', (e) => e.event === 'bytecode', since);
  if (!bytecode.event.text.includes('LOAD_CONST') || !bytecode.event.text.includes('(print)')) {
    throw new Error(`unexpected bytecode:\n${bytecode.event.text.slice(0, 2000)}`);
  }
  await page.locator('.monaco-editor .view-lines', { hasText: 'RESUME' }).waitFor({ timeout: 10_000 });
  say('trusted: the bytecode view opened beside the source');
  // It follows the cursor: line 3 (`print("line", i)`) compiles to one
  // group of instructions, which gets highlighted.
  since = log.events().length;
  await page.locator('.monaco-editor .view-line', { hasText: 'print("line", i)' }).first().click();
  const highlight = await log.waitFor(
    'the bytecode view to follow the cursor to line 3',
    (e) => e.event === 'bytecodeHighlight' && isProgram(e.uri) && e.line === 2,
    since,
  );
  const highlighted = highlight.event.viewLines;
  const disLines = bytecode.event.text.split('\n');
  if (highlighted.length !== 1 || !/^\s*3\s/.test(disLines[highlighted[0][0]] ?? '')) {
    throw new Error(`line 3 highlighted ${JSON.stringify(highlighted)} of\n${bytecode.event.text}`);
  }
  say(`trusted: moving the cursor to line 3 highlights bytecode lines ${highlighted[0][0] + 1}-${highlighted[0][1] + 1}`);

  // A program that never ends, stopped with the title bar's Interrupt
  // button, which shows only while a program runs.
  await openFile(page, 'loop.py', 'while True');
  since = log.events().length;
  say('trusted: running loop.py with Ctrl+Alt+R');
  await page.locator('.monaco-editor .view-lines', { hasText: 'while True' }).click();
  await page.keyboard.press('Control+Alt+R');
  await log.waitFor('loop.py to start', (e) => e.event === 'runStarted', since);
  const interrupt = page.locator('.editor-group-container.active .editor-actions .action-label[aria-label*="Interrupt"]');
  await interrupt.first().waitFor({ timeout: 10_000 });
  await sleep(300);
  say('trusted: clicking Interrupt in the editor title');
  await interrupt.first().click();
  const interrupted = await log.waitFor('the interrupted run to end', (e) => e.event === 'runFinished' || e.event === 'runRefused', since);
  if (interrupted.event.result?.status !== 'interrupted') {
    throw new Error(`the endless loop ended with ${JSON.stringify(interrupted.event)}`);
  }
  const traceback = log
    .events()
    .filter((e) => e.event === 'output' && e.runId === interrupted.event.result.runId && e.stream === 'stderr')
    .map((e) => e.text)
    .join('');
  if (!traceback.includes('KeyboardInterrupt')) {
    throw new Error(`the interrupted run wrote to stderr: ${JSON.stringify(traceback)}`);
  }
  await interrupt.first().waitFor({ state: 'detached', timeout: 10_000 });
  say('trusted: the run was interrupted (KeyboardInterrupt) and the Interrupt button went away');

  // The run time limit reaches the server when the setting changes (here
  // in the workspace's settings, which VS Code watches).
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'pvm.run.timeoutSeconds': 1 }));
  await log.waitFor('the new settings to be sent', (e) => e.event === 'settingsSent' && e.settings.runTimeoutMs === 1000, since);
  since = log.events().length;
  say('trusted: with pvm.run.timeoutSeconds = 1, running loop.py again');
  await page.keyboard.press('Control+Alt+R');
  const timedOut = await log.waitFor('the time limit to stop loop.py', (e) => e.event === 'runFinished' || e.event === 'runRefused', since);
  if (timedOut.event.result?.status !== 'timeout') {
    throw new Error(`the endless loop ended with ${JSON.stringify(timedOut.event)} instead of the time limit`);
  }
  say(`trusted: the time limit stopped it after ${timedOut.event.result.durationMs} ms`);

  // An uncaught exception: the run fails, and the server's `pvm run`
  // diagnostic marks the line that raised. Run from the title bar button.
  await openFile(page, 'fail.py', 'print(x / 0)');
  await page.locator('.monaco-editor .view-lines', { hasText: 'print(x / 0)' }).click();
  since = log.events().length;
  say('trusted: running fail.py from the editor title\'s Run button');
  await page.locator('.editor-group-container.active .editor-actions .action-label[aria-label*="Run Current File"]').first().click();
  const failed = await log.waitFor('fail.py to finish', (e) => e.event === 'runFinished' || e.event === 'runRefused', since);
  if (failed.event.result?.status !== 'error' || failed.event.result.exitCode !== 1) {
    throw new Error(`fail.py ended with ${JSON.stringify(failed.event)}`);
  }
  await log.waitFor(
    'the ZeroDivisionError diagnostic at line 2 of fail.py',
    (e) =>
      e.event === 'diagnostics' &&
      decodeURIComponent(e.uri).endsWith('/fail.py') &&
      e.diagnostics.some((d) => d.line === 1 && d.source === 'pvm run' && d.message === 'ZeroDivisionError: division by zero'),
    since,
  );
  say('trusted: fail.py failed with exit status 1 and its ZeroDivisionError shows at line 2');

  since = log.events().length;
  say('trusted: "PVM: Restart Language Server" from the command palette');
  await runFromPalette(page, 'PVM: Restart Language Server');
  const restarted = await log.waitFor('a new pvm lsp', (e) => e.event === 'serverStarted', since);
  await log.waitFor('the new server to initialize', (e) => e.event === 'initialized', restarted.index);
  await log.waitFor(
    'the new server to analyse prog.py',
    (e) => e.event === 'diagnostics' && isProgram(e.uri),
    restarted.index,
  );
  say(`trusted: pvm lsp restarted by hand (pid ${restarted.event.pid})`);
  if (context.keep) {
    await sleep(500);
    await page.screenshot({ path: join(context.work, 'trusted.png') });
  }
}

async function untrustedScenario(context) {
  const { page, log, workspace } = await openWorkbench({
    ...context,
    name: 'restricted',
    dir: join(context.work, 'restricted'),
    trusted: false,
    files: { 'cells.py': UNTRUSTED_PROGRAM },
  });
  const fileUri = `file://${join(workspace, 'cells.py')}`;
  say('restricted: opening cells.py from the explorer');
  const sourceLines = await openFile(page, 'cells.py', 'def double');
  const activated = await log.waitFor('the extension to activate', (e) => e.event === 'activated');
  if (activated.event.trusted !== false) {
    throw new Error('the workspace was trusted; the restricted mode test needs it untrusted');
  }
  await log.waitFor('pvm lsp to start', (e) => e.event === 'serverStarted');
  await log.waitFor('diagnostics for cells.py', (e) => e.event === 'diagnostics' && decodeURIComponent(e.uri) === fileUri);
  say('restricted: pvm lsp started and published diagnostics');

  // Code lenses: "Show bytecode" stays, "Run cell" is dropped.
  await page.locator('.codelens-decoration a', { hasText: 'Show bytecode' }).first().waitFor();
  if ((await page.locator('.codelens-decoration a', { hasText: 'Run cell' }).count()) !== 0) {
    throw new Error('a "Run cell" code lens shows in restricted mode');
  }
  say('restricted: code lenses show "Show bytecode" and no "Run cell"');

  // Hover shows the bytecode of the hovered line.
  await page.locator('.monaco-editor .view-line', { hasText: 'return x * 2' }).locator('span', { hasText: 'return' }).first().hover();
  const hover = page.locator('.monaco-hover', { hasText: 'bytecode' });
  await hover.first().waitFor({ timeout: 15_000 });
  const hoverText = await hover.first().innerText();
  if (!hoverText.includes('BINARY_OP')) {
    throw new Error(`the hover shows:\n${hoverText}`);
  }
  say('restricted: hover shows the line\'s bytecode');
  if (context.keep) await page.screenshot({ path: join(context.work, 'restricted.png') });
  await page.keyboard.press('Escape');

  // The run keybinding does nothing: its `when` needs a trusted workspace.
  const since = log.events().length;
  await sourceLines.click();
  await page.keyboard.press('Control+Alt+R');
  await runFromPaletteIfListed(page, 'PVM: Run Current File');
  await sleep(2000);
  const runs = log.events().slice(since).filter((e) => e.event.startsWith('run'));
  if (runs.length > 0) {
    throw new Error(`something ran in restricted mode: ${JSON.stringify(runs)}`);
  }
  say('restricted: "Run Current File" neither runs from its keybinding nor from the palette');
}

/** Runs a palette entry if the palette offers it (disabled commands are not offered). */
async function runFromPaletteIfListed(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await sleep(500);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const codeServer =
    process.env.PVM_E2E_CODE_SERVER ?? join(homedir(), '.cache', 'pvm-e2e', 'node_modules', '.bin', 'code-server');
  const chromiumPath = process.env.PVM_E2E_CHROMIUM ?? which('chromium');
  if (!existsSync(codeServer)) throw new Error(`code-server not found at ${codeServer} (run test/install-e2e-deps.sh)`);
  if (!chromiumPath) throw new Error('chromium not found on PATH (apt-get install chromium)');
  if (!existsSync(options.pvm)) throw new Error(`pvm not found at ${options.pvm}`);
  if (!existsSync(join(EXTENSION_DIR, 'out', 'src', 'extension.js'))) throw new Error('run `npm run compile` first');

  const work = mkdtempSync(join(tmpdir(), 'pvm-vscode-e2e-'));
  cleanups.push(() => {
    if (options.keep || process.exitCode) say(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  });

  let vsix = options.vsix;
  if (!vsix) {
    vsix = join(work, 'pvm-vscode.vsix');
    say('packaging the extension');
    execFileSync(process.execPath, [join(EXTENSION_DIR, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--out', vsix], {
      cwd: EXTENSION_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 60_000,
    });
  }

  const { chromium } = await import('playwright-core');
  say(`starting ${chromiumPath}`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  cleanups.push(() => browser.close());

  const context = { work, codeServer, vsix, browser, pvm: options.pvm, keep: options.keep };
  await trustedScenario(context);
  await untrustedScenario(context);
}

const overall = setTimeout(async () => {
  console.error(`[e2e] FAILED: the whole test took longer than ${TOTAL_TIMEOUT_MS / 1000}s`);
  process.exitCode = 1;
  await cleanUp();
  process.exit(1);
}, TOTAL_TIMEOUT_MS);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    process.exitCode = 1;
    await cleanUp();
    process.exit(1);
  });
}

try {
  await main();
  say('PASSED');
} catch (error) {
  process.exitCode = 1;
  console.error(`[e2e] FAILED: ${error.stack ?? error}`);
} finally {
  await cleanUp();
  clearTimeout(overall);
}
