/**
 * One workbook: each sheet's first rows are buffered until a table header is found, then the rows
 * go to the handler of that table kind (indicators, report log, roster, tasks: the first that
 * recognises its header). Once every sheet is read, the workbook-wide checks run: the pack's tasks
 * against the rows that track them, and its report obligations against the log.
 */
import type { Row, SheetInfo } from '../model/sheet.js';
import { detectTaskHeader } from '../table/headers.js';
import { detectIndicatorHeader } from '../table/indicator-headers.js';
import { detectSimpleHeader, LOG_ALIASES, ROSTER_ALIASES } from '../table/simple-headers.js';
import type { CheckContext } from './context.js';
import { expectedTasks } from './expected.js';
import { indicatorTable } from './indicators.js';
import { reportLogTable } from './report-log.js';
import { checkReports } from './reports.js';
import {
  MAX_UPCOMING,
  type ReportStats,
  type SheetChecker,
  type SheetResult,
  type WorkbookChecker,
  type WorkbookResult,
} from './result.js';
import { rosterTable } from './roster.js';
import { taskTable } from './tasks.js';
import { createWorkbookState, type TableHandler, type WorkbookState } from './workbook-state.js';

/** The handler for the table whose header is in `pending`, if any. */
function findTable(
  ctx: CheckContext,
  wb: WorkbookState,
  info: SheetInfo,
  pending: readonly Row[],
): TableHandler | undefined {
  const indicators = detectIndicatorHeader(pending);
  if (indicators) return indicatorTable(ctx, wb, info, indicators, pending);
  if (ctx.expectsReports) {
    const log = detectSimpleHeader(pending, LOG_ALIASES, ['unit', 'received'] as const);
    if (log) return reportLogTable(wb, info, log, pending);
    const roster = detectSimpleHeader(pending, ROSTER_ALIASES, ['unit', 'group'] as const);
    if (roster) return rosterTable(wb, info, roster, pending);
  }
  const tasks = detectTaskHeader(pending, ctx.taskTable.aliases, ctx.taskTable.headerRow);
  return tasks ? taskTable(ctx, wb, info, tasks, pending) : undefined;
}

function sheetChecker(ctx: CheckContext, wb: WorkbookState, info: SheetInfo): SheetChecker {
  const pending: Row[] = [];
  let table: TableHandler | undefined;
  let searching = ctx.taskTable.selects(info.name);
  const search = () => {
    table = findTable(ctx, wb, info, pending);
    searching = false;
    pending.length = 0;
  };
  return {
    push(row: Row) {
      if (table) return table.push(row);
      if (!searching) return;
      pending.push(row);
      if (pending.length >= ctx.taskTable.searchRows) search();
    },
    finish(): SheetResult {
      if (!table && searching && pending.length > 0) search();
      return table?.finish() ?? { name: info.name, state: info.state, table: 'none', tasks: 0 };
    },
  };
}

export function workbookChecker(ctx: CheckContext, name: string): WorkbookChecker {
  const wb = createWorkbookState(name);
  const sheets: SheetResult[] = [];
  return {
    sheet(info: SheetInfo): SheetChecker {
      const checker = sheetChecker(ctx, wb, info);
      return {
        push: checker.push,
        finish() {
          const result = checker.finish();
          sheets.push(result);
          return result;
        },
      };
    },
    finish(): WorkbookResult {
      for (const [id, failure] of wb.ruleFailures) {
        wb.notEvaluated.push({
          scope: id,
          location: { workbook: name },
          reason: {
            vi: `Quy tắc "${id}" không đánh giá được trên ${failure.rows} dòng: ${failure.error}`,
            en: `Rule "${id}" could not be evaluated on ${failure.rows} row(s): ${failure.error}`,
          },
        });
      }
      if (ctx.expectsTasks) wb.findings.push(...expectedTasks(ctx, name, wb.trackedRows));
      let reportStats: ReportStats = { units: 0, sent: 0, lateUnits: [], missingUnits: [] };
      if (ctx.expectsReports) {
        const outcome = checkReports({
          check: ctx,
          workbook: name,
          roster: wb.roster,
          log: wb.log,
          logFound: wb.logFound,
        });
        wb.findings.push(...outcome.findings);
        wb.notEvaluated.push(...outcome.notEvaluated);
        reportStats = outcome.units;
        for (const u of outcome.upcoming) {
          if (wb.upcoming.length < MAX_UPCOMING) wb.upcoming.push(u);
        }
      }
      const checked = sheets.some((s) => s.table !== 'none');
      if (!checked) {
        wb.notEvaluated.push({
          scope: 'workbook',
          location: { workbook: name },
          reason: {
            vi: `Không tìm thấy bảng theo dõi nhiệm vụ nào trong tệp "${name}" (cần dòng tiêu đề có cột "Nội dung" và cột "Thời hạn", "Ngày hoàn thành" hoặc "Tình trạng").`,
            en: `No task-tracking table was found in "${name}" (a header row with a "Nội dung" column and a "Thời hạn", "Ngày hoàn thành" or "Tình trạng" column is needed).`,
          },
        });
      }
      return {
        workbook: name,
        status: checked ? 'checked' : 'no-table',
        sheets,
        findings: wb.findings,
        notEvaluated: wb.notEvaluated,
        upcoming: wb.upcoming,
        tasks: wb.tasks,
        stats: { indicators: wb.indicatorStats, reports: reportStats },
      };
    },
  };
}
