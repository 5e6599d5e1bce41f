/**
 * A log line with no received day whose notes say the office chased the report ("Đã có công văn
 * đôn đốc", "Đã nhắc qua điện thoại", "Đôn đốc lần 2") says the report has not come: the unit has
 * not sent it (layouts held-out set 21, h12). A line saying it came with no day ("Đã nhận bản
 * giấy") stays sent, not evaluated.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const UNITS = [
  ['tan-lap', 'Ủy ban nhân dân xã Tân Lập'],
  ['tan-hoa', 'Ủy ban nhân dân xã Tân Hòa'],
] as const;

function checkLog(note: string) {
  const p = parsePack({
    id: 'bao-cao-quy',
    version: '1.0.0',
    title: 'Báo cáo công tác dân số quý (mẫu)',
    agencies: UNITS.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'xa', name: 'Các xã', members: UNITS.map(([id]) => id) }],
    reports: [
      {
        id: 'bc-quy',
        title: 'Báo cáo công tác dân số quý',
        from: ['xa'],
        schedule: {
          every: 'quarter',
          due: { day: 10, before: false, monthOffset: 1 },
          from: '2024-07-01',
          until: '2024-09-30',
        },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const rows: GridValue[][] = [
    ['STT', 'Đơn vị', 'Kỳ báo cáo', 'Ngày nhận', 'Ghi chú'],
    [1, 'UBND xã Tân Lập', 'Quý III/2024', d(2024, 10, 8), null],
    [2, 'UBND xã Tân Hòa', 'Quý III/2024', null, note],
  ];
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2024, month: 10, day: 21 } }),
    'so.xlsx',
    [gridSheet('Nhận BC quý', rows)],
  );
  return {
    findings: result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`),
    notEvaluated: result.notEvaluated.length,
  };
}

describe('a reminder written beside a log line', () => {
  it.each(['Đã có công văn đôn đốc', 'Đã nhắc qua điện thoại', 'Đôn đốc lần 2 ngày 15/10'])(
    '%j: the report has not come',
    (note) => {
      expect(checkLog(note)).toEqual({ findings: ['report/missing D3'], notEvaluated: 0 });
    },
  );

  it('"Đã nhận bản giấy": it came, on a day not written', () => {
    expect(checkLog('Đã nhận bản giấy')).toEqual({ findings: [], notEvaluated: 1 });
  });
});
