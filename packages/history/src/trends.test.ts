/**
 * The history's table by agency: each column holds its own count, the tasks done with no deadline
 * apart from those on time.
 */
import { describe, expect, it } from 'vitest';
import { AGENCY_COLUMNS, agencyRow, type AgencyPoint } from './trends.js';

// Every count different, so a count under the wrong title cannot pass.
const point: AgencyPoint = {
  asOf: '2024-07-01',
  agency: 'Phòng Văn hóa và Thông tin',
  workbooks: 2,
  tasks: 21,
  onTime: 3,
  late: 4,
  overdue: 5,
  notDue: 6,
  doneUndated: 1,
  doneNoDeadline: 2,
  onTimePercent: 25,
  reportsMissing: 7,
  indicatorsUnmet: 8,
};

describe('the history by agency', () => {
  it.each([
    ['Nhiệm vụ', 'Tasks', 21],
    ['Đúng hạn', 'On time', 3],
    ['Chậm', 'Late', 4],
    ['Quá hạn', 'Overdue', 5],
    ['Chưa đến hạn', 'Not yet due', 6],
    ['HT không ghi ngày', 'Done, day unknown', 1],
    ['HT không có hạn', 'Done, no deadline', 2],
    ['Báo cáo chưa gửi', 'Reports missing', 7],
    ['Chỉ tiêu chưa đạt', 'Indicators unmet', 8],
  ] as const)('puts under "%s" (%s) its count, %i', (vi, en, n) => {
    expect(agencyRow(point, 'vi')[AGENCY_COLUMNS.vi.indexOf(vi)]).toBe(n);
    expect(agencyRow(point, 'en')[AGENCY_COLUMNS.en.indexOf(en)]).toBe(n);
  });

  it('has a value for every column, the share on time as an office writes it', () => {
    expect(agencyRow(point, 'vi')).toHaveLength(AGENCY_COLUMNS.vi.length);
    expect(AGENCY_COLUMNS.en).toHaveLength(AGENCY_COLUMNS.vi.length);
    expect(agencyRow({ ...point, onTimePercent: 66.7 }, 'vi')).toContain('66,7%');
  });
});
