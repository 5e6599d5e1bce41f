import { describe, expect, it } from 'vitest';
import type { Row } from '../model/sheet.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader, type IndicatorHeader } from './indicator-headers.js';
import { classifyIndicatorRow, type IndicatorCells } from './indicator-rows.js';

const HEADER: GridValue[] = [
  'STT',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Kế hoạch năm 2024',
  'Ước thực hiện năm 2024',
  'Ghi chú',
];

/** The kind of every row under the header of an indicator table laid out as `rows`. */
function kinds(rows: GridValue[][]): Array<[number, string]> {
  const sheet = gridSheet('Chỉ tiêu', [HEADER, ...rows]);
  const header = detectIndicatorHeader(sheet.rows)!;
  return sheet.rows
    .filter((r) => r.number > header.lastHeaderRow)
    .map((r) => [r.number, classifyIndicatorRow(r, header, cellsOf(r, header)).kind]);
}

function cellsOf(row: Row, header: IndicatorHeader): IndicatorCells {
  const out: IndicatorCells = {};
  for (const [field, col] of Object.entries(header.columns)) {
    const cell = row.cells.find((c) => c.col === col);
    if (cell && cell.text.trim() !== '') out[field as keyof IndicatorCells] = cell;
  }
  return out;
}

describe('classifyIndicatorRow', () => {
  it('reads groups, labels, indicators, sub-rows and totals in a district report', () => {
    expect(
      kinds([
        ['I', 'CHỈ TIÊU KINH TẾ'],
        [1, 'Tốc độ tăng giá trị sản xuất', '%', 8.5, 8.1],
        [2, 'Tổng sản lượng lương thực', 'Tấn', '25.000', '25.000'],
        ['II.', 'Nhóm chỉ tiêu xã hội'],
        [3, 'Tỷ lệ trường đạt chuẩn quốc gia'],
        [null, 'Trong đó:'],
        [null, '- Trường mầm non', '%', 57.97, 58],
        [null, 'Tổng cộng', null, 4, 4],
        [null, 'Tổng số chỉ tiêu: 3; đạt và vượt: 2; không đạt: 1', null, 3, 2],
        [null, 'Cộng:'],
      ]),
    ).toEqual([
      [2, 'group'],
      [3, 'indicator'],
      [4, 'indicator'], // "Tổng sản lượng …" is an indicator, not a total
      [5, 'group'],
      [6, 'indicator'],
      [7, 'label'],
      [8, 'indicator'],
      [9, 'total'],
      [10, 'total'],
      [11, 'total'],
    ]);
  });

  it('reads a grand total typed in capitals above the numbered rows as a total', () => {
    expect(
      kinds([
        [null, 'TỔNG THU NSNN TRÊN ĐỊA BÀN', 'Triệu đồng', 238000, 246510],
        [1, 'Thu từ doanh nghiệp nhà nước', 'Triệu đồng', 3500, 3120],
        [null, 'Tổng thu từ khu vực ngoài quốc doanh', 'Triệu đồng', 62000, 65480],
        [null, 'TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG', 'Triệu đồng', 410000, 398200],
      ]),
    ).toEqual([
      [2, 'total'],
      [3, 'indicator'],
      // not in capitals: an indicator written without its number
      [4, 'indicator'],
      [5, 'total'],
    ]);
  });

  it('reads it so when typed with no marks', () => {
    expect(
      kinds([
        [null, 'TONG THU NGAN SACH XA (I+II+III)', 'Trieu dong', 4200, 4315],
        [1, 'Phi, le phi', 'Trieu dong', 120, 124],
        // one mark typed: read as written, "TÒNG" is no "TỔNG"
        [null, 'TÒNG ĐẬU', 'Trieu dong', 50, 52],
      ]),
    ).toEqual([
      [2, 'total'],
      [3, 'indicator'],
      [4, 'indicator'],
    ]);
  });

  it('skips the column numbers and the header printed again, even with a formula mark', () => {
    expect(
      kinds([
        ['A', 'B', 1, 2, 3, 4],
        ['(1)', '(2)', '(3)', '(4)', '(5)=(4)/(3)', '(6)'],
        [1, 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', 190, 176.2],
        HEADER,
        [2, 'Tỷ lệ hộ nghèo', '%', 'Giảm còn 2,5', 2.35],
      ]),
    ).toEqual([
      // row 2, right under the header, is taken into it (detectIndicatorHeader)
      [3, 'header'],
      [4, 'indicator'],
      [5, 'header'],
      [6, 'indicator'],
    ]);
  });

  it.each([
    ['a note under the table', ['Ghi chú: (*) Số liệu ước tính đến ngày 31/12/2024.']],
    ['a note marked with a star', [null, '* Lưu ý: số liệu sơ bộ']],
    ['the place-and-date line', [null, null, null, 'Đức Thọ, ngày 15 tháng 01 năm 2025']],
    ['the signature block', [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ']],
    ['"Nơi nhận"', ['Nơi nhận:', null, null, 'TM. ỦY BAN NHÂN DÂN']],
    [
      "another table's header",
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả thực hiện'] as GridValue[],
    ],
  ])('ends the table at %s', (_name, line) => {
    expect(
      kinds([[1, 'Số người được tạo việc làm mới', 'Người', 1100, 1180], line as GridValue[]]),
    ).toEqual([
      [2, 'indicator'],
      [3, 'end'],
    ]);
  });

  it('keeps a lettered sub-row with its figures typed as text and a word of assessment', () => {
    // "b) | … | thôn | 260 | 260 | 100 | Đạt": three cells that could name columns ("thôn",
    // "Đạt"), but figures are no header's
    const sheet = gridSheet('KQ', [
      ['TT', 'Nội dung', 'ĐVT', 'Chỉ tiêu năm 2024', 'Kết quả đạt được', 'Tỷ lệ (%)', 'Đánh giá'],
      ['1', 'Các danh hiệu học tập được công nhận'],
      ['a)', 'Dòng họ học tập', 'dòng họ', '180', '186', '103,3', 'Vượt'],
      ['b)', 'Cộng đồng học tập cấp thôn', 'thôn', '260', '260', '100', 'Đạt'],
      ['c)', 'Đơn vị học tập', 'đơn vị', '95', '88', '92,6', 'Không đạt'],
    ]);
    const header = detectIndicatorHeader(sheet.rows)!;
    const rows = sheet.rows.filter((r) => r.number > header.lastHeaderRow);
    expect(rows.map((r) => classifyIndicatorRow(r, header, cellsOf(r, header)).kind)).toEqual([
      'indicator',
      'indicator',
      'indicator',
      'indicator',
    ]);
  });

  it('keeps a numbered indicator whose name reads like a signer or a note', () => {
    expect(
      kinds([
        [1, 'Chủ tịch UBND xã tiếp công dân định kỳ', 'Buổi', 12, 12],
        [2, 'Ghi chú: hồ sơ được số hóa', '%', 80, 85],
      ]),
    ).toEqual([
      [2, 'indicator'],
      [3, 'indicator'],
    ]);
  });
});
