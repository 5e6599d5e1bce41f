/**
 * Cells merged down over several rows: an office merges one owner or one deadline over the tasks
 * it applies to ("Văn phòng HĐND và UBND" | "Quý III/2024" over three tasks). The file keeps the
 * value in the merge's first cell only; every row the merge covers means it too.
 *
 * `MergedColumns` remembers, per column, the last cell that held a value, and lends it to a row
 * whose cell in that column is covered by a merge starting at that cell's row. Rows come in
 * increasing order; merges must be known when the rows arrive (the reader gives them before the
 * rows of any sheet it holds in memory; a sheet read as a stream gets no filling).
 */
import type { Cell, CellRange, Row } from '../model/sheet.js';

export class MergedColumns {
  /** Merges more than one row tall, by their first row. */
  private readonly tall: readonly CellRange[];
  private next = 0;
  private active: CellRange[] = [];
  private readonly lastValue = new Map<number, { row: number; cell: Cell }>();

  constructor(
    merges: readonly CellRange[],
    /** The columns worth filling (a task table's owner, deadline, status…). */
    private readonly columns: ReadonlySet<number>,
  ) {
    this.tall = merges
      .filter((m) => m.bottom > m.top && [...columns].some((c) => c >= m.left && c <= m.right))
      .sort((a, b) => a.top - b.top);
  }

  get empty(): boolean {
    return this.tall.length === 0;
  }

  /**
   * The row with its covered cells filled from their merge's first cell. Call for every row of
   * the table, in order (rows that are not tasks too: a merge's first cell may sit on any row).
   */
  fill(row: Row): Row {
    if (this.tall.length === 0) return row;
    while (this.next < this.tall.length && this.tall[this.next]!.top <= row.number)
      this.active.push(this.tall[this.next++]!);
    if (this.active.some((m) => m.bottom < row.number))
      this.active = this.active.filter((m) => m.bottom >= row.number);
    let added: Cell[] | undefined;
    for (const col of this.columns) {
      const own = row.cells.find((c) => c.col === col);
      const blank = !own || (own.value === null && own.formula !== true && own.text.trim() === '');
      if (!blank) {
        this.lastValue.set(col, { row: row.number, cell: own });
        continue;
      }
      const merge = this.active.find((m) => m.top < row.number && col >= m.left && col <= m.right);
      const source = merge && this.lastValue.get(col);
      if (!source || source.row !== merge.top) continue;
      (added ??= []).push({ ...source.cell, col });
    }
    if (!added) return row;
    const cells = [...row.cells.filter((c) => !added!.some((a) => a.col === c.col)), ...added];
    cells.sort((a, b) => a.col - b.col);
    return { ...row, cells };
  }
}

/**
 * A period typed once in a cell merged across its first-day and last-day columns ("16-27/11/2024"
 * over "Từ ngày | Đến ngày", "Tháng 02/2025" over both): the file keeps it in the first column, but
 * it says when the work ends as much as when it starts. Returns, per row, the merges of one row that
 * cover both columns (`from` left of `to`); `moveAcross` moves such a cell to `to`.
 */
export function mergedAcross(
  merges: readonly CellRange[],
  from: number | undefined,
  to: number | undefined,
): ReadonlySet<number> {
  const rows = new Set<number>();
  if (from === undefined || to === undefined || from >= to) return rows;
  for (const m of merges) {
    if (m.left !== from || m.right < to) continue;
    for (let r = m.top; r <= m.bottom; r++) rows.add(r);
  }
  return rows;
}

/** The row with the cell at `from` moved to `to`, when `to` is blank (see `mergedAcross`). */
export function moveAcross(row: Row, from: number, to: number): Row {
  const source = row.cells.find((c) => c.col === from);
  const own = row.cells.find((c) => c.col === to);
  if (!source || (own && (own.value !== null || own.text.trim() !== ''))) return row;
  const cells = row.cells
    .filter((c) => c.col !== from && c.col !== to)
    .concat({ ...source, col: to })
    .sort((a, b) => a.col - b.col);
  return { ...row, cells };
}
