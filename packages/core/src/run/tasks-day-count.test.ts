/**
 * A one-stop shop's register of the files it received, each with the number of days allowed to
 * settle it ("Ngày tiếp nhận" | "Thời gian xử lý (ngày làm việc)" | "Ngày trả kết quả"): a bare
 * count under a header that counts days is due that many (working) days after the row's received
 * date, never an invalid date; with no received date it is not evaluated — layouts set 18, n08.
 */
import { describe, expect, it } from 'vitest';
import { dueAfterDayCount } from '../calendar/due.js';
import { parsePack } from '../pack/load.js';
import { dayCountOf } from '../table/headers.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

describe('a header that counts days', () => {
  it.each([
    ['Thời gian xử lý (ngày làm việc)', 'working'],
    ['Thời hạn giải quyết (ngày làm việc)', 'working'],
    ['Thời hạn giải quyết (ngày)', 'calendar'],
    ['Số ngày xử lý', 'calendar'],
    // typed without marks
    ['Thoi gian giai quyet (ngay lam viec)', 'working'],
    ['THOI HAN (NGAY)', 'calendar'],
    ['So ngay thuc hien', 'calendar'],
    ['Hạn xử lý', undefined],
    ['Ngày hết hạn', undefined],
  ] as const)('%j → %s', (label, kind) => {
    expect(dayCountOf(label)).toBe(kind);
  });
});

describe('a bare count of days from the row’s start', () => {
  const start = { year: 2024, month: 10, day: 14 };
  it.each([
    [10, true, '2024-10-28'],
    ['10', true, '2024-10-28'],
    ['7 ngày', false, '2024-10-21'],
    [15, false, '2024-10-29'],
  ] as const)('%j (working %s) → %s', (value, working, iso) => {
    const r = dueAfterDayCount(value, String(value), working, { startDate: start });
    expect(r?.kind).toBe('due');
    if (r?.kind === 'due') {
      const { year, month, day } = r.due;
      expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(iso);
    }
  });
  it('is not evaluated with no start date, with the reason', () => {
    const r = dueAfterDayCount(5, '5', true);
    expect(r?.kind).toBe('not-evaluated');
    if (r?.kind === 'not-evaluated') expect(r.reason.vi).toContain('không ghi ngày');
  });
  it.each([['15/11/2024'], ['Trước 30/11/2024'], ['0']])('%j is no bare count', (text) => {
    expect(dueAfterDayCount(text, text, true, { startDate: start })).toBeUndefined();
  });
});

describe('the one-stop shop’s register', () => {
  const p = parsePack({ id: 'mot-cua', version: '1.0.0', title: 'Một cửa (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const sheet = gridSheet('Sổ theo dõi hồ sơ', [
    [
      'STT',
      'Tên hồ sơ',
      'Cán bộ thụ lý',
      'Ngày tiếp nhận',
      'Thời gian xử lý (ngày làm việc)',
      'Ngày trả kết quả',
      'Trạng thái',
    ],
    [
      1,
      'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      'Nguyễn Văn Hùng',
      d(2024, 10, 1),
      5,
      d(2024, 10, 10),
      'Đã trả kết quả',
    ],
    [2, 'Chuyển mục đích sử dụng đất', 'Lê Thị Mai', d(2024, 10, 14), 10, null, 'Đang giải quyết'],
    [3, 'Đăng ký hộ kinh doanh', 'Trần Quốc Bảo', d(2024, 10, 30), '3', null, 'Đang giải quyết'],
    [4, 'Xác nhận tình trạng nhà ở', 'Phạm Thu Hà', null, 5, null, 'Đang giải quyết'],
    [
      5,
      'Cấp bản sao trích lục hộ tịch',
      'Nguyễn Văn Hùng',
      d(2024, 10, 2),
      7,
      d(2024, 10, 9),
      'Đã trả kết quả',
    ],
  ]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2024, month: 10, day: 31 } }),
    'mot-cua.xlsx',
    [sheet],
  );

  it('reads the counts as deadlines from the received day, never as invalid dates', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['tasks']);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/due-soon E4',
      'task/late F2',
      'task/overdue E3',
    ]);
  });

  it('lists the row with no received day as not evaluated', () => {
    expect(result.notEvaluated.map((n) => n.location?.cell)).toEqual(['E5']);
  });
});
