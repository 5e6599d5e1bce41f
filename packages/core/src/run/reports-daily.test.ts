/**
 * A daily report duty (decision 0013): a pack writes it with its phrase as its due and no schedule;
 * checking a received-reports log lists it once as not evaluated, with no finding per day, beside
 * the monthly report that is checked. Wordings written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const UNITS = [
  ['xa-phu-lam', 'UBND xã Phú Lâm'],
  ['xa-tan-hoa', 'UBND xã Tân Hòa'],
] as const;

function check(daily: string) {
  const p = parsePack({
    id: 'bao-cao-mua-lu',
    version: '1.0.0',
    title: 'Báo cáo mùa mưa lũ (mẫu)',
    agencies: UNITS.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'cac-xa', name: 'Các xã', members: UNITS.map(([id]) => id) }],
    reports: [
      { id: 'bc-ngay', title: 'Báo cáo nhanh tình hình mưa lũ', from: ['cac-xa'], due: daily },
      {
        id: 'bc-thang',
        title: 'Báo cáo tháng công tác phòng chống thiên tai',
        from: ['cac-xa'],
        schedule: {
          every: 'month',
          due: { day: 5, before: false, monthOffset: 1 },
          from: '2025-10-01',
          until: '2025-10-31',
        },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2025, month: 11, day: 20 } }),
    'so-nhan.xlsx',
    [
      gridSheet('Sổ nhận BC', [
        ['STT', 'Đơn vị báo cáo', 'Kỳ báo cáo', 'Ngày nhận'],
        [1, 'UBND xã Phú Lâm', 'Tháng 10/2025', d(2025, 11, 4)],
        [2, 'UBND xã Tân Hòa', 'Tháng 10/2025', d(2025, 11, 7)],
      ]),
    ],
  );
  return {
    findings: result.findings.map((f) => f.rule).sort(),
    daily: result.notEvaluated.filter((n) => n.reason.vi.startsWith('Báo cáo hằng ngày')),
  };
}

describe('a daily report duty on a received-reports log', () => {
  it.each([
    'trước 16 giờ hằng ngày',
    'hàng ngày',
    'mỗi ngày, chậm nhất 10 giờ',
    'hằng ngày trước 15 giờ',
  ])('%j: not evaluated once, no finding per day', (due) => {
    const r = check(due);
    // Tân Hòa's monthly report came two days late; the daily one adds no finding
    expect(r.findings).toEqual(['report/late']);
    expect(r.daily).toHaveLength(1);
    expect(r.daily[0]!.scope).toBe('report/missing');
    expect(r.daily[0]!.reason.vi).toContain('Báo cáo nhanh tình hình mưa lũ');
  });

  it('a due day once ("trước ngày 25/11/2025") is no daily report', () => {
    expect(check('trước ngày 25/11/2025').daily).toEqual([]);
  });
});
