import { describe, expect, it } from 'vitest';
import type { Summary } from './bench-process.js';
import { judgeTargets, verdictLines, type FileMeasurement } from './bench-targets.js';

/** A summary whose medians are the given figures (min and max equal to them). */
function summary(name: string, wallMs: number, cpuMs: number, maxRssMb: number): Summary {
  const s = (x: number) => ({ median: x, min: x, max: x });
  return { name, runs: 1, wallMs: s(wallMs), cpuMs: s(cpuMs), maxRssMb: s(maxRssMb) };
}

function file(
  label: string,
  rows: number,
  floorCpu: number,
  exceljsCpu: number,
  dondocCpu: number,
  dondocPeak: number,
): FileMeasurement {
  return {
    label,
    rows,
    floor: summary('floor', floorCpu, floorCpu, 90),
    exceljs: summary('exceljs', exceljsCpu * 2, exceljsCpu, 130),
    dondoc: summary('dondoc', dondocCpu * 2, dondocCpu, dondocPeak),
  };
}

describe('judgeTargets', () => {
  it.each([
    // cpu dondoc / exceljs, expected verdict
    [1000, 1250, 'met'], // exactly at 1.25×
    [1000, 1000, 'met'],
    [4420, 6330, 'missed by 0.18×'], // 1.432× (the README's findings-heavy openpyxl figures)
    [2780, 5000, 'missed by 0.55×'], // 1.799×
  ])('exceljs %d ms, dondoc %d ms of CPU: %s', (exceljs, dondoc, verdict) => {
    const [v] = judgeTargets({ files: [file('tệp A', 100_000, 400, exceljs, dondoc, 150)] });
    expect(v!.target).toBe('check ≤ 1.25× bare exceljs read, tệp A');
    expect(v!.verdict).toBe(verdict);
    // The wall ratio is the same here (both doubled), shown beside the CPU ratio.
    const r = (dondoc / exceljs).toFixed(2);
    expect(v!.measured).toBe(`cpu ${r}× (wall ${r}×)`);
  });

  it.each([
    [400, 1000, 'met'], // 2.5×
    [400, 1001, 'missed by 0.00×'], // 2.5025×: missed, if only just
    [620, 6330, 'missed by 7.71×'], // 10.21×
  ])('floor %d ms, dondoc %d ms of CPU: %s', (floor, dondoc, verdict) => {
    const verdicts = judgeTargets({ files: [file('tệp B', 100_000, floor, 900, dondoc, 150)] });
    const v = verdicts.find((x) => x.target.startsWith('stretch'));
    expect(v!.target).toBe('stretch: check ≤ 2.5× floor, tệp B');
    expect(v!.verdict).toBe(verdict);
  });

  it.each([
    [100_000, 250, 'peak ≤ 250 MB at 100,000 rows', 'met'],
    [100_000, 187, 'peak ≤ 250 MB at 100,000 rows', 'met'],
    [100_000, 251, 'peak ≤ 250 MB at 100,000 rows', 'missed by 1 MB'],
    [1_000_000, 614, 'peak ≤ 600 MB at 1,000,000 rows', 'missed by 14 MB'],
    [1_000_000, 580, 'peak ≤ 600 MB at 1,000,000 rows', 'met'],
    [
      10_000,
      90,
      'peak ≤ ? MB at 10,000 rows',
      'not judged: the targets are for 100,000 and 1,000,000 rows',
    ],
  ])('%d rows, %d MB: %s %s', (rows, peak, target, verdict) => {
    const verdicts = judgeTargets({ files: [file('tệp C', rows, 400, 900, 1000, peak)] });
    const v = verdicts.find((x) => x.target.startsWith('peak'));
    expect(v).toEqual({ target: `${target}, tệp C`, measured: `${peak} MB`, verdict });
  });

  it('judges each file on its own line, every ratio before every peak', () => {
    const verdicts = judgeTargets({
      files: [file('một', 100_000, 400, 900, 1000, 150), file('hai', 100_000, 400, 900, 2000, 300)],
    });
    expect(verdicts.map((v) => [v.target.split(',')[0], v.verdict])).toEqual([
      ['check ≤ 1.25× bare exceljs read', 'met'],
      ['check ≤ 1.25× bare exceljs read', 'missed by 0.97×'],
      ['stretch: check ≤ 2.5× floor', 'met'],
      ['stretch: check ≤ 2.5× floor', 'missed by 2.50×'],
      ['peak ≤ 250 MB at 100', 'met'],
      ['peak ≤ 250 MB at 100', 'missed by 50 MB'],
    ]);
  });

  it.each([
    [18_700, 8600, 'wall 18.70 s → 8.60 s (2.17× faster)', 'met'],
    [18_700, 9350, 'wall 18.70 s → 9.35 s (2.00× faster)', 'met'],
    [12_000, 8000, 'wall 12.00 s → 8.00 s (1.50× faster)', 'missed by 2.00 s'],
  ])('a batch %d ms before, %d ms now: %s, %s', (beforeMs, wallMs, measured, verdict) => {
    const [v] = judgeTargets({ files: [], batch: { files: 500, wallMs, beforeMs } });
    expect(v).toEqual({ target: 'batch of 500 files ≥ 2× faster than before', measured, verdict });
  });

  it('does not judge a batch without a figure from before', () => {
    const [v] = judgeTargets({ files: [], batch: { files: 500, wallMs: 8600 } });
    expect(v!.verdict).toBe('not judged: give the time before with --batch-baseline SECONDS');
    expect(v!.measured).toBe('wall 8.60 s');
  });

  it.each([
    [2250, 'met'],
    [3070, 'missed by 0.82 s'],
  ])('the page at 50,000 rows in %d ms: %s', (ms, verdict) => {
    const [v] = judgeTargets({ files: [], page: new Map([[50_000, ms]]) });
    expect(v!.target).toBe('page: 50,000 rows ≤ half of 4.50 s');
    expect(v!.verdict).toBe(verdict);
  });

  it('does not judge the page when 50,000 rows were not run', () => {
    const [v] = judgeTargets({ files: [], page: new Map([[10_000, 800]]) });
    expect(v!.verdict).toBe('not judged: run the page at 50000 rows (--page 50000)');
  });

  it('leaves out what was not run at all', () => {
    expect(judgeTargets({ files: [] })).toEqual([]);
  });
});

describe('verdictLines', () => {
  it('aligns the columns, one line per verdict', () => {
    const text = verdictLines([
      { target: 'a', measured: 'xyz', verdict: 'met' },
      { target: 'bbb', measured: 'z', verdict: 'missed by 1 MB' },
    ]);
    expect(text).toBe('  a    xyz  met\n  bbb  z    missed by 1 MB\n');
  });
});
