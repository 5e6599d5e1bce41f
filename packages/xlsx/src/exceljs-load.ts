/**
 * exceljs, loaded on the first workbook written: reading goes through the single-pass reader, so a
 * check that writes no XLSX report never loads exceljs (issue 16, start-up on demand).
 */
import type ExcelJS from 'exceljs';

/** A new, empty exceljs workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}
