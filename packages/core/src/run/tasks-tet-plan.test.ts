/**
 * A plan for a Tết names it in its title ("KẾ HOẠCH … PHỤC VỤ TẾT NGUYÊN ĐÁN ẤT TỴ 2025"), and its
 * rows then write "Trước Tết" and days of tháng Chạp with no year: they are of that Tết — layouts
 * held-out set 18, n11, raised the class; these are other wordings.
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('tet', 'Kế hoạch Tết (mẫu)');

function check(title: string) {
  const rows: GridValue[][] = [
    ['UBND PHƯỜNG HÀNG TRỐNG'],
    [title],
    ['STT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời hạn', 'Tình trạng'],
    [
      1,
      'Thăm, tặng quà gia đình chính sách',
      'Ban Chỉ huy Quân sự phường',
      'Trước 25 tháng Chạp',
      'Chưa thực hiện',
    ],
    [2, 'Treo cờ, băng rôn, khẩu hiệu', 'Công an phường', 'Trước Tết Nguyên đán', 'Đang thực hiện'],
    [
      3,
      'Tổ chức bắn pháo hoa đêm Giao thừa',
      'UBND phường',
      'Mùng 1 tháng Giêng',
      'Chưa thực hiện',
    ],
  ];
  const checked = checkGrid(
    pack,
    { year: 2025, month: 1, day: 25 },
    [gridSheet('KH Tết', rows)],
    'ke-hoach-tet.xlsx',
  );
  return {
    findings: checked.findings,
    notEvaluated: checked.result.notEvaluated.length,
  };
}

describe('a plan for one Tết', () => {
  it.each([
    'KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG PHỤC VỤ TẾT NGUYÊN ĐÁN ẤT TỴ 2025',
    'Kế hoạch chăm lo Tết Ất Tỵ cho Nhân dân trên địa bàn phường',
    'PHÂN CÔNG NHIỆM VỤ ĐÓN TẾT NGUYÊN ĐÁN 2025',
  ])('%j: its rows are of that Tết', (title) => {
    // 25 tháng Chạp Giáp Thìn is 24/01/2025 (due the 23rd); Tết Ất Tỵ is 29/01 (due the 28th)
    expect(check(title)).toEqual({
      findings: ['task/due-soon D5', 'task/due-soon D6', 'task/overdue D4'],
      notEvaluated: 0,
    });
  });

  it('with no Tết in the title, "Trước Tết" does not say which one', () => {
    const r = check('KẾ HOẠCH CÔNG TÁC THÁNG 01/2025');
    // the day of tháng Chạp falls in 2025 in one lunar year only: still read
    expect(r.findings).toContain('task/overdue D4');
    expect(r.findings).not.toContain('task/due-soon D5');
    expect(r.notEvaluated).toBeGreaterThan(0);
  });
});
