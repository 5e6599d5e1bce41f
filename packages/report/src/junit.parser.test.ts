/**
 * The JUnit XML read back by test-results-parser, the JUnit reader behind TestBeats' CI
 * dashboards: what a CI server would show is what the check found.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type ITestResult } from 'test-results-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { renderJunit } from './junit.js';
import { sampleRun } from './test-support/run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-junit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readBack(xml: string): ITestResult {
  const file = path.join(dir, `junit-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  return parse({ type: 'junit', files: [file] });
}

describe('JUnit XML read by a JUnit parser', () => {
  const run = sampleRun();
  const result = readBack(renderJunit(run));

  it('has a suite per workbook with the totals the check found', () => {
    expect(result.suites.map((s) => [s.name, s.total, s.failed, s.errors])).toEqual([
      ['so-theo-doi/huyen uy.xlsx', 4, 3, 0],
      ['sach.xlsx', 1, 0, 0],
      ['hong.xlsx', 1, 0, 1],
    ]);
    expect(result.status).toBe('FAIL');
  });

  it('fails a case per error or warning, with the finding as its message, text intact', () => {
    const cases = result.suites[0]!.cases;
    const failed = cases.filter((c) => c.status === 'FAIL').map((c) => c.name);
    const expected = run.workbooks[0]!.findings.filter((f) => f.severity !== 'info').map(
      (f) => `${f.rule} ${f.location!.sheet}!${f.location!.cell}`,
    );
    expect(failed).toEqual(expected);
    const overdue = cases.find((c) => c.name.startsWith('task/overdue'))!;
    expect(overdue.failure).toContain('<script>alert("x")</script> Quán triệt');
    expect(overdue.failure).toContain('quá hạn 7 ngày');
  });

  it('passes a clean workbook, and errs on the unreadable one with its reason', () => {
    expect(result.suites[1]!.cases.map((c) => c.status)).toEqual(['PASS']);
    expect(result.suites[2]!.cases[0]!.failure).toBe('Tệp "hong.xlsx" bị hỏng.');
  });
});
