// How runs and statistics read in the editor: the status-bar text, its
// tooltip, and the lines around a run's output. Plain functions, tested
// without VS Code.

import { GcStatsParams, RunResult } from './protocol';

/** 950 → "950", 1234 → "1.2k", 12345 → "12k", 2500000 → "2.5M". */
export function formatCount(n: number): string {
  const units: [number, string][] = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) {
      const scaled = n / size;
      // One decimal only while it carries information ("1.2k", not "12.3k").
      const text = Math.abs(scaled) < 10 ? trimZero(scaled.toFixed(1)) : Math.round(scaled).toString();
      return text + suffix;
    }
  }
  return Math.round(n).toString();
}

/** Decimal units, as the status bar has little room: 4194304 → "4.2 MB". */
export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) {
      const scaled = n / size;
      const text = Math.abs(scaled) < 100 ? trimZero(scaled.toFixed(1)) : Math.round(scaled).toString();
      return `${text} ${suffix}`;
    }
  }
  return `${Math.round(n)} B`;
}

function trimZero(fixed: string): string {
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}

function formatMs(ms: number): string {
  if (ms === 0) {
    return '0 ms';
  }
  if (ms < 0.01) {
    return '<0.01 ms';
  }
  // toFixed then Number drops trailing zeros: 0.40 → "0.4".
  return `${ms < 10 ? Number(ms.toFixed(2)).toString() : Math.round(ms).toString()} ms`;
}

/** "GC 3/1/0 · 12k objs · 4.2 MB": collections per generation, live objects, heap. */
export function gcStatusText(stats: GcStatsParams): string {
  const collections = stats.generations.map((g) => g.collections).join('/');
  return `GC ${collections} · ${formatCount(stats.liveObjects)} objs · ${formatBytes(stats.heapBytes)}`;
}

function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const slash = path.lastIndexOf('/');
  return decodeURIComponent(slash >= 0 ? path.slice(slash + 1) : path);
}

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[*_`<>[\]]/g, (c) => `\\${c}`);
}

/** How many types of the final statistics the tooltip lists. */
export const TOOLTIP_TYPES = 10;

/** Markdown for the status item's tooltip: every field of the statistics. */
export function gcTooltipMarkdown(stats: GcStatsParams): string {
  const lines: string[] = [];
  const state = stats.final ? 'final' : 'running';
  lines.push(`**PVM memory** · ${escapeCell(fileName(stats.uri))} · run ${stats.runId} (${state})`, '');
  lines.push('| generation | collections | collected | uncollectable | count | threshold | objects |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  stats.generations.forEach((g, i) => {
    lines.push(
      `| ${i} | ${g.collections} | ${g.collected} | ${g.uncollectable} | ${g.count} | ${g.threshold} | ${g.objects} |`,
    );
  });
  lines.push('');
  lines.push('| field | value |', '| --- | ---: |');
  const fields: [string, string][] = [
    ['enabled', stats.enabled ? 'yes' : 'no'],
    ['frozen', stats.frozen.toString()],
    ['live objects', stats.liveObjects.toString()],
    ['tracked objects', stats.trackedObjects.toString()],
    ['object bytes', `${stats.objectBytes} (${formatBytes(stats.objectBytes)})`],
    ['heap bytes', `${stats.heapBytes} (${formatBytes(stats.heapBytes)})`],
    ['last pause', formatMs(stats.lastPauseMs)],
    ['max pause', formatMs(stats.maxPauseMs)],
    ['total pause', formatMs(stats.totalPauseMs)],
  ];
  for (const [name, value] of fields) {
    lines.push(`| ${name} | ${value} |`);
  }
  if (stats.liveByType !== undefined && stats.liveByType.length > 0) {
    lines.push('', '| live type | objects |', '| --- | ---: |');
    for (const [name, count] of stats.liveByType.slice(0, TOOLTIP_TYPES)) {
      lines.push(`| ${escapeCell(name)} | ${count} |`);
    }
    const rest = stats.liveByType.length - TOOLTIP_TYPES;
    if (rest > 0) {
      lines.push(`| … ${rest} more | |`);
    }
  }
  return lines.join('\n');
}

/** What was run: a whole file or the cell around a line (0-based). */
export type RunTarget = { kind: 'file'; uri: string } | { kind: 'cell'; uri: string; line: number };

function describeTarget(target: RunTarget): string {
  const name = fileName(target.uri);
  return target.kind === 'file' ? name : `cell at line ${target.line + 1} of ${name}`;
}

function clock(now: Date): string {
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

export function runStartLine(target: RunTarget, now: Date): string {
  return `[${clock(now)}] ▶ Running ${describeTarget(target)}`;
}

const STATUS_WORDS: Record<string, string> = {
  ok: 'finished',
  error: 'failed',
  interrupted: 'interrupted',
  timeout: 'stopped: time limit reached',
  outputLimit: 'stopped: output limit reached',
  crashed: 'crashed (a bug in PVM)',
};

export function runEndLine(target: RunTarget, result: RunResult, now: Date): string {
  const what = describeTarget(target);
  if (result.status === 'compileError') {
    return `[${clock(now)}] ■ ${what} was not run: it does not compile (see Problems)`;
  }
  const word = STATUS_WORDS[result.status] ?? result.status;
  const run = result.runId === null ? '' : `, run ${result.runId}`;
  return `[${clock(now)}] ■ ${what} ${word} — exit status ${result.exitCode} (${result.durationMs} ms${run})`;
}

export function runRefusedLine(target: RunTarget, reason: string, now: Date): string {
  return `[${clock(now)}] ■ ${describeTarget(target)} was not run: ${reason}`;
}

export function sessionRestartedLine(uri: string, now: Date): string {
  return `[${clock(now)}] ↻ The cells of ${fileName(uri)} start on a fresh VM`;
}

/**
 * Text for the output channel from a run's output, keeping track of
 * whether the channel ends inside a line, so that the end line never
 * glues onto output without a final newline.
 */
export class Transcript {
  private atLineStart = true;

  constructor(private readonly append: (text: string) => void) {}

  write(text: string): void {
    if (text.length === 0) {
      return;
    }
    this.append(text);
    this.atLineStart = text.endsWith('\n');
  }

  line(text: string): void {
    this.append(this.atLineStart ? `${text}\n` : `\n${text}\n`);
    this.atLineStart = true;
  }
}

/** The extension's settings as read from the `pvm` section. */
export interface ExtensionSettings {
  serverPath: string;
  runTimeoutSeconds: number;
  maxOutputBytes: number;
  maxDiagnostics: number;
  showGcStats: boolean;
}

/** What the server reads (docs/lsp.md, Settings): whole numbers only. */
export interface ServerSettings {
  maxDiagnostics: number;
  runTimeoutMs: number;
  maxOutputBytes: number;
}

function positiveInteger(value: number, fallback: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

export function serverSettings(settings: ExtensionSettings): ServerSettings {
  return {
    maxDiagnostics: positiveInteger(settings.maxDiagnostics, 100),
    runTimeoutMs: Math.round(positiveInteger(settings.runTimeoutSeconds, 300) * 1000),
    maxOutputBytes: positiveInteger(settings.maxOutputBytes, 16 * 1024 * 1024),
  };
}

/** `pvm.serverPath` empty or blank: `pvm` from PATH. */
export function serverCommand(settings: Pick<ExtensionSettings, 'serverPath'>): { command: string; args: string[] } {
  const path = settings.serverPath.trim();
  return { command: path === '' ? 'pvm' : path, args: ['lsp'] };
}
