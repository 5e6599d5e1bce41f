/**
 * A tick set named by the work itself, whatever the work ("Đã tiêm | Chưa tiêm", "Đã KT | Chưa KT"
 * whatever KT stands for): the state word says the status, the words the sub-headers share say the
 * work, and a column "Ngày" and the same work ("Ngày tiêm", "Ngày KT") is the day it was done
 * (layouts held-out set 20, g05: "Đã KT | Chưa KT" beside "Ngày KT", the legend "KT: kiểm tra"
 * under the table). One state alone, or two works that differ, make no tick set.
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('theo-doi', 'Theo dõi (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2024, month: 11, day: 20 },
    [gridSheet('Theo dõi', rows)],
    'theo-doi.xlsx',
  );
  return {
    tables: checked.tables,
    findings: checked.findings,
    notEvaluated: checked.result.notEvaluated.length,
  };
}

describe.each([
  // a vaccination station's catch-up list: the work spelled out
  ['Kết quả', 'Đã tiêm', 'Chưa tiêm', 'Ngày tiêm'],
  // an appraisal log: the work abbreviated, explained (or not) in a legend elsewhere
  ['Tình hình thực hiện', 'Đã TĐ', 'Chưa TĐ', 'Ngày TĐ'],
  // typed without marks
  ['Tien do', 'Da giai ngan', 'Chua giai ngan', 'Ngay giai ngan'],
  // a third state under way
  ['Tình trạng', 'Đã thẩm định', 'Đang thẩm định', 'Ngày thẩm định'],
])('ticks under %j: %j | %j beside %j', (group, first, second, day) => {
  const r = check([
    ['STT', 'Nội dung', 'Thời gian theo kế hoạch', group, null, day, 'Ghi chú'],
    [null, null, null, first, second, null, null],
    [1, 'Đợt 1: xã Tân Lập', 'Tháng 9/2024', 'x', null, d(2024, 10, 4), 'Lùi do mưa lũ'],
    [2, 'Đợt 2: xã Tân Hòa', 'Tháng 10/2024', 'x', null, d(2024, 10, 25), null],
    [3, 'Đợt 3: thị trấn', 'Tháng 10/2024', null, 'x', null, null],
    [4, 'Đợt 4: xã Tân Phú', 'Tháng 11/2024', null, 'x', null, null],
  ]);

  it('reads the tick as the status and the day column as the completion', () => {
    expect(r.tables).toEqual(['tasks']);
    // row 3 done after its month (late), row 4 done within it, row 5 past its month and not done
    expect(r.findings).toEqual(['task/late F3', 'task/overdue C5']);
    expect(r.notEvaluated).toBe(0);
  });
});

describe('no tick set without two states of one work', () => {
  it('one state alone: the group stays the status column, the day column unread', () => {
    const r = check([
      ['STT', 'Nội dung', 'Thời gian theo kế hoạch', 'Tình hình thực hiện', 'Ngày tiêm'],
      [null, null, null, 'Đã tiêm', null],
      [1, 'Đợt 1: xã Tân Lập', 'Tháng 9/2024', 'x', d(2024, 10, 4)],
      [2, 'Đợt 3: thị trấn', 'Tháng 10/2024', null, null],
    ]);
    // not read as a completion: the done row names no day it was done
    expect(r.findings).toEqual(['task/overdue C4']);
    expect(r.notEvaluated).toBe(1);
  });

  it('two different works are no tick set either', () => {
    const r = check([
      ['STT', 'Nội dung', 'Thời gian theo kế hoạch', 'Tình hình thực hiện', null, 'Ngày tiêm'],
      [null, null, null, 'Đã tiêm', 'Chưa khám', null],
      [1, 'Đợt 1: xã Tân Lập', 'Tháng 9/2024', 'x', null, d(2024, 10, 4)],
      [2, 'Đợt 3: thị trấn', 'Tháng 10/2024', null, 'x', null],
    ]);
    expect(r.findings).not.toContain('task/late F3');
  });
});
