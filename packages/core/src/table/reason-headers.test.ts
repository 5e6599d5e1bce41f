/**
 * A column that says why ("Lý do chưa hoàn thành", "Nguyên nhân chậm, chưa hoàn thành") is no column
 * of the built-in vocabulary, whatever its other words name: beside the ticks "Đã hoàn thành | Chưa
 * hoàn thành" it is no third tick, so a done row with a reason written there stays done, and a row
 * ticked not done is overdue once; in a log it is not the report, in an indicator table not the
 * actual. A pack may still name it.
 */
import { describe, expect, it } from 'vitest';
import { matchHeaderAnyKind } from './matcher.js';
import { d, gridSheet } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

describe.each([
  'Lý do chưa hoàn thành',
  'Nguyên nhân chưa hoàn thành',
  'Nguyên nhân chậm, chưa hoàn thành',
  'Lý do chưa thực hiện',
  'Ly do chua hoan thanh',
  'Lý do chưa nộp báo cáo',
  'Nguyên nhân chưa đạt',
  'Nguyên nhân tồn tại',
  'Lý do',
])('%j', (header) => {
  it('names no column of the built-in vocabulary', () => {
    expect(matchHeaderAnyKind(header)).toEqual({});
  });
});

describe('a reason column beside the ticks of a task table', () => {
  const pack = testPack('theo-doi', 'Theo dõi (mẫu)');
  it.each(['Lý do chưa hoàn thành', 'Nguyên nhân chậm, chưa hoàn thành'])(
    'under "Kết quả thực hiện": %j is no tick',
    (reason) => {
      const checked = checkGrid(
        pack,
        { year: 2024, month: 11, day: 20 },
        [
          gridSheet('Tiến độ', [
            ['STT', 'Nhiệm vụ', 'Thời hạn', 'Kết quả thực hiện', null, null],
            [null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành', reason],
            [1, 'Rà soát hộ nghèo, cận nghèo', d(2024, 10, 30), 'x', null, null],
            [2, 'Tổng hợp danh sách hộ', d(2024, 10, 30), null, 'x', 'Chờ số liệu của các xã'],
            [3, 'Báo cáo sơ kết', d(2024, 10, 30), 'x', null, 'Chậm do thiếu số liệu'],
          ]),
        ],
        'tien-do.xlsx',
      );
      // row 4 ticked not done is overdue; row 5 ticked done (with a reason for being late) is done
      // with no day, listed as not evaluated with row 3
      expect(checked.findings).toEqual(['task/overdue C4']);
      expect(checked.result.notEvaluated).toHaveLength(1);
    },
  );
});

describe('a pack may still name a reason column', () => {
  it('as its own column name', () => {
    const pack = testPack('theo-doi', 'Theo dõi (mẫu)', {
      bindings: { tasks: { columns: { note: ['Lý do chưa hoàn thành'] } } },
    });
    const checked = checkGrid(
      pack,
      { year: 2024, month: 11, day: 20 },
      [
        gridSheet('Tiến độ', [
          ['STT', 'Nhiệm vụ', 'Thời hạn', 'Tình trạng', 'Lý do chưa hoàn thành'],
          [1, 'Báo cáo sơ kết', d(2024, 10, 30), 'Đã hoàn thành', 'Hoàn thành ngày 05/11/2024'],
        ]),
      ],
      'tien-do.xlsx',
    );
    expect(checked.findings).toEqual(['task/late E2']);
  });
});
