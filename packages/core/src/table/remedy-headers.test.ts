/**
 * A follow-up of the remedies ordered for violations: each row the violation ("Hành vi vi phạm",
 * "Nội dung vi phạm"), a count of the days allowed beside the last day ("Thời hạn KP (ngày)" |
 * "Hạn cuối KP": the day is the deadline), ticks "Đã KP" / "Chưa KP" ("khắc phục"), and the day
 * of the remedy in the notes ("Đã tự tháo dỡ ngày …") — layouts held-out set 15, r01.
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('theo-doi', 'Theo dõi (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2024, month: 9, day: 25 },
    [gridSheet('Khắc phục', rows)],
    'khac-phuc.xlsx',
  );
  return {
    tables: checked.tables,
    findings: checked.findings,
  };
}

describe("an environment inspector's follow-up of the faults found at firms", () => {
  it.each([
    ['Nội dung vi phạm', 'Số ngày khắc phục', 'Hạn khắc phục', 'Đã khắc phục', 'Chưa khắc phục'],
    ['Hành vi vi phạm', 'Thời hạn KP (ngày)', 'Hạn cuối KP', 'Đã KP', 'Chưa KP'],
    ['Hành vi vi phạm', 'Thời gian khắc phục (ngày làm việc)', 'Hạn cuối', 'Đã KP', 'Chưa KP'],
  ])('%j | %j | %j with ticks %j / %j', (item, days, last, done, notDone) => {
    const r = check([
      ['TT', 'Cơ sở', item, days, last, 'Kết quả khắc phục', null, 'Ghi chú'],
      [null, null, null, null, null, done, notDone, null],
      [
        1,
        'Công ty CP Gạch Tuynel Phú Lạc',
        'Xả khí thải vượt quy chuẩn',
        30,
        d(2024, 9, 10),
        'x',
        null,
        'Đã tự khắc phục ngày 16/9/2024',
      ],
      [
        2,
        'Cơ sở chế biến nông sản Hưng Thịnh',
        'Không có sổ đăng ký chất thải nguy hại',
        15,
        d(2024, 9, 20),
        null,
        'x',
      ],
      [
        3,
        'Trang trại chăn nuôi Đồng Tâm',
        'Không vận hành hệ thống xử lý nước thải',
        10,
        d(2024, 9, 30),
        null,
        'x',
      ],
    ]);
    expect(r.tables).toEqual(['tasks']);
    expect(r.findings).toEqual(['task/due-soon E5', 'task/late H3', 'task/overdue E4']);
  });
});

describe("a follow-up of an inspection's conclusions, with no status column", () => {
  it.each([
    ['Tồn tại, thiếu sót', 'Giải pháp khắc phục'],
    ['Hạn chế, tồn tại', 'Nội dung khắc phục'],
    ['Nội dung kiến nghị', 'Biện pháp khắc phục'],
    ['Thiếu sót', 'Biện pháp khắc phục'],
  ])('%j | %j: each shortcoming is a task, its state and day in the result', (found, remedy) => {
    const r = check([
      ['KẾT QUẢ KHẮC PHỤC SAU THANH TRA CỦA SỞ Y TẾ'],
      ['STT', found, remedy, 'Người thực hiện', 'Hạn khắc phục', 'Kết quả khắc phục'],
      [
        1,
        'Sổ theo dõi thuốc gây nghiện ghi chưa đầy đủ',
        'Ghi bổ sung, kiểm tra hằng tuần',
        'Khoa Dược',
        d(2024, 9, 10),
        'Đã khắc phục xong ngày 16/9/2024',
      ],
      [
        2,
        'Thiếu biển báo khu vực xử lý chất thải',
        'Lắp đặt biển báo',
        'Phòng Hành chính',
        '20/09/2024',
        'Đang làm thủ tục mua sắm',
      ],
      [
        3,
        'Hồ sơ bệnh án lưu trữ chưa theo quy định',
        'Sắp xếp lại kho lưu trữ',
        'Phòng KHTH',
        'Trước 30/9/2024',
        'Chưa thực hiện',
      ],
    ]);
    expect(r.tables).toEqual(['tasks']);
    expect(r.findings).toEqual(['task/due-soon E5', 'task/late F3', 'task/overdue E4']);
  });
});
