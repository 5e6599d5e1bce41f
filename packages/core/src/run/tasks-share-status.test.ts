/**
 * A plan whose progress is a bare number under a header that says it is a share ("Tiến độ (%)",
 * "Tỷ lệ hoàn thành", "% hoàn thành"): 100 is done, anything less is not, whether the cell holds a
 * number or text typed by hand — layouts held-out set 11, l02. A status code ("1", "2") under a
 * header with no share in it is still a code a legend explains.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { classifyStatusCell, headerHoldsShare } from '../vi/status.js';
import { checkSheets, createChecker } from './checker.js';

describe('a status header that holds a share of the work', () => {
  it.each([
    ['Tiến độ (%)', true],
    ['% hoàn thành', true],
    ['Tỷ lệ hoàn thành', true],
    ['Mức độ hoàn thành (%)', true],
    ['Tiến độ thực hiện (tính theo phần trăm)', true],
    ['Tiến độ', false],
    ['Tình trạng', false],
    ['Kết quả thực hiện', false],
  ] as const)('%j → %s', (header, share) => {
    expect(headerHoldsShare(header)).toBe(share);
  });
});

describe('a bare number in a share column', () => {
  it.each([
    [100, '100', undefined, 'done'],
    [60, '60', undefined, 'in-progress'],
    [0, '0', undefined, 'not-started'],
    ['62,5', '62,5', undefined, 'in-progress'],
    ['100', '100', undefined, 'done'],
    // a percent-formatted cell keeps its own reading: 1 shown as "100%"
    [1, '100%', '0%', 'done'],
    [0.4, '40%', '0%', 'in-progress'],
    // words stay words
    ['Đã hoàn thành', 'Đã hoàn thành', undefined, 'done'],
    // beyond a share: no reading
    [250, '250', undefined, 'unknown'],
  ] as const)('%j (%j, format %j) → %s', (value, text, numFmt, state) => {
    expect(classifyStatusCell(value, text, numFmt, {}, true).state).toBe(state);
  });

  it('is no share where the header does not say so', () => {
    expect(classifyStatusCell(100, '100', undefined, {}, false).state).toBe('unknown');
  });
});

describe("a district's digital-transformation plan with 'Tỷ lệ hoàn thành'", () => {
  const p = parsePack({ id: 'cds', version: '1.0.0', title: 'Chuyển đổi số (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const sheet = gridSheet('KH CĐS 2025', [
    ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tỷ lệ hoàn thành', 'Ghi chú'],
    [
      1,
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực',
      'Văn phòng HĐND và UBND',
      d(2025, 6, 30),
      100,
      'Hoàn thành ngày 10/7/2025',
    ],
    [
      2,
      'Rà soát, làm sạch dữ liệu dân cư trên địa bàn',
      'Công an huyện',
      d(2025, 8, 15),
      100,
      null,
    ],
    [
      3,
      'Triển khai thanh toán không dùng tiền mặt tại trường học',
      'Phòng Giáo dục và Đào tạo',
      d(2025, 9, 30),
      75,
      null,
    ],
    [
      4,
      'Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng',
      'Phòng Văn hóa và Thông tin',
      d(2025, 10, 24),
      '0',
      null,
    ],
    [
      5,
      'Cập nhật dữ liệu đất đai vào cơ sở dữ liệu quốc gia',
      'Phòng Tài nguyên và Môi trường',
      d(2025, 12, 31),
      40,
      null,
    ],
  ]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2025, month: 10, day: 20 } }),
    'cds.xlsx',
    [sheet],
  );

  it('reads the sheet as tasks', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['tasks']);
  });

  it('calls 100 done (late by its note), 75 overdue and 0 due soon; 40 before its deadline is quiet', () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/due-soon D5',
      'task/late F2',
      'task/overdue D4',
    ]);
  });

  it('lists the done row with no day as not evaluated at its status, never overdue', () => {
    expect(result.notEvaluated.map((n) => n.location?.cell)).toEqual(['E3']);
  });
});
