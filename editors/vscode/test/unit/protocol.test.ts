import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EditorCommand, ServerCommand, lensCommand, parseGcStats, parseOutput, parseRunResult } from '../../src/protocol';
import { documentedStats } from './fixtures';


test('pvm/output with the documented shape is accepted', () => {
  const raw = { uri: 'file:///home/me/prog.py', runId: 3, stream: 'stdout', text: 'hello\n' };
  assert.deepEqual(parseOutput(raw), raw);
  assert.deepEqual(parseOutput({ ...raw, stream: 'stderr' })?.stream, 'stderr');
});

test('pvm/output with a wrong shape is dropped', () => {
  const good = { uri: 'file:///a.py', runId: 1, stream: 'stdout', text: 'x' };
  assert.equal(parseOutput(null), undefined);
  assert.equal(parseOutput([good]), undefined);
  assert.equal(parseOutput({ ...good, stream: 'stdin' }), undefined);
  assert.equal(parseOutput({ ...good, text: 5 }), undefined);
  assert.equal(parseOutput({ ...good, runId: '1' }), undefined);
  assert.equal(parseOutput({ ...good, uri: undefined }), undefined);
});

test('pvm/gcStats keeps every documented field', () => {
  const stats = parseGcStats(documentedStats);
  assert.deepEqual(stats, documentedStats);
});

test('pvm/gcStats during a run has no liveByType and is not final', () => {
  const { liveByType: _types, final: _final, ...running } = documentedStats;
  const stats = parseGcStats(running);
  assert.ok(stats);
  assert.equal(stats.final, false);
  assert.equal(stats.liveByType, undefined);
});

test('pvm/gcStats: missing numbers read as 0, malformed messages are dropped', () => {
  const stats = parseGcStats({ uri: 'file:///a.py', runId: 1, generations: [{ collections: 2 }] });
  assert.ok(stats);
  assert.equal(stats.generations[0].collections, 2);
  assert.equal(stats.generations[0].threshold, 0);
  assert.equal(stats.heapBytes, 0);
  assert.equal(parseGcStats({ uri: 'file:///a.py', runId: 1 }), undefined);
  assert.equal(parseGcStats({ uri: 'file:///a.py', runId: 1, generations: [3] }), undefined);
  assert.equal(parseGcStats('stats'), undefined);
});

test('pvm/gcStats drops malformed liveByType entries only', () => {
  const stats = parseGcStats({ ...documentedStats, liveByType: [['list', 3], ['bad'], [4, 4]] });
  assert.deepEqual(stats?.liveByType, [['list', 3]]);
});

test('RunResult of each status', () => {
  assert.deepEqual(parseRunResult({ runId: 3, status: 'ok', exitCode: 0, durationMs: 12 }), {
    runId: 3,
    status: 'ok',
    exitCode: 0,
    durationMs: 12,
  });
  assert.equal(parseRunResult({ runId: null, status: 'compileError', exitCode: 1, durationMs: 0 })?.runId, null);
  for (const status of ['error', 'interrupted', 'timeout', 'outputLimit', 'crashed']) {
    assert.equal(parseRunResult({ runId: 1, status, exitCode: 1, durationMs: 1 })?.status, status);
  }
  assert.equal(parseRunResult({ runId: 1, status: 'exploded' }), undefined);
  assert.equal(parseRunResult(null), undefined);
});

test('code lenses run the extension\'s commands, and no runs when untrusted', () => {
  assert.equal(lensCommand('pvm.runCell', true), 'pvm.editor.runCell');
  assert.equal(lensCommand('pvm.runFile', true), 'pvm.editor.runFile');
  assert.equal(lensCommand('pvm.showBytecode', true), 'pvm.editor.showBytecode');
  assert.equal(lensCommand('pvm.runCell', false), null);
  assert.equal(lensCommand('pvm.runFile', false), null);
  assert.equal(lensCommand('pvm.showBytecode', false), 'pvm.editor.showBytecode');
  assert.equal(lensCommand('something.else', false), 'something.else');
});

test('the extension\'s command IDs are the ones package.json contributes', () => {
  const manifest = require('../../../package.json');
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
  // A copy: deepEqual would narrow `contributed` to the editor IDs' type.
  assert.deepEqual([...contributed], Object.values(EditorCommand).sort());
  for (const binding of manifest.contributes.keybindings) {
    assert.ok(contributed.includes(binding.command), binding.command);
  }
  for (const command of Object.values(ServerCommand)) {
    assert.ok(!contributed.includes(command), `${command} is registered by the language client`);
  }
});
