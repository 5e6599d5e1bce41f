/**
 * Where the "Cách đọc các bảng" panel leads when a column or a skipped row is chosen: the same
 * FindingLocation a finding has, so the host's one navigation helper (selectCell) goes there — the
 * cell in Excel, the row as the file has it in the standalone page.
 */
import type { FindingLocation } from '@dondoc/core';
import type { ExplainedTable } from '@dondoc/report';

/**
 * A column's header cells, from the first header row to the last ("D7", or "E2:E3" under a
 * two-row header, which also reaches a group title merged above).
 */
export function columnTarget(table: ExplainedTable, column: string): FindingLocation | undefined {
  const rows = table.understanding.headerRows;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return {
    workbook: table.workbook,
    sheet: table.sheet,
    row: first,
    cell: first === last ? `${column}${first}` : `${column}${first}:${column}${last}`,
  };
}

/** A row of the sheet (a skipped row): the host selects its first cell. */
export function rowTarget(table: ExplainedTable, row: number): FindingLocation {
  return { workbook: table.workbook, sheet: table.sheet, row };
}

/** The tables whose reading was too uncertain to evaluate. */
export function uncertainTables(tables: readonly ExplainedTable[]): ExplainedTable[] {
  return tables.filter((t) => t.understanding.uncertain === true);
}
