/** A checked workbook on disk as a source the XLSX report can copy (Node only). */
import { readFile, stat } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { openWorkbook } from './reader.js';
import type { OpenableSource } from './report-workbook.js';

export function fileSource(workbook: string, file: string): OpenableSource {
  return {
    workbook,
    open: async () => {
      // The part list comes from the zip's directory: nothing is inflated to decide about the copy.
      const opened = await openWorkbook(file);
      const { size } = await stat(file);
      return {
        parts: opened.parts,
        size,
        load: async (wb: ExcelJS.Workbook) => {
          await wb.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
        },
      };
    },
  };
}
