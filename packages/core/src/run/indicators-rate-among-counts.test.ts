/**
 * Results given as counts and a rate under one period ("Năm công tác 2024 (01/12/2023 -
 * 30/11/2024)" over "Tổng số thụ lý | Đã giải quyết | Tỷ lệ (%)"), against targets written as rates
 * ("Chỉ tiêu theo Nghị quyết số 96/2019/QH14 (%)"): the rate is the actual, the counts are neither
 * plan nor actual, and the number of the resolution the targets come from names no period —
 * layouts held-out set 9, v07. The procuracy's title line sits right above its header: one text
 * over the columns is a title, no group naming their role ("KẾT QUẢ THỰC HIỆN …").
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { readPeriodText } from '../table/periods.js';
import { checkSheets, createChecker } from './checker.js';
import type { PlainDate } from '../model/plain-date.js';
import { testPack } from '../testing/check-grid.js';

const pack = testPack('ty-le', 'Chỉ tiêu tỷ lệ (mẫu)');

function check(rows: readonly (readonly GridValue[])[], asOf: PlainDate) {
  const result = checkSheets(createChecker({ pack, asOf }), 'ty-le.xlsx', [
    gridSheet('Chỉ tiêu', rows),
  ]);
  return {
    tables: result.sheets.map((s) => s.table),
    findings: result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort(),
  };
}

describe('the number of a document in a header names no period', () => {
  it.each([
    ['Chỉ tiêu theo Nghị quyết số 96/2019/QH14 (%)', undefined],
    ['Chỉ tiêu theo Nghị quyết 12/2021/NQ-HĐND năm 2024', 2024],
    ['Kế hoạch giao tại Quyết định 30/2023/QĐ-UBND', undefined],
    ['Kế hoạch năm 2024', 2024],
    ['Năm công tác 2024 (01/12/2023 - 30/11/2024)', 2024],
  ] as const)('%j → year %s', (header, year) => {
    expect(readPeriodText(header).year).toBe(year);
  });
});

describe("a procuracy's rates over its judicial year, beside the counts they come from", () => {
  const rows: GridValue[][] = [
    ['VIỆN KIỂM SÁT NHÂN DÂN HUYỆN NGHĨA HƯNG'],
    ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHIỆP VỤ NĂM CÔNG TÁC 2024'],
    [
      'STT',
      'Chỉ tiêu nghiệp vụ',
      'Chỉ tiêu theo Nghị quyết số 96/2019/QH14 (%)',
      'Năm công tác 2024 (01/12/2023 - 30/11/2024)',
      null,
      null,
      'Ghi chú',
    ],
    [null, null, null, 'Tổng số thụ lý', 'Đã giải quyết', 'Tỷ lệ (%)'],
    [1, 'Tỷ lệ giải quyết tin báo, tố giác về tội phạm', '≥ 90', 85, 80, 94.1],
    [2, 'Tỷ lệ truy tố đúng thời hạn luật định', '≥ 98', 40, 39, 97.5],
    [3, 'Tỷ lệ án trả hồ sơ để điều tra bổ sung', '≤ 2', 40, 1, 2.5, 'Do thiếu chứng cứ'],
  ];

  it('reads the sheet as indicators and judges each rate against its target once the year has ended', () => {
    const { tables, findings } = check(rows, { year: 2024, month: 12, day: 16 });
    expect(tables).toEqual(['indicators']);
    expect(findings).toEqual(['indicator/exceeded F5', 'indicator/unmet F6', 'indicator/unmet F7']);
  });

  it('gives no verdict on a rate before its judicial year has ended', () => {
    const { tables, findings } = check(rows, { year: 2024, month: 11, day: 20 });
    expect(tables).toEqual(['indicators']);
    expect(findings.filter((f) => /unmet|exceeded/.test(f))).toEqual([]);
  });
});

describe("a commune's results as households and a rate under the year's results", () => {
  const rows: GridValue[][] = [
    ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU Y TẾ, BẢO HIỂM NĂM 2024 - XÃ YÊN TRUNG'],
    ['TT', 'Chỉ tiêu', 'Kế hoạch năm 2024 (%)', 'Kết quả thực hiện năm 2024', null, 'Ghi chú'],
    [null, null, null, 'Số người', 'Tỷ lệ (%)'],
    [1, 'Tỷ lệ người dân tham gia bảo hiểm y tế', 93.5, 10420, 92.8],
    [2, 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', 96, 188, 97.4],
  ];

  it('judges the rate, never the count, against the rate planned', () => {
    const { tables, findings } = check(rows, { year: 2025, month: 1, day: 15 });
    expect(tables).toEqual(['indicators']);
    expect(findings).toEqual(['indicator/exceeded E5', 'indicator/unmet E4']);
  });
});

describe('a group over periods is no document number', () => {
  it.each([
    ['Năm 2024 / Quý I / KH', 2024, 'Q1'],
    ['Năm 2024/Quý II', 2024, 'Q2'],
    ['Thực hiện theo Kế hoạch số 45/KH-UBND năm 2025', 2025, undefined],
    ['Chỉ tiêu Nghị quyết 45-NQ/ĐU nhiệm kỳ 2020 - 2025', 2025, undefined],
  ] as const)('%j → %s %s', (header, year, sub) => {
    const period = readPeriodText(header);
    expect([period.year, period.sub]).toEqual([year, sub]);
  });
});
