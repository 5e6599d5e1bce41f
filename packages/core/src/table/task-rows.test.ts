import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import { detectTaskHeader } from './headers.js';
import { classifyTaskRow } from './task-rows.js';

const sheet = gridSheet('Nhiệm vụ', [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
  ['I', 'CÔNG TÁC TUYÊN GIÁO'],
  [
    1,
    'Hội nghị cán bộ chủ chốt tháng 5/2024',
    'Ban Tuyên giáo Huyện ủy',
    'tháng 5/2024',
    'Hoàn thành',
  ],
  ['CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG'],
  [
    2,
    'Quán triệt học tập cho toàn thể cán bộ, đảng viên',
    'Các chi, đảng bộ cơ sở',
    'trước ngày 25/6/2024',
    null,
  ],
  [null, 'Tổng cộng', null, null, '2'],
  [],
  ['Nơi nhận:', null, null, 'T/M BAN THƯỜNG VỤ'],
  ['- Thường trực Huyện ủy,'],
  [null, null, null, 'PHÓ BÍ THƯ'],
]);
const header = detectTaskHeader(sheet.rows)!;
const kindOf = (n: number) =>
  classifyTaskRow(
    sheet.rows.find((r) => r.number === n)!,
    header,
  );

describe('classifyTaskRow', () => {
  it.each([
    [2, 'section'],
    [3, 'task'],
    [4, 'section'],
    [5, 'task'],
    [6, 'total'],
    [8, 'footer'],
  ] as const)('row %i is a %s row', (row, kind) => {
    expect(kindOf(row)).toBe(kind);
  });
});

describe('the signature block laid over the table columns', () => {
  // Table from column B; the right block ("CHÁNH VĂN PHÒNG") lands in the deadline column E.
  const offset = gridSheet('Theo dõi', [
    [null, 'STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ'],
    [
      null,
      1,
      'Sơ kết 03 năm thực hiện Nghị quyết số 26-NQ/HU',
      'Văn phòng HĐND-UBND',
      'Quý IV/2024',
      null,
    ],
    [null, 'Cộng', null, null, null, '1'],
    [null, 'NGƯỜI LẬP BIỂU', null, null, 'CHÁNH VĂN PHÒNG'],
    [null, null, null, null, 'Nguyễn Văn Thắng'],
  ]);
  const h = detectTaskHeader(offset.rows)!;
  const kind = (n: number) =>
    classifyTaskRow(
      offset.rows.find((r) => r.number === n)!,
      h,
    );

  it('still reads the task row', () => expect(kind(2)).toBe('task'));
  it('treats "Cộng" alone as a total row', () => expect(kind(3)).toBe('total'));
  it('ends the table at "NGƯỜI LẬP BIỂU" … "CHÁNH VĂN PHÒNG"', () =>
    expect(kind(4)).toBe('footer'));
  it('keeps a task whose owner is a signer title', () => {
    const withOwner = gridSheet('Theo dõi', [
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Chỉ đạo tổng kết', 'Chủ tịch UBND huyện', '31/12/2024'],
    ]);
    const hh = detectTaskHeader(withOwner.rows)!;
    expect(classifyTaskRow(withOwner.rows[1]!, hh)).toBe('task');
  });
});
