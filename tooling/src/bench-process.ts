/**
 * Whole-process timing for the bench (issue 16): each variant is a command run as its own process,
 * start-up included; the variants of a comparison run alternately (A, B, C, A, B, C, …) so that a
 * change in the machine's load falls on all of them; the summary is the median with min and max.
 * CPU time and peak RSS come from the process itself (a module preloaded into it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Preloaded into each timed process (`--import` of a data: URL, so it needs no file): at exit it
 * appends the process's CPU time and peak RSS, as one JSON line, to the file named by
 * DONDOC_BENCH_USAGE. A process that starts another Node process adds a line of its own.
 */
const USAGE_MODULE = `import { appendFileSync } from 'node:fs';
const file = process.env.DONDOC_BENCH_USAGE;
if (file) process.on('exit', () => {
  const u = process.resourceUsage();
  appendFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }) + '\\n');
});`;
const usageImport = `--import=data:text/javascript,${encodeURIComponent(USAGE_MODULE)}`;

/**
 * The environment that makes a Node process (and any Node process it starts) write its usage to
 * `file` at exit: `env`'s NODE_OPTIONS with the preload added.
 */
export function usageEnv(
  file: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<string, string | undefined> {
  return {
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS ?? '', usageImport].join(' ').trim(),
    DONDOC_BENCH_USAGE: file,
  };
}

/**
 * What the processes that wrote `file` used: CPU time summed, and peak RSS summed over them (at
 * least the largest that was resident at once). Undefined when no process got to write (one
 * killed by a signal never reaches its exit handler).
 */
export function readUsage(file: string): { cpuMs: number; maxRssMb: number } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { cpuMs: number; maxRssMb: number });
  if (lines.length === 0) return undefined;
  return {
    cpuMs: lines.reduce((s, l) => s + l.cpuMs, 0),
    maxRssMb: lines.reduce((s, l) => s + l.maxRssMb, 0),
  };
}

/** One command to time: node with these arguments (flags, script, script's arguments). */
export interface Variant {
  readonly name: string;
  readonly args: readonly string[];
  /** Extra environment (NODE_OPTIONS, …). */
  readonly env?: Readonly<Record<string, string>>;
  /** Checks the run's output (throws when it is wrong); called after each run. */
  readonly verify?: (stdout: string) => void;
}

/** One run of one variant. */
export interface ProcessRun {
  readonly wallMs: number;
  /** User + system CPU of the process (and of any process it started with the preload). */
  readonly cpuMs: number;
  /** Peak RSS (of the largest process, plus any process it started). */
  readonly maxRssMb: number;
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface Summary {
  readonly name: string;
  readonly runs: number;
  readonly wallMs: Spread;
  readonly cpuMs: Spread;
  readonly maxRssMb: Spread;
}

/** The median (mean of the middle two for an even count), min and max. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function runOnce(variant: Variant, dir: string, i: number): ProcessRun {
  const usageFile = path.join(dir, `usage-${i}.jsonl`);
  const start = performance.now();
  const result = spawnSync(process.execPath, [...variant.args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: usageEnv(usageFile, { ...process.env, ...variant.env }),
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${variant.name} exited ${result.status}: ${result.stderr}`);
  }
  variant.verify?.(result.stdout);
  const usage = readUsage(usageFile);
  if (!usage) throw new Error(`${variant.name} wrote no usage`);
  return { wallMs, ...usage };
}

/**
 * Runs every variant `runs` times, alternating (the first round in the given order, each later
 * round starting one variant further on), and summarises each.
 */
export function alternate(variants: readonly Variant[], runs: number): Summary[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-bench-'));
  const results = variants.map(() => [] as ProcessRun[]);
  let n = 0;
  try {
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < variants.length; k++) {
        const v = (round + k) % variants.length;
        results[v]!.push(runOnce(variants[v]!, dir, n++));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return variants.map((variant, v) => ({
    name: variant.name,
    runs,
    wallMs: spread(results[v]!.map((r) => r.wallMs)),
    cpuMs: spread(results[v]!.map((r) => r.cpuMs)),
    maxRssMb: spread(results[v]!.map((r) => r.maxRssMb)),
  }));
}

function seconds(s: Spread): string {
  const f = (ms: number) => (ms / 1000).toFixed(2);
  return `${f(s.median)} s (${f(s.min)}–${f(s.max)})`;
}

/** One line per variant: wall time, CPU time, peak RSS, each as median (min–max). */
export function summaryLines(summaries: readonly Summary[]): string {
  const width = Math.max(...summaries.map((s) => s.name.length));
  return summaries
    .map(
      (s) =>
        `  ${s.name.padEnd(width)}  wall ${seconds(s.wallMs).padEnd(22)} cpu ${seconds(s.cpuMs).padEnd(22)} peak ${s.maxRssMb.median.toFixed(0)} MB (${s.maxRssMb.min.toFixed(0)}–${s.maxRssMb.max.toFixed(0)})\n`,
    )
    .join('');
}
