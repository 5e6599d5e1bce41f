import { describe, expect, it } from 'vitest';
import type { CellRange } from '../model/sheet.js';
import { gridSheet } from '../testing/grid.js';
import { MergedColumns, mergedAcross, moveAcross } from './merged-cells.js';

// "PHÂN CÔNG THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH": one owner and one deadline merged down
// over three tasks (C3:C5, D3:D5), another owner over two tasks with their own deadlines (C6:C7).
const sheet = gridSheet('Phân công', [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
  [],
  [1, 'Rà soát thủ tục hành chính', 'Văn phòng HĐND và UBND', 'Quý III/2024', 'Hoàn thành'],
  [2, 'Công bố danh mục thủ tục được cắt giảm', null, null, 'Đang thực hiện'],
  [3, 'Cập nhật quy trình nội bộ', null, null, 'Chưa thực hiện'],
  [4, 'Khảo sát sự hài lòng của người dân', 'Phòng Nội vụ', 'Tháng 11/2024', 'Đang thực hiện'],
  [5, 'Tập huấn kỹ năng số cho công chức', null, 'Tháng 10/2024', 'Đang thực hiện'],
  [6, 'Số hóa hồ sơ', null, null, null],
]);
const range = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});
const merges = [range(3, 3, 5, 3), range(3, 4, 5, 4), range(6, 3, 7, 3)];
const texts = (m: MergedColumns) =>
  sheet.rows.map((r) => {
    const filled = m.fill(r);
    return [3, 4].map((c) => filled.cells.find((x) => x.col === c)?.text ?? '').join(' | ');
  });

describe('MergedColumns', () => {
  it("gives each row a merge covers the value of the merge's first cell", () => {
    expect(texts(new MergedColumns(merges, new Set([3, 4])))).toEqual([
      'Cơ quan chủ trì | Thời hạn',
      'Văn phòng HĐND và UBND | Quý III/2024',
      'Văn phòng HĐND và UBND | Quý III/2024',
      'Văn phòng HĐND và UBND | Quý III/2024',
      'Phòng Nội vụ | Tháng 11/2024',
      'Phòng Nội vụ | Tháng 10/2024',
      // below every merge: an empty cell stays empty
      ' | ',
    ]);
  });

  it('fills nothing without merges, nor in a column it was not asked to fill', () => {
    expect(new MergedColumns([], new Set([3, 4])).empty).toBe(true);
    const ownerOnly = texts(new MergedColumns(merges, new Set([3])));
    expect(ownerOnly[3]).toBe('Văn phòng HĐND và UBND | ');
  });

  it("does not lend a value when the merge's first cell was empty", () => {
    // a merge over rows 7-8 whose first cell (C7) is blank
    const m = new MergedColumns([range(7, 3, 8, 3)], new Set([3]));
    expect(texts(m)[6]).toBe(' | ');
  });
});

describe('a period typed once across the first-day and last-day columns', () => {
  const plan = gridSheet('Kế hoạch', [
    ['TT', 'Nội dung', 'Từ ngày', 'Đến ngày'],
    [1, 'Diễn tập sơ tán dân', '20-24/5/2024', null],
    [2, 'Nạo vét kênh tiêu', '10/5/2024', '31/5/2024'],
    [3, 'Chuẩn bị vật tư', 'Tháng 6/2024', null],
  ]);
  const acrossRows = mergedAcross([range(2, 3, 2, 4), range(4, 2, 4, 4)], 3, 4);

  it('finds the rows whose merge starts in the first column and covers the last', () => {
    expect([...acrossRows]).toEqual([2]); // row 4's merge starts in the title column
  });

  it('moves the period to the last-day column, and leaves a row with its own last day', () => {
    const moved = moveAcross(plan.rows[1]!, 3, 4);
    expect(moved.cells.map((c) => [c.col, c.text])).toEqual([
      [1, '1'],
      [2, 'Diễn tập sơ tán dân'],
      [4, '20-24/5/2024'],
    ]);
    expect(moveAcross(plan.rows[2]!, 3, 4)).toBe(plan.rows[2]);
  });
});
