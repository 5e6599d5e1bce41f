/**
 * A plan with its planned and actual days in columns of one header row ("Thời gian dự kiến" |
 * "Thời gian kiểm tra thực tế"): the planned one is the deadline, the actual one the day the work
 * was done — whatever word opens them. A run of days there ("02-04/10/2024") was done on its last
 * day — layouts held-out set 12, n04.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { detectTaskHeader } from '../table/headers.js';
import { lastDayOfDayRange } from '../calendar/due.js';
import { checkSheets, createChecker } from './checker.js';

const pack = (() => {
  const p = parsePack({ id: 'giam-sat', version: '1.0.0', title: 'Kế hoạch giám sát (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
})();

describe('planned and actual days in one header row', () => {
  it.each([
    ['Thời gian dự kiến', 'Thời gian giám sát thực tế'],
    ['Ngày tổ chức dự kiến', 'Ngày tổ chức thực tế'],
    ['Thời gian theo kế hoạch', 'Thời gian thực hiện thực tế'],
  ] as const)('%j is the deadline and %j the completion', (planned, actual) => {
    const sheet = gridSheet('KH', [
      ['STT', 'Nội dung giám sát', 'Đơn vị chủ trì', planned, actual, 'Kết quả'],
      [
        1,
        'Giám sát việc thu, nộp quỹ phòng, chống thiên tai',
        'Ban Pháp chế',
        '15/5/2025',
        null,
        null,
      ],
    ]);
    const header = detectTaskHeader(sheet.rows);
    expect(header?.columns.due).toBe(4);
    expect(header?.columns.completedOn).toBe(5);
  });

  it('reads a lone actual-day column as the completion, never as the deadline', () => {
    const sheet = gridSheet('KH', [
      ['STT', 'Nội dung', 'Hạn hoàn thành', 'Thời gian kiểm tra thực tế', 'Tình trạng'],
      [1, 'Kiểm tra công tác văn thư, lưu trữ', '30/6/2025', null, 'Chưa thực hiện'],
    ]);
    const header = detectTaskHeader(sheet.rows);
    expect([header?.columns.due, header?.columns.completedOn]).toEqual([3, 4]);
  });
});

describe('a run of days as the day the work was done', () => {
  it.each([
    ['14-16/5/2025', '16/5/2025'],
    ['02-04/10/2024', '04/10/2024'],
    ['từ 28/10 - 02/11/2024', '02/11/2024'],
    ['15/10/2024', undefined],
    ['20-15/10/2024', undefined],
  ] as const)('%j → %s', (text, last) => {
    expect(lastDayOfDayRange(text)).toBe(last);
  });

  it("judges a district council's supervision plan on the last day of each run", () => {
    const rows: GridValue[][] = [
      ['BAN PHÁP CHẾ HĐND HUYỆN YÊN THÀNH'],
      [],
      [
        'STT',
        'Nội dung giám sát',
        'Đơn vị được giám sát',
        'Thời gian dự kiến',
        'Thời gian giám sát thực tế',
        'Kết quả',
      ],
      [
        1,
        'Công tác thu, nộp quỹ phòng, chống thiên tai',
        'UBND xã Hợp Thành',
        '15/5/2025',
        '14-16/5/2025',
        'Đã giám sát',
      ],
      [
        2,
        'Việc giải quyết kiến nghị của cử tri',
        'UBND xã Phúc Thành',
        '30/6/2025',
        '23-25/6/2025',
        'Đã giám sát',
      ],
      [
        3,
        'Công tác cải cách hành chính',
        'UBND xã Tăng Thành',
        d(2025, 7, 20),
        null,
        'Chưa giám sát',
      ],
    ];
    const result = checkSheets(
      createChecker({ pack, asOf: { year: 2025, month: 7, day: 28 } }),
      'giam-sat.xlsx',
      [gridSheet('KH giám sát', rows)],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/late E4',
      'task/overdue D6',
    ]);
    expect(result.findings.find((f) => f.rule === 'task/late')?.message.vi).toMatch(/16\/05\/2025/);
  });
});
