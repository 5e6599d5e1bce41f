/**
 * A log kept as one table per period on one sheet, the period only in the numbered caption over
 * each table ("1. Tháng 3/2025" over the first, "2. Tháng 4/2025" between them, the header
 * repeated): each line is for the period of its caption — layouts held-out set 16, s10 (the
 * periods here are months, the units communes' cultural houses).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';
import { classifySimpleRow } from '../table/simple-rows.js';

const UNITS = [
  ['nvh-dong', 'Nhà văn hóa xã Đông Phú'],
  ['nvh-tay', 'Nhà văn hóa xã Tây Phú'],
] as const;

const pack = (() => {
  const p = parsePack({
    id: 'bao-cao',
    version: '1.0.0',
    title: 'Báo cáo (mẫu)',
    agencies: UNITS.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'nvh', name: 'Các nhà văn hóa', members: UNITS.map(([id]) => id) }],
    reports: [
      {
        id: 'bc-thang',
        title: 'Báo cáo hoạt động tháng',
        from: ['nvh'],
        schedule: {
          every: 'month',
          due: { day: 5, before: false, monthOffset: 1 },
          from: '2025-03-01',
          until: '2025-04-30',
        },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
})();

function check(rows: readonly (readonly GridValue[])[]) {
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2025, month: 5, day: 20 } }),
    'so.xlsx',
    [gridSheet('Sổ', rows)],
  );
  return {
    keys: result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort(),
    notEvaluated: result.notEvaluated.length,
  };
}

const HEADER = ['STT', 'Đơn vị', 'Ngày nhận'];

describe('a caption over each table names its period', () => {
  it('reads the month of each caption for the lines under it', () => {
    const r = check([
      ['SỔ THEO DÕI BÁO CÁO HOẠT ĐỘNG NĂM 2025'],
      [],
      ['1. Tháng 3/2025'],
      HEADER,
      [1, 'NVH Đông Phú', d(2025, 4, 3)],
      [2, 'NVH Tây Phú', d(2025, 4, 8)],
      [],
      ['2. Tháng 4/2025'],
      HEADER,
      [1, 'NVH Đông Phú', d(2025, 5, 9)],
    ]);
    // March: Tây Phú late; April: Đông Phú late, Tây Phú missing (no roster: at the log sheet)
    expect(r.keys).toEqual(['report/late C10', 'report/late C6', 'report/missing ']);
    expect(r.notEvaluated).toBe(0);
  });

  it.each([
    [['2. Tháng 4/2025'], 'section'],
    [['3. Quý II/2025'], 'section'],
    // a number left alone in the index column is no caption
    [['4'], 'blank'],
  ] as const)('%j is a %s row', (cells, kind) => {
    const row = gridSheet('x', [cells]).rows[0]!;
    expect(classifySimpleRow(row, { index: 1, unit: 2 })).toBe(kind);
  });
});
