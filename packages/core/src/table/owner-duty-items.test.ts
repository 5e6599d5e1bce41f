/**
 * A schedule of each unit's own duty (a transfer of records, an inventory to hand in): no column
 * names the work, the unit column says what the unit does ("Cơ quan, đơn vị kê khai", "Đơn vị
 * thực hiện"), and the day the thing changed hands is the completion ("Ngày giao nhận", "Ngày giao
 * nộp") — issue 13, held-out set 14, q03 (an archive's transfer plan).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectTaskHeader, matchHeaderText, taskHeaderAliases } from './headers.js';

describe('the day a thing was handed over and received', () => {
  const aliases = taskHeaderAliases();
  it.each([
    ['Ngày giao nhận', 'completedOn'],
    ['Thời gian giao nhận', 'completedOn'],
    ['Ngày giao nộp', 'completedOn'],
    ['Ngày nộp lưu', 'completedOn'],
    // the day work was handed out stays the start
    ['Ngày giao', 'start'],
    ['Ngày giao việc', 'start'],
    ['Ngày nhận', 'start'],
  ])('%j → %s', (text, field) => {
    expect(matchHeaderText(text, aliases)).toBe(field);
  });
});

describe('detectTaskHeader: the unit column is the item of a schedule of units’ duties', () => {
  it.each<[string, GridValue[][], Record<string, number>]>([
    [
      'an inventory of public assets, each office handing in its declaration',
      [
        ['STT', 'Cơ quan, đơn vị kê khai', 'Thời hạn gửi', 'Ngày giao nộp', 'Tình trạng'],
        [1, 'Phòng Văn hóa và Thông tin', '15/01/2025', '14/01/2025', 'Đã nộp'],
        [2, 'Trung tâm Y tế huyện', '15/01/2025', null, 'Chưa nộp'],
      ],
      { title: 2, due: 3, completedOn: 4, status: 5 },
    ],
    [
      'the schools each due to finish their self-assessment',
      [
        ['TT', 'Đơn vị thực hiện', 'Thời hạn hoàn thành', 'Ngày hoàn thành', 'Ghi chú'],
        [1, 'Trường Mầm non Hoa Sen', '30/10/2024', '28/10/2024'],
        [2, 'Trường Tiểu học Kim Đồng', '30/10/2024', null, 'Đang hoàn thiện hồ sơ'],
      ],
      { title: 2, due: 3, completedOn: 4 },
    ],
  ])('%s', (_name, rows, columns) => {
    const header = detectTaskHeader(gridSheet('Lịch', rows).rows);
    expect(header?.columns).toMatchObject(columns);
    expect(header?.columns.owner).toBeUndefined();
  });

  it('keeps the work column the item when the table has one', () => {
    const header = detectTaskHeader(
      gridSheet('Lịch', [
        ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Thời hạn', 'Ngày hoàn thành'],
        [1, 'Rà soát hồ sơ', 'Phòng Nội vụ', '30/10/2024', '28/10/2024'],
      ]).rows,
    );
    expect(header?.columns).toMatchObject({ title: 2, owner: 3, due: 4, completedOn: 5 });
  });
});
