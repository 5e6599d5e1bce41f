import { describe, expect, it } from 'vitest';
import type { Finding, FindingsReport } from '@dondoc/core';
import { formatJson, jsonChunks } from './json.js';
import type { CheckRun } from './types.js';

const finding = (cell: string): Finding => ({
  rule: 'task/overdue',
  severity: 'error',
  subject: { kind: 'task', title: 'Hội nghị cán bộ chủ chốt' },
  location: { workbook: 'theo-doi.xlsx', sheet: 'Nhiệm vụ', cell, row: 5 },
  quote: 'trước ngày 20/5/2024',
  message: { vi: 'Nhiệm vụ quá hạn.', en: 'Task overdue.' },
});

const run = (findings: Finding[]): CheckRun => {
  const report: FindingsReport = {
    version: 1,
    asOf: '2024-07-01',
    pack: { id: 'generic', version: '1.0.0', title: 'Chung' },
    summary: { error: findings.length, warning: 0, info: 0, byRule: {}, notEvaluated: [] },
    findings,
  };
  return {
    report,
    workbooks: [
      { workbook: 'theo-doi.xlsx', status: 'checked', sheets: [], findings, notEvaluated: [] },
    ],
  } as unknown as CheckRun;
};

describe('the JSON output, written piece by piece', () => {
  it.each([[[]], [[finding('D5')]], [[finding('D5'), finding('D6'), finding('D7')]]])(
    'is exactly the pretty-printed report (%#)',
    (findings) => {
      const r = run(findings);
      const text = formatJson(r, { lang: 'vi', color: false });
      const { findings: _f, ...head } = r.report;
      const expected = JSON.stringify(
        {
          ...head,
          findings,
          workbooks: [
            {
              workbook: 'theo-doi.xlsx',
              status: 'checked',
              counts: { error: findings.length, warning: 0, info: 0 },
              sheets: [],
            },
          ],
        },
        null,
        2,
      );
      expect(text).toBe(expected + '\n');
      expect([...jsonChunks(r)].length).toBe(findings.length + 4);
    },
  );
});
