/**
 * The browser-safe part of @dondoc/xlsx: cell conversion, whole workbooks from bytes through the
 * single-pass reader, the XLSX report and template (exceljs writes them). Nothing here imports a Node
 * module.
 */
export * from './cells.js';
export * from './errors.js';
export * from './memory.js';
export { parseRange, sortRanges } from './ranges.js';
export { DEFAULT_MAX_CELLS } from './fast/workbook.js';
export { MAX_COLUMNS, MAX_ROWS } from './fast/sheet.js';
export { hasEncryptionStreams, ole2Kind, sniffHead, type Sniffed } from './sniff.js';
export { parseWorkbookXml, type WorkbookSheetEntry, type WorkbookXml } from './workbook-xml.js';
export {
  bytesSource,
  contentLostOnCopy,
  writeReportWorkbook,
  type OpenableSource,
  type OpenedSource,
  type ReportWorkbookOptions,
} from './report-workbook.js';
export { writeTemplateWorkbook } from './template.js';
export { hasDrawings, withoutDrawings, zipEntryNames } from './zip-parts.js';
