/** How a table was read, in pieces (the task pane's panel) and in lines (`check --explain`). */
import { describe, expect, it } from 'vitest';
import { checkSheets, createChecker, d, gridSheet, type Pack } from '@dondoc/core';
import {
  explainedTables,
  understandingLines,
  understandingOf,
  understandingView,
} from './understanding.js';

const pack: Pack = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };
const asOf = { year: 2024, month: 12, day: 10 };

const result = checkSheets(createChecker({ pack, asOf, explain: true }), 'xa-cam-binh.xlsx', [
  gridSheet('Tiến độ', [
    ['BẢNG THEO DÕI THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV/2024'],
    ['TT', 'Nội dung', 'Người phụ trách', 'Thời gian thực hiện', null, 'Ghi chú'],
    [null, null, null, 'Bắt đầu', 'Kết thúc', null],
    ['I', 'CÔNG TÁC XÂY DỰNG ĐẢNG'],
    [
      1,
      'Kiểm tra đảng viên chấp hành Điều lệ Đảng',
      'UBKT Đảng ủy',
      d(2024, 10, 15),
      d(2024, 11, 30),
    ],
    ['Tổng cộng: 1 nhiệm vụ'],
    ['Cẩm Bình, ngày 10 tháng 12 năm 2024'],
  ]),
  // A form nobody filled in: the header reads as well as indicators as tasks.
  gridSheet('Mẫu', [
    ['BIỂU TỔNG HỢP'],
    ['STT', 'Nội dung', 'Đơn vị', 'Chỉ tiêu', 'Kết quả', 'Ghi chú'],
  ]),
  gridSheet('Ghi chú', [['Số liệu do Văn phòng Đảng ủy tổng hợp.']]),
]);
const tables = explainedTables([result]);
const [tasks, form, notes] = tables.map((t) => t.understanding);

describe('the pieces of a reading', () => {
  it('lists every sheet, with no table and uncertain ones', () => {
    expect(tables.map((t) => `${t.sheet} ${t.index}/${t.of} ${t.understanding.kind}`)).toEqual([
      'Tiến độ 1/1 tasks',
      'Mẫu 1/1 none',
      'Ghi chú 1/1 none',
    ]);
  });

  it.each([
    ['vi', 'bảng nhiệm vụ', 'dòng tiêu đề 2–3', 'thời hạn', 'dòng tổng cộng'],
    ['en', 'task table', 'header row(s) 2–3', 'deadline', 'total row(s)'],
  ] as const)(
    'in %s: kind, header rows, roles and skip reasons',
    (lang, kind, rows, due, total) => {
      const v = understandingView(tasks!, lang);
      expect(v.state).toBe('read');
      expect(v.kind).toBe(kind);
      expect(v.headerRows).toBe(rows);
      expect(v.columns.find((c) => c.column === 'E')).toEqual({
        column: 'E',
        role: due,
        header: 'Kết thúc (Thời gian thực hiện)',
      });
      expect(v.skippedRows.map((r) => `${r.row} ${r.reason}`)).toContain(`6 ${total}`);
      expect(v.bindings?.bindings).toEqual(tasks!.binding);
    },
  );

  it('says a table that could be two kinds is uncertain, names both and why', () => {
    const v = understandingView(form!, 'vi');
    expect(v.state).toBe('uncertain');
    expect([v.kind, v.runnerUp?.replace(/ \(.*/, '')].sort()).toEqual([
      'bảng chỉ tiêu',
      'bảng nhiệm vụ',
    ]);
    expect(v.note).toMatch(
      /^Trang "Mẫu": không chắc bảng có tiêu đề ở dòng 2 .* chưa được đánh giá/,
    );
    expect(v.bindings).toBeDefined();
  });

  it('says why nothing was read on a sheet with no table', () => {
    const v = understandingView(notes!, 'en');
    expect(v).toMatchObject({ state: 'none', columns: [], skippedRows: [] });
    expect(v.note).toMatch(/No header of a task/);
  });
});

describe('the lines of `check --explain`', () => {
  it('are the pieces, one per line', () => {
    expect(understandingOf(tasks!, 'vi')).toEqual([
      // "Nội dung" also titles indicator tables: the runner-up, far behind, is named
      expect.stringMatching(
        /^bảng nhiệm vụ \(điểm [\d,]+: tiêu đề 6 \+ nội dung [\d,-]+\)(?:; xếp sau: bảng chỉ tiêu \(điểm [\d,]+\))?$/,
      ),
      'dòng tiêu đề 2–3',
      '  A   số thứ tự ← "TT"',
      '  B   nội dung ← "Nội dung"',
      '  C   cơ quan chủ trì ← "Người phụ trách"',
      '  D   ngày bắt đầu / ngày nhận ← "Bắt đầu (Thời gian thực hiện)"',
      '  E   thời hạn ← "Kết thúc (Thời gian thực hiện)"',
      '  F   ghi chú ← "Ghi chú"',
      'bỏ qua: 1 dòng tiêu đề mục, 1 dòng tổng cộng, 1 dòng chữ ký, ghi chú cuối bảng',
      '  dòng 4 (dòng tiêu đề mục): I | CÔNG TÁC XÂY DỰNG ĐẢNG',
      '  dòng 6 (dòng tổng cộng): Tổng cộng: 1 nhiệm vụ',
      '  dòng 7 (dòng chữ ký, ghi chú cuối bảng): Cẩm Bình, ngày 10 tháng 12 năm 2024',
      `nếu đọc sai, ghim cách đọc đúng trong bộ quy tắc, ví dụ: ${JSON.stringify({ bindings: tasks!.binding })}`,
    ]);
    expect(understandingOf(form!, 'en')[0]).toMatch(/^uncertain, not evaluated: /);
    expect(understandingLines([result], 'en').slice(0, 3)).toEqual([
      'How the tables were read',
      '',
      'xa-cam-binh.xlsx › Tiến độ',
    ]);
  });
});

describe('a table of units by row, explained', () => {
  it('says each row is a unit and each column group an indicator, right under the header rows', () => {
    const units = checkSheets(createChecker({ pack, asOf, explain: true }), 'bhyt-theo-xa.xlsx', [
      gridSheet('Theo xã', [
        ['KẾT QUẢ PHÁT TRIỂN NGƯỜI THAM GIA BHYT NĂM 2024 THEO XÃ'],
        ['TT', 'Xã, thị trấn', 'Tỷ lệ tham gia BHYT (%)', null, 'Ghi chú'],
        [null, null, 'Chỉ tiêu giao', 'Thực hiện', null],
        [1, 'Thị trấn Cẩm Xuyên', 95, 96.2, null],
        [2, 'Xã Cẩm Bình', 93.5, 92.1, null],
      ]),
    ]);
    const [reading] = explainedTables([units]).map((t) => t.understanding);
    const lines = understandingOf(reading!, 'vi');
    expect(lines[1]).toBe('dòng tiêu đề 2–3');
    expect(lines[2]).toBe('mỗi dòng là một đơn vị (cột B), mỗi nhóm cột là một chỉ tiêu');
    expect(understandingOf(reading!, 'en')[2]).toBe(
      'each row is a unit (column B), each column group an indicator',
    );
    // an uncertain table's reason is not repeated as a note line
    expect(form!.note?.vi).toBeTruthy();
    expect(understandingOf(form!, 'vi')).not.toContain(form!.note!.vi);
  });
});
