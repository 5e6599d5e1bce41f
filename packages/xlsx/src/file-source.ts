/** A checked workbook on disk as a source the XLSX report can copy (Node only). */
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { inspectWorkbook } from './inspect.js';
import type { OpenableSource } from './report-workbook.js';

export function fileSource(workbook: string, file: string): OpenableSource {
  return {
    workbook,
    open: async () => {
      const inspection = await inspectWorkbook(file);
      return {
        parts: inspection.parts,
        size: inspection.size,
        load: async (wb: ExcelJS.Workbook) => {
          await wb.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
        },
      };
    },
  };
}
