/**
 * The neutral sheet model every adapter produces (exceljs in @dondoc/xlsx, Office.js in the add-in)
 * and the core consumes. Rows arrive one at a time so that a large sheet never has to sit in memory.
 */
import type { PlainDate } from './plain-date.js';

export type CellValue =
  | null
  | string
  | number
  | boolean
  | { readonly kind: 'date'; readonly date: PlainDate }
  | { readonly kind: 'error'; readonly code: string };

export interface Cell {
  /** 1-based column number. */
  readonly col: number;
  readonly value: CellValue;
  /** What the user sees in the cell, when the adapter knows it; otherwise a plain rendering of value. */
  readonly text: string;
  /** Excel number format, e.g. "dd/mm/yyyy" or "0.0%". */
  readonly numFmt?: string;
  /** True when the cell holds a formula; a formula with no cached result has value null. */
  readonly formula?: boolean;
}

export interface Row {
  /** 1-based row number as in the workbook (blank rows are skipped, never renumbered). */
  readonly number: number;
  readonly cells: readonly Cell[];
  readonly hidden?: boolean;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetInfo {
  readonly name: string;
  /** 'visible' | 'hidden' | 'veryHidden' as Excel stores it. */
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Merged ranges, when the adapter can see them (the streaming reader may not). */
  readonly merges?: readonly CellRange[];
  /**
   * Text typed in a legacy 8-bit Vietnamese font (TCVN3 ".VnTime", VNI "VNI-Times" …) that the
   * reader converted to Unicode, one entry per encoding: filled in as the rows are read (known once
   * they all are), absent when there was none.
   */
  readonly legacyText?: readonly LegacyTextConversion[];
}

/** Cells of a sheet whose text, in a legacy font, was converted to Unicode for reading. */
export interface LegacyTextConversion {
  readonly encoding: 'tcvn3' | 'vni';
  /** The fonts, as the workbook names them, in the order first met. */
  readonly fonts: readonly string[];
  /** How many cells' text the conversion changed. */
  readonly cells: number;
}

/** A whole sheet in memory: for tests, small workbooks and the add-in. */
export interface Sheet extends SheetInfo {
  readonly rows: readonly Row[];
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  return { col: columnNumber(m[1]!), row: Number(m[2]) };
}
