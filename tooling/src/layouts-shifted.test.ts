/**
 * Where a table sits on its sheet, and how its cells' spaces were typed, must not change what
 * dondoc reads in it. Every workbook of the layout corpora (fixtures/layouts and each held-out set,
 * the known-failing ones included) is read once as written and once changed as offices change
 * them: moved down and to the right (a margin column, a letterhead), under the national motto, with
 * its dates typed as text, with a blank column after the first (a column hidden or emptied), with
 * its spaces pasted from a web page or typed twice, and with a line break typed inside its texts
 * (Alt+Enter), and typed with no Vietnamese marks at all (an export, a keyboard without them).
 * The findings, the items not evaluated and each sheet's table kind must be the same, at the moved
 * cells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cellAddress,
  createChecker,
  parseCellAddress,
  parseIsoDate,
  removeDiacritics,
  type Checker,
  type Row,
  type Sheet,
  type WorkbookResult,
} from '@dondoc/core';
import { loadPack } from '@dondoc/cli';
import { readWorkbook } from '@dondoc/xlsx';
import { LAYOUTS_DIR } from './bench-layouts.js';

interface Shift {
  readonly rows: number;
  readonly cols: number;
}

/** The national motto offices print above a form (no date, no unit: nothing a check reads). */
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/**
 * A sheet moved `shift.rows` down and `shift.cols` right, merged ranges with it; with `motto`, the
 * national motto in the rows freed above it.
 */
export function shiftSheet(sheet: Sheet, shift: Shift, motto = false): Sheet {
  const above: Row[] = motto
    ? MOTTO.slice(0, shift.rows).map((text, i) => ({
        number: i + 1,
        cells: [{ col: shift.cols + 1, value: text, text }],
      }))
    : [];
  const rows: Row[] = [
    ...above,
    ...sheet.rows.map((row) => ({
      ...row,
      number: row.number + shift.rows,
      cells: row.cells.map((cell) => ({ ...cell, col: cell.col + shift.cols })),
    })),
  ];
  return {
    ...sheet,
    rows,
    ...(sheet.merges
      ? {
          merges: sheet.merges.map((m) => ({
            top: m.top + shift.rows,
            bottom: m.bottom + shift.rows,
            left: m.left + shift.cols,
            right: m.right + shift.cols,
          })),
        }
      : {}),
  };
}

/** How offices type a day as text, one way per row so that a sheet holds several. */
const DAY_WRITINGS: ReadonlyArray<(day: number, month: number, year: number) => string> = [
  (d, m, y) => `${two(d)}/${two(m)}/${y}`,
  (d, m, y) => `${d}/${m}/${y}`,
  (d, m, y) => `${two(d)}-${two(m)}-${y}`,
  (d, m, y) => `${two(d)}.${two(m)}.${y}`,
  (d, m, y) => `ngày ${d} tháng ${m} năm ${y}`,
];
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A sheet whose dates are typed as text ("05/03/2025"), as an e-office "Xuất Excel" export or a
 * clerk typing over a date format leaves them; with `mixed`, each row in its own way ("5/3/2025",
 * "05-03-2025", "05.03.2025", "ngày 5 tháng 3 năm 2025").
 */
export function datesAsText(sheet: Sheet, mixed = false): Sheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        const v = cell.value;
        if (v === null || typeof v !== 'object' || v.kind !== 'date') return cell;
        const write = DAY_WRITINGS[mixed ? row.number % DAY_WRITINGS.length : 0]!;
        const text = write(v.date.day, v.date.month, v.date.year);
        return { col: cell.col, value: text, text };
      }),
    })),
  };
}

/** A cell's text changed by `change`, its value too when it is text. */
function withTexts(sheet: Sheet, change: (text: string) => string): Sheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) =>
        typeof cell.value === 'string'
          ? { ...cell, value: change(cell.value), text: change(cell.text) }
          : cell,
      ),
    })),
  };
}

/** Spaces as a page copied from the web gives them (no-break) and as typed twice. */
export const pastedSpaces = (sheet: Sheet): Sheet =>
  withTexts(sheet, (t) => t.replace(/ /g, (_s, at: number) => (at % 2 === 0 ? '\u00a0' : '  ')));

/** A line break typed (Alt+Enter) at the space nearest the middle of every text. */
export const brokenLines = (sheet: Sheet): Sheet =>
  withTexts(sheet, (t) => {
    const at = t.indexOf(' ', Math.floor(t.length / 2));
    return at < 0 ? t : `${t.slice(0, at)}\n${t.slice(at + 1)}`;
  });

/** A figure as Vietnamese write it: "12.480", "93,5", "-0,7". */
function writtenFigure(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * Figures typed into cells formatted as text, or pasted from a document: "12.480", "93,5", "95%".
 * Whole numbers that may be a year (1900–2100) or a day's serial number (30000–60000) stay as
 * they are: a clerk never types those so.
 */
export function figuresAsText(sheet: Sheet): Sheet {
  const typed = (n: number, percent: boolean): string | undefined => {
    if (percent) return `${writtenFigure(Math.round(n * 10_000) / 100)}%`;
    if (Number.isInteger(n) && ((n >= 1900 && n <= 2100) || (n >= 30_000 && n <= 60_000)))
      return undefined;
    return writtenFigure(n);
  };
  return {
    ...sheet,
    rows: sheet.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        if (typeof cell.value !== 'number') return cell;
        const text = typed(cell.value, (cell.numFmt ?? '').includes('%'));
        return text === undefined ? cell : { col: cell.col, value: text, text };
      }),
    })),
  };
}

/** A blank column after the first, merged ranges widened over it. */
export function blankSecondColumn(sheet: Sheet): Sheet {
  const moved = (col: number) => (col >= 2 ? col + 1 : col);
  return {
    ...sheet,
    rows: sheet.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => ({ ...cell, col: moved(cell.col) })),
    })),
    ...(sheet.merges
      ? { merges: sheet.merges.map((m) => ({ ...m, left: moved(m.left), right: moved(m.right) })) }
      : {}),
  };
}

/** Where a cell of the workbook as written is found in the changed one. */
type Move = (row: number, col: number) => readonly [number, number];

const shifted =
  (shift: Shift): Move =>
  (row, col) => [row + shift.rows, col + shift.cols];

function moveCell(cell: string | undefined, move: Move): string {
  if (cell === undefined) return '';
  const at = parseCellAddress(cell);
  return at ? cellAddress(...move(at.row, at.col)) : cell;
}

/** What a check said, position by position: findings, items not evaluated, table kinds. */
function said(result: WorkbookResult, move: Move, quoted = true): string[] {
  const place = (l: { sheet?: string; cell?: string; row?: number } | undefined) =>
    `${l?.sheet ?? ''}!${moveCell(l?.cell, move)}${
      l?.cell === undefined && l?.row !== undefined ? `#${move(l.row, 1)[0]}` : ''
    }`;
  return [
    ...result.findings.map(
      (f) => `${f.rule} ${place(f.location)} ${quoted ? tidy(f.actual ?? '') : ''}`,
    ),
    ...result.notEvaluated.map(
      (n) =>
        `not-evaluated ${n.scope} ${place(n.location)} ${(n.cells ?? []).map((c) => moveCell(c, move)).join(',')}`,
    ),
    ...result.sheets.map((s) => `table ${s.name}: ${s.table}`),
  ].sort();
}

/** A finding quotes the cell: compared with its spaces and line breaks as one space. */
const tidy = (text: string) => text.replace(/\s+/gu, ' ');

function check(checker: Checker, name: string, sheets: readonly Sheet[]): WorkbookResult {
  const workbook = checker.workbook(name);
  for (const sheet of sheets) {
    const { rows, ...info } = sheet;
    const sheetChecker = workbook.sheet(info);
    for (const row of rows) sheetChecker.push(row);
    sheetChecker.finish();
  }
  return workbook.finish();
}

const CORPORA = readdirSync(path.resolve(LAYOUTS_DIR, '..'))
  .filter((d) => /^layouts(?:-heldout\d*)?$/.test(d))
  .sort();

const SHIFT: Shift = { rows: 4, cols: 2 };
const SAME: Move = (row, col) => [row, col];

interface Change {
  readonly how: string;
  readonly change: (sheet: Sheet) => Sheet;
  readonly move: Move;
  /** Whether a finding quotes the cell as it was (not when the change rewrites what it quotes). */
  readonly quoted?: boolean;
}

const CHANGES: readonly Change[] = [
  {
    how: 'moved 4 rows down and 2 columns right',
    change: (s) => shiftSheet(s, SHIFT),
    move: shifted(SHIFT),
  },
  {
    how: 'moved so, under the national motto',
    change: (s) => shiftSheet(s, SHIFT, true),
    move: shifted(SHIFT),
  },
  {
    how: 'moved so, its dates typed as text',
    change: (s) => shiftSheet(datesAsText(s), SHIFT),
    move: shifted(SHIFT),
  },
  {
    how: 'with its dates typed as text, each row in its own way',
    change: (s) => datesAsText(s, true),
    move: SAME,
    quoted: false,
  },
  {
    how: 'with a blank column after the first',
    change: blankSecondColumn,
    move: (row, col) => [row, col >= 2 ? col + 1 : col],
  },
  {
    how: 'with its spaces pasted from a web page or typed twice',
    change: pastedSpaces,
    move: SAME,
  },
  { how: 'with a line break typed inside every text', change: brokenLines, move: SAME },
  { how: 'with its figures typed as text', change: figuresAsText, move: SAME, quoted: false },
  {
    how: 'typed with no marks at all',
    change: (s) => withTexts(s, removeDiacritics),
    move: SAME,
    quoted: false,
  },
];

/**
 * Workbooks of a blind set found to read differently once changed, at the landing of the set (before
 * its first run), listed by "folder how": measured there, not compared here until the reading is one
 * (then take them off). A fixture is never changed to hide a difference.
 */
const KNOWN_UNSTABLE: Readonly<Record<string, readonly string[]>> = {
  // Typed with no marks, some names are another's: "TU" of "DOANH NGHIEP TU NHAN" (tư nhân) reads
  // as Tỉnh ủy in a name all in capitals, "Ha Tinh" has a level ("tỉnh") where "Hà Tĩnh" had none,
  // "BQL cac KCN" and a sub-row's "Giao duc - Lao dong" lose what told them apart. Each is listed
  // unknown or unmatched, never credited to a wrong unit.
  'layouts typed with no marks at all': ['i06-trong-do-dong-con.xlsx'],
  'layouts-heldout16 typed with no marks at all': ['s11-xang-dau-roster-cot-an.xlsx'],
  'layouts-heldout21 typed with no marks at all': [
    'h11-dtnn-chi-cuc-bc-quy.xlsx',
    'h12-ke-khai-tai-san-mot-lan.xlsx',
  ],
};

describe.each(CORPORA.flatMap((folder) => CHANGES.map((c) => ({ folder, ...c }))))(
  'fixtures/$folder $how',
  ({ folder, how, change, move, quoted }) => {
    const dir = path.resolve(LAYOUTS_DIR, '..', folder);
    const fixtures = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

    it('reads every workbook the same, at the moved cells', async () => {
      const differences: Array<{ workbook: string; lost: string[]; gained: string[] }> = [];
      for (const fixture of fixtures) {
        const spec = JSON.parse(readFileSync(path.join(dir, fixture), 'utf8')) as {
          asOf: string;
          pack?: string;
        };
        const checker = createChecker({
          pack: loadPack(spec.pack ?? 'pack.json', dir),
          asOf: parseIsoDate(spec.asOf)!,
        });
        const name = fixture.replace(/\.expected\.json$/, '.xlsx');
        if (KNOWN_UNSTABLE[`${folder} ${how}`]?.includes(name)) continue;
        const content = await readWorkbook(path.join(dir, name));
        const asWritten = said(check(checker, name, content.sheets), move, quoted);
        const changed = said(check(checker, name, content.sheets.map(change)), SAME, quoted);
        const lost = asWritten.filter((k) => !changed.includes(k));
        const gained = changed.filter((k) => !asWritten.includes(k));
        if (lost.length + gained.length > 0) differences.push({ workbook: name, lost, gained });
      }
      expect(differences).toEqual([]);
    }, 240_000);
  },
);
