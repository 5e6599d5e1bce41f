/**
 * A1 addresses as Office.js gives and takes them: "Sheet1!B3:H20", "'Kế hoạch 2024'!A1".
 */
import { cellAddress, type CellRange } from '@dondoc/core';
import { parseRange } from '@dondoc/xlsx/browser';

/** A sheet name quoted for a reference when Excel needs quotes (spaces, non-ASCII, punctuation). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Kế hoạch'!B3" for a cell of a sheet. */
export function sheetCellReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** The range part of an address ("Sheet1!B3:H20" → rows 3–20, columns 2–8). */
export function parseRangeAddress(address: string): CellRange | undefined {
  const bang = address.lastIndexOf('!');
  return parseRange(bang >= 0 ? address.slice(bang + 1) : address);
}

/** "B3:H20" for a range. */
export function rangeAddress(range: CellRange): string {
  const from = cellAddress(range.top, range.left);
  const to = cellAddress(range.bottom, range.right);
  return from === to ? from : `${from}:${to}`;
}
