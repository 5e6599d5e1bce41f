/**
 * Rosters as offices lay them out: a block column, a block name merged down over its units, or
 * block rows above them ("I | KHỐI CƠ QUAN CHUYÊN MÔN") with no block column at all; contact and
 * phone columns beside the unit. Only the blocks a report names owe it.
 */
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../model/sheet.js';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const parsed = parsePack({
  id: 'cchc-quy',
  version: '1.0.0',
  title: 'Báo cáo cải cách hành chính quý III (mẫu)',
  groups: [
    { id: 'chuyen-mon', name: 'Khối cơ quan chuyên môn' },
    { id: 'xa', name: 'Khối xã, thị trấn' },
  ],
  reports: [
    {
      id: 'cchc',
      title: 'Báo cáo công tác cải cách hành chính quý III năm 2024',
      from: ['chuyen-mon', 'xa'],
      due: 'trước ngày 12/9/2024',
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const pack = parsed.pack;

// the log: Nội vụ on time, Tư pháp late, a centre that owes nothing; Tài chính and Xuân Lâm never
const log = gridSheet('Sổ nhận', [
  ['STT', 'Đơn vị gửi', 'Số, ký hiệu', 'Ngày nhận'],
  [1, 'P. Nội vụ', '88/BC-NV', d(2024, 9, 10)],
  [2, 'Phòng Tư pháp', '31/BC-TP', d(2024, 9, 13)],
  [3, 'TT VH-TT&TT', '40/BC-TTVH', d(2024, 9, 5)],
  [4, 'UBND thị trấn Nam Đàn', '155/BC-UBND', d(2024, 9, 11)],
]);

const units: Array<[string, string]> = [
  ['Phòng Nội vụ', 'Khối cơ quan chuyên môn'],
  ['Phòng Tư pháp', 'Khối cơ quan chuyên môn'],
  ['Phòng Tài chính - Kế hoạch', 'Khối cơ quan chuyên môn'],
  ['Trung tâm Văn hóa - Thể thao và Truyền thông', 'Khối đơn vị sự nghiệp'],
  ['UBND thị trấn Nam Đàn', 'Khối xã, thị trấn'],
  ['UBND xã Xuân Lâm', 'Khối xã, thị trấn'],
];

/** A roster whose unit names sit in column B, at rows 2–4 and 8–9 (the centre's block between). */
function rosterBySectionRows(): Sheet {
  const grid: GridValue[][] = [['STT', 'Tên cơ quan, đơn vị', 'Đầu mối báo cáo', 'Số điện thoại']];
  const people = ['Trần Văn Bình', 'Lê Thị Mai', 'Hồ Sỹ Tuấn', 'Đặng Văn Lợi', 'Võ Văn Thành'];
  let block = '';
  let n = 0;
  const romans = ['I', 'II', 'III'];
  for (const [unit, group] of units) {
    if (group !== block) {
      grid.push([romans.shift()!, group.toUpperCase()]);
      block = group;
    }
    grid.push([++n, unit, people[n % people.length]!, `0912 345 67${n}`]);
  }
  return gridSheet('Danh sách', grid);
}

/** The same units under a first column 'Khối' written once per block, merged down over it. */
function rosterWithMergedBlocks(): Sheet {
  const grid: GridValue[][] = [['Khối', 'STT', 'Tên cơ quan, đơn vị']];
  const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  units.forEach(([unit, group], i) => {
    const row = i + 2;
    const first = i === 0 || units[i - 1]![1] !== group;
    if (first) merges.push({ top: row, left: 1, bottom: row, right: 1 });
    else merges[merges.length - 1] = { ...merges[merges.length - 1]!, bottom: row };
    grid.push([first ? group : null, i + 1, unit]);
  });
  return { ...gridSheet('Danh sách', grid), merges };
}

function check(roster: Sheet) {
  return checkSheets(
    createChecker({ pack, asOf: { year: 2024, month: 9, day: 25 } }),
    'cchc.xlsx',
    [log, roster],
  );
}

function keys(roster: Sheet): string[] {
  return check(roster)
    .findings.map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
    .sort();
}

describe('a roster grouped by block rows, with contact columns beside the unit', () => {
  it('gives each unit the block row above it, and only the blocks named owe the report', () => {
    // the roster's rows: 1 header, 2 "I", 3–5 the departments, 6 "II", 7 the centre, 8 "III", 9–10
    expect(keys(rosterBySectionRows())).toEqual(
      [
        'report/late Sổ nhận!D3',
        'report/missing Danh sách!B5',
        'report/missing Danh sách!B10',
      ].sort(),
    );
  });
});

describe('a roster whose block column is merged down over its units', () => {
  it('gives every unit of the merge its block, not only the first', () => {
    expect(keys(rosterWithMergedBlocks())).toEqual(
      [
        'report/late Sổ nhận!D3',
        'report/missing Danh sách!C4',
        'report/missing Danh sách!C7',
      ].sort(),
    );
  });
});

describe('a unit column beside dates is no unit list', () => {
  it('is not read as the roster', () => {
    const notRoster = gridSheet('Danh sách', [
      ['STT', 'Tên cơ quan, đơn vị', 'Thời hạn'],
      [1, 'Phòng Nội vụ', d(2024, 9, 30)],
      [2, 'Phòng Tư pháp', d(2024, 9, 30)],
      [3, 'UBND xã Xuân Lâm', d(2024, 9, 30)],
    ]);
    const sheet = check(notRoster).sheets.find((s) => s.name === 'Danh sách');
    expect(sheet?.table).not.toBe('roster');
  });
});

describe('a list of units that are not offices, named by the pack', () => {
  // a district's market board and the stalls and enterprises it oversees: none of their names opens
  // with an office's word, but each is one of the pack's own units
  const market = parsePack({
    id: 'cho-thang',
    version: '1.0.0',
    title: 'Báo cáo tháng của các đơn vị kinh doanh tại chợ (mẫu)',
    agencies: [
      { id: 'a', name: 'Cửa hàng xăng dầu Cầu Giát' },
      { id: 'b', name: 'Nhà hàng Hương Sen' },
      { id: 'c', name: 'Quầy thuốc Minh Châu' },
    ],
    groups: [{ id: 'kd', name: 'Các đơn vị kinh doanh', members: ['a', 'b', 'c'] }],
    reports: [{ id: 'bc', title: 'Báo cáo tháng 9', from: ['kd'], due: 'trước ngày 10/10/2024' }],
  });
  if (!market.ok) throw new Error(JSON.stringify(market.problems));
  const list = gridSheet('Cơ sở', [
    ['STT', 'Tên cơ sở', 'Địa chỉ', 'Số lao động'],
    [1, 'Cửa hàng xăng dầu Cầu Giát', 'Thị trấn Cầu Giát', 12],
    [2, 'Nhà hàng Hương Sen', 'Xã Quỳnh Hồng', 8],
    [3, 'Quầy thuốc Minh Châu', 'Xã Quỳnh Hồng', 3],
  ]);
  const nameLog = gridSheet('Sổ nhận', [
    ['STT', 'Cơ sở gửi', 'Ngày nhận'],
    [1, 'Cửa hàng xăng dầu Cầu Giát', d(2024, 10, 7)],
    [2, 'Nhà hàng Hương Sen', d(2024, 10, 11)],
  ]);
  const run = (sheets: Sheet[]) =>
    checkSheets(
      createChecker({ pack: market.pack, asOf: { year: 2024, month: 10, day: 20 } }),
      'cho.xlsx',
      sheets,
    );

  it('is read as the roster, and the unit that sent nothing is missing there', () => {
    const result = run([nameLog, list]);
    expect(result.sheets.find((s) => s.name === 'Cơ sở')?.table).toBe('roster');
    expect(
      result.findings.map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`),
    ).toEqual(['report/late Sổ nhận!C3', 'report/missing Cơ sở!B4']);
  });

  it('is no roster when its names are not the pack’s units', () => {
    const other = gridSheet('Cơ sở', [
      ['STT', 'Tên cơ sở', 'Địa chỉ'],
      [1, 'Tiệm vàng Kim Hoa', 'Xã Quỳnh Hồng'],
      [2, 'Tiệm may Thu Hà', 'Xã Quỳnh Hồng'],
    ]);
    expect(run([nameLog, other]).sheets.find((s) => s.name === 'Cơ sở')?.table).not.toBe('roster');
  });
});
