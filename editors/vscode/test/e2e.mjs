#!/usr/bin/env node
// End-to-end test of the packaged extension in VS Code's own workbench:
// code-server serves it on 127.0.0.1, the .vsix is installed into a fresh
// extensions folder, and headless Chromium (driven by playwright-core)
// opens a Python file, fixes its syntax error by typing, kills the
// language server, runs the file and shows its bytecode from the command
// palette. What the extension received is read from the JSON-lines file it
// writes when PVM_VSCODE_TEST_LOG is set (src/testLog.ts).
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
  '',
].join('\n');

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
  const workspace = join(work, 'workspace');
  const userData = join(work, 'user-data');
  const extensions = join(work, 'extensions');
  const logPath = join(work, 'extension-log.jsonl');
  for (const dir of [workspace, join(userData, 'User'), extensions]) mkdirSync(dir, { recursive: true });
  const programPath = join(workspace, 'prog.py');
  writeFileSync(programPath, PROGRAM);
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'pvm.serverPath': options.pvm,
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'editor.autoClosingBrackets': 'never',
        'chat.disableAIFeatures': true,
      },
      null,
      2,
    ),
  );
  // code-server writes a default config into ~/.config unless given one.
  const configPath = join(work, 'code-server.yaml');
  writeFileSync(configPath, 'auth: none\ncert: false\n');

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

  const commonArguments = ['--config', configPath, '--user-data-dir', userData, '--extensions-dir', extensions];
  say(`installing ${vsix} into code-server`);
  execFileSync(codeServer, [...commonArguments, '--install-extension', vsix], {
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 60_000,
  });

  const port = await freePort();
  const codeServerLog = [];
  say(`starting code-server on 127.0.0.1:${port}`);
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
      '--disable-workspace-trust',
      '--disable-getting-started-override',
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

  const { chromium } = await import('playwright-core');
  say(`starting ${chromiumPath}`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const screenshotOnFailure = async () => {
    const shot = join(work, 'failure.png');
    await page.screenshot({ path: shot }).catch(() => undefined);
    return shot;
  };
  cleanups.push(async () => {
    if (process.exitCode) say(`screenshot: ${await screenshotOnFailure()}`);
  });

  const log = new TestLogReader(logPath);
  const programUri = `file://${programPath}`;
  const isProgram = (uri) => decodeURIComponent(uri) === programUri;

  say('opening the workbench');
  await page.goto(`${url}?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor();
  // The source editor (the output channel shows "hello from pvm" too).
  const sourceLines = page.locator('.monaco-editor .view-lines', { hasText: 'print("hello from pvm"' });
  say('opening prog.py from the explorer');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'prog.py' }).click();
  await sourceLines.waitFor();

  const first = await log.waitFor('the extension to start pvm lsp', (e) => e.event === 'serverStarted');
  if (first.event.command !== options.pvm || first.event.args.join(' ') !== 'lsp') {
    throw new Error(`the extension started ${first.event.command} ${first.event.args.join(' ')}, not ${options.pvm} lsp`);
  }
  say(`pvm lsp started (pid ${first.event.pid})`);
  await log.waitFor('initialize to complete', (e) => e.event === 'initialized', first.index);

  const syntaxError = await log.waitFor(
    "the diagnostic \"'(' was never closed\" for prog.py",
    (e) =>
      e.event === 'diagnostics' &&
      isProgram(e.uri) &&
      e.diagnostics.some((d) => d.line === 0 && d.character === 5 && d.message === "'(' was never closed" && d.source === 'pvm'),
  );
  say('diagnostic received: 1:6 \'(\' was never closed');

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
  say('the fix cleared the diagnostics');

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
  await log.waitFor(
    'diagnostics from the restarted server',
    (e) => e.event === 'diagnostics' && isProgram(e.uri),
    second.index,
  );
  say(`pvm lsp restarted (pid ${second.event.pid}) and analysed prog.py again`);

  const runCommand = async (title) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
  };

  const beforeRun = log.events().length;
  say('running "PVM: Run Current File" from the command palette');
  await runCommand('PVM: Run Current File');
  const finished = await log.waitFor('the run to finish', (e) => e.event === 'runFinished' || e.event === 'runRefused', beforeRun);
  if (finished.event.event !== 'runFinished' || finished.event.result.status !== 'ok') {
    throw new Error(`the run did not succeed: ${JSON.stringify(finished.event)}`);
  }
  const runId = finished.event.result.runId;
  const output = log
    .events()
    .filter((e) => e.event === 'output' && e.runId === runId && e.stream === 'stdout')
    .map((e) => e.text)
    .join('');
  const expected = 'hello from pvm\nline 0\nline 1\nline 2\ncollected True\n';
  if (output !== expected) {
    throw new Error(`run ${runId} wrote ${JSON.stringify(output)}, expected ${JSON.stringify(expected)}`);
  }
  say(`run ${runId} finished ok in ${finished.event.result.durationMs} ms with the expected output`);
  const finalStats = await log.waitFor('the final GC statistics', (e) => e.event === 'gcStats' && e.runId === runId && e.final, beforeRun);
  say(`final GC statistics: ${finalStats.event.statusText}`);
  await page.locator('.statusbar-item', { hasText: 'GC ' }).waitFor({ timeout: 10_000 });
  const statusText = (await page.locator('.statusbar-item', { hasText: 'GC ' }).first().innerText()).trim();
  if (!/GC \d+\/\d+\/\d+ · \S+ objs · \S+ [kMG]?B/.test(statusText)) {
    throw new Error(`unexpected status bar text ${JSON.stringify(statusText)}`);
  }
  say(`status bar shows "${statusText}"`);
  const channel = page.locator('.monaco-editor .view-lines', { hasText: 'Running prog.py' });
  await channel.waitFor({ timeout: 10_000 });
  // Monaco renders spaces as no-break spaces.
  const channelText = (await channel.innerText()).replace(/\u00a0/g, ' ');
  if (!channelText.includes('hello from pvm') || !/prog\.py finished — exit status 0/.test(channelText)) {
    throw new Error(`the PVM output channel shows:\n${channelText}`);
  }
  say('the PVM output channel shows the run with its start and end lines');

  const beforeBytecode = log.events().length;
  await sourceLines.click();
  say('running "PVM: Show Bytecode"');
  await runCommand('PVM: Show Bytecode');
  const bytecode = await log.waitFor('the bytecode', (e) => e.event === 'bytecode', beforeBytecode);
  if (!bytecode.event.text.includes('LOAD_CONST') || !bytecode.event.text.includes('(print)')) {
    throw new Error(`unexpected bytecode:\n${bytecode.event.text.slice(0, 2000)}`);
  }
  await page.locator('.monaco-editor .view-lines', { hasText: 'RESUME' }).waitFor({ timeout: 10_000 });
  say('the bytecode view opened beside the source');

  if (options.keep) {
    await sleep(500);
    await page.screenshot({ path: join(work, 'final.png') });
  }
  if (pageErrors.length > 0) say(`page errors (not fatal): ${pageErrors.slice(0, 3).join(' | ')}`);
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
