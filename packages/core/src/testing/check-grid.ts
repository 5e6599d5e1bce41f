/**
 * The checker run on small inline sheets, for tests: a minimal pack (`testPack`), grid sheets
 * (`gridSheet`) and an as-of date in; the tables read, the findings and the cells not evaluated
 * out, in the string forms tests compare (`"task/overdue D4"`), with the whole result beside them.
 */
import type { PlainDate } from '../model/plain-date.js';
import type { Sheet } from '../model/sheet.js';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { checkSheets, createChecker } from '../run/checker.js';

/** A pack with only an id, version 1.0.0 and a title, plus any other fields given; throws if invalid. */
export function testPack(id: string, title: string, more: Record<string, unknown> = {}): Pack {
  const parsed = parsePack({ id, version: '1.0.0', title, ...more });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

export interface GridCheck {
  /** The whole workbook result, for what the string forms leave out. */
  readonly result: ReturnType<typeof checkSheets>;
  /** The table kind read on each sheet, in sheet order. */
  readonly tables: readonly (string | undefined)[];
  /** Each finding as "rule cell" ("task/overdue D4"; nothing after the space without a cell), sorted. */
  readonly findings: string[];
  /** Each finding as "rule sheet!cell", sorted. */
  readonly sheetFindings: string[];
  /** The cell of each thing not evaluated ('' when it names none), in report order. */
  readonly notEvaluated: string[];
}

/** Checks the sheets as one workbook (named `workbook`) against the pack on the as-of date. */
export function checkGrid(
  pack: Pack,
  asOf: PlainDate,
  sheets: Sheet | readonly Sheet[],
  workbook = 'test.xlsx',
): GridCheck {
  const result = checkSheets(
    createChecker({ pack, asOf }),
    workbook,
    Array.isArray(sheets) ? sheets : [sheets as Sheet],
  );
  return {
    result,
    tables: result.sheets.map((s) => s.table),
    findings: result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort(),
    sheetFindings: result.findings
      .map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
      .sort(),
    notEvaluated: result.notEvaluated.map((n) => n.location?.cell ?? ''),
  };
}
