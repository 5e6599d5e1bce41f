/**
 * A works programme's progress as the share of the work's volume done ("Khối lượng đạt (%)"), with
 * the day of acceptance beside it: 100% is done (on time or late by that day, or done with no day
 * when none is written), less is not done — layouts held-out set 18, n03, raised the class; these
 * are other wordings.
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('xay-dung', 'Tiến độ công trình (mẫu)');

function check(progress: string, shares: [GridValue, GridValue, GridValue]) {
  const rows: GridValue[][] = [
    ['BAN QLDA ĐẦU TƯ XÂY DỰNG HUYỆN'],
    ['TIẾN ĐỘ CÁC CÔNG TRÌNH SỬA CHỮA TRƯỜNG HỌC HÈ 2025'],
    ['TT', 'Tên công trình', 'Nhà thầu', 'Hạn hoàn thành', progress, 'Ngày nghiệm thu'],
    [
      1,
      'Sửa chữa mái dãy phòng học Trường TH Kim Liên',
      'Cty TNHH XD Phú Thành',
      d(2025, 8, 10),
      shares[0],
      d(2025, 8, 14),
    ],
    [2, 'Lát nền sân Trường THCS Nam Giang', 'Cty CP XD Hồng Lam', d(2025, 8, 15), shares[1], null],
    [
      3,
      'Cải tạo nhà vệ sinh Trường MN Xuân Hòa',
      'Cty TNHH XD Phú Thành',
      d(2025, 8, 20),
      shares[2],
      null,
    ],
  ];
  const checked = checkGrid(
    pack,
    { year: 2025, month: 8, day: 25 },
    [gridSheet('Tiến độ', rows)],
    'cong-trinh.xlsx',
  );
  return {
    findings: checked.findings,
    notEvaluated: checked.result.notEvaluated.map((n) => n.location?.cell ?? n.location?.row),
  };
}

describe('the share of the volume done', () => {
  it.each<[string, [GridValue, GridValue, GridValue]]>([
    ['Khối lượng hoàn thành (%)', [100, 100, 70]],
    ['Khối lượng đạt', ['100%', '100%', '70%']],
    ['Tỷ lệ khối lượng hoàn thành', ['100%', '100%', '70%']],
    ['% khối lượng', [100, 100, 70]],
  ])('%j: 100%% is done, less is not', (progress, shares) => {
    const r = check(progress, shares);
    // row 4 late by its acceptance day, row 6 overdue; row 5 done with no day: not evaluated
    expect(r.findings).toEqual(['task/late F4', 'task/overdue D6']);
    expect(r.notEvaluated).toEqual(['E5']);
  });
});
