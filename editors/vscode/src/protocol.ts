// The server's own messages (docs/lsp.md), checked on arrival: a
// notification that does not have the documented shape is dropped rather
// than half-shown. No 'vscode' import here, so the unit tests run in plain
// node.

/** Command names the server executes (workspace/executeCommand). */
export const ServerCommand = {
  runFile: 'pvm.runFile',
  runCell: 'pvm.runCell',
  restartSession: 'pvm.restartSession',
  interrupt: 'pvm.interrupt',
  showBytecode: 'pvm.showBytecode',
} as const;

/** The extension's own command IDs: the language client registers the
 * server's, so the extension's must differ. */
export const EditorCommand = {
  runFile: 'pvm.editor.runFile',
  runCell: 'pvm.editor.runCell',
  interrupt: 'pvm.editor.interrupt',
  restartSession: 'pvm.editor.restartSession',
  showBytecode: 'pvm.editor.showBytecode',
  restartServer: 'pvm.editor.restartServer',
  showOutput: 'pvm.editor.showOutput',
} as const;

/**
 * The command a server code lens should run in the editor: the extension's
 * counterpart (whose run lines go to the output channel), the server's own
 * command when there is none, or null when the lens must not show (a run
 * in an untrusted workspace).
 */
export function lensCommand(serverCommand: string, trusted: boolean): string | null {
  switch (serverCommand) {
    case ServerCommand.runCell:
      return trusted ? EditorCommand.runCell : null;
    case ServerCommand.runFile:
      return trusted ? EditorCommand.runFile : null;
    case ServerCommand.showBytecode:
      return EditorCommand.showBytecode;
    default:
      return serverCommand;
  }
}

/** Custom notification methods. */
export const OUTPUT_METHOD = 'pvm/output';
export const GC_STATS_METHOD = 'pvm/gcStats';

export type Stream = 'stdout' | 'stderr';

/** `pvm/output`: text a running program wrote. */
export interface OutputParams {
  uri: string;
  runId: number;
  stream: Stream;
  text: string;
}

/** One generation of the cycle collector. */
export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
  count: number;
  threshold: number;
  objects: number;
}

/** `pvm/gcStats`: the memory manager's statistics during and after a run. */
export interface GcStatsParams {
  uri: string;
  runId: number;
  final: boolean;
  generations: GenerationStats[];
  enabled: boolean;
  frozen: number;
  liveObjects: number;
  trackedObjects: number;
  objectBytes: number;
  heapBytes: number;
  lastPauseMs: number;
  maxPauseMs: number;
  totalPauseMs: number;
  /** Only in the final statistics: live objects per type name. */
  liveByType?: [string, number][];
}

export type RunStatus =
  | 'ok'
  | 'error'
  | 'interrupted'
  | 'timeout'
  | 'outputLimit'
  | 'crashed'
  | 'compileError';

/** The answer to `pvm.runFile` and `pvm.runCell`. */
export interface RunResult {
  runId: number | null;
  status: RunStatus;
  exitCode: number;
  durationMs: number;
}

const RUN_STATUSES: ReadonlySet<string> = new Set([
  'ok',
  'error',
  'interrupted',
  'timeout',
  'outputLimit',
  'crashed',
  'compileError',
]);

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Numbers the server may leave out (a newer or older server) read as 0. */
function numberOr0(value: unknown): number {
  return isNumber(value) ? value : 0;
}

export function parseOutput(raw: unknown): OutputParams | undefined {
  if (!isObject(raw)) {
    return undefined;
  }
  const { uri, runId, stream, text } = raw;
  if (typeof uri !== 'string' || !isNumber(runId) || typeof text !== 'string') {
    return undefined;
  }
  if (stream !== 'stdout' && stream !== 'stderr') {
    return undefined;
  }
  return { uri, runId, stream, text };
}

function parseGeneration(raw: unknown): GenerationStats | undefined {
  if (!isObject(raw)) {
    return undefined;
  }
  return {
    collections: numberOr0(raw.collections),
    collected: numberOr0(raw.collected),
    uncollectable: numberOr0(raw.uncollectable),
    count: numberOr0(raw.count),
    threshold: numberOr0(raw.threshold),
    objects: numberOr0(raw.objects),
  };
}

function parseLiveByType(raw: unknown): [string, number][] | undefined {
  if (!Array.isArray(raw)) {
    return undefined;
  }
  const pairs: [string, number][] = [];
  for (const entry of raw) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && isNumber(entry[1])) {
      pairs.push([entry[0], entry[1]]);
    }
  }
  return pairs;
}

export function parseGcStats(raw: unknown): GcStatsParams | undefined {
  if (!isObject(raw) || typeof raw.uri !== 'string' || !isNumber(raw.runId)) {
    return undefined;
  }
  if (!Array.isArray(raw.generations)) {
    return undefined;
  }
  const generations: GenerationStats[] = [];
  for (const entry of raw.generations) {
    const generation = parseGeneration(entry);
    if (generation === undefined) {
      return undefined;
    }
    generations.push(generation);
  }
  const stats: GcStatsParams = {
    uri: raw.uri,
    runId: raw.runId,
    final: raw.final === true,
    generations,
    enabled: raw.enabled !== false,
    frozen: numberOr0(raw.frozen),
    liveObjects: numberOr0(raw.liveObjects),
    trackedObjects: numberOr0(raw.trackedObjects),
    objectBytes: numberOr0(raw.objectBytes),
    heapBytes: numberOr0(raw.heapBytes),
    lastPauseMs: numberOr0(raw.lastPauseMs),
    maxPauseMs: numberOr0(raw.maxPauseMs),
    totalPauseMs: numberOr0(raw.totalPauseMs),
  };
  const liveByType = parseLiveByType(raw.liveByType);
  if (liveByType !== undefined) {
    stats.liveByType = liveByType;
  }
  return stats;
}

export function parseRunResult(raw: unknown): RunResult | undefined {
  if (!isObject(raw) || typeof raw.status !== 'string' || !RUN_STATUSES.has(raw.status)) {
    return undefined;
  }
  return {
    runId: isNumber(raw.runId) ? raw.runId : null,
    status: raw.status as RunStatus,
    exitCode: numberOr0(raw.exitCode),
    durationMs: numberOr0(raw.durationMs),
  };
}
