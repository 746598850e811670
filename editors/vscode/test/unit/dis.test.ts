import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contiguousRanges, disLinesForSourceLine } from '../../src/dis';

// `pvm dis` of:
//   1 import math
//   3 def f(x):
//   4     return x * 2
//   8 for i in range(2):
//   9     print(i)
const dis = [
  '  0           0 RESUME                   0',
  '',
  '  1           2 LOAD_CONST               0 (0)',
  '              4 LOAD_CONST               1 (None)',
  '              6 IMPORT_NAME              0 (math)',
  '              8 STORE_NAME               0 (math)',
  '',
  '  3          10 LOAD_CONST               2 (<code object f at 0x7f0000000010, file "/tmp/t.py", line 3>)',
  '             12 MAKE_FUNCTION            0',
  '             14 STORE_NAME               1 (f)',
  '',
  '  8          16 PUSH_NULL',
  '             18 LOAD_NAME                3 (range)',
  '             76 GET_ITER',
  '        >>   78 FOR_ITER                13 (to 106)',
  '             80 STORE_NAME               4 (i)',
  '',
  '  9          82 PUSH_NULL',
  '            104 JUMP_BACKWARD           14 (to 78)',
  '',
  '  8     >>  106 LOAD_CONST               1 (None)',
  '            108 RETURN_VALUE',
  '',
  'Disassembly of <code object f at 0x7f0000000010, file "/tmp/t.py", line 3>:',
  '  3           0 RESUME                   0',
  '',
  '  4           2 LOAD_FAST                0 (x)',
  '              4 LOAD_CONST               1 (2)',
  '              6 BINARY_OP                5 (*)',
  '             10 RETURN_VALUE',
].join('\n');

test('a line group is the instructions below its line number', () => {
  assert.deepEqual(disLinesForSourceLine(dis, 1), [2, 3, 4, 5]);
  assert.deepEqual(disLinesForSourceLine(dis, 9), [17, 18]);
});

test('a line may appear in several places, and in nested code objects', () => {
  assert.deepEqual(disLinesForSourceLine(dis, 8), [11, 12, 13, 14, 15, 20, 21]);
  assert.deepEqual(disLinesForSourceLine(dis, 3), [7, 8, 9, 24]);
  assert.deepEqual(disLinesForSourceLine(dis, 4), [26, 27, 28, 29]);
});

test('lines without bytecode find nothing', () => {
  assert.deepEqual(disLinesForSourceLine(dis, 2), []);
  assert.deepEqual(disLinesForSourceLine(dis, 100), []);
  assert.deepEqual(disLinesForSourceLine('', 1), []);
  assert.deepEqual(disLinesForSourceLine('# does not compile', 1), []);
});

test('the code object header does not carry the line above into the next object', () => {
  const text = ['  5           0 RESUME 0', 'Disassembly of <code object g>:', '              2 NOP'].join('\n');
  assert.deepEqual(disLinesForSourceLine(text, 5), [0]);
});

test('contiguous ranges', () => {
  assert.deepEqual(contiguousRanges([]), []);
  assert.deepEqual(contiguousRanges([11, 12, 13, 20, 21, 24]), [
    [11, 13],
    [20, 21],
    [24, 24],
  ]);
});
