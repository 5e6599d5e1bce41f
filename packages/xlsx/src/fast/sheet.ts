/**
 * One worksheet's XML → rows of the core's model, in one pass over its bytes, fed in chunks of any
 * size. Reads only the `r`, `s`, `t` attributes of cells and `r`, `hidden` of rows; decodes a
 * cell's text only when the cell is complete. Merged ranges (after `<sheetData>`) are collected on
 * the way. Pure: no Node imports, the same code in Node and in the browser.
 */
import {
  decodeLegacyText,
  type Cell,
  type CellRange,
  type LegacyFont,
  type LegacyTextConversion,
  type Row,
} from '@dondoc/core';
import { convertValue, type DateSystem } from '../cells.js';
import { parseRange } from '../ranges.js';
import { MAX_TEXT_BYTES, type TextRun } from './parts.js';
import {
  bytesEqual,
  decodeBytes,
  forEachAttribute,
  NameTable,
  nextAttribute,
  type AttributeBounds,
  TextCollector,
  XmlByteTokenizer,
  xmlText,
  type XmlHandler,
} from './xml-bytes.js';

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Something in a sheet past a limit, with where it is (for the bilingual message). */
export class SheetLimitError extends Error {
  override readonly name = 'SheetLimitError';
  constructor(
    readonly kind: 'row' | 'column' | 'cells' | 'shape',
    readonly at: string,
    message: string,
  ) {
    super(message);
  }
}

/** A budget shared by every sheet of a workbook. */
export interface CellBudget {
  remaining: number;
  readonly limit: number;
}

/** Covered cells of merged ranges, for rows arriving in increasing order. */
export class MergeIndex {
  private next = 0;
  private active: CellRange[] = [];
  private readonly byTop: readonly CellRange[];

  constructor(merges: readonly CellRange[]) {
    this.byTop = [...merges].sort((a, b) => a.top - b.top);
  }

  /** Ranges spanning `row`; call with non-decreasing row numbers. */
  at(row: number): readonly CellRange[] {
    while (this.next < this.byTop.length && this.byTop[this.next]!.top <= row)
      this.active.push(this.byTop[this.next++]!);
    if (this.active.some((r) => r.bottom < row))
      this.active = this.active.filter((r) => r.bottom >= row);
    return this.active;
  }
}

const NAMES = new NameTable(['row', 'c', 'v', 'f', 'is', 't', 'rPh', 'mergeCell', 'sheetData']);
const [ROW, C, V, F, IS, T, RPH, MERGE_CELL, SHEET_DATA] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

const enum CellType {
  Number,
  Shared,
  Inline,
  Str,
  Bool,
  Error,
  IsoDate,
}

function cellType(buf: Uint8Array, s: number, e: number): CellType {
  const n = e - s;
  if (n === 1) {
    switch (buf[s]) {
      case 0x73: // s
        return CellType.Shared;
      case 0x62: // b
        return CellType.Bool;
      case 0x65: // e
        return CellType.Error;
      case 0x64: // d
        return CellType.IsoDate;
      default:
        return CellType.Number;
    }
  }
  if (bytesEqual(buf, s, e, 'str')) return CellType.Str;
  if (bytesEqual(buf, s, e, 'inlineStr')) return CellType.Inline;
  return CellType.Number;
}

/** "AB12" (or "$AB$12") in buf → column and row; 0 for a part missing. */
function parseRef(buf: Uint8Array, s: number, e: number, out: { col: number; row: number }): void {
  let col = 0;
  let row = 0;
  let i = s;
  for (; i < e; i++) {
    let b = buf[i]!;
    if (b === 0x24) continue; // $
    if (b >= 0x61 && b <= 0x7a) b -= 0x20;
    if (b < 0x41 || b > 0x5a) break;
    col = col * 26 + (b - 0x40);
    if (col > 0x7fffffff / 26) break;
  }
  for (; i < e; i++) {
    const b = buf[i]!;
    if (b === 0x24) continue;
    if (b < 0x30 || b > 0x39) {
      row = 0;
      break;
    }
    row = row * 10 + (b - 0x30);
    if (row > 0x7fffffff / 10) break;
  }
  out.col = col;
  out.row = row;
}

function parseUint(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  if (s >= e) return -1;
  for (let i = s; i < e; i++) {
    const b = buf[i]!;
    if (b < 0x30 || b > 0x39) return -1;
    n = n * 10 + (b - 0x30);
    if (n > 0x7fffffff) return -1;
  }
  return n;
}

export interface SheetParserOptions {
  readonly system: DateSystem;
  readonly sharedStrings: readonly string[];
  readonly numFmts: readonly (string | undefined)[];
  readonly budget: CellBudget;
  /** Merged ranges known before the rows (a buffered sheet): their covered cells are left out. */
  readonly merges?: readonly CellRange[];
  /** Style index → its legacy Vietnamese font (TCVN3, VNI), when any style has one. */
  readonly legacyFonts?: readonly (LegacyFont | undefined)[] | undefined;
  /** Shared string index → its runs, for rich text whose runs name their fonts. */
  readonly sharedRuns?: ReadonlyMap<number, readonly TextRun[]>;
}

export class SheetParser implements XmlHandler {
  /** Rows completed by the last `feed`, in file order; the caller empties it. */
  readonly rows: Row[] = [];
  readonly merges: CellRange[] = [];
  /** Text converted from a legacy font, per encoding: what the sheet's info reports. */
  private readonly legacy = new Map<LegacyFont['encoding'], { fonts: string[]; cells: number }>();
  private readonly tokenizer = new XmlByteTokenizer(NAMES, this);
  private readonly collector = new TextCollector(MAX_TEXT_BYTES);
  private readonly mergeIndex: MergeIndex | undefined;
  private readonly ref = { col: 0, row: 0 };
  /** The attribute being read (one object for every tag). */
  private readonly attribute: AttributeBounds = {
    nameStart: 0,
    nameEnd: 0,
    valueStart: 0,
    valueEnd: 0,
  };

  private inSheetData = false;
  private rowNumber = 0;
  private rowHidden = false;
  private cells: Cell[] = [];
  private covered: readonly CellRange[] = [];
  private lastCol = 0;

  // the cell being read
  private inCell = false;
  private col = 0;
  private type = CellType.Number;
  private style = 0;
  private formula = false;
  private value: string | undefined;
  private inline: string | undefined;
  private inInline = false;
  private phonetic = 0;
  private collecting: 0 | typeof V | typeof T = 0;

  constructor(private readonly options: SheetParserOptions) {
    this.mergeIndex =
      options.merges && options.merges.length > 0 ? new MergeIndex(options.merges) : undefined;
  }

  feed(chunk: Uint8Array): void {
    this.tokenizer.feed(chunk);
  }

  finish(): void {
    this.tokenizer.end();
  }

  /** Where the parser is, for messages: "C12" inside a cell, "12" inside a row. */
  position(): string | undefined {
    if (this.inCell && this.col > 0) return `${columnName(this.col)}${this.rowNumber}`;
    return this.rowNumber > 0 ? String(this.rowNumber) : undefined;
  }

  open(name: number, buf: Uint8Array, s: number, e: number, selfClosing: boolean): void {
    switch (name) {
      case C:
        if (this.inSheetData) this.openCell(buf, s, e);
        return;
      case V:
        if (this.inCell && !selfClosing) {
          this.collecting = V;
          this.collector.start();
        }
        return;
      case F:
        if (this.inCell) this.openFormula(buf, s, e, selfClosing);
        return;
      case IS:
        if (this.inCell) {
          this.inInline = true;
          this.inline = '';
        }
        return;
      case T:
        if (this.inInline && this.phonetic === 0 && !selfClosing) {
          this.collecting = T;
          this.collector.start();
        }
        return;
      case RPH:
        this.phonetic++;
        return;
      case ROW:
        if (this.inSheetData) this.openRow(buf, s, e);
        return;
      case SHEET_DATA:
        this.inSheetData = !selfClosing;
        return;
      case MERGE_CELL:
        if (!this.inSheetData) this.readMerge(buf, s, e);
        return;
      default:
        return;
    }
  }

  close(name: number): void {
    switch (name) {
      case V:
        if (this.collecting === V) {
          this.collecting = 0;
          this.value = this.collector.take() ?? '';
        }
        return;
      case T:
        if (this.collecting === T) {
          this.collecting = 0;
          this.inline = (this.inline ?? '') + (this.collector.take() ?? '');
        }
        return;
      case IS:
        this.inInline = false;
        return;
      case F:
        this.formulaText = false;
        return;
      case RPH:
        this.phonetic = Math.max(0, this.phonetic - 1);
        return;
      case C:
        if (this.inCell) this.closeCell();
        return;
      case ROW:
        if (this.inSheetData) this.closeRow();
        return;
      case SHEET_DATA:
        if (this.rowNumber > 0 && this.cells.length > 0) this.closeRow();
        this.inSheetData = false;
        return;
      default:
        return;
    }
  }

  text(buf: Uint8Array, s: number, e: number, raw: boolean): void {
    if (this.collecting !== 0) this.collector.add(buf, s, e, raw);
    else if (this.formulaText && e > s) this.formula = true;
  }

  private openRow(buf: Uint8Array, s: number, e: number): void {
    let number = -1;
    let hidden = false;
    const a = this.attribute;
    for (let i = nextAttribute(buf, s, e, a); i >= 0; i = nextAttribute(buf, i, e, a)) {
      const { nameStart: ns, nameEnd: ne, valueStart: vs, valueEnd: ve } = a;
      if (ne - ns === 1 && buf[ns] === 0x72) number = parseUint(buf, vs, ve);
      else if (bytesEqual(buf, ns, ne, 'hidden'))
        hidden = bytesEqual(buf, vs, ve, '1') || bytesEqual(buf, vs, ve, 'true');
    }
    if (number < 0) number = this.rowNumber + 1; // a row without r follows the previous one
    if (number > MAX_ROWS || number === 0) {
      throw new SheetLimitError(
        'row',
        String(number),
        `row ${number} is outside Excel's 1..${MAX_ROWS}`,
      );
    }
    this.rowNumber = number;
    this.rowHidden = hidden;
    this.cells = [];
    this.lastCol = 0;
    this.covered = this.mergeIndex ? this.mergeIndex.at(number) : [];
  }

  private closeRow(): void {
    if (this.cells.length > 0) {
      this.rows.push(
        this.rowHidden
          ? { number: this.rowNumber, cells: this.cells, hidden: true }
          : { number: this.rowNumber, cells: this.cells },
      );
    }
    this.cells = [];
  }

  private openCell(buf: Uint8Array, s: number, e: number): void {
    let col = -1;
    let type = CellType.Number;
    let style = 0;
    const ref = this.ref;
    const a = this.attribute;
    for (let i = nextAttribute(buf, s, e, a); i >= 0; i = nextAttribute(buf, i, e, a)) {
      if (a.nameEnd - a.nameStart !== 1) continue;
      const b = buf[a.nameStart];
      if (b === 0x72) {
        parseRef(buf, a.valueStart, a.valueEnd, ref);
        col = ref.col;
      } else if (b === 0x73) style = Math.max(0, parseUint(buf, a.valueStart, a.valueEnd));
      else if (b === 0x74) type = cellType(buf, a.valueStart, a.valueEnd);
    }
    if (col <= 0) col = this.lastCol + 1; // a cell without r follows the previous one
    if (col > MAX_COLUMNS) {
      throw new SheetLimitError(
        'column',
        `${this.rowNumber}`,
        `a cell in row ${this.rowNumber} is past Excel's last column (${MAX_COLUMNS}, XFD)`,
      );
    }
    this.inCell = true;
    this.col = col;
    this.type = type;
    this.style = style;
    this.formula = false;
    this.formulaText = false;
    this.value = undefined;
    this.inline = undefined;
    this.inInline = false;
    this.phonetic = 0;
  }

  private openFormula(buf: Uint8Array, s: number, e: number, selfClosing: boolean): void {
    // exceljs counts a formula when it has text or a share type (a shared formula's dependents are
    // empty <f t="shared" si="0"/>).
    let typed = false;
    forEachAttribute(buf, s, e, (ns, ne) => {
      if (ne - ns === 1 && buf[ns] === 0x74) {
        typed = true;
        return true;
      }
      return false;
    });
    if (typed) this.formula = true;
    else if (!selfClosing) this.formulaText = true;
  }

  /** Inside an <f> without a share type: it counts once it has any text. */
  private formulaText = false;

  private closeCell(): void {
    this.inCell = false;
    this.collecting = 0;
    const col = this.col;
    // Cells come in increasing column order; one that does not is a damaged row: left out, so
    // that a row's work stays bounded by Excel's column count.
    if (col <= this.lastCol) return;
    this.lastCol = col;
    const budget = this.options.budget;
    if (--budget.remaining < 0) {
      throw new SheetLimitError(
        'cells',
        `${columnName(col)}${this.rowNumber}`,
        `more than ${budget.limit} cells in the workbook`,
      );
    }
    if (this.covered.length > 0 && this.isCovered(col)) return;
    const cell = this.convert(col);
    if (cell) this.cells.push(cell);
  }

  private isCovered(col: number): boolean {
    const row = this.rowNumber;
    for (const r of this.covered) {
      if (col >= r.left && col <= r.right && !(row === r.top && col === r.left)) return true;
    }
    return false;
  }

  private convert(col: number): Cell | undefined {
    const { system, numFmts, sharedStrings } = this.options;
    const fmt = numFmts[this.style];
    const numFmt = fmt !== undefined && fmt !== 'General' ? fmt : undefined;
    const v = this.value;
    const formula = this.formula;
    let raw: unknown;
    let cellSystem = system;
    switch (this.type) {
      case CellType.Shared: {
        const index = v === undefined ? -1 : Number(v);
        raw = Number.isInteger(index) && index >= 0 ? sharedStrings[index] : undefined;
        const runs = this.options.sharedRuns?.get(index);
        if (runs !== undefined) raw = this.runsText(runs);
        else if (typeof raw === 'string') raw = this.fromLegacyFont(raw);
        break;
      }
      case CellType.Inline:
        raw = this.inline ?? v;
        if (typeof raw === 'string') raw = this.fromLegacyFont(raw);
        break;
      case CellType.Str:
        raw = v === undefined ? v : this.fromLegacyFont(v);
        break;
      case CellType.Bool:
        raw = v === undefined || v === '' ? undefined : Number.parseInt(v, 10) !== 0;
        break;
      case CellType.Error:
        raw = v === undefined || v === '' ? undefined : { error: v };
        break;
      case CellType.IsoDate: {
        const time = v === undefined ? NaN : Date.parse(v);
        raw = Number.isFinite(time) ? new Date(time) : undefined;
        cellSystem = { date1904: system.date1904 };
        break;
      }
      default:
        raw = v === undefined || v === '' ? undefined : Number.parseFloat(v);
    }
    if (formula) raw = { formula: true, result: raw === '' ? undefined : raw };
    else if (raw === undefined) return undefined;
    const converted = convertValue(raw, numFmt, cellSystem);
    if (!converted) return undefined;
    if (numFmt === undefined && !converted.formula)
      return { col, value: converted.value, text: converted.text };
    return {
      col,
      value: converted.value,
      text: converted.text,
      ...(numFmt === undefined ? {} : { numFmt }),
      ...(converted.formula ? { formula: true } : {}),
    };
  }

  /** The cell's text, converted when its style's font is a legacy Vietnamese one. */
  private fromLegacyFont(text: string): string {
    const font = this.options.legacyFonts?.[this.style];
    if (font === undefined) return text;
    const out = decodeLegacyText(text, font);
    if (out !== text) this.count([font]);
    return out;
  }

  /** Rich text: each run in its own font, or the cell's when it names none. */
  private runsText(runs: readonly TextRun[]): string {
    const cellFont = this.options.legacyFonts?.[this.style];
    let out = '';
    let changed: LegacyFont[] | undefined;
    for (const run of runs) {
      const font = run.font === undefined ? cellFont : run.legacy;
      const text = font === undefined ? run.text : decodeLegacyText(run.text, font);
      if (text !== run.text) (changed ??= []).push(font!);
      out += text;
    }
    if (changed) this.count(changed);
    return out;
  }

  /** One cell converted, in these fonts. */
  private count(fonts: readonly LegacyFont[]): void {
    const seen = new Set<LegacyFont['encoding']>();
    for (const font of fonts) {
      let entry = this.legacy.get(font.encoding);
      if (!entry) this.legacy.set(font.encoding, (entry = { fonts: [], cells: 0 }));
      if (!entry.fonts.includes(font.name)) entry.fonts.push(font.name);
      if (!seen.has(font.encoding)) {
        seen.add(font.encoding);
        entry.cells++;
      }
    }
  }

  /** What was converted from legacy fonts so far, per encoding (TCVN3 first). */
  legacyConversions(): LegacyTextConversion[] {
    return (['tcvn3', 'vni'] as const)
      .filter((e) => this.legacy.has(e))
      .map((encoding) => ({ encoding, ...this.legacy.get(encoding)! }));
  }

  private readMerge(buf: Uint8Array, s: number, e: number): void {
    forEachAttribute(buf, s, e, (ns, ne, vs, ve) => {
      if (!bytesEqual(buf, ns, ne, 'ref')) return false;
      const range = parseRange(xmlText(decodeBytes(buf, vs, ve)));
      if (range) this.merges.push(range);
      return true;
    });
  }
}

function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
