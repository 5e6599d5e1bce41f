/**
 * "Bảng điểm" in the XLSX report: the scorecard per agency, then (for several workbooks) one row per
 * workbook, worst first; bordered tables with a header of groups (Nhiệm vụ, Báo cáo, Chỉ tiêu) over
 * their columns, counts as numbers and the share on time as a percentage, ready to print.
 */
import type ExcelJS from 'exceljs';
import {
  agencyScoreTable,
  scorecardsOfInput,
  workbookScoreTable,
  xmlSafeText,
  type Lang,
  type ReportInput,
  type ScoreTable,
} from '@dondoc/report';

export const SCORECARD_SHEET_NAME = 'Bảng điểm';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF3EEE6' },
};

/** Writes one table from `top`; gives the row after it. */
function writeTable(sheet: ExcelJS.Worksheet, top: number, table: ScoreTable, lang: Lang): number {
  const groupRow = sheet.getRow(top);
  const titleRow = sheet.getRow(top + 1);
  table.columns.forEach((c, i) => {
    const col = i + 1;
    if (!c.group) {
      groupRow.getCell(col).value = c.title[lang];
      sheet.mergeCells(top, col, top + 1, col);
    } else {
      titleRow.getCell(col).value = c.title[lang];
      if (table.columns[i - 1]?.group !== c.group) {
        const span = table.columns.slice(i).findIndex((d) => d.group !== c.group);
        const last = span === -1 ? table.columns.length : i + span;
        groupRow.getCell(col).value = c.group[lang];
        if (last > col) sheet.mergeCells(top, col, top, last);
      }
    }
  });
  for (const row of [groupRow, titleRow]) {
    for (let col = 1; col <= table.columns.length; col++) {
      const cell = row.getCell(col);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = THIN;
      cell.fill = HEADER_FILL;
    }
  }
  let r = top + 2;
  for (const values of table.rows) {
    const row = sheet.getRow(r++);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.border = THIN;
      if (v.kind === 'text') {
        cell.value = xmlSafeText(v.text);
        cell.alignment = { vertical: 'top', wrapText: true };
      } else if (v.kind === 'count') {
        cell.value = v.n;
      } else if (v.kind === 'percent' && v.percent !== undefined) {
        cell.value = v.percent / 100;
        cell.numFmt = Number.isInteger(v.percent) ? '0%' : '0.0%';
      } else {
        cell.value = '—';
        cell.alignment = { horizontal: 'right' };
      }
    });
  }
  return r;
}

/** Adds "Bảng điểm" when anything was counted; gives the sheet, or undefined. */
export function addScorecardSheet(
  out: ExcelJS.Workbook,
  input: ReportInput,
  lang: Lang,
): ExcelJS.Worksheet | undefined {
  const scorecards = scorecardsOfInput(input);
  const agencies = agencyScoreTable(scorecards.agencies, lang);
  const several = scorecards.workbooks.length > 1;
  if (agencies.rows.length === 0 && !several) return undefined;
  const sheet = out.addWorksheet(SCORECARD_SHEET_NAME);
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  let r = 1;
  const title = (text: string) => {
    const row = sheet.getRow(r);
    row.getCell(1).value = text;
    row.font = { bold: true, size: 13 };
    r += 2;
  };
  if (agencies.rows.length > 0) {
    title(lang === 'vi' ? 'BẢNG ĐIỂM THEO ĐƠN VỊ' : 'SCORECARD BY AGENCY');
    r = writeTable(sheet, r, agencies, lang) + 1;
  }
  if (several) {
    title(lang === 'vi' ? 'KẾT QUẢ THEO SỔ THEO DÕI' : 'RESULT BY WORKBOOK');
    r = writeTable(sheet, r, workbookScoreTable(scorecards.workbooks, lang), lang);
  }
  sheet.getColumn(1).width = 42;
  const widest = Math.max(
    agencies.columns.length,
    several ? workbookScoreTable(scorecards.workbooks, lang).columns.length : 0,
  );
  for (let col = 2; col <= widest; col++) sheet.getColumn(col).width = 11;
  return sheet;
}
