// Reads the dis text the server sends for `pvm.showBytecode` (CPython's
// `dis` layout) to find which of its lines belong to a source line, so the
// bytecode view can follow the cursor.
//
// An instruction line is `[lineno] [>>] offset OPNAME [arg] [(argrepr)]`;
// the source line number appears only on the first instruction of a line
// group and holds for those below it. "Disassembly of <code object ...>:"
// starts a nested code object, whose first instruction names its line.

const INSTRUCTION = /^\s*(\d+)?\s+(?:>>)?\s*\d+ [A-Z][A-Z0-9_]*\b/;
const CODE_OBJECT_HEADER = /^Disassembly of /;

/**
 * The 0-based dis-text lines (instruction lines only) that the 1-based
 * source line compiled to, in text order; empty if it has none.
 */
export function disLinesForSourceLine(disText: string, sourceLine: number): number[] {
  const found: number[] = [];
  let current: number | undefined;
  disText.split(/\r?\n/).forEach((text, index) => {
    if (CODE_OBJECT_HEADER.test(text)) {
      current = undefined;
      return;
    }
    const match = INSTRUCTION.exec(text);
    if (match === null) {
      return;
    }
    if (match[1] !== undefined) {
      current = Number(match[1]);
    }
    if (current === sourceLine) {
      found.push(index);
    }
  });
  return found;
}

/** Groups consecutive line numbers into [first, last] ranges. */
export function contiguousRanges(lines: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] + 1 === line) {
      last[1] = line;
    } else {
      ranges.push([line, line]);
    }
  }
  return ranges;
}
