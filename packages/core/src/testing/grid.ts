/**
 * Small inline sheets for tests and examples: a grid of texts (and dates) becomes a Sheet the way
 * an adapter would produce it. `d(2024, 6, 25)` is a real date cell.
 */
import { formatViDate, type PlainDate } from '../model/plain-date.js';
import type { Cell, CellValue, Row, Sheet } from '../model/sheet.js';

export type GridValue = string | number | boolean | null | { kind: 'date'; date: PlainDate };

/** A real date cell, shown dd/mm/yyyy. */
export function d(year: number, month: number, day: number): GridValue {
  return { kind: 'date', date: { year, month, day } };
}

function toCell(col: number, value: GridValue): Cell | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'object') {
    return { col, value: value as CellValue, text: formatViDate(value.date), numFmt: 'dd/mm/yyyy' };
  }
  return { col, value, text: String(value) };
}

/** Rows of the grid become rows 1, 2, 3 … (or from `firstRow`); empty rows are skipped like a reader does. */
export function gridSheet(
  name: string,
  grid: readonly (readonly GridValue[])[],
  firstRow = 1,
): Sheet {
  const rows: Row[] = [];
  grid.forEach((values, i) => {
    const cells = values.map((v, c) => toCell(c + 1, v)).filter((c): c is Cell => c !== undefined);
    if (cells.length > 0) rows.push({ number: firstRow + i, cells });
  });
  return { name, state: 'visible', rows };
}
