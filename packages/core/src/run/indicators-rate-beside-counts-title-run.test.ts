/**
 * A table of rates beside the counts they come from, with no period on any column, under a title
 * naming the run of days it covers ("NĂM CÔNG TÁC 2024 (Từ ngày 01/12/2023 đến ngày 30/11/2024)"),
 * and targets written as rates under a requirement ("Yêu cầu (NQ 96/2019/QH14)", "Chỉ tiêu Quốc hội
 * giao"): the one rate right of the target is the actual, the counts are neither plan nor actual,
 * and the period ends on the run's last day, not on 31 December (issue 13, held-out set 13, p05).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';
import type { PlainDate } from '../model/plain-date.js';
import { titleRun } from './sheet-year.js';
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

describe('titleRun', () => {
  it.each<[string, PlainDate | undefined]>([
    [
      'KẾT QUẢ CÔNG TÁC NĂM 2024 (Từ ngày 01/12/2023 đến ngày 30/11/2024)',
      { year: 2024, month: 11, day: 30 },
    ],
    ['Kỳ báo cáo: 01/10/2023 - 30/9/2024', { year: 2024, month: 9, day: 30 }],
    ['Số liệu tính từ 15/12/2023 đến hết 14/12/2024', { year: 2024, month: 12, day: 14 }],
    ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024', undefined],
    ['Kèm theo Báo cáo số 12/BC-VKS ngày 05/12/2024', undefined],
    // typed with no marks
    [
      'KET QUA NAM CONG TAC 2025 (Tu ngay 01/12/2024 den ngay 30/11/2025)',
      { year: 2025, month: 11, day: 30 },
    ],
    ['So lieu tu 15/12/2024 toi het 14/12/2025', { year: 2025, month: 12, day: 14 }],
  ])('%j → %j', (title, until) => {
    expect(titleRun(gridSheet('S', [[title], ['STT', 'Chỉ tiêu']]).rows, 2)).toEqual(until);
  });
});

describe("a court's rates beside their counts, targets under 'Chỉ tiêu Quốc hội giao', its work year in the title", () => {
  const rows: GridValue[][] = [
    ['TÒA ÁN NHÂN DÂN HUYỆN CHIÊM HÓA'],
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CÔNG TÁC NĂM 2024'],
    ['(Số liệu từ ngày 01/10/2023 đến ngày 30/9/2024)'],
    [],
    [
      'TT',
      'Nội dung chỉ tiêu',
      'Chỉ tiêu Quốc hội giao',
      'Tổng số án thụ lý',
      'Số án đã giải quyết',
      'Tỷ lệ giải quyết (%)',
    ],
    [1, 'Tỷ lệ giải quyết các vụ án hình sự', 'Trên 90%', 120, 115, 95.8],
    [2, 'Tỷ lệ giải quyết các vụ việc dân sự', 'Trên 80%', 210, 160, 76.2],
    [3, 'Tỷ lệ bản án bị hủy do nguyên nhân chủ quan', 'Không quá 1,16%', 275, 4, 1.5],
  ];

  it('judges each rate once the work year has ended, though the calendar year has not', () => {
    const { tables, findings } = check(rows, { year: 2024, month: 10, day: 20 });
    expect(tables).toEqual(['indicators']);
    expect(findings).toEqual(['indicator/exceeded F6', 'indicator/unmet F7', 'indicator/unmet F8']);
  });

  it('gives no verdict before the work year has ended', () => {
    const { findings } = check(rows, { year: 2024, month: 9, day: 20 });
    expect(findings.filter((f) => /unmet|exceeded/.test(f))).toEqual([]);
  });

  it('reads no rate as the actual when the targets are counts', () => {
    const counts: GridValue[][] = rows.map((r, i) =>
      i >= 5 ? [r[0]!, r[1]!, 100 + i, r[3]!, r[4]!, r[5]!] : r,
    );
    const { findings } = check(counts, { year: 2024, month: 10, day: 20 });
    expect(findings.filter((f) => /unmet|exceeded/.test(f))).toEqual([]);
  });
});
