import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { TEST_LOG_VARIABLE, TestLog } from '../../src/testLog';

test('writes one JSON object a line when the variable names a file', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'pvm-testlog-')), 'log.jsonl');
  const log = TestLog.fromEnvironment({ [TEST_LOG_VARIABLE]: path });
  assert.equal(log.enabled, true);
  log.write({ event: 'a', n: 1 });
  log.write({ event: 'b' });
  const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => [l.event, l.n]),
    [
      ['a', 1],
      ['b', undefined],
    ],
  );
  assert.equal(typeof lines[0].time, 'number');
});

test('writes nothing when the variable is unset or empty', () => {
  assert.equal(TestLog.fromEnvironment({}).enabled, false);
  assert.equal(TestLog.fromEnvironment({ [TEST_LOG_VARIABLE]: '' }).enabled, false);
  const log = new TestLog(undefined);
  log.write({ event: 'x' });
});

test('an unwritable log does not throw', () => {
  const log = new TestLog(join(tmpdir(), 'no-such-dir-pvm', 'sub', 'log.jsonl'));
  log.write({ event: 'x' });
  assert.equal(existsSync(join(tmpdir(), 'no-such-dir-pvm')), false);
});
