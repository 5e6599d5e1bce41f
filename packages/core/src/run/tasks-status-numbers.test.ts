/**
 * A status column holding bare numbers under a header that does not say what they are ("Tiến độ",
 * "Kết quả", "Tình trạng"): the column as a whole says it. Numbers beyond a one-digit code (100,
 * 75, 40) are shares of the work, 100 done; one-digit codes are read with the legend under or above
 * the table ("1 - Đã hoàn thành; 2 - Đang thực hiện"); codes no legend explains are not guessed: a
 * row past its deadline with such a code is listed as not evaluated, never called overdue.
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';
import { testPack } from '../testing/check-grid.js';

const pack = testPack('kh-nv', 'Kế hoạch nhiệm vụ (mẫu)');

/** A commune's plan for 2025, its status column headed `header`, checked on 20/10/2025. */
function check(header: string, statuses: readonly GridValue[], below: GridValue[][] = []) {
  const sheet = gridSheet('KH 2025', [
    ['UBND XÃ HÒA TIẾN'],
    ['KẾ HOẠCH THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM 2025'],
    ['TT', 'Nội dung công việc', 'Bộ phận thực hiện', 'Thời gian hoàn thành', header, 'Ghi chú'],
    [1, 'Rà soát hộ nghèo, hộ cận nghèo', 'Công chức LĐ-TB&XH', d(2025, 6, 30), statuses[0]!],
    [2, 'Chỉnh lý hồ sơ địa chính các thôn', 'Công chức địa chính', d(2025, 8, 15), statuses[1]!],
    [
      3,
      'Số hóa sổ hộ tịch từ năm 2010',
      'Công chức tư pháp - hộ tịch',
      d(2025, 9, 30),
      statuses[2]!,
    ],
    [4, 'Tổ chức Ngày hội Đại đoàn kết các thôn', 'Ủy ban MTTQ xã', d(2025, 10, 24), statuses[3]!],
    [5, 'Tổng kết công tác năm 2025', 'Văn phòng - thống kê', d(2025, 12, 20), statuses[4]!],
    ...below,
  ]);
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2025, month: 10, day: 20 } }),
    'hoa-tien.xlsx',
    [sheet],
  );
  return {
    findings: result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort(),
    notEvaluated: result.notEvaluated.map((n) => n.reason.vi),
  };
}

describe('bare numbers under a status header that names no share', () => {
  it.each(['Tiến độ', 'Tiến độ thực hiện', 'Kết quả', 'Tình trạng'])(
    '%j holding 100, 100, 75, 0, 40 are shares: 100 is done, 75 and 0 are not',
    (header) => {
      const { findings } = check(header, [100, '100', 75, 0, 40]);
      expect(findings).toEqual(['task/due-soon D7', 'task/overdue D6']);
    },
  );

  it('reads a one-digit number among shares as a share too (2 per cent is not done)', () => {
    const { findings } = check('Tiến độ', [100, 2, 50, 0, 40]);
    expect(findings).toEqual(['task/due-soon D7', 'task/overdue D5', 'task/overdue D6']);
  });

  it('reads one-digit codes with the legend under the table', () => {
    const { findings } = check(
      'Tình trạng',
      [1, 1, 2, 3, 2],
      [
        [],
        [null, 'Ghi chú: Tình trạng: 1 - Đã hoàn thành; 2 - Đang thực hiện; 3 - Chưa thực hiện'],
      ],
    );
    expect(findings).toEqual(['task/due-soon D7', 'task/overdue D6']);
  });

  it('does not guess codes no legend explains: past their deadline they are not evaluated', () => {
    const { findings, notEvaluated } = check('Tình trạng', [1, 1, 2, 3, 2]);
    expect(findings).toEqual(['task/due-soon D7']);
    expect(notEvaluated.join('\n')).toMatch(/E4, E5, E6/);
    expect(notEvaluated.join('\n')).toMatch(/mã số/);
  });
});
