/**
 * A tracking workbook made from a pack, ready for staff: the sheets of the core's `trackingTemplate`
 * (the pack's tasks, a roster of reporting units to complete, a log for received reports and the
 * indicator table, with the Vietnamese headers the checker recognises) rendered with date formats,
 * drop-down lists, frozen headers, widths and A4 print setup. `dondoc check --pack <same pack>` reads
 * it back without a word changed. The Excel add-in renders the same model into the open workbook.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from './exceljs-load.js';
import {
  listValidationFormula,
  trackingTemplate,
  type Pack,
  type TemplateSheet,
} from '@dondoc/core';

const FONT = 'Times New Roman';

function renderSheet(wb: ExcelJS.Workbook, sheet: TemplateSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  const width = sheet.columns.length;
  const h = sheet.headerRow;

  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = sheet.title;
  ws.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = sheet.subtitle;
  ws.getCell(2, 1).font = { name: FONT, size: 12, italic: true };
  ws.getCell(2, 1).alignment = { horizontal: 'center', wrapText: true };
  ws.getRow(2).height = 32;

  ws.getRow(h).values = sheet.columns.map((c) => c.label);
  ws.getRow(h).font = { name: FONT, size: 12, bold: true };
  ws.getRow(h).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(h).height = 32;
  sheet.columns.forEach((column, i) => {
    const cell = ws.getCell(h, i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EEE6' } };
    cell.border = { bottom: { style: 'thin' } };
    ws.getColumn(i + 1).width = column.width;
  });
  ws.views = [{ state: 'frozen', ySplit: h }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${h}:${h}`,
  };

  sheet.rows.forEach((values, i) => {
    const row = ws.getRow(h + 1 + i);
    row.values = [...values];
    const height = sheet.rowHeights.get(i);
    // Wrapped text needs a row height: spreadsheet programs do not grow rows they did not lay out.
    if (height !== undefined) row.height = height;
  });

  sheet.columns.forEach((column, i) => {
    const formula = column.list ? listValidationFormula(column.list) : undefined;
    if (!column.numFmt && !formula) return;
    for (let r = h + 1; r <= sheet.lastFormattedRow; r++) {
      const cell = ws.getCell(r, i + 1);
      if (column.numFmt) cell.numFmt = column.numFmt;
      if (formula && column.list) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorTitle: 'Giá trị không có trong danh sách',
          error: `Chọn một trong: ${column.list.join('; ')}`,
        };
      }
    }
  });

  ws.eachRow((row, n) => {
    if (n <= h) return;
    row.font = { name: FONT, size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
  });
}

/** The workbook's bytes. */
export async function writeTemplateWorkbook(pack: Pack): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'dondoc';
  for (const sheet of trackingTemplate(pack).sheets) renderSheet(wb, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
