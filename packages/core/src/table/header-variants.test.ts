/** Header texts seen in real tracking workbooks, beyond the canonical ones, mapped to their field. */
import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import { detectTaskHeader, matchHeaderText, taskHeaderAliases } from './headers.js';

describe('header variants offices write', () => {
  const aliases = taskHeaderAliases();
  it.each([
    ['Cơ quan, đơn vị chủ trì', 'owner'],
    ['Đơn vị chủ trì thực hiện', 'owner'],
    ['Lãnh đạo phụ trách', 'owner'],
    ['Cơ quan, đơn vị phối hợp', 'coordinators'],
    ['Nội dung nhiệm vụ được giao', 'title'],
    ['Thời gian hoàn thành (ngày/tháng/năm)', 'due'],
    ['Thời hạn hoàn thành theo kế hoạch', 'due'],
    ['Hạn xử lý', 'due'],
    ['Ngày hết hạn', 'due'],
    ['Ngày, tháng hoàn thành', 'completedOn'],
    ['Ngày hoàn thành thực tế', 'completedOn'],
    ['Kết quả thực hiện (Đã hoàn thành/Chưa hoàn thành)', 'status'],
    ['Tiến độ, kết quả thực hiện', 'status'],
    ['Ghi chú/ Đề xuất', 'note'],
    // held-out corpus: an election timetable (h04) and voters' petitions (h03)
    ['Ngày chậm nhất phải hoàn thành', 'due'],
    ['Thời hạn trả lời', 'due'],
    // the register of incoming documents (h08): the reply's date is when the matter was settled
    ['Số, ký hiệu văn bản trả lời', 'completedOn'],
    ['Số, ngày văn bản trả lời', 'completedOn'],
    // a one-stop-shop export: the procedure is the item, due on the appointment day
    ['Tên thủ tục hành chính', 'title'],
    ['Thủ tục hành chính', 'title'],
    ['Mã hồ sơ', 'code'],
    ['Ngày hẹn trả kết quả', 'due'],
    ['Ngày có kết quả', 'completedOn'],
    // a plan of activities and the day each is required by (layouts set 18 raised the class)
    ['Tên hoạt động', 'title'],
    ['Nội dung hoạt động', 'title'],
    ['Thời gian yêu cầu hoàn thành', 'due'],
    ['Yêu cầu hoàn thành (ngày)', 'due'],
  ] as const)('%s → %s', (text, field) => {
    expect(matchHeaderText(text, aliases)).toBe(field);
  });

  it.each([
    'Văn bản chỉ đạo',
    'Đánh giá',
    // a count of days, whatever date words follow (h04)
    'Số ngày chậm nhất phải hoàn thành trước (sau) ngày bầu cử theo Luật Bầu cử',
    'Số ngày quá hạn',
  ])('%s is not a task column', (text) => {
    expect(matchHeaderText(text, aliases)).toBeUndefined();
  });
});

describe('a title line right above the header', () => {
  it('is not taken for the upper row of a two-row header', () => {
    const sheet = gridSheet('Theo dõi', [
      ['BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2024'],
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
      [1, 'Quán triệt ở cấp cơ sở', 'Các chi, đảng bộ cơ sở', 'trước 25/6', null],
    ]);
    expect(detectTaskHeader(sheet.rows)?.rows).toEqual([2]);
  });

  it('while "Kết quả thực hiện" over "Ngày hoàn thành | Tình trạng" still is one header', () => {
    const sheet = gridSheet('Theo dõi', [
      ['STT', 'Nội dung nhiệm vụ', 'Thời hạn', 'Kết quả thực hiện', null],
      [null, null, null, 'Ngày hoàn thành', 'Tình trạng'],
      [1, 'Quán triệt ở cấp cơ sở', 'trước 25/6/2024', null, null],
    ]);
    const header = detectTaskHeader(sheet.rows);
    expect(header?.rows).toEqual([1, 2]);
    expect(header?.columns).toMatchObject({ completedOn: 4, status: 5 });
  });
});
