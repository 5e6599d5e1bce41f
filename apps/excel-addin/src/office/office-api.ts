/**
 * Members of a later requirement set exist on the proxies whatever the Excel (office.js comes from
 * the CDN, newest version), but fail at `sync` on an Excel without that set: every use is gated by
 * `isSetSupported` in the adapter. The test workbook leaves them out on older "Excels", so an ungated
 * use fails the tests.
 *
 * The part of Office.js the add-in uses, as structural types: the real `Excel.RequestContext` fits
 * them, and so does an office-addin-mock object in the tests. Each member says the ExcelApi
 * requirement set it needs; everything above 1.1 is gated by `isSetSupported`.
 */

export interface Loadable {
  load(properties: string): unknown;
}

export interface RangeFillLike extends Loadable {
  /** ExcelApi 1.1. "#FFFFFF" for a cell with no fill. */
  color: string;
  /** ExcelApi 1.1. */
  clear(): void;
}

export interface RangeFormatLike {
  readonly fill: RangeFillLike;
  readonly font: { bold: boolean; italic?: boolean; size?: number; name?: string; color?: string };
  /** ExcelApi 1.2 (points). */
  columnWidth?: number;
  /** ExcelApi 1.2 (points). */
  rowHeight?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

export interface DataValidationLike {
  /** ExcelApi 1.8. */
  rule: unknown;
  errorAlert?: unknown;
  clear?(): void;
}

export interface RangeLike extends Loadable {
  address: string;
  values: unknown[][];
  numberFormat: unknown[][];
  text: unknown[][];
  valueTypes: unknown[][];
  formulas: unknown[][];
  readonly format: RangeFormatLike;
  /** ExcelApi 1.1. */
  select(): void;
  /** ExcelApi 1.2. */
  merge(across?: boolean): void;
  /** ExcelApi 1.8. */
  readonly dataValidation: DataValidationLike;
}

export interface WorksheetLike extends Loadable {
  name: string;
  /** "Visible" | "Hidden" | "VeryHidden" (ExcelApi 1.1). */
  visibility: string;
  getUsedRange(valuesOnly?: boolean): RangeLike;
  getRange(address?: string): RangeLike;
  activate(): void;
  delete(): void;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeRows(count: number): void };
}

export interface WorksheetCollectionLike extends Loadable {
  items: WorksheetLike[];
  getItem(name: string): WorksheetLike;
  add(name?: string): WorksheetLike;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
}

export interface ExcelContextLike {
  readonly workbook: WorkbookLike;
  sync(): Promise<void>;
}

/** `Excel.run`: one batch of queued calls on proxy objects, each `sync` one round trip. */
export type ExcelRun = <T>(batch: (context: ExcelContextLike) => Promise<T>) => Promise<T>;

/** `Office.context.requirements`. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * `Office.context.document.settings` (works in Excel 2016): per-add-in values saved in the file.
 * `saveAsync` takes a callback in Office.js; the adapter wraps it.
 */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export interface OfficeEnvironment {
  readonly run: ExcelRun;
  readonly requirements: RequirementsLike;
  readonly settings?: SettingsLike;
  /** The file name Excel shows for the workbook, when known (Office.context.document.url). */
  readonly workbookName?: string;
}
