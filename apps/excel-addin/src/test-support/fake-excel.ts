/**
 * An Excel workbook in memory, reached through office-addin-mock objects the way Office.js is
 * reached: properties read before `load` + `sync` return office-addin-mock's error strings, writes
 * reach the workbook at `sync`. office-addin-mock leaves collections, address parsing and
 * requirement sets to the test (ECOSYSTEM.md): they are here, kept as small as the adapter needs.
 * Used by the adapter's tests in Node and, bundled, by the task pane's tests in Chromium.
 */
import ExcelJS from 'exceljs';
import { OfficeMockObject } from 'office-addin-mock';
import { cellAddress, fromExcelSerial, formatViDate, toExcelSerial } from '@dondoc/core';
import { parseRangeAddress } from '../office/address.js';
import type {
  ExcelContextLike,
  ExcelRun,
  OfficeEnvironment,
  RequirementsLike,
  SettingsLike,
} from '../office/office-api.js';

export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  /** "#FFFFFF" when the cell has no fill (what Excel reports). */
  fill: string;
  formula?: string;
  error?: boolean;
  bold?: boolean;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly widths = new Map<number, number>();
  readonly validations: { address: string; rule: unknown }[] = [];
  frozenRows = 0;
  visibility = 'Visible';
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  ensure(row: number, col: number): FakeCell {
    const k = `${row}:${col}`;
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { value: '', numberFormat: 'General', fill: '#FFFFFF' }));
    return c;
  }

  /** The cell's value as a test reads it ('' when empty). */
  valueAt(address: string): string | number | boolean {
    const r = parseRangeAddress(address)!;
    return this.cell(r.top, r.left)?.value ?? '';
  }

  fillAt(address: string): string {
    const r = parseRangeAddress(address)!;
    return this.cell(r.top, r.left)?.fill ?? '#FFFFFF';
  }

  usedAddress(): string {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.cells) {
      if (c.value === '' && c.formula === undefined) continue;
      const [r, col] = k.split(':').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    if (bottom === 0) return 'A1';
    const a = cellAddress(top, left);
    const b = cellAddress(bottom, right);
    return a === b ? a : `${a}:${b}`;
  }
}

const DATE_FORMAT = /(^|[^"\\])[dmy]/i;

function isDateFormat(format: string): boolean {
  return format !== 'General' && DATE_FORMAT.test(format.replace(/"[^"]*"/g, ''));
}

export interface FakeExcelOptions {
  /** The highest ExcelApi set this "Excel" supports: "1.1" is Excel 2016, "1.7" Excel 2019. */
  readonly excelApi?: string;
  readonly date1904?: boolean;
  /** Whether the file has a settings store (Office.context.document.settings). */
  readonly settings?: boolean;
  readonly workbookName?: string;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2 = 0] = have.split('.').map(Number);
  const [b1, b2 = 0] = want.split('.').map(Number);
  return a1! > b1! || (a1 === b1 && a2 >= b2);
}

/** What office-addin-mock returns for a property read before load + sync. */
function isMockError(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('Error, ');
}

interface Tracked {
  readonly mock: Record<string, unknown> & { sync(): Promise<void> };
  /** Reads the writable fields and applies the ones the code under test changed. */
  readonly flush: () => void;
  /** After load + sync: the loaded values are not writes. */
  readonly settle: () => void;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settingsStore = new Map<string, unknown>();
  settingsSaves = 0;
  syncs = 0;
  active: string | undefined;
  selected: string | undefined;
  private tracked: Tracked[] = [];

  constructor(readonly options: FakeExcelOptions = {}) {}

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: no sheet "${name}"`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: "${name}"`);
    }
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A workbook as a real file holds it: values, number formats, fills (exceljs reads the file). */
  static async fromXlsx(bytes: Uint8Array, options: FakeExcelOptions = {}): Promise<FakeExcel> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const date1904 = options.date1904 ?? wb.properties.date1904 === true;
    const fake = new FakeExcel({ ...options, date1904 });
    for (const ws of wb.worksheets) {
      const sheet = fake.addSheet(ws.name);
      if (ws.state === 'hidden') sheet.visibility = 'Hidden';
      if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
      for (const range of (ws.model as { merges?: string[] }).merges ?? [])
        sheet.merges.push(range);
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          // Excel holds a merged range's value in its top-left cell only.
          if (cell.isMerged && cell.master !== cell) return;
          const target = sheet.ensure(r, c);
          const v = cell.value;
          target.numberFormat = cell.numFmt || 'General';
          const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
          if (fill?.fgColor?.argb) target.fill = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
          const plain = (x: unknown): string | number | boolean => {
            if (x instanceof Date) {
              const serial = x.getTime() / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
              return Math.round(serial * 86_400) / 86_400;
            }
            if (typeof x === 'object' && x !== null) {
              const o = x as Record<string, unknown>;
              if ('result' in o) return o.result === undefined ? '' : plain(o.result);
              if ('formula' in o || 'sharedFormula' in o) return '';
              if (Array.isArray(o.richText)) {
                return (o.richText as { text: string }[]).map((t) => t.text).join('');
              }
              if (typeof o.error === 'string') {
                target.error = true;
                return o.error;
              }
              if ('text' in o) return plain(o.text);
            }
            return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean'
              ? x
              : '';
          };
          target.value = plain(v);
        });
      });
    }
    return fake;
  }

  /** What Excel would display (the `text` property). */
  displayed(cell: FakeCell | undefined): string {
    if (!cell) return '';
    if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat)) {
      const date = fromExcelSerial(Math.floor(cell.value), this.options.date1904 === true);
      if (date) return formatViDate(date);
    }
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    return String(cell.value);
  }

  serialOf(year: number, month: number, day: number): number {
    return toExcelSerial({ year, month, day }, this.options.date1904 === true);
  }

  private track(
    mock: Tracked['mock'],
    flush: () => void,
    settle: () => void = () => undefined,
  ): void {
    this.tracked.push({ mock, flush, settle });
  }

  /** A Range proxy over cells of a sheet. */
  private rangeMock(sheet: FakeSheet, address: string): Record<string, unknown> {
    const r = parseRangeAddress(address);
    if (!r) throw new Error(`InvalidArgument: bad address "${address}"`);
    const grid = <T>(f: (row: number, col: number) => T): T[][] =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
        Array.from({ length: r.right - r.left + 1 }, (_, j) => f(r.top + i, r.left + j)),
      );
    const first = sheet.cell(r.top, r.left);
    const api = this.options.excelApi ?? '1.1';
    const data: Record<string, unknown> = {
      address: `${sheet.name}!${address}`,
      values: grid((row, col) => sheet.cell(row, col)?.value ?? ''),
      numberFormat: grid((row, col) => sheet.cell(row, col)?.numberFormat ?? 'General'),
      text: grid((row, col) => this.displayed(sheet.cell(row, col))),
      valueTypes: grid((row, col) => {
        const c = sheet.cell(row, col);
        if (!c || c.value === '') return 'Empty';
        if (c.error) return 'Error';
        return typeof c.value === 'number'
          ? 'Double'
          : typeof c.value === 'boolean'
            ? 'Boolean'
            : 'String';
      }),
      formulas: grid((row, col) => {
        const c = sheet.cell(row, col);
        return c?.formula ?? c?.value ?? '';
      }),
      format: {
        fill: {
          color: first?.fill ?? '#FFFFFF',
          clear: () => {
            for (const c of cellsOf()) c.fill = '#FFFFFF';
          },
        },
        font: {
          bold: first?.bold ?? false,
          italic: false,
          size: 11,
          name: 'Calibri',
          color: '#000000',
        },
        columnWidth: 48,
        rowHeight: 15,
        wrapText: false,
        horizontalAlignment: 'General',
        verticalAlignment: 'Bottom',
      },
      select: () => {
        this.selected = `${sheet.name}!${address}`;
      },
      ...(versionAtLeast(api, '1.2')
        ? {
            merge: () => {
              sheet.merges.push(address);
            },
          }
        : {}),
      ...(versionAtLeast(api, '1.8') ? { dataValidation: { rule: {}, errorAlert: {} } } : {}),
    };
    const cellsOf = () => {
      const out: FakeCell[] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) out.push(sheet.ensure(row, col));
      }
      return out;
    };
    const mock = new OfficeMockObject(data) as unknown as Tracked['mock'] & {
      format: { fill: Record<string, unknown>; font: Record<string, unknown> } & Record<
        string,
        unknown
      >;
      dataValidation?: Record<string, unknown>;
    };
    const fields = () => ({
      values: mock.values,
      numberFormat: mock.numberFormat,
      formulas: mock.formulas,
      fill: mock.format.fill.color,
      bold: mock.format.font.bold,
      columnWidth: mock.format.columnWidth,
      rule: mock.dataValidation?.rule,
    });
    let seen = fields();
    const written = (name: keyof ReturnType<typeof fields>, now: ReturnType<typeof fields>) =>
      now[name] !== seen[name] && !isMockError(now[name]);
    const each = (value: unknown, apply: (c: FakeCell, v: unknown) => void) => {
      cellsOf().forEach((c, i) => {
        const width = r.right - r.left + 1;
        const v = Array.isArray(value)
          ? (value as unknown[][])[Math.floor(i / width)]?.[i % width]
          : value;
        apply(c, v);
      });
    };
    this.track(
      mock,
      () => {
        const now = fields();
        if (written('numberFormat', now))
          each(now.numberFormat, (c, v) => (c.numberFormat = String(v)));
        for (const name of ['values', 'formulas'] as const) {
          if (!written(name, now)) continue;
          each(now[name], (c, v) => {
            if (typeof v === 'string' && v.startsWith('=')) {
              c.formula = v;
              // What the fake "calculates": a HYPERLINK shows its friendly name.
              const shown = /^=HYPERLINK\(".*","(.*)"\)$/.exec(v);
              c.value = shown ? shown[1]! : '';
            } else if (typeof v === 'string' && v.startsWith("'")) {
              c.value = v.slice(1);
              delete c.formula;
            } else {
              c.value = v as FakeCell['value'];
              delete c.formula;
            }
          });
        }
        if (written('fill', now)) each(now.fill, (c, v) => (c.fill = String(v).toUpperCase()));
        if (written('bold', now)) each(now.bold, (c, v) => (c.bold = v === true));
        if (written('columnWidth', now)) {
          for (let col = r.left; col <= r.right; col++)
            sheet.widths.set(col, Number(now.columnWidth));
        }
        if (written('rule', now)) sheet.validations.push({ address, rule: now.rule });
        seen = now;
      },
      () => {
        seen = fields();
      },
    );
    return mock;
  }

  private worksheetMock(sheet: FakeSheet): Record<string, unknown> {
    const api = this.options.excelApi ?? '1.1';
    const mock = new OfficeMockObject({
      name: sheet.name,
      visibility: sheet.visibility,
      getUsedRange: () => this.rangeMock(sheet, sheet.usedAddress()),
      getRange: (address?: string) => this.rangeMock(sheet, address ?? 'A1:XFD1048576'),
      activate: () => {
        this.active = sheet.name;
      },
      delete: () => {
        this.sheets.splice(this.sheets.indexOf(sheet), 1);
      },
      ...(versionAtLeast(api, '1.7')
        ? {
            freezePanes: {
              freezeRows: (count: number) => {
                sheet.frozenRows = count;
              },
            },
          }
        : {}),
    }) as unknown as Tracked['mock'];
    this.track(mock, () => undefined);
    return mock;
  }

  /** The request context an `Excel.run` batch gets. */
  context(): ExcelContextLike {
    this.tracked = [];
    const state: { items: Record<string, unknown>[] } = { items: [] };
    const worksheets = {
      get items() {
        return state.items;
      },
      load: (properties: string) => {
        state.items = this.sheets.map((s) => this.worksheetMock(s));
        const scalars = properties
          .split(',')
          .map((p) => p.trim().replace(/^items\//, ''))
          .join(',');
        for (const item of state.items)
          (item as unknown as { load(p: string): void }).load(scalars);
        return worksheets;
      },
      getItem: (name: string) => this.worksheetMock(this.sheet(name)),
      add: (name?: string) =>
        this.worksheetMock(this.addSheet(name ?? `Sheet${this.sheets.length + 1}`)),
    };
    return {
      workbook: { worksheets } as unknown as ExcelContextLike['workbook'],
      sync: async () => {
        this.syncs++;
        const batch = this.tracked;
        for (const t of batch) t.flush();
        await Promise.all(batch.map((t) => t.mock.sync()));
        // office-addin-mock resolves nested properties in callbacks it does not await.
        await new Promise((resolve) => setTimeout(resolve, 0));
        for (const t of batch) t.settle();
      },
    };
  }

  readonly run: ExcelRun = async (batch) => batch(this.context());

  readonly requirements: RequirementsLike = {
    isSetSupported: (name, minVersion = '1.1') =>
      name === 'ExcelApi' && versionAtLeast(this.options.excelApi ?? '1.1', minVersion),
  };

  readonly settings: SettingsLike = {
    get: (name) => this.settingsStore.get(name) ?? null,
    set: (name, value) => void this.settingsStore.set(name, value),
    remove: (name) => void this.settingsStore.delete(name),
    saveAsync: (callback) => {
      this.settingsSaves++;
      callback?.({ status: 'succeeded' });
    },
  };

  environment(): OfficeEnvironment {
    return {
      run: this.run,
      requirements: this.requirements,
      ...(this.options.settings === false ? {} : { settings: this.settings }),
      ...(this.options.workbookName ? { workbookName: this.options.workbookName } : {}),
    };
  }
}
