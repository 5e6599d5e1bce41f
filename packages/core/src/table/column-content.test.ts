/**
 * The one reader of a column's content under its header (table/column-content.ts), as the header
 * and table-kind rules use it: the first rows under the header, a column's filled cells, and
 * whether most of them pass.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Row } from '../model/sheet.js';
import { filledCell, filledCells, mostly, rowsBelow } from './column-content.js';

const cell = (col: number, value: string | number | null): Cell => ({
  col,
  value,
  text: value === null ? '' : String(value),
});

// a header on rows 1-2 over a plan column (2) and its targets (3)
const rows: Row[] = [
  { number: 1, cells: [cell(1, 'TT'), cell(2, 'Mục tiêu'), cell(3, 'Chỉ tiêu năm 2024')] },
  { number: 2, cells: [cell(3, 'KH')] },
  { number: 3, cells: [cell(1, 1), cell(2, 'Tỷ lệ hộ dùng nước sạch'), cell(3, '≥ 95%')] },
  { number: 4, cells: [cell(1, 2), cell(2, '  '), cell(3, 'Trên 80%')] },
  { number: 6, cells: [cell(1, 3), cell(2, 'Số xã đạt chuẩn nông thôn mới')] },
  { number: 7, cells: [cell(2, 'Ghi chú: số liệu ước đến 31/12')] },
];

describe("a column's content under its header", () => {
  it('reads the first rows under the header only', () => {
    expect(rowsBelow(rows, 2).map((r) => r.number)).toEqual([3, 4, 6, 7]);
    expect(rowsBelow(rows, 2, 2).map((r) => r.number)).toEqual([3, 4]);
  });

  it('leaves out blank cells and rows with no cell in the column', () => {
    expect(filledCell(rows[3]!, 2)).toBeUndefined();
    expect(filledCell(rows[3]!, 3)?.text).toBe('Trên 80%');
    expect(filledCells(rows, 2, 2).map((c) => c.text)).toEqual([
      'Tỷ lệ hộ dùng nước sạch',
      'Số xã đạt chuẩn nông thôn mới',
      'Ghi chú: số liệu ước đến 31/12',
    ]);
    expect(filledCells(rows, 2, 3).map((c) => c.text)).toEqual(['≥ 95%', 'Trên 80%']);
  });

  it('holds what most cells hold: at least two, and two in three', () => {
    const targets = (c: Cell) => /\d\s*%$/.test(c.text);
    expect(mostly(filledCells(rows, 2, 3), targets)).toBe(true);
    // one passing cell is not enough, however few the cells
    expect(mostly(filledCells(rows, 2, 3, 1), targets)).toBe(false);
    // two of three names open with a word, one is a note: still two in three
    const names = (c: Cell) => !/^Ghi chú/.test(c.text);
    expect(mostly(filledCells(rows, 2, 2), names)).toBe(true);
    expect(mostly(filledCells(rows, 2, 2), (c) => c.text.startsWith('Số'))).toBe(false);
  });
});
