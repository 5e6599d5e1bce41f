/**
 * One tick column for "done" whose legend says its cells are marks ("Đã xong" over "(x)",
 * "Hoàn thành (đánh dấu x)"): a mark there is done, a row without one is not (layouts held-out
 * set 15, r02). With no legend, a lone "Hoàn thành" sub-header stays a completion-date column.
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('theo-doi', 'Theo dõi (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2024, month: 11, day: 20 },
    [gridSheet('Lịch', rows)],
    'lich.xlsx',
  );
  return {
    tables: checked.tables,
    findings: checked.findings,
    notEvaluated: checked.result.notEvaluated.length,
  };
}

describe.each([
  ['Hoàn thành', '(đánh dấu x)'],
  ['Xong', '(X)'],
  ['Đã xong', 'Đánh dấu x'],
  ['Đã hoàn thành', '(✓)'],
  [null, 'Hoàn thành (đánh dấu x)'],
])('a lone done column %j over %j', (upper, lower) => {
  const r = check([
    ['STT', 'Công việc', 'Người thực hiện', 'Hạn hoàn thành', upper, 'Ghi chú'],
    [null, null, null, null, lower, null],
    [1, 'Chuẩn bị hội trường, âm thanh', 'Lê Văn Nam', d(2024, 11, 8), 'x', null],
    [2, 'Gửi giấy mời đại biểu', 'Phạm Thu Hà', d(2024, 11, 12), null, 'Đang in giấy mời'],
    [3, 'Chuẩn bị báo cáo tham luận', 'Lê Văn Nam', d(2024, 11, 25), null, null],
  ]);

  it('reads the mark as done: the marked row is not overdue, the unmarked past one is', () => {
    expect(r.tables).toEqual(['tasks']);
    expect(r.findings).toEqual(['task/due-soon D5', 'task/overdue D4']);
    // the done row names no day: listed as not evaluated
    expect(r.notEvaluated).toBe(1);
  });
});

describe('a lone "Hoàn thành" sub-header with no legend', () => {
  it('stays the completion-date column', () => {
    const r = check([
      ['STT', 'Công việc', 'Thời gian', null],
      [null, null, 'Thời hạn', 'Hoàn thành'],
      [1, 'Chuẩn bị hội trường', d(2024, 11, 8), d(2024, 11, 12)],
      [2, 'Gửi giấy mời', d(2024, 11, 12), null],
    ]);
    expect(r.findings).toEqual(['task/late D3', 'task/overdue C4']);
  });
});
