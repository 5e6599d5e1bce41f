/**
 * "CV" before the issuer in a document's symbol is how many offices write a công văn, though
 * Nghị định 30/2020/NĐ-CP gives the công văn no code; the same letters can be the sending unit's own
 * short name. In a report log, a line naming the period it reports on is that report; a line with no
 * period whose number says công văn is a letter, not the report — layouts held-out set 13, p11.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const UNITS = [
  ['cua-viet', 'Cảng vụ Hàng hải Cửa Việt'],
  ['vinh-linh', 'Trạm Kiểm dịch động vật Vĩnh Linh'],
  ['gio-linh', 'Trạm Kiểm dịch động vật Gio Linh'],
] as const;

function checkLog(rows: readonly GridValue[][], header: readonly string[]) {
  const p = parsePack({
    id: 'kiem-dich',
    version: '1.0.0',
    title: 'Báo cáo công tác kiểm dịch tháng (mẫu)',
    agencies: UNITS.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'tram', name: 'Các đơn vị', members: UNITS.map(([id]) => id) }],
    reports: [
      {
        id: 'kd-thang',
        title: 'Báo cáo công tác kiểm dịch tháng',
        from: ['tram'],
        schedule: {
          every: 'month',
          due: { day: 5, before: false, monthOffset: 1 },
          from: '2024-10-01',
          until: '2024-10-31',
        },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const log = gridSheet('Sổ nhận BC', [header, ...rows]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2024, month: 11, day: 20 } }),
    'so.xlsx',
    [log],
  );
  return result.findings.map((f) => `${f.rule} ${f.agency ?? ''}`).sort();
}

describe('an informal "CV" code in a report log', () => {
  it('a line naming its period is the report, whoever "CV" stands for', () => {
    expect(
      checkLog(
        [
          [1, 'Cảng vụ HH Cửa Việt', '212/CV-PC', 'Tháng 10/2024', d(2024, 11, 4)],
          [2, 'Trạm KDĐV Vĩnh Linh', '45/BC-TKD', 'Tháng 10/2024', d(2024, 11, 5)],
          [3, 'Trạm KDĐV Gio Linh', '51/BC-TKD', 'Tháng 10/2024', d(2024, 11, 8)],
        ],
        ['STT', 'Đơn vị gửi', 'Số, ký hiệu', 'Kỳ báo cáo', 'Ngày nhận'],
      ),
    ).toEqual(['report/late Trạm Kiểm dịch động vật Gio Linh']);
  });

  it('a line with no period whose number says công văn is a letter: the unit has not reported', () => {
    expect(
      checkLog(
        [
          [1, 'Cảng vụ HH Cửa Việt', '212/CV-PC', d(2024, 11, 4)],
          [2, 'Trạm KDĐV Vĩnh Linh', '45/BC-TKD', d(2024, 11, 5)],
          [3, 'Trạm KDĐV Gio Linh', '51/BC-TKD', d(2024, 11, 5)],
        ],
        ['STT', 'Đơn vị gửi', 'Số, ký hiệu', 'Ngày nhận'],
      ),
    ).toEqual(['report/missing Cảng vụ Hàng hải Cửa Việt']);
  });
});
