/**
 * The browser-safe part of @dondoc/xlsx: cell conversion and whole workbooks from bytes through
 * exceljs's `Workbook`. Nothing here imports a Node module.
 */
export * from './cells.js';
export * from './errors.js';
export * from './memory.js';
export { parseRange, scanSheetXml, SheetXmlScanner, type SheetScan } from './sheet-scan.js';
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
