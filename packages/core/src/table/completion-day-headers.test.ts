/**
 * The day a task was done, named by what marks it: a house or a site handed over ("Ngày bàn
 * giao"), an inspection closed by its record ("Ngày lập biên bản") — layouts held-out set 11, l03
 * (a school's internal-inspection plan) and l04 (houses built for poor households).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import { detectTaskHeader, matchHeaderText, taskHeaderAliases } from './headers.js';

describe('a column of the day the work was done', () => {
  const aliases = taskHeaderAliases();
  it.each([
    ['Ngày bàn giao', 'completedOn'],
    ['Ngày bàn giao nhà', 'completedOn'],
    ['Ngày bàn giao mặt bằng', 'completedOn'],
    ['Ngày lập biên bản', 'completedOn'],
    ['Ngày ký biên bản', 'completedOn'],
    // the deadline of a hand-over stays a deadline
    ['Thời hạn bàn giao MB', 'due'],
    ['Hạn bàn giao', 'due'],
  ])('%j → %s', (text, field) => {
    expect(matchHeaderText(text, aliases)).toBe(field);
  });

  it('reads a house-building tracker with its start, its deadline and its hand-over day', () => {
    const sheet = gridSheet('Xóa nhà tạm', [
      [
        'STT',
        'Nội dung',
        'Thôn',
        'Hình thức',
        'Ngày khởi công',
        'Hạn hoàn thành',
        'Tiến độ',
        'Ngày bàn giao',
        'Ghi chú',
      ],
      [
        1,
        'Xây mới nhà cho hộ ông Sùng Mí Pó',
        'Thôn Lô Lô Chải',
        'Xây mới',
        '16/09/2024',
        '29/11/2024',
        'Đã bàn giao',
        '28/11/2024',
      ],
    ]);
    const header = detectTaskHeader(sheet.rows);
    expect(header?.columns).toMatchObject({ start: 5, due: 6, status: 7, completedOn: 8 });
  });
});
