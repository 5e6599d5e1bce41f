/**
 * The targets of issue 16, judged from the bench's measured medians: one line per target, "met" or
 * "missed by …". Pure (no clock, no I/O), so that its arithmetic is tested while no test ever
 * asserts a measured time.
 *
 * The time ratios are judged on CPU time (user + system of the whole process): on this shared
 * machine a run's wall time grows with the other jobs' preemptions, its CPU time much less (the
 * README's speed section). The wall ratio is shown beside it.
 */
import type { Summary } from './bench-process.js';

/** `dondoc check` ≤ 1.25× a bare exceljs streaming read of the same file. */
export const EXCELJS_RATIO_TARGET = 1.25;
/** Stretch: `dondoc check` ≤ 2.5× the unzip-and-scan floor. */
export const FLOOR_RATIO_TARGET = 2.5;
/** Peak RSS with 75 % findings, JSON output included: by rows checked. */
export const PEAK_TARGETS_MB: ReadonlyMap<number, number> = new Map([
  [100_000, 250],
  [1_000_000, 600],
]);
/** A batch of 500 small workbooks at least 2× faster than before. */
export const BATCH_SPEED_UP_TARGET = 2;
/** The standalone page: 50,000 rows read and checked in under half the 4.5 s measured before. */
export const PAGE_ROWS = 50_000;
export const PAGE_BEFORE_MS = 4500;

/** One file's three processes, as the bench measured them. */
export interface FileMeasurement {
  readonly label: string;
  readonly rows: number;
  readonly floor: Summary;
  readonly exceljs: Summary;
  readonly dondoc: Summary;
}

export interface TargetInputs {
  readonly files: readonly FileMeasurement[];
  /** The batch's wall time now and, when given (`--batch-baseline`), before; in ms. */
  readonly batch?: { readonly files: number; readonly wallMs: number; readonly beforeMs?: number };
  /** The page's read + check time by rows, in ms. */
  readonly page?: ReadonlyMap<number, number>;
}

export interface TargetVerdict {
  readonly target: string;
  readonly measured: string;
  /** "met", "missed by …", or "not judged: …" when the bench did not measure it. */
  readonly verdict: string;
}

const times = (x: number) => `${x.toFixed(2)}×`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** "met" when `value` ≤ `limit`, else "missed by" the excess, written by `unit`. */
function atMost(value: number, limit: number, unit: (x: number) => string): string {
  return value <= limit ? 'met' : `missed by ${unit(value - limit)}`;
}

/** Every target of issue 16 the inputs can judge, in the order. */
export function judgeTargets(inputs: TargetInputs): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  for (const f of inputs.files) {
    const cpu = f.dondoc.cpuMs.median / f.exceljs.cpuMs.median;
    const wall = f.dondoc.wallMs.median / f.exceljs.wallMs.median;
    verdicts.push({
      target: `check ≤ ${EXCELJS_RATIO_TARGET}× bare exceljs read, ${f.label}`,
      measured: `cpu ${times(cpu)} (wall ${times(wall)})`,
      verdict: atMost(cpu, EXCELJS_RATIO_TARGET, times),
    });
  }
  for (const f of inputs.files) {
    const cpu = f.dondoc.cpuMs.median / f.floor.cpuMs.median;
    const wall = f.dondoc.wallMs.median / f.floor.wallMs.median;
    verdicts.push({
      target: `stretch: check ≤ ${FLOOR_RATIO_TARGET}× floor, ${f.label}`,
      measured: `cpu ${times(cpu)} (wall ${times(wall)})`,
      verdict: atMost(cpu, FLOOR_RATIO_TARGET, times),
    });
  }
  for (const f of inputs.files) {
    const limit = PEAK_TARGETS_MB.get(f.rows);
    const peak = f.dondoc.maxRssMb.median;
    verdicts.push({
      target: `peak ≤ ${limit ?? '?'} MB at ${f.rows.toLocaleString('en-US')} rows, ${f.label}`,
      measured: `${peak.toFixed(0)} MB`,
      verdict:
        limit === undefined
          ? `not judged: the targets are for ${[...PEAK_TARGETS_MB.keys()].map((r) => r.toLocaleString('en-US')).join(' and ')} rows`
          : atMost(peak, limit, (mb) => `${mb.toFixed(0)} MB`),
    });
  }
  if (inputs.batch) {
    const { files, wallMs, beforeMs } = inputs.batch;
    const target = `batch of ${files} files ≥ ${BATCH_SPEED_UP_TARGET}× faster than before`;
    if (beforeMs === undefined) {
      verdicts.push({
        target,
        measured: `wall ${seconds(wallMs)}`,
        verdict: 'not judged: give the time before with --batch-baseline SECONDS',
      });
    } else {
      const speedUp = beforeMs / wallMs;
      verdicts.push({
        target,
        measured: `wall ${seconds(beforeMs)} → ${seconds(wallMs)} (${times(speedUp)} faster)`,
        verdict:
          speedUp >= BATCH_SPEED_UP_TARGET
            ? 'met'
            : `missed by ${seconds(wallMs - beforeMs / BATCH_SPEED_UP_TARGET)}`,
      });
    }
  }
  if (inputs.page) {
    const ms = inputs.page.get(PAGE_ROWS);
    const limit = PAGE_BEFORE_MS / 2;
    verdicts.push({
      target: `page: ${PAGE_ROWS.toLocaleString('en-US')} rows ≤ half of ${seconds(PAGE_BEFORE_MS)}`,
      measured: ms === undefined ? 'not measured' : `${seconds(ms)} read + check`,
      verdict:
        ms === undefined
          ? `not judged: run the page at ${PAGE_ROWS} rows (--page ${PAGE_ROWS})`
          : atMost(ms, limit, seconds),
    });
  }
  return verdicts;
}

/** The verdicts as aligned lines. */
export function verdictLines(verdicts: readonly TargetVerdict[]): string {
  const w1 = Math.max(0, ...verdicts.map((v) => v.target.length));
  const w2 = Math.max(0, ...verdicts.map((v) => v.measured.length));
  return verdicts
    .map((v) => `  ${v.target.padEnd(w1)}  ${v.measured.padEnd(w2)}  ${v.verdict}\n`)
    .join('');
}
