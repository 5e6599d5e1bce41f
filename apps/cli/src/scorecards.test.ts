/**
 * Scorecards through the real `dondoc check`: a district's batch written as .xlsx files (Phòng Nội
 * vụ's sheet, a commune's, a list with no tracking table, a file that is no workbook), as of
 * 01/7/2024. Every expected count is read off the rows below.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findingsReportSchema, type FindingsReport } from '@dondoc/core';
import { dondoc, tempDir, writeWorkbook, type SheetRows } from './test-support/run.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];

const DISTRICT: SheetRows = [
  ['UBND HUYỆN THAN UYÊN'],
  ['BẢNG THEO DÕI NHIỆM VỤ ĐƯỢC GIAO NĂM 2024'],
  HEADER,
  // Phòng Nội vụ: 3 on time, 1 late (25/6 after 20/6), 1 overdue
  [1, 'Rà soát, sắp xếp tổ chức bộ máy', 'Phòng Nội vụ', '15/5/2024', '10/5/2024', 'Hoàn thành'],
  [2, 'Kế hoạch cải cách hành chính', 'Phòng Nội vụ', '31/5/2024', '30/5/2024', 'Hoàn thành'],
  [3, 'Đánh giá, xếp loại công chức', 'Phòng Nội vụ', '10/6/2024', '5/6/2024', 'Hoàn thành'],
  [4, 'Báo cáo thi đua 6 tháng', 'Phòng Nội vụ', '20/6/2024', '25/6/2024', 'Hoàn thành'],
  [5, 'Rà soát vị trí việc làm', 'Phòng Nội vụ', '25/6/2024', null, 'Đang thực hiện'],
  // the commune, as the district writes it: 1 on time
  [
    6,
    'Kiện toàn Ban Chỉ đạo chuyển đổi số',
    'UBND xã Tân Lập',
    '30/6/2024',
    '20/6/2024',
    'Hoàn thành',
  ],
  // no agency: 1 on time, not yet due
  [7, 'Phân công trực ban dịp Quốc khánh', null, '30/8/2024', null, 'Đã hoàn thành'],
  // the commune again: done, with no deadline to judge it against (not on time)
  [8, 'Tổng hợp ý kiến, kiến nghị của cử tri', 'UBND xã Tân Lập', null, '28/6/2024', 'Hoàn thành'],
];

const COMMUNE: SheetRows = [
  ['UBND XÃ TÂN LẬP'],
  HEADER,
  // as the commune writes itself: 1 overdue, 1 not yet due
  [
    1,
    'Cập nhật, làm sạch dữ liệu dân cư',
    'Ủy ban nhân dân xã Tân Lập',
    '15/6/2024',
    null,
    'Chưa thực hiện',
  ],
  [
    2,
    'Tuyên truyền phòng, chống cháy rừng',
    'Uỷ ban nhân dân xã Tân Lập',
    '31/7/2024',
    null,
    'Đang thực hiện',
  ],
];

async function batch(): Promise<{ dir: string; files: string[] }> {
  const dir = tempDir();
  const files = [
    await writeWorkbook(dir, 'ubnd-huyen.xlsx', { 'Nhiệm vụ': DISTRICT }),
    await writeWorkbook(dir, 'xa-tan-lap.xlsx', { 'Nhiệm vụ': COMMUNE }),
    await writeWorkbook(dir, 'danh-ba.xlsx', {
      'Danh bạ': [
        ['Họ và tên', 'Điện thoại'],
        ['Nguyễn Văn An', '0912 345 678'],
      ],
    }),
  ];
  const broken = path.join(dir, 'xa-nam-xe.xlsx');
  writeFileSync(broken, 'không phải tệp Excel');
  files.push(broken);
  return { dir, files };
}

const asOf = ['--as-of', '2024-07-01', '--workers', '0'];

describe('scorecards through dondoc check', () => {
  it('puts them in the JSON: per agency and per workbook, worst first', async () => {
    const { files } = await batch();
    const result = await dondoc('check', ...files, ...asOf, '--format', 'json');
    const report = findingsReportSchema.parse(JSON.parse(result.out)) as FindingsReport;
    const agencies = report.scorecards!.agencies.map((c) => [c.agency, c.tasks, c.onTimePercent]);
    expect(agencies).toEqual([
      [
        'Phòng Nội vụ',
        {
          assigned: 5,
          onTime: 3,
          late: 1,
          overdue: 1,
          notDue: 0,
          doneUndated: 0,
          doneNoDeadline: 0,
        },
        60,
      ],
      // 'UBND xã Tân Lập', 'Ủy ban nhân dân xã Tân Lập' and 'Uỷ ban nhân dân xã Tân Lập': one row
      [
        'UBND xã Tân Lập',
        {
          assigned: 4,
          onTime: 1,
          late: 0,
          overdue: 1,
          notDue: 1,
          doneUndated: 0,
          doneNoDeadline: 1,
        },
        50,
      ],
      [
        undefined,
        {
          assigned: 1,
          onTime: 1,
          late: 0,
          overdue: 0,
          notDue: 0,
          doneUndated: 0,
          doneNoDeadline: 0,
        },
        100,
      ],
    ]);
    const workbooks = report.scorecards!.workbooks.map((w) => [
      path.basename(w.workbook),
      w.status,
      w.tasks.assigned,
      w.findings.error,
    ]);
    expect(workbooks).toEqual([
      ['xa-nam-xe.xlsx', 'unreadable', 0, 0],
      ['danh-ba.xlsx', 'no-table', 0, 0],
      // one overdue task each; the district has a late one too
      ['ubnd-huyen.xlsx', 'checked', 8, 1],
      ['xa-tan-lap.xlsx', 'checked', 2, 1],
    ]);
    expect(report.summary.narrative?.map((m) => m.vi)).toEqual(
      expect.arrayContaining([
        'Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), chậm 1, quá hạn 1.',
        'UBND xã Tân Lập: 4 nhiệm vụ, hoàn thành đúng hạn 1 (50%), quá hạn 1, chưa đến hạn 1, hoàn thành (không có hạn) 1.',
      ]),
    );
  });

  it('prints them in the text output, with the sentence of each agency', async () => {
    const { files } = await batch();
    const { out } = await dondoc('check', ...files, ...asOf);
    const lines = out.split('\n');
    const at = (title: string) => lines.findIndex((l) => l === title);
    const agencies = at('Bảng điểm theo đơn vị');
    expect(agencies).toBeGreaterThan(-1);
    expect(lines[agencies + 2]).toMatch(
      /^ {2}Đơn vị +Được giao +Đúng hạn +Chậm +Quá hạn +Chưa đến hạn +HT không có hạn +% đúng hạn$/,
    );
    expect(lines[agencies + 3]?.split(/ {2,}/).filter(Boolean)).toEqual([
      'Phòng Nội vụ',
      '5',
      '3',
      '1',
      '1',
      '0',
      '0',
      '60%',
    ]);
    expect(lines[agencies + 4]?.split(/ {2,}/).filter(Boolean)).toEqual([
      'UBND xã Tân Lập',
      '4',
      '1',
      '0',
      '1',
      '1',
      '1',
      '50%',
    ]);
    expect(lines[agencies + 5]?.split(/ {2,}/).filter(Boolean)).toEqual([
      '(không ghi đơn vị)',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '100%',
    ]);
    const workbooks = at('Kết quả theo sổ theo dõi');
    const names = lines
      .slice(workbooks + 3, workbooks + 7)
      .map((l) => path.basename(l.trim().split(/ {2,}/)[0]!));
    expect(names).toEqual(['xa-nam-xe.xlsx', 'danh-ba.xlsx', 'ubnd-huyen.xlsx', 'xa-tan-lap.xlsx']);
    expect(lines[workbooks + 3]).toContain('không đọc được');
    expect(out).toContain(
      'Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), chậm 1, quá hạn 1.',
    );
  });

  it('writes a bordered "Bảng điểm" sheet into the XLSX report', async () => {
    const { dir, files } = await batch();
    const out = path.join(dir, 'bao-cao.xlsx');
    await dondoc('check', ...files, ...asOf, '--format', 'xlsx', '--out', out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Bảng điểm')!;
    expect(sheet).toBeDefined();
    const values = (r: number) =>
      (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v === null ? undefined : v));
    expect(values(1)[0]).toBe('BẢNG ĐIỂM THEO ĐƠN VỊ');
    expect(values(3)).toEqual([
      'Đơn vị',
      'Nhiệm vụ',
      'Nhiệm vụ',
      'Nhiệm vụ',
      'Nhiệm vụ',
      'Nhiệm vụ',
      'Nhiệm vụ',
      'Nhiệm vụ',
    ]);
    expect(values(4).slice(1)).toEqual([
      'Được giao',
      'Đúng hạn',
      'Chậm',
      'Quá hạn',
      'Chưa đến hạn',
      'HT không có hạn',
      '% đúng hạn',
    ]);
    expect(values(5)).toEqual(['Phòng Nội vụ', 5, 3, 1, 1, 0, 0, 0.6]);
    expect(values(6)).toEqual(['UBND xã Tân Lập', 4, 1, 0, 1, 1, 1, 0.5]);
    expect(values(7)).toEqual(['(không ghi đơn vị)', 1, 1, 0, 0, 0, 0, 1]);
    expect(sheet.getCell('H5').numFmt).toBe('0%');
    for (const address of ['A3', 'B4', 'A5', 'H7']) {
      const border = sheet.getCell(address).border;
      expect([
        border.top?.style,
        border.left?.style,
        border.bottom?.style,
        border.right?.style,
      ]).toEqual(['thin', 'thin', 'thin', 'thin']);
    }
    // then one row per workbook, worst first
    const titleRow = [...Array(sheet.rowCount).keys()].find(
      (r) => sheet.getRow(r + 1).getCell(1).value === 'KẾT QUẢ THEO SỔ THEO DÕI',
    )!;
    const files4 = [0, 1, 2, 3].map((i) =>
      path.basename(String(sheet.getRow(titleRow + 5 + i).getCell(1).value)),
    );
    expect(files4).toEqual([
      'xa-nam-xe.xlsx',
      'danh-ba.xlsx',
      'ubnd-huyen.xlsx',
      'xa-tan-lap.xlsx',
    ]);
    expect(sheet.getRow(titleRow + 5).getCell(3).value).toBe('—');
  });
});
