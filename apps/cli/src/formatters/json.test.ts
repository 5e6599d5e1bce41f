import { describe, expect, it } from 'vitest';
import { deferMessage, type Finding, type FindingsReport } from '@dondoc/core';
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
    },
  );

  /** The writer before findings were written a group at a time: one stringify per finding, re-indented. */
  function findingByFinding(r: CheckRun): string {
    const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);
    const { findings, ...head } = r.report;
    let text = JSON.stringify(head, null, 2).slice(0, -2) + ',\n  "findings": [';
    findings.forEach((f, i) => {
      text += `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(f, null, 2), '    ')}`;
    });
    text += findings.length === 0 ? '],\n' : '\n  ],\n';
    const { workbooks } = JSON.parse(formatJson(r, { lang: 'vi', color: false })) as {
      workbooks: unknown;
    };
    return `${text}  "workbooks": ${indent(JSON.stringify(workbooks, null, 2), '  ')}\n}\n`;
  }

  /** Findings of every shape a check makes: optional members, quotes, line breaks, messages rendered on reading. */
  const varied = (i: number): Finding => ({
    rule: i % 3 === 0 ? 'task/late' : 'task/overdue',
    severity: i % 3 === 0 ? 'warning' : 'error',
    subject: {
      kind: 'task',
      ...(i % 2 === 0 ? { id: `${i}` } : {}),
      title: `Triển khai "Nghị quyết số ${i}"\n\tvề chuyển đổi số`,
    },
    ...(i % 5 === 0 ? {} : { agency: 'UBND xã Kỳ Lạc' }),
    location: { workbook: 'theo-doi.xlsx', sheet: 'Nhiệm vụ', cell: `E${i + 5}`, row: i + 5 },
    ...(i % 4 === 0
      ? {}
      : { expected: 'hoàn thành chậm nhất 20/05/2024 / completed by 2024-05-20' }),
    quote: 'trước ngày 20/5/2024 \\ (Quý II)',
    message: deferMessage(
      {
        vi: 'Nhiệm vụ "{title}" quá hạn {days} ngày.',
        en: 'Task "{title}" is {days} day(s) overdue.',
      },
      { title: `Nhiệm vụ ${i} — “chuyển đổi số”`, days: i + 0.5 },
    ),
  });

  it.each([0, 1, 31, 32, 33, 1000])(
    'gives exactly what the finding-by-finding writer gave, for %i findings',
    (count) => {
      const r = run(Array.from({ length: count }, (_, i) => varied(i)));
      expect(formatJson(r, { lang: 'vi', color: false })).toBe(findingByFinding(r));
    },
  );

  it('never holds more than a few dozen findings in one piece of text', () => {
    const r = run(Array.from({ length: 1000 }, (_, i) => varied(i)));
    const pieces = [...jsonChunks(r)];
    for (const piece of pieces) expect(piece.split('"rule"').length - 1).toBeLessThanOrEqual(32);
    expect(pieces.join('')).toBe(formatJson(r, { lang: 'vi', color: false }));
  });

  it('renders a deferred message as the plain one it stands for', () => {
    const r = run([varied(7)]);
    const json = JSON.parse(formatJson(r, { lang: 'vi', color: false })) as {
      findings: Array<{ message: unknown }>;
    };
    expect(json.findings[0]!.message).toEqual({
      vi: 'Nhiệm vụ "Nhiệm vụ 7 — “chuyển đổi số”" quá hạn 7,5 ngày.',
      en: 'Task "Nhiệm vụ 7 — “chuyển đổi số”" is 7.5 day(s) overdue.',
    });
  });
});
