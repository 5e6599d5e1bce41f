/**
 * Runs a pack over workbooks. The pack's settings, severities and rules are resolved once into a
 * check context (context.ts); rows are pushed one at a time and routed to the handler of the table
 * their sheet holds (workbook.ts), so a sheet of a million rows never has to sit in memory. Pure:
 * the adapter reads the file and supplies the as-of date.
 */
import type { FindingsReport, Message } from '../model/findings.js';
import type { Sheet } from '../model/sheet.js';
import { createCheckContext } from './context.js';
import { buildReport } from './report.js';
import type { Checker, CheckerOptions, WorkbookResult } from './result.js';
import { workbookChecker } from './workbook.js';

export function createChecker(options: CheckerOptions): Checker {
  const ctx = createCheckContext(options);
  return {
    pack: ctx.pack,
    asOf: ctx.asOf,
    explain: ctx.explain,
    workbook: (name: string) => workbookChecker(ctx, name),
    unreadable(name: string, error: Message): WorkbookResult {
      return {
        workbook: name,
        status: 'unreadable',
        error,
        sheets: [],
        findings: [],
        notEvaluated: [{ scope: 'workbook', location: { workbook: name }, reason: error }],
      };
    },
    report(results: readonly WorkbookResult[]): FindingsReport {
      return buildReport(ctx.pack, ctx.asOf, results);
    },
  };
}

/** Checks sheets already in memory (tests, small workbooks, the add-in). */
export function checkSheets(
  checker: Checker,
  workbookName: string,
  sheets: readonly Sheet[],
): WorkbookResult {
  const wb = checker.workbook(workbookName);
  for (const sheet of sheets) {
    const sc = wb.sheet(sheet);
    for (const row of sheet.rows) sc.push(row);
    sc.finish();
  }
  return wb.finish();
}
