/**
 * A later table on a sheet is read the same whether its header is among the first rows buffered
 * while the sheet's first table is searched for, or comes after them, streamed: under the sheet's
 * title block (its year) and its own section line (the indicator's name).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { HEADER_SEARCH_ROWS } from './context.js';
import { checkSheets, createChecker } from './checker.js';

const COMMUNES = ['Xã Cẩm Bình', 'Xã Cẩm Thạch', 'Xã Cẩm Duệ', 'Thị trấn Thiên Cầm', 'Xã Cẩm Hưng'];

/** The sheet of a district's two tables of communes, the first with `first` rows. */
function sheetWith(first: number): GridValue[][] {
  const firstRows: GridValue[][] = Array.from({ length: first }, (_, i) => [
    i + 1,
    `${COMMUNES[i % COMMUNES.length]} (${i + 1})`,
    200,
    210,
  ]);
  return [
    ['UBND HUYỆN CẨM XUYÊN'],
    ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU BẢO HIỂM NĂM 2024'],
    [],
    ['1. Bảo hiểm y tế hộ gia đình'],
    ['STT', 'Đơn vị', 'Chỉ tiêu giao (người)', 'Thực hiện (người)'],
    ...firstRows,
    [],
    ['2. Bảo hiểm xã hội tự nguyện'],
    [
      'STT',
      'Đơn vị',
      'Số người tham gia đầu năm',
      'Chỉ tiêu tăng (người)',
      'Số người tham gia mới',
    ],
    [1, 'Xã Cẩm Bình', 80, 30, 34],
    [2, 'Xã Cẩm Thạch', 64, 25, 19],
  ];
}

const p = parsePack({ id: 'bh', version: '1.0.0', title: 'Chỉ tiêu bảo hiểm (mẫu)' });
if (!p.ok) throw new Error(JSON.stringify(p.problems));
const checker = createChecker({ pack: p.pack, asOf: { year: 2025, month: 1, day: 15 } });

/** The second table's findings: rule, column and message, its row counted from its header. */
function secondTable(first: number): string[] {
  const headerRow = 5 + first + 3;
  const result = checkSheets(checker, 'cam-xuyen.xlsx', [gridSheet('BH 2024', sheetWith(first))]);
  return result.findings
    .filter((f) => (f.location?.row ?? 0) > headerRow)
    .map(
      (f) =>
        `${f.rule} ${f.location!.cell!.replace(/\d+/, '')}${f.location!.row! - headerRow} ${f.message.vi}`,
    )
    .sort();
}

describe('a later table after the rows buffered to find the first', () => {
  const short = secondTable(3);
  it('is judged in the year of the sheet title and named by its section line', () => {
    expect(short).toHaveLength(2);
    for (const f of short) expect(f).toMatch(/Bảo hiểm xã hội tự nguyện.*năm 2024/);
  });
  it.each([HEADER_SEARCH_ROWS - 8, HEADER_SEARCH_ROWS, HEADER_SEARCH_ROWS + 25])(
    'reads the same with %i rows in the first table',
    (first) => {
      expect(secondTable(first)).toEqual(short);
    },
  );
});
