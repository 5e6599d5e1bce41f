/** Writes a workbook to xlsx bytes and reads it back with exceljs, as a user's file would be read. */
import ExcelJS from 'exceljs';
import { formatViDate } from '@dondoc/core';

export async function readBack(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer);
  return again;
}

/** Every sheet's name, state, merges and cells (address, value, number format), dates as ISO text. */
export function dumpWorkbook(workbook: ExcelJS.Workbook): unknown[] {
  return workbook.worksheets.map((ws) => {
    const cells: Array<[string, unknown, string | undefined]> = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value instanceof Date ? `date:${cell.value.toISOString()}` : cell.value;
        cells.push([cell.address, v, cell.numFmt]);
      });
    });
    const merges = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
    return { name: ws.name, state: ws.state, merges, cells };
  });
}

/** The text of a cell as a clerk sees it ('' when empty; a date cell as dd/mm/yyyy). */
export function cellText(ws: ExcelJS.Worksheet, address: string): string {
  const v = ws.getCell(address).value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    return formatViDate({
      year: v.getUTCFullYear(),
      month: v.getUTCMonth() + 1,
      day: v.getUTCDate(),
    });
  }
  return String(v);
}
