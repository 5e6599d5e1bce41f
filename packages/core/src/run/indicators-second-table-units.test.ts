/**
 * Two tables of units by row on one sheet, each under its own section line ("I. …", "II. …"), the
 * second with a target of change and a count that answers it ("Chỉ tiêu tăng (người)" | "Số người
 * tham gia mới"), beside a baseline count ("Số người tham gia đầu năm") that is neither: the second
 * table is read under the sheet's title (its year) and its section line (the indicator's name) —
 * layouts held-out set 7, z11.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from '../table/indicator-headers.js';
import { checkSheets, createChecker } from './checker.js';

const rows: GridValue[][] = [
  ['BẢO HIỂM XÃ HỘI HUYỆN KỲ ANH'],
  ['KẾT QUẢ PHÁT TRIỂN NGƯỜI THAM GIA BẢO HIỂM NĂM 2024'],
  [],
  ['I. BẢO HIỂM Y TẾ HỘ GIA ĐÌNH'],
  ['STT', 'Xã, phường', 'Chỉ tiêu giao (người)', 'Kết quả (người)'],
  [1, 'Xã Kỳ Tân', 300, 318],
  [2, 'Xã Kỳ Lạc', 250, 231],
  [3, 'Phường Kỳ Liên', 400, 400],
  [],
  ['II. BẢO HIỂM XÃ HỘI TỰ NGUYỆN'],
  [
    'STT',
    'Xã, phường',
    'Số người tham gia đầu năm',
    'Chỉ tiêu tăng (người)',
    'Số người tham gia mới',
  ],
  [1, 'Xã Kỳ Tân', 120, 40, 46],
  [2, 'Xã Kỳ Lạc', 95, 35, 28],
  [3, 'Phường Kỳ Liên', 210, 60, 60],
  [null, 'Cộng', 425, 135, 134],
];

describe('a target of change and the count that answers it', () => {
  it.each<[string[], number | undefined, number | undefined]>([
    [['STT', 'Xã', 'Số hộ nghèo đầu năm', 'Chỉ tiêu giảm (hộ)', 'Số hộ thoát nghèo'], 4, 5],
    [['STT', 'Xã', 'Chỉ tiêu giao', 'Số lao động được giải quyết việc làm'], 3, 4],
    // two counts right of the target: which one answers it is not guessed, and with no results
    // column there is no indicator table
    [['STT', 'Xã', 'Chỉ tiêu giao', 'Số lao động nam', 'Số lao động nữ'], undefined, undefined],
    // a baseline only: no results
    [['STT', 'Xã', 'Chỉ tiêu giảm (hộ)', 'Số hộ nghèo đầu năm'], undefined, undefined],
  ])('%j → plan %s, actual %s', (header, plan, actual) => {
    const sheet = gridSheet('x', [
      ['I. GIẢM NGHÈO'],
      header,
      [1, 'Xã Sơn Kim', 85, 20, 23],
      [2, 'Xã Sơn Tây', 110, 25, 19],
    ]);
    const found = detectIndicatorHeader(sheet.rows);
    expect([found?.columns.plan, found?.columns.actual]).toEqual([plan, actual]);
  });
});

describe("a district social insurance office's two tables of communes on one sheet", () => {
  const p = parsePack({ id: 'bhxh', version: '1.0.0', title: 'Phát triển người tham gia (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2025, month: 1, day: 20 } }),
    'ky-anh.xlsx',
    [gridSheet('PT 2024', rows)],
  );

  it('judges both tables, the second in the year of the sheet title', () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'indicator/exceeded D6',
      'indicator/exceeded E12',
      'indicator/unmet D7',
      'indicator/unmet E13',
    ]);
    expect(result.findings.find((f) => f.location?.cell === 'E13')?.message.vi).toMatch(
      /BẢO HIỂM XÃ HỘI TỰ NGUYỆN — Xã Kỳ Lạc.*năm 2024/,
    );
  });
});
