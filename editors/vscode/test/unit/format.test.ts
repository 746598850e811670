import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  Transcript,
  formatBytes,
  formatCount,
  gcStatusText,
  gcTooltipMarkdown,
  runEndLine,
  runRefusedLine,
  runStartLine,
  serverCommand,
  serverSettings,
  sessionRestartedLine,
} from '../../src/format';
import { GcStatsParams, parseGcStats } from '../../src/protocol';
import { documentedStats } from './fixtures';

function stats(overrides: Partial<GcStatsParams> = {}): GcStatsParams {
  const parsed = parseGcStats(documentedStats);
  assert.ok(parsed);
  return { ...parsed, ...overrides };
}

test('counts are short', () => {
  assert.equal(formatCount(0), '0');
  assert.equal(formatCount(950), '950');
  assert.equal(formatCount(1000), '1k');
  assert.equal(formatCount(1234), '1.2k');
  assert.equal(formatCount(12345), '12k');
  assert.equal(formatCount(999_499), '999k');
  assert.equal(formatCount(2_500_000), '2.5M');
  assert.equal(formatCount(3_000_000_000), '3G');
});

test('bytes are decimal', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(999), '999 B');
  assert.equal(formatBytes(1500), '1.5 kB');
  assert.equal(formatBytes(909_440), '909 kB');
  assert.equal(formatBytes(4_194_304), '4.2 MB');
  assert.equal(formatBytes(12_000_000), '12 MB');
  assert.equal(formatBytes(2_000_000_000), '2 GB');
});

test('status text: collections per generation, live objects, heap', () => {
  assert.equal(gcStatusText(stats()), 'GC 85/7/0 · 14k objs · 4.2 MB');
  const small = stats({
    liveObjects: 12_000,
    generations: stats().generations.map((g, i) => ({ ...g, collections: [3, 1, 0][i] })),
  });
  assert.equal(gcStatusText(small), 'GC 3/1/0 · 12k objs · 4.2 MB');
});

test('tooltip lists every field', () => {
  const markdown = gcTooltipMarkdown(stats());
  assert.match(markdown, /prog\.py · run 3 \(final\)/);
  assert.match(markdown, /\| 0 \| 85 \| 59500 \| 0 \| 12 \| 700 \| 12 \|/);
  assert.match(markdown, /\| 1 \| 7 \| 0 \| 0 \| 5 \| 10 \| 40 \|/);
  assert.match(markdown, /\| 2 \| 0 \| 0 \| 0 \| 7 \| 10 \| 2511 \|/);
  for (const row of [
    '| enabled | yes |',
    '| frozen | 0 |',
    '| live objects | 14210 |',
    '| tracked objects | 2563 |',
    '| object bytes | 909440 (909 kB) |',
    '| heap bytes | 4194304 (4.2 MB) |',
    '| last pause | 0.02 ms |',
    '| max pause | 0.4 ms |',
    '| total pause | 1.9 ms |',
    '| function | 1210 |',
    '| dict | 640 |',
  ]) {
    assert.ok(markdown.includes(row), `${row} missing from\n${markdown}`);
  }
});

test('tooltip while running, and with many types', () => {
  const running = gcTooltipMarkdown(stats({ final: false, liveByType: undefined }));
  assert.match(running, /run 3 \(running\)/);
  assert.doesNotMatch(running, /live type/);
  const types: [string, number][] = Array.from({ length: 14 }, (_, i) => [`t${i}`, 100 - i]);
  const many = gcTooltipMarkdown(stats({ liveByType: types }));
  assert.ok(many.includes('| t9 | 91 |'));
  assert.ok(!many.includes('| t10 |'));
  assert.ok(many.includes('| … 4 more | |'));
});

test('tooltip escapes markdown in type names', () => {
  const markdown = gcTooltipMarkdown(stats({ liveByType: [['a|b_c', 1]] }));
  assert.ok(markdown.includes('| a\\|b\\_c | 1 |'));
});

const at = new Date(2026, 0, 2, 9, 5, 7);
const file = { kind: 'file' as const, uri: 'file:///home/me/my%20prog.py' };
const cell = { kind: 'cell' as const, uri: 'file:///home/me/nb.py', line: 6 };

test('run start and end lines', () => {
  assert.equal(runStartLine(file, at), '[09:05:07] ▶ Running my prog.py');
  assert.equal(runStartLine(cell, at), '[09:05:07] ▶ Running cell at line 7 of nb.py');
  assert.equal(
    runEndLine(file, { runId: 3, status: 'ok', exitCode: 0, durationMs: 12 }, at),
    '[09:05:07] ■ my prog.py finished — exit status 0 (12 ms, run 3)',
  );
  assert.equal(
    runEndLine(cell, { runId: 4, status: 'error', exitCode: 1, durationMs: 5 }, at),
    '[09:05:07] ■ cell at line 7 of nb.py failed — exit status 1 (5 ms, run 4)',
  );
  assert.match(runEndLine(file, { runId: 5, status: 'timeout', exitCode: 1, durationMs: 9 }, at), /time limit/);
  assert.match(runEndLine(file, { runId: 5, status: 'outputLimit', exitCode: 1, durationMs: 9 }, at), /output limit/);
  assert.match(runEndLine(file, { runId: 5, status: 'interrupted', exitCode: 1, durationMs: 9 }, at), /interrupted/);
  assert.equal(
    runEndLine(file, { runId: null, status: 'compileError', exitCode: 1, durationMs: 0 }, at),
    '[09:05:07] ■ my prog.py was not run: it does not compile (see Problems)',
  );
  assert.equal(
    runRefusedLine(file, 'a program is already running', at),
    '[09:05:07] ■ my prog.py was not run: a program is already running',
  );
});

test('session restart line', () => {
  assert.equal(sessionRestartedLine('file:///home/me/nb.py', at), '[09:05:07] ↻ The cells of nb.py start on a fresh VM');
});

test('the transcript never glues a run line onto unfinished output', () => {
  let text = '';
  const transcript = new Transcript((t) => (text += t));
  transcript.line('start');
  transcript.write('a\n');
  transcript.write('');
  transcript.write('b');
  transcript.line('end');
  transcript.line('next');
  assert.equal(text, 'start\na\nb\nend\nnext\n');
});

test('server settings are whole numbers in the server units', () => {
  const base = { serverPath: '', runTimeoutSeconds: 300, maxOutputBytes: 16777216, maxDiagnostics: 100, showGcStats: true };
  assert.deepEqual(serverSettings(base), { maxDiagnostics: 100, runTimeoutMs: 300000, maxOutputBytes: 16777216 });
  assert.deepEqual(serverSettings({ ...base, runTimeoutSeconds: 2.5, maxDiagnostics: 0, maxOutputBytes: NaN }), {
    maxDiagnostics: 100,
    runTimeoutMs: 2000,
    maxOutputBytes: 16777216,
  });
});

test('server command: pvm lsp from PATH unless a path is set', () => {
  assert.deepEqual(serverCommand({ serverPath: '' }), { command: 'pvm', args: ['lsp'] });
  assert.deepEqual(serverCommand({ serverPath: '  ' }), { command: 'pvm', args: ['lsp'] });
  assert.deepEqual(serverCommand({ serverPath: '/opt/pvm/bin/pvm' }), { command: '/opt/pvm/bin/pvm', args: ['lsp'] });
});
