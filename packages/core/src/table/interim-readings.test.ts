/**
 * An actual taken on a day inside a year ("TH đến 30/9/2024 (%)", "Lũy kế đến 30/6/2024") beside
 * the actual of that whole year is an interim reading: never judged, and it no longer hides the
 * table (layouts held-out set 15, r05: health-insurance coverage by commune).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { interimCutOff } from './periods.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

describe('the cut-off day of an interim reading', () => {
  it.each([
    ['TH đến 30/9/2024 (%)', { year: 2024, month: 9, day: 30 }],
    ['Lũy kế đến hết ngày 30/6/2024', { year: 2024, month: 6, day: 30 }],
    ['Số liệu tính đến 15/10/2024', { year: 2024, month: 10, day: 15 }],
    // the year's last day is the whole year; no day, no cut-off
    ['TH đến 31/12/2024', undefined],
    ['Thực hiện năm 2024', undefined],
    ['Quý III/2024', undefined],
  ])('%j → %j', (text, day) => {
    expect(interimCutOff(text)).toEqual(day);
  });
});

const pack = testPack('chi-tieu', 'Chỉ tiêu (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2025, month: 1, day: 20 },
    [gridSheet('Chỉ tiêu', rows)],
    'chi-tieu.xlsx',
  );
  return {
    tables: checked.tables,
    findings: checked.findings,
  };
}

describe('indicators with a mid-year reading beside the year', () => {
  it('judges the year, never the reading of 30/6', () => {
    const r = check([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Lũy kế đến 30/6/2024', 'Thực hiện năm 2024'],
      [1, 'Số lao động được giải quyết việc làm mới', 'người', 1200, 480, 1250],
      [2, 'Số lao động đi làm việc ở nước ngoài', 'người', 150, 40, 132],
    ]);
    expect(r.tables).toEqual(['indicators']);
    expect(r.findings).toEqual(['indicator/exceeded F2', 'indicator/unmet F3']);
  });
});

describe('communes as rows under one rate', () => {
  it("reads the communes' year-end rates against their targets", () => {
    const r = check([
      ['TỶ LỆ HỘ GIA ĐÌNH SỬ DỤNG NƯỚC SẠCH NĂM 2024 THEO XÃ'],
      [],
      [
        'TT',
        'Xã',
        'Kế hoạch năm 2024 (%)',
        'Thực hiện đến 30/6/2024 (%)',
        'Thực hiện đến 31/12/2024 (%)',
      ],
      [1, 'Xã Minh Tân', 85, 70.2, 86.1],
      [2, 'Xã Minh Hòa', 80, 66.0, 78.5],
      [3, 'Xã Minh Tiến', 80, 72.4, 80],
    ]);
    expect(r.tables).toEqual(['indicators']);
    expect(r.findings).toEqual(['indicator/exceeded E4', 'indicator/unmet E5']);
  });
});
