import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/sheet.js';
import { closesTable, isNoteUnder, isSignatureText } from './footer.js';

describe('isNoteUnder', () => {
  it.each([
    ['Ghi chú: (*) Số liệu ước tính đến ngày 31/12/2024.', true],
    ['* Lưu ý: số liệu sơ bộ', true],
    ['Chú thích: TH = thực hiện', true],
    // a conclusion written under a self-check's table
    ['Kết luận: Đơn vị đạt chuẩn xây dựng cơ quan văn hóa năm 2025.', true],
    ['* Kết luận: chưa đạt', true],
    ['Kết luận số 21-KL/TW của Hội nghị Trung ương 4', false],
    ['Ghi chú', false],
    ['Tỷ lệ hồ sơ có ghi chú: 90%', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(isNoteUnder(text)).toBe(expected);
  });
});

describe('isSignatureText', () => {
  it.each([
    ['NGƯỜI LẬP BIỂU', true],
    ['NGƯỜI THEO DÕI', true],
    ['Người theo dõi', true],
    ['THỦ TRƯỞNG ĐƠN VỊ', true],
    ['TM. BAN THƯỜNG VỤ', true],
    ['KT. CHỦ TỊCH', true],
    ['PHÓ CHỦ TỊCH', true],
    ['(Ký, ghi rõ họ tên)', true],
    // the secretary of a board and the officer who keeps a log sign under it
    ['THƯ KÝ', true],
    ['Thư ký hội đồng', true],
    ['CHUYÊN VIÊN THEO DÕI', true],
    ['Cán bộ theo dõi', true],
    ['Chuyên viên Phòng Tư pháp', false],
    ['Phạm Thị Mai', false],
    ['Tỷ lệ chủ hộ được tập huấn', false],
    ['', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(isSignatureText(text)).toBe(expected);
  });
});

describe('closesTable: one test of the end of a table, for every table kind', () => {
  const cells = (...texts: Array<[number, string]>): Cell[] =>
    texts.map(([col, text]) => ({ col, value: text, text }));
  it.each([
    ['"Nơi nhận:" in the first column', cells([1, 'Nơi nhận:']), false, '', true],
    [
      'the place-and-date line in the deadline column',
      cells([5, 'Đức Thọ, ngày 15 tháng 11 năm 2024']),
      false,
      '',
      true,
    ],
    [
      'a numbered row whose owner is "Chủ tịch UBND"',
      cells([1, '3'], [2, 'Tổng kết năm'], [3, 'Chủ tịch UBND']),
      true,
      'Tổng kết năm',
      false,
    ],
    [
      "the signer's title alone",
      cells([4, 'NGƯỜI LẬP BIỂU'], [6, 'THỦ TRƯỞNG ĐƠN VỊ']),
      false,
      '',
      true,
    ],
    [
      '"TM. UBND" in the main column',
      cells([2, 'TM. ỦY BAN NHÂN DÂN']),
      false,
      'TM. ỦY BAN NHÂN DÂN',
      true,
    ],
    [
      'a note opening its own line',
      cells([1, 'Ghi chú: (*) Số liệu ước thực hiện.']),
      false,
      '',
      true,
    ],
    ['a note in the notes column of a record', cells([7, 'Ghi chú: chờ ý kiến']), false, '', false],
    [
      'the drafting office in capitals beside the signer',
      cells([2, 'PHÒNG KẾ HOẠCH - KỸ THUẬT'], [5, 'KT. GIÁM ĐỐC']),
      false,
      'PHÒNG KẾ HOẠCH - KỸ THUẬT',
      true,
    ],
    [
      'an unnumbered task in capitals owned by a director',
      cells([2, 'RÀ SOÁT QUY CHẾ'], [3, 'Giám đốc Trung tâm']),
      false,
      'RÀ SOÁT QUY CHẾ',
      false,
    ],
    [
      'a section heading',
      cells([1, 'II'], [2, 'CÔNG TÁC TUYÊN GIÁO']),
      false,
      'CÔNG TÁC TUYÊN GIÁO',
      false,
    ],
  ] as const)('%s → %s', (_what, row, numbered, main, closes) => {
    expect(closesTable({ cells: row, numbered, main, noteCol: 7 })).toBe(closes);
  });
});
