/**
 * The day an answer or a result came back is the day the work was done: a register of
 * recommendations, petitions or inspection conclusions follows each item until its answer arrives
 * ("Ngày nhận văn bản trả lời", "Ngày phúc đáp", "Ngày báo cáo kết quả khắc phục"), and a header
 * that opens with "Ngày" names a day, never the status or the owner its other words mention
 * (issue 13, held-out set 13, p02).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { checkSheets, createChecker } from '../run/checker.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { classifyStatus } from '../vi/status.js';
import { matchHeaderText, taskHeaderAliases } from './headers.js';

describe('a header naming the day an answer or a result came', () => {
  const aliases = taskHeaderAliases();
  it.each([
    ['Ngày nhận văn bản trả lời', 'completedOn'],
    ['Ngày nhận VB trả lời', 'completedOn'],
    ['Ngày trả lời', 'completedOn'],
    ['Ngày đơn vị trả lời', 'completedOn'],
    ['Ngày nhận văn bản phúc đáp', 'completedOn'],
    ['Ngày phản hồi', 'completedOn'],
    ['Ngày nhận báo cáo kết quả', 'completedOn'],
    ['Ngày báo cáo kết quả khắc phục', 'completedOn'],
    ['Ngày nhận kết quả khắc phục', 'completedOn'],
    // the day the work itself arrived stays the start; the day promised stays the deadline
    ['Ngày nhận', 'start'],
    ['Ngày nhận văn bản', 'start'],
    ['Ngày nhận đơn', 'start'],
    ['Ngày hẹn trả kết quả', 'due'],
    ['Hạn trả lời', 'due'],
    // not a day: the result and who answers stay what they were
    ['Kết quả khắc phục', 'status'],
    ['Đơn vị trả lời', 'owner'],
  ])('%j → %s', (text, field) => {
    expect(matchHeaderText(text, aliases)).toBe(field);
  });

  it.each([
    ['Chấp nhận toàn bộ', 'done'],
    ['Chấp nhận một phần', 'done'],
    ['Đã tiếp thu, chỉnh sửa quy trình', 'done'],
    // a refusal is an answer too, but "Không chấp nhận" may be a work refused: no verdict from it
    ['Không chấp nhận', 'unknown'],
    ['Chưa chấp nhận', 'not-done'],
  ])('the acceptance %j is %s', (text, state) => {
    expect(classifyStatus(text).state).toBe(state);
  });
});

describe('a register of recommendations with no status column', () => {
  const pack = (() => {
    const p = parsePack({ id: 'kien-nghi', version: '1.0.0', title: 'Theo dõi kiến nghị (mẫu)' });
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    return p.pack;
  })();
  const rows: GridValue[][] = [
    ['THANH TRA HUYỆN NGỌC LẶC'],
    ['THEO DÕI THỰC HIỆN KẾT LUẬN THANH TRA NĂM 2024'],
    [
      'STT',
      'Kết luận thanh tra',
      'Đơn vị thực hiện',
      'Nội dung kiến nghị',
      'Thời hạn báo cáo kết quả',
      'Ngày báo cáo kết quả khắc phục',
      'Kết quả tiếp thu',
    ],
    [
      1,
      'KL số 15/KL-TTr ngày 02/7/2024',
      'UBND xã Phùng Giáo',
      'Thu hồi tiền hỗ trợ chi sai',
      '30/9/2024',
      '27/9/2024',
      'Chấp nhận toàn bộ',
    ],
    [
      2,
      'KL số 18/KL-TTr ngày 10/7/2024',
      'Trường THCS Minh Sơn',
      'Chấn chỉnh việc thu, chi quỹ',
      '15/10/2024',
      '21/10/2024',
      'Chấp nhận một phần',
    ],
    [3, 'KL số 21/KL-TTr ngày 05/8/2024', 'UBND xã Cao Thịnh', 'Lập lại hồ sơ đất', '31/10/2024'],
    [
      4,
      'KL số 22/KL-TTr ngày 09/8/2024',
      'UBND xã Lộc Thịnh',
      'Kiểm điểm trách nhiệm cá nhân',
      '25/10/2024',
      null,
      'Đã tiếp thu',
    ],
  ];

  it('is done on the answer day, late after the deadline, overdue with none, not judged with no day', () => {
    const result = checkSheets(
      createChecker({ pack, asOf: { year: 2024, month: 11, day: 20 } }),
      'kien-nghi.xlsx',
      [gridSheet('Theo dõi', rows)],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/late F5',
      'task/overdue E6',
    ]);
    // the accepted row with no answer day: done on a day not written, not judged (row 7)
    expect(result.notEvaluated.map((n) => n.location?.cell?.replace(/^[A-Z]+/, ''))).toContain('7');
  });
});
