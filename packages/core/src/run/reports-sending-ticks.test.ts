/**
 * A received-reports log that keeps no day, only what each unit did (issue 13): tick columns under
 * "Tình hình gửi báo cáo" ("Đúng hạn | Chậm | Chưa gửi", "Đã nộp | Chưa nộp", "Đúng hạn | Không
 * đúng hạn"), or a status in words ("Đã nộp đúng hạn", "Nộp chậm 3 ngày", "Chưa nộp"). A unit
 * ticked not sent is missing once the period's deadline has passed; ticked late, late with no day
 * known; on time, received; "Đã nộp" alone, received with its timeliness not evaluated; a line
 * with no mark or marks that disagree is not evaluated, never missing. The period is the one the
 * title or the caption names.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const UNITS = [
  ['ky-tan', 'UBND xã Kỳ Tân'],
  ['ky-lac', 'UBND xã Kỳ Lạc'],
  ['ky-phong', 'UBND xã Kỳ Phong'],
  ['ky-bac', 'UBND xã Kỳ Bắc'],
  ['ky-trung', 'UBND xã Kỳ Trung'],
] as const;

function packOf(every: 'quarter' | 'month', from: string, until: string) {
  const p = parsePack({
    id: 'bao-cao-cac-xa',
    version: '1.0.0',
    title: 'Chế độ báo cáo của UBND các xã (mẫu)',
    agencies: UNITS.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'cac-xa', name: 'UBND các xã', members: UNITS.map(([id]) => id) }],
    reports: [
      {
        id: 'bc-ky',
        title: 'Báo cáo tình hình thực hiện nhiệm vụ',
        from: ['cac-xa'],
        schedule: { every, due: { day: 10, before: false, monthOffset: 1 }, from, until },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
}

const QUARTERLY = packOf('quarter', '2024-07-01', '2024-09-30');
const MONTHLY = packOf('month', '2024-10-01', '2024-10-31');

function check(
  rows: readonly (readonly GridValue[])[],
  pack = QUARTERLY,
  asOf = { year: 2024, month: 11, day: 15 },
) {
  const result = checkSheets(createChecker({ pack, asOf }), 'so-theo-doi.xlsx', [
    gridSheet('Theo dõi', rows),
  ]);
  return {
    findings: result.findings
      .map((f) => `${f.rule} ${f.agency ?? ''} ${f.location?.cell ?? ''}`)
      .sort(),
    notEvaluated: result.notEvaluated.map((n) => `${n.scope} ${n.location?.cell ?? ''}`).sort(),
    reasons: result.notEvaluated.map((n) => n.reason.vi),
    messages: result.findings.map((f) => f.message.vi),
    table: result.sheets?.[0]?.table,
  };
}

describe('a log of ticks with no day', () => {
  it('reads "Đúng hạn | Chậm | Chưa gửi" under "Tình hình gửi báo cáo", the quarter from the title', () => {
    const r = check([
      ['UBND HUYỆN KỲ ANH'],
      ['VĂN PHÒNG HĐND VÀ UBND'],
      ['TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ QUÝ III NĂM 2024'],
      [],
      ['STT', 'Tên đơn vị', 'Tình hình gửi báo cáo', null, null, 'Ghi chú'],
      [null, null, 'Đúng hạn', 'Chậm', 'Chưa gửi', null],
      [1, 'UBND xã Kỳ Tân', 'x', null, null, null],
      [2, 'UBND xã Kỳ Lạc', null, 'x', null, 'Gửi qua eOffice'],
      [3, 'UBND xã Kỳ Phong', null, null, 'x', null],
      [4, 'UBND xã Kỳ Bắc', null, null, null, null],
      [5, 'UBND xã Kỳ Trung', 'x', 'x', null, null],
    ]);
    expect(r.table).toBe('reports');
    expect(r.findings).toEqual([
      'report/late UBND xã Kỳ Lạc D8',
      'report/missing UBND xã Kỳ Phong E9',
    ]);
    expect(r.messages.find((m) => m.includes('Kỳ Lạc'))).toContain('không ghi ngày nhận');
    // a line with no mark, and one marked both on time and late: not evaluated, never missing
    expect(r.notEvaluated).toEqual(['report/missing C10', 'report/missing C11']);
    expect(r.reasons.join(' ')).toContain('không đánh dấu ở cột nào');
    expect(r.reasons.join(' ')).toContain('đánh dấu cả "Đúng hạn" và "Chậm"');
  });

  it('reads "Đã nộp | Chưa nộp" on one header row, ticked "✓", the month from the caption', () => {
    const r = check(
      [
        ['SỔ THEO DÕI NHẬN BÁO CÁO'],
        ['Tháng 10 năm 2024'],
        ['TT', 'Đơn vị', 'Đã nộp', 'Chưa nộp', 'Ghi chú'],
        [1, 'UBND xã Kỳ Tân', '✓', null, null],
        [2, 'UBND xã Kỳ Lạc', null, '✓', 'Đã nhắc qua điện thoại'],
        [3, 'UBND xã Kỳ Phong', '✓', null, null],
        [4, 'UBND xã Kỳ Bắc', '✓', null, null],
        [5, 'UBND xã Kỳ Trung', '✓', null, null],
      ],
      MONTHLY,
    );
    expect(r.findings).toEqual(['report/missing UBND xã Kỳ Lạc D5']);
    // sent with no day: received, whether on time is not told (the log's own contract)
    expect(r.notEvaluated.filter((n) => n.startsWith('report/late'))).toHaveLength(4);
    expect(r.notEvaluated.filter((n) => n.startsWith('report/missing'))).toHaveLength(0);
  });

  it('reads "Đúng hạn / Không đúng hạn" ticked "X", over a "Tình hình nộp báo cáo" group', () => {
    const r = check([
      ['TỔNG HỢP TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ'],
      ['(Kỳ báo cáo: Quý III/2024)'],
      ['STT', 'Cơ quan, đơn vị', 'Tình hình nộp báo cáo', null],
      [null, null, 'Đúng hạn', 'Không đúng hạn'],
      [1, 'UBND xã Kỳ Tân', 'X', null],
      [2, 'UBND xã Kỳ Lạc', 'X', null],
      [3, 'UBND xã Kỳ Phong', null, 'X'],
      [4, 'UBND xã Kỳ Bắc', 'X', null],
      [5, 'UBND xã Kỳ Trung', 'X', null],
    ]);
    expect(r.findings).toEqual(['report/late UBND xã Kỳ Phong D7']);
    expect(r.notEvaluated).toEqual([]);
  });

  it.each([
    ['TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ QUÝ III NĂM 2024', null],
    ['SỔ THEO DÕI NHẬN BÁO CÁO NĂM 2024', 'Tình hình gửi báo cáo quý III'],
  ])('with two quarters owed, the ticks are for the quarter named (%s / %s)', (title, group) => {
    const twoQuarters = packOf('quarter', '2024-04-01', '2024-09-30');
    const r = check(
      [
        [title],
        ['Đức Thọ, ngày 15 tháng 11 năm 2024'],
        ['STT', 'Tên đơn vị', group ?? 'Tình hình gửi báo cáo', null, null],
        [null, null, 'Đúng hạn', 'Chậm', 'Chưa gửi'],
        [1, 'UBND xã Kỳ Tân', 'x', null, null],
        [2, 'UBND xã Kỳ Lạc', null, 'x', null],
        [3, 'UBND xã Kỳ Phong', null, null, 'x'],
        [4, 'UBND xã Kỳ Bắc', 'x', null, null],
        [5, 'UBND xã Kỳ Trung', 'x', null, null],
      ],
      twoQuarters,
    );
    const q3 = r.messages.filter((m) => /quý III/i.test(m));
    expect(q3.some((m) => m.includes('Kỳ Lạc') && m.includes('chậm'))).toBe(true);
    expect(q3.some((m) => m.includes('Kỳ Phong'))).toBe(true);
    expect(q3.filter((m) => m.includes('Kỳ Tân'))).toEqual([]);
    // the log says nothing of the second quarter: every unit's is missing, none is unsure
    expect(r.findings.filter((f) => f.startsWith('report/missing'))).toHaveLength(6);
    expect(r.notEvaluated).toEqual([]);
  });

  it('reads a group of ticks per quarter, each for its quarter', () => {
    const threeQuarters = packOf('quarter', '2024-04-01', '2024-12-31');
    const r = check(
      [
        ['THEO DÕI TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ NĂM 2024'],
        ['STT', 'Đơn vị', 'Quý II', null, null, 'Quý III', null, null, 'Quý IV', null, null],
        [
          null,
          null,
          'Đúng hạn',
          'Chậm',
          'Chưa gửi',
          'Đúng hạn',
          'Chậm',
          'Chưa gửi',
          'Đúng hạn',
          'Chậm',
          'Chưa gửi',
        ],
        [1, 'UBND xã Kỳ Tân', 'x', null, null, null, 'x', null, null, null, null],
        [2, 'UBND xã Kỳ Lạc', 'x', null, null, null, null, 'x', null, null, null],
        [3, 'UBND xã Kỳ Phong', null, 'x', null, 'x', null, null, null, null, null],
        [4, 'UBND xã Kỳ Bắc', 'x', null, null, 'x', null, null, null, null, null],
        [5, 'UBND xã Kỳ Trung', 'x', null, null, null, null, null, null, null, null],
      ],
      threeQuarters,
    );
    expect(r.findings.filter((f) => !f.startsWith('report/due-soon'))).toEqual([
      'report/late UBND xã Kỳ Phong D6',
      'report/late UBND xã Kỳ Tân G4',
      'report/missing UBND xã Kỳ Lạc H5',
    ]);
    // Kỳ Trung's third quarter is blank: not evaluated; the fourth, not due yet, says nothing
    expect(r.notEvaluated).toEqual(['report/missing F8']);
  });

  it('a unit ticked not sent before its deadline is no missing report', () => {
    const r = check(
      [
        ['TÌNH HÌNH GỬI BÁO CÁO QUÝ III/2024'],
        ['STT', 'Đơn vị', 'Đã gửi', 'Chưa gửi'],
        [1, 'UBND xã Kỳ Tân', null, 'x'],
      ],
      QUARTERLY,
      { year: 2024, month: 10, day: 5 },
    );
    expect(r.findings.filter((f) => f.startsWith('report/missing'))).toEqual([]);
  });
});

describe('a log of statuses in words with no day', () => {
  it.each([
    ['Tình hình nộp báo cáo', 'Đã nộp đúng hạn', 'Nộp chậm 3 ngày', 'Chưa nộp'],
    ['Tình trạng gửi báo cáo', 'Đã gửi đúng hạn', 'Gửi chậm', 'Chưa gửi'],
    ['Trạng thái báo cáo', 'Đúng thời gian quy định', 'Đã nộp (chậm 2 ngày)', 'Không báo cáo'],
  ])('reads "%s": "%s", "%s", "%s"', (header, onTime, late, notSent) => {
    const r = check([
      ['TỔNG HỢP TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ'],
      ['Quý III năm 2024'],
      ['STT', 'Đơn vị', header, 'Ghi chú'],
      [1, 'UBND xã Kỳ Tân', onTime, null],
      [2, 'UBND xã Kỳ Lạc', late, null],
      [3, 'UBND xã Kỳ Phong', notSent, null],
      [4, 'UBND xã Kỳ Bắc', null, null],
      [5, 'UBND xã Kỳ Trung', onTime, null],
    ]);
    expect(r.table).toBe('reports');
    expect(r.findings).toEqual([
      'report/late UBND xã Kỳ Lạc C5',
      'report/missing UBND xã Kỳ Phong C6',
    ]);
    // a blank status says nothing: not evaluated, never missing
    expect(r.notEvaluated).toEqual(['report/missing C7']);
    expect(r.reasons[0]).toContain('để trống');
  });

  it('a status log with a period column reads each line for its period', () => {
    const twoQuarters = packOf('quarter', '2024-04-01', '2024-09-30');
    const units = UNITS.map(([, name]) => name);
    const r = check(
      [
        ['TỔNG HỢP TÌNH HÌNH NỘP BÁO CÁO NĂM 2024'],
        ['STT', 'Đơn vị', 'Kỳ báo cáo', 'Tình hình nộp báo cáo'],
        ...units.map((u, i) => [i + 1, u, 'Quý II', 'Đã nộp đúng hạn']),
        ...units.map((u, i) => [
          i + 6,
          u,
          'Quý III',
          i === 0 ? 'Chưa nộp' : i === 1 ? 'Nộp chậm 5 ngày' : 'Đã nộp đúng hạn',
        ]),
      ],
      twoQuarters,
    );
    expect(r.findings).toEqual([
      'report/late UBND xã Kỳ Lạc D9',
      'report/missing UBND xã Kỳ Tân D8',
    ]);
    expect(r.notEvaluated).toEqual([]);
  });

  it('a status with its day is judged on the day', () => {
    const r = check([
      ['TÌNH HÌNH NỘP BÁO CÁO QUÝ III NĂM 2024'],
      ['STT', 'Đơn vị', 'Tình hình nộp báo cáo'],
      [1, 'UBND xã Kỳ Tân', 'Đã nộp ngày 15/10/2024'],
      [2, 'UBND xã Kỳ Lạc', 'Đã nộp đúng hạn'],
      [3, 'UBND xã Kỳ Phong', 'Đã nộp đúng hạn'],
      [4, 'UBND xã Kỳ Bắc', 'Đã nộp đúng hạn'],
      [5, 'UBND xã Kỳ Trung', 'Đã nộp đúng hạn'],
    ]);
    expect(r.findings).toEqual(['report/late UBND xã Kỳ Tân C3']);
  });
});

describe('what is not a log of ticks', () => {
  it('a tick log with a received-date column keeps its reading by the day', () => {
    const r = check([
      ['SỔ NHẬN BÁO CÁO QUÝ III NĂM 2024'],
      ['STT', 'Đơn vị', 'Ngày nhận', 'Đúng hạn', 'Chậm'],
      [1, 'UBND xã Kỳ Tân', d(2024, 10, 8), 'x', null],
      // ticked on time, but the day says late: the day decides
      [2, 'UBND xã Kỳ Lạc', d(2024, 10, 14), 'x', null],
      [3, 'UBND xã Kỳ Phong', d(2024, 10, 9), 'x', null],
      [4, 'UBND xã Kỳ Bắc', d(2024, 10, 9), 'x', null],
      [5, 'UBND xã Kỳ Trung', d(2024, 10, 9), 'x', null],
    ]);
    expect(r.findings).toEqual(['report/late UBND xã Kỳ Lạc C4']);
  });

  it('a tracker of works ticked "Đã hoàn thành | Chưa hoàn thành" is no report log', () => {
    const r = check([
      ['BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2024'],
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Kết quả', null],
      [null, null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành'],
      [1, 'Rà soát hộ nghèo', 'UBND xã Kỳ Tân', d(2024, 9, 30), 'x', null],
      [2, 'Tổng kết mô hình dân vận khéo', 'UBND xã Kỳ Lạc', d(2024, 9, 30), null, 'x'],
    ]);
    expect(r.table).toBe('tasks');
    expect(r.findings.some((f) => f.startsWith('report/'))).toBe(false);
    expect(r.reasons.join(' ')).toContain('không có sổ nhận báo cáo');
  });

  it('a tracker of works ticked "Đúng hạn | Chậm" beside its deadline is no report log', () => {
    const r = check([
      ['TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2024'],
      ['STT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời hạn', 'Tiến độ', null],
      [null, null, null, null, 'Đúng hạn', 'Chậm'],
      [1, 'Hoàn thành kiểm kê đất đai', 'UBND xã Kỳ Tân', d(2024, 9, 30), 'x', null],
      [2, 'Lập quy hoạch nông thôn mới', 'UBND xã Kỳ Lạc', d(2024, 9, 30), null, 'x'],
    ]);
    expect(r.table).not.toBe('reports');
    expect(r.findings.some((f) => f.startsWith('report/'))).toBe(false);
  });

  it('a unit list with a status of works is no report log', () => {
    const r = check([
      ['TÌNH HÌNH TRIỂN KHAI CỦA CÁC XÃ'],
      ['STT', 'Đơn vị', 'Tình trạng'],
      [1, 'UBND xã Kỳ Tân', 'Đã hoàn thành'],
      [2, 'UBND xã Kỳ Lạc', 'Đang thực hiện'],
      [3, 'UBND xã Kỳ Phong', 'Chưa triển khai'],
    ]);
    expect(r.table).not.toBe('reports');
    expect(r.findings.some((f) => f.startsWith('report/'))).toBe(false);
  });
});
