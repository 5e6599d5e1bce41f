/**
 * A timetable counted back from an event: a group header for the deadline ("Thời hạn", "Thời gian
 * hoàn thành") merged over a count of days before (after) the event and the latest day. The group
 * alone reads its first column, a count; the sub-header row moves the deadline to the day —
 * layouts held-out set 16, s01 (the wordings here are a party congress's and a census's).
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('lich', 'Lịch (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2025, month: 6, day: 10 },
    [gridSheet('Lịch', rows)],
    'lich.xlsx',
  );
  return {
    tables: checked.tables,
    findings: checked.findings,
  };
}

describe('a deadline group over a count of days and the latest day', () => {
  it.each([
    ['Thời hạn', 'Số ngày trước Đại hội', 'Chậm nhất ngày'],
    ['Thời gian hoàn thành', 'Số ngày trước thời điểm điều tra', 'Ngày chậm nhất'],
    ['Thời hạn thực hiện', 'Số ngày (trước/sau) ngày khai mạc', 'Hạn chót'],
  ])('%j over %j | %j', (group, days, day) => {
    const r = check([
      ['STT', 'Công việc', group, null, 'Đơn vị chủ trì', 'Tình hình thực hiện'],
      [null, null, days, day, null, null],
      [
        1,
        'Gửi dự thảo báo cáo chính trị xin ý kiến',
        '60 ngày',
        d(2025, 5, 30),
        'Văn phòng',
        'Đang thực hiện',
      ],
      [
        2,
        'Hoàn thiện danh sách nhân sự',
        '45 ngày',
        d(2025, 6, 13),
        'Ban Tổ chức',
        'Chưa thực hiện',
      ],
      [3, 'In ấn tài liệu', '10 ngày', d(2025, 7, 18), 'Văn phòng', 'Chưa thực hiện'],
    ]);
    expect(r.tables).toEqual(['tasks']);
    // the day, not the count: overdue and due soon at D
    expect(r.findings).toEqual(['task/due-soon D4', 'task/overdue D3']);
  });

  it('keeps the group alone when no sub-header names a day', () => {
    const r = check([
      ['STT', 'Công việc', 'Thời hạn hoàn thành', 'Đơn vị chủ trì', 'Tình hình thực hiện'],
      [
        1,
        'Gửi dự thảo báo cáo chính trị xin ý kiến',
        d(2025, 5, 30),
        'Văn phòng',
        'Đang thực hiện',
      ],
      [2, 'Hoàn thiện danh sách nhân sự', d(2025, 6, 13), 'Ban Tổ chức', 'Chưa thực hiện'],
    ]);
    expect(r.findings).toEqual(['task/due-soon C3', 'task/overdue C2']);
  });
});
