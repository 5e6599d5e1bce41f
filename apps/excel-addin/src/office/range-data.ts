/**
 * A sheet's used range as Office.js returns it (values, number formats, displayed text, value types,
 * all as row-major arrays) → the core's rows. Conversion is the same as the file reader's
 * (@dondoc/xlsx cells), so the task pane and `dondoc check` see the same values.
 */
import { fromExcelSerial, type Cell, type CellValue, type Row } from '@dondoc/core';
import { convertValue, type DateSystem } from '@dondoc/xlsx/browser';
import { parseRangeAddress } from './address.js';

/** What one `load('address,values,numberFormat,text,valueTypes')` of a range gives. */
export interface RangeData {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly text?: readonly (readonly unknown[])[];
  /** Excel.RangeValueType per cell: "Empty", "String", "Double", "Boolean", "Error", … */
  readonly valueTypes?: readonly (readonly unknown[])[];
}

function keptNumFmt(numFmt: unknown): string | undefined {
  return typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General' ? numFmt : undefined;
}

function errorValue(raw: unknown): CellValue | undefined {
  return typeof raw === 'string' && raw.startsWith('#') ? { kind: 'error', code: raw } : undefined;
}

/** One cell of the used range → a model Cell, or undefined when it shows nothing. */
function convert(
  col: number,
  raw: unknown,
  numFmt: unknown,
  valueType: unknown,
  system: DateSystem,
): Cell | undefined {
  const format = keptNumFmt(numFmt);
  if (valueType === 'Error') {
    const value = errorValue(raw);
    if (value && typeof raw === 'string') return { col, value, text: raw };
  }
  if (raw === '' || raw === null || raw === undefined) return undefined;
  const converted = convertValue(raw, format, system);
  if (!converted) return undefined;
  return {
    col,
    value: converted.value,
    text: converted.text,
    ...(format === undefined ? {} : { numFmt: format }),
  };
}

/**
 * The rows of a range, numbered as in the sheet (the range may start anywhere: a used range often
 * starts below row 1). Empty rows are left out, as the file reader leaves them out.
 */
export function rowsFromRangeData(data: RangeData, system: DateSystem): Row[] {
  const origin = parseRangeAddress(data.address);
  if (!origin) return [];
  const rows: Row[] = [];
  data.values.forEach((values, i) => {
    const cells: Cell[] = [];
    values.forEach((raw, j) => {
      const cell = convert(
        origin.left + j,
        raw,
        data.numberFormat[i]?.[j],
        data.valueTypes?.[i]?.[j],
        system,
      );
      if (cell) cells.push(cell);
    });
    if (cells.length > 0) rows.push({ number: origin.top + i, cells });
  });
  return rows;
}

const YEAR = /(?:^|\D)(\d{4})(?:\D|$)/;

/**
 * Which date system the workbook uses, read from what Excel shows: a date-formatted number whose
 * displayed year matches the 1904 system and not the 1900 one. Office.js only tells the date system
 * from ExcelApi 1.16 on; the displayed text works in every Excel. Undefined when no cell tells.
 */
export function dateSystemFromText(ranges: readonly RangeData[]): boolean | undefined {
  for (const data of ranges) {
    for (let i = 0; i < data.values.length; i++) {
      const values = data.values[i]!;
      for (let j = 0; j < values.length; j++) {
        const raw = values[j];
        const shown = data.text?.[i]?.[j];
        const format = keptNumFmt(data.numberFormat[i]?.[j]);
        if (typeof raw !== 'number' || typeof shown !== 'string' || raw < 1 || !format) continue;
        const year = YEAR.exec(shown)?.[1];
        if (year === undefined) continue;
        const y1900 = fromExcelSerial(raw, false)?.year;
        const y1904 = fromExcelSerial(raw, true)?.year;
        if (y1900 === y1904) continue;
        if (String(y1904) === year) return true;
        if (String(y1900) === year) return false;
      }
    }
  }
  return undefined;
}
