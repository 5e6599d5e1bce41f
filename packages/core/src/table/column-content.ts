/**
 * What a column holds, read from the cells under its header: the one reader of a column's content
 * for the header and table-kind rules (a column's role by its content, a kind's content evidence).
 */
import type { Cell, Row } from '../model/sheet.js';

/** Data rows under the header looked at for content evidence. */
export const CONTENT_SAMPLE_ROWS = 30;

/** The first `count` rows under a header whose last row is `lastHeaderRow`. */
export function rowsBelow(
  rows: readonly Row[],
  lastHeaderRow: number,
  count: number = CONTENT_SAMPLE_ROWS,
): readonly Row[] {
  return rows.filter((r) => r.number > lastHeaderRow).slice(0, count);
}

/** A row's cell in a column, when it has one that shows something. */
export function filledCell(row: Row, col: number): Cell | undefined {
  const cell = row.cells.find((c) => c.col === col);
  return cell !== undefined && cell.text.trim() !== '' ? cell : undefined;
}

/** The cells of a column that show something, on the first `count` rows under the header. */
export function filledCells(
  rows: readonly Row[],
  lastHeaderRow: number,
  col: number,
  count: number = CONTENT_SAMPLE_ROWS,
): Cell[] {
  return rowsBelow(rows, lastHeaderRow, count).flatMap((r) => filledCell(r, col) ?? []);
}

/** Whether most cells pass: at least two, and two in three of them. */
export function mostly(cells: readonly Cell[], test: (cell: Cell) => boolean): boolean {
  const passing = cells.filter(test).length;
  return passing >= 2 && passing * 3 >= cells.length * 2;
}
