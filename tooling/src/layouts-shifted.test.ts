/**
 * Where a table sits on its sheet must not change what dondoc reads in it. Every workbook of the
 * layout corpora (fixtures/layouts and each held-out set, the known-failing ones included) is read
 * once as written and once with every sheet moved down and to the right, as offices do when they
 * leave a margin column or add a letterhead above a table: the findings, the items not evaluated
 * and each sheet's table kind must be the same, at the moved cells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cellAddress,
  createChecker,
  parseCellAddress,
  parseIsoDate,
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

/**
 * A sheet whose dates are typed as text ("05/03/2025"), as an e-office "Xuất Excel" export or a
 * clerk typing over a date format leaves them.
 */
export function datesAsText(sheet: Sheet): Sheet {
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    ...sheet,
    rows: sheet.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        const v = cell.value;
        if (v === null || typeof v !== 'object' || v.kind !== 'date') return cell;
        const text = `${two(v.date.day)}/${two(v.date.month)}/${v.date.year}`;
        return { col: cell.col, value: text, text };
      }),
    })),
  };
}

function moveCell(cell: string | undefined, shift: Shift): string {
  if (cell === undefined) return '';
  const at = parseCellAddress(cell);
  return at ? cellAddress(at.row + shift.rows, at.col + shift.cols) : cell;
}

/** What a check said, position by position: findings, items not evaluated, table kinds. */
function said(result: WorkbookResult, shift: Shift): string[] {
  const place = (l: { sheet?: string; cell?: string; row?: number } | undefined) =>
    `${l?.sheet ?? ''}!${moveCell(l?.cell, shift)}${
      l?.cell === undefined && l?.row !== undefined ? `#${l.row + shift.rows}` : ''
    }`;
  return [
    ...result.findings.map((f) => `${f.rule} ${place(f.location)} ${f.actual ?? ''}`),
    ...result.notEvaluated.map(
      (n) =>
        `not-evaluated ${n.scope} ${place(n.location)} ${(n.cells ?? []).map((c) => moveCell(c, shift)).join(',')}`,
    ),
    ...result.sheets.map((s) => `table ${s.name}: ${s.table}`),
  ].sort();
}

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

describe.each(
  CORPORA.flatMap((folder) => [
    { folder, motto: false, text: false, how: 'moved 4 rows down and 2 columns right' },
    { folder, motto: true, text: false, how: 'moved so, under the national motto' },
    { folder, motto: false, text: true, how: 'moved so, its dates typed as text' },
  ]),
)('fixtures/$folder $how', ({ folder, motto, text }) => {
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
      const content = await readWorkbook(path.join(dir, name));
      const asWritten = said(check(checker, name, content.sheets), SHIFT);
      const moved = said(
        check(
          checker,
          name,
          content.sheets.map((s) => shiftSheet(text ? datesAsText(s) : s, SHIFT, motto)),
        ),
        { rows: 0, cols: 0 },
      );
      const lost = asWritten.filter((k) => !moved.includes(k));
      const gained = moved.filter((k) => !asWritten.includes(k));
      if (lost.length + gained.length > 0) differences.push({ workbook: name, lost, gained });
    }
    expect(differences).toEqual([]);
  }, 240_000);
});
