/**
 * Runs a pack over workbooks. Rules are compiled once per checker; rows are pushed one at a time
 * (the header is searched in the first rows of each sheet), so a sheet of a million rows never has
 * to sit in memory. Pure: the adapter reads the file and supplies the as-of date.
 */
import {
  BUILT_IN_CHECKS,
  buildTaskFacts,
  type TaskCheck,
  type TaskFacts,
} from '../checks/index.js';
import { cellInvalidDate } from '../checks/cell-invalid-date.js';
import { formatIsoDate, type PlainDate } from '../calendar/plain-date.js';
import { compileRuleSet } from '../engine/index.js';
import type {
  Finding,
  FindingLocation,
  FindingsReport,
  Message,
  NotEvaluated,
  Severity,
  SeveritySetting,
} from '../findings/model.js';
import { formatMessage, placeholdersOf, clip, type TemplateValues } from '../findings/template.js';
import { PackError } from '../pack/load.js';
import type { Pack, PackCustomRule } from '../pack/schema.js';
import {
  detectTaskHeader,
  taskHeaderAliases,
  type DetectedHeader,
  type TaskField,
} from '../table/headers.js';
import { cellAddress, columnLetter, type Row, type SheetInfo, type Sheet } from '../table/model.js';
import { classifyTaskRow, taskCells } from '../table/task-rows.js';
import { findDateExpressions, type DateExpression } from '../vi/dates.js';
import { detectIndicatorHeader, type IndicatorHeader } from '../table/indicator-headers.js';
import { createIndicatorSheet, type IndicatorStats } from './indicator-sheet.js';
import { narrativeOf } from './narrative.js';
import { checkReports, type LogLine, type ReportStats, type RosterEntry } from './reports.js';
import { expectedTasks, packAgencyMatcher, unknownAgencies, type TrackedRow } from './expected.js';
import {
  cellsByField,
  detectSimpleHeader,
  LOG_ALIASES,
  ROSTER_ALIASES,
  type LogField,
  type RosterField,
  type SimpleHeader,
} from '../table/simple-headers.js';

/** How many rows from the top of a sheet are searched for a table header. */
export const HEADER_SEARCH_ROWS = 40;

export interface CheckerOptions {
  /** The pack with its `extends` already resolved (see resolvePack). */
  readonly pack: Pack;
  readonly asOf: PlainDate;
}

export interface SheetResult {
  readonly name: string;
  readonly state: SheetInfo['state'];
  /** Which table was found in the sheet. */
  readonly table: 'tasks' | 'indicators' | 'roster' | 'reports' | 'none';
  readonly headerRows?: readonly number[];
  /** Field → column letter, e.g. { title: "B", due: "E" }. */
  readonly columns?: Readonly<Partial<Record<TaskField, string>>>;
  readonly tasks: number;
}

export interface WorkbookResult {
  readonly workbook: string;
  /** checked: at least one table was checked; no-table: nothing recognisable; unreadable: see error. */
  readonly status: 'checked' | 'no-table' | 'unreadable';
  readonly error?: Message;
  readonly sheets: readonly SheetResult[];
  readonly findings: readonly Finding[];
  readonly notEvaluated: readonly NotEvaluated[];
  /**
   * Tasks not yet done whose deadline is the as-of date or later, in sheet order (at most
   * MAX_UPCOMING per workbook): what a calendar export (`--format ics`) offers.
   */
  readonly upcoming?: readonly UpcomingDeadline[];
  /** Totals behind the narrative summary ("Có 24/25 chỉ tiêu đạt, vượt kế hoạch …"). */
  readonly stats?: WorkbookStats;
}

export interface WorkbookStats {
  readonly indicators: IndicatorStats;
  readonly reports: ReportStats;
}

export interface UpcomingDeadline {
  readonly title: string;
  readonly agency?: string;
  /** ISO date of the last acceptable day. */
  readonly due: string;
  /** The deadline as written. */
  readonly dueText: string;
  readonly location: FindingLocation;
}

export const MAX_UPCOMING = 10_000;

export interface SheetChecker {
  push(row: Row): void;
  finish(): SheetResult;
}

export interface WorkbookChecker {
  sheet(info: SheetInfo): SheetChecker;
  finish(): WorkbookResult;
}

export interface Checker {
  readonly pack: Pack;
  readonly asOf: PlainDate;
  workbook(name: string): WorkbookChecker;
  /** A workbook that could not be read at all, reported as such. */
  unreadable(name: string, error: Message): WorkbookResult;
  report(results: readonly WorkbookResult[]): FindingsReport;
}

interface ActiveTaskRule {
  readonly id: string;
  readonly severity: Severity;
  readonly check?: TaskCheck;
  readonly custom?: PackCustomRule;
}

function severityOf(pack: Pack, id: string, fallback: Severity): SeveritySetting {
  return pack.severity?.[id] ?? fallback;
}

function customRuleValues(facts: TaskFacts): TemplateValues {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else if (typeof value === 'boolean') values[key] = value ? 'true' : 'false';
    else if (value === null) values[key] = '—';
  }
  return values;
}

const TASK_FACT_NAMES = new Set([
  'kind',
  'sheet',
  'row',
  'code',
  'title',
  'owner',
  'coordinators',
  'note',
  'dueText',
  'hasDue',
  'due',
  'recurring',
  'dueInvalid',
  'completedOn',
  'hasCompletion',
  'completionInvalid',
  'status',
  'statusState',
  'isDone',
  'daysPastDue',
  'daysUntilDue',
  'daysLate',
  'daysCompletedAfterAsOf',
  'dueSoonDays',
  'asOf',
]);

function validateCustomRule(rule: PackCustomRule): void {
  for (const name of [...placeholdersOf(rule.message.vi), ...placeholdersOf(rule.message.en)]) {
    if (!TASK_FACT_NAMES.has(name)) {
      throw new PackError({
        vi: `Quy tắc "${rule.id}": thông báo dùng {${name}} nhưng nhiệm vụ không có dữ kiện này.`,
        en: `Rule "${rule.id}": its message uses {${name}}, which is not a task fact.`,
      });
    }
  }
}

/**
 * The year a sheet's title block works in ("BẢNG THEO DÕI … NĂM 2024", "Đức Thọ, ngày 01 tháng 7
 * năm 2024", "(Kèm theo Kế hoạch số 25-KH/HU ngày 10/5/2024 …)"): the latest year written in full
 * above the header. Deadlines written without a year ("30/6", "trước 15/7") are read in it.
 */
export function titleYear(rows: readonly Row[], headerRow: number): number | undefined {
  let year: number | undefined;
  for (const row of rows) {
    if (row.number >= headerRow) break;
    for (const cell of row.cells) {
      if (typeof cell.value !== 'string') continue;
      for (const match of findDateExpressions(cell.text)) {
        if (!match.explicitYear) continue;
        const y = yearOfExpression(match.expression);
        if (year === undefined || y > year) year = y;
      }
    }
  }
  return year;
}

function yearOfExpression(expression: DateExpression): number {
  return expression.kind === 'day' ? expression.date.year : expression.year;
}

export function createChecker(options: CheckerOptions): Checker {
  const { pack, asOf } = options;
  const agencyMatcher = packAgencyMatcher(pack);
  const settings = pack.settings ?? {};
  const dueSoonDays = settings.dueSoonDays ?? 7;
  const beforeIsInclusive = settings.beforeIsInclusive ?? false;
  const docDate = pack.source?.documents?.find((d) => d.date)?.date;
  const defaultYear = docDate ? Number(docDate.slice(0, 4)) : undefined;
  const statusWords = settings.status;
  const aliases = taskHeaderAliases(pack.bindings?.tasks?.columns);
  const headerRow = pack.bindings?.tasks?.headerRow;
  const sheetPattern = pack.bindings?.tasks?.sheet;
  const searchRows = Math.max(HEADER_SEARCH_ROWS, (headerRow ?? 0) + 2);

  const active: ActiveTaskRule[] = [];
  for (const check of BUILT_IN_CHECKS) {
    if (check.appliesTo !== 'task') continue;
    const severity = severityOf(pack, check.meta.id, check.meta.defaultSeverity);
    if (severity !== 'off') active.push({ id: check.meta.id, severity, check });
  }
  for (const rule of pack.rules ?? []) {
    validateCustomRule(rule);
    const severity = severityOf(pack, rule.id, rule.severity ?? 'warning');
    if (severity !== 'off') active.push({ id: rule.id, severity, custom: rule });
  }
  const invalidDateSeverity = severityOf(
    pack,
    cellInvalidDate.meta.id,
    cellInvalidDate.meta.defaultSeverity,
  );
  const ruleSet = compileRuleSet(
    active.map((rule) => ({
      id: rule.id,
      conditions: rule.check?.conditions ?? rule.custom!.conditions,
    })),
  );
  const byId = new Map(active.map((rule) => [rule.id, rule]));

  function sheetSelected(name: string): boolean {
    if (!sheetPattern) return true;
    const escaped = sheetPattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${escaped}$`, 'iu').test(name.normalize('NFC'));
  }

  function workbook(workbookName: string): WorkbookChecker {
    const findings: Finding[] = [];
    const notEvaluated: NotEvaluated[] = [];
    const sheets: SheetResult[] = [];
    const upcoming: UpcomingDeadline[] = [];
    const roster: RosterEntry[] = [];
    const log: LogLine[] = [];
    let logFound = false;
    const hasReports = (pack.reports?.length ?? 0) > 0;
    const trackedRows: TrackedRow[] = [];
    const indicatorStats: IndicatorStats = { evaluated: 0, met: 0, exceeded: 0, unmet: 0 };
    let reportStats: ReportStats = { units: 0, sent: 0, lateUnits: [], missingUnits: [] };
    const hasTasks = (pack.tasks?.length ?? 0) > 0;
    const ruleFailures = new Map<string, { rows: number; error: string }>();

    function sheet(info: SheetInfo): SheetChecker {
      const selected = sheetSelected(info.name);
      const pending: Row[] = [];
      let header: DetectedHeader | undefined;
      let indicatorSheet: ReturnType<typeof createIndicatorSheet> | undefined;
      let sideTable:
        | { kind: 'roster'; header: SimpleHeader<RosterField> }
        | { kind: 'reports'; header: SimpleHeader<LogField> }
        | undefined;
      let sideRows = 0;
      const pushSide = (row: Row): void => {
        if (!sideTable || row.number <= sideTable.header.row) return;
        if (sideTable.kind === 'roster') {
          const cells = cellsByField(row, sideTable.header);
          if (!cells.unit || /^[IVX]+\.?$/.test(cells.index?.text ?? '')) return;
          sideRows++;
          roster.push({
            unit: cells.unit.text,
            ...(cells.group ? { group: cells.group.text } : {}),
            sheet: info.name,
            address: cells.unit.address,
            row: row.number,
          });
        } else {
          const cells = cellsByField(row, sideTable.header);
          if (!cells.unit) return;
          sideRows++;
          log.push({
            unit: cells.unit.text,
            report: cells.report?.text ?? '',
            period: cells.period?.text ?? '',
            received: cells.received
              ? {
                  value: cells.received.value,
                  text: cells.received.text,
                  address: cells.received.address,
                }
              : undefined,
            note: cells.note?.text ?? '',
            sheet: info.name,
            row: row.number,
            unitAddress: cells.unit.address,
            ...(sideTable.header.columns.received !== undefined
              ? { receivedAddress: cellAddress(row.number, sideTable.header.columns.received) }
              : {}),
          });
        }
      };
      const startSide = (): boolean => {
        if (!hasReports) return false;
        const logHeader = detectSimpleHeader(pending, LOG_ALIASES, ['unit', 'received'] as const);
        const rosterHeader = logHeader
          ? undefined
          : detectSimpleHeader(pending, ROSTER_ALIASES, ['unit', 'group'] as const);
        if (logHeader) {
          sideTable = { kind: 'reports', header: logHeader };
          logFound = true;
        } else if (rosterHeader) sideTable = { kind: 'roster', header: rosterHeader };
        else return false;
        for (const r of pending) pushSide(r);
        pending.length = 0;
        return true;
      };
      const startIndicators = (found: IndicatorHeader): void => {
        indicatorSheet = createIndicatorSheet({
          pack,
          asOf,
          workbook: workbookName,
          sheet: info,
          header: found,
          year: found.year ?? titleYear(pending, found.rows[0]!) ?? defaultYear ?? asOf.year,
          findings,
          notEvaluated,
          stats: indicatorStats,
        });
        for (const r of pending) indicatorSheet.push(r);
        pending.length = 0;
      };
      let searching = selected;
      let ended = false;
      let tasks = 0;
      let withoutDeadline = 0;
      let recurring = 0;
      /** Year for deadlines written without one ("30/6"): the pack's document year, else the sheet title's. */
      let sheetYear = defaultYear;
      /** Formula cells with no cached result (a file written by a program that does not calculate). */
      const uncomputed: string[] = [];

      const location = (row: number, field: TaskField | undefined) => {
        const col = field !== undefined ? header!.columns[field] : undefined;
        const titleCol = header!.columns.title;
        const target = col ?? titleCol;
        return {
          workbook: workbookName,
          sheet: info.name,
          ...(target !== undefined ? { cell: cellAddress(row, target) } : {}),
          row,
        };
      };

      function checkRow(row: Row): void {
        if (ended) return;
        const cells = taskCells(row, header!);
        const kind = classifyTaskRow(row, header!, cells);
        if (kind === 'footer') {
          ended = true;
          return;
        }
        if (kind !== 'task') return;
        tasks++;
        const { facts, invalid } = buildTaskFacts(cells, {
          sheet: info.name,
          row: row.number,
          asOf,
          beforeIsInclusive,
          dueSoonDays,
          ...(sheetYear !== undefined ? { defaultYear: sheetYear } : {}),
          ...(statusWords ? { statusWords } : {}),
        });
        if (!facts.hasDue && !facts.dueInvalid) {
          const dueCell = cells.due;
          if (dueCell?.formula === true && dueCell.value === null) {
            uncomputed.push(cellAddress(row.number, dueCell.col));
          } else if (facts.recurring) recurring++;
          else withoutDeadline++;
        }
        if (
          facts.hasDue &&
          !facts.isDone &&
          (facts.daysUntilDue ?? -1) >= 0 &&
          upcoming.length < MAX_UPCOMING
        ) {
          upcoming.push({
            title: clip(facts.title, 200),
            ...(facts.owner !== '' ? { agency: facts.owner } : {}),
            due: facts.due!,
            dueText: facts.dueText,
            location: location(row.number, 'due'),
          });
        }
        if (hasTasks) {
          const titleCol = header!.columns.title;
          trackedRows.push({
            title: facts.title,
            code: facts.code,
            owner: facts.owner,
            sheet: info.name,
            row: row.number,
            ...(titleCol !== undefined ? { cell: cellAddress(row.number, titleCol) } : {}),
          });
        }
        if (agencyMatcher && facts.owner !== '') {
          findings.push(
            ...unknownAgencies(pack, agencyMatcher, facts.owner, location(row.number, 'owner'), {
              title: facts.title,
            }),
          );
        }
        const { fired, failed } = ruleSet.evaluateSafely(facts);
        const reportInvalid = invalidDateSeverity !== 'off' && invalid.length > 0;
        // Most rows are fine: build the finding's subject only for a row that has a finding.
        if (!reportInvalid && fired.length === 0 && failed.length === 0) return;
        const subject = {
          kind: 'task' as const,
          ...(facts.code !== '' ? { id: facts.code } : {}),
          title: clip(facts.title, 200),
        };
        const agency = facts.owner !== '' ? { agency: facts.owner } : {};
        if (reportInvalid) {
          for (const bad of invalid) {
            const column = header!.labels[bad.field] ?? bad.field;
            findings.push({
              rule: 'cell/invalid-date',
              severity: invalidDateSeverity,
              subject,
              ...agency,
              location: location(row.number, bad.field),
              expected: 'ngày/tháng/năm, ví dụ 25/6/2024 / day/month/year, e.g. 25/6/2024',
              actual: bad.text,
              message: formatMessage(cellInvalidDate.meta.message, {
                column: { vi: `"${column}"`, en: `"${column}"` },
                text: clip(bad.text, 60),
                reason: bad.reason,
              }),
            });
          }
        }
        for (const failure of failed) {
          const count = ruleFailures.get(failure.id);
          ruleFailures.set(failure.id, {
            rows: (count?.rows ?? 0) + 1,
            error: count?.error ?? failure.error.message,
          });
        }
        for (const id of fired) {
          const rule = byId.get(id)!;
          const check = rule.check;
          const message = check
            ? formatMessage(check.meta.message, check.values(facts))
            : formatMessage(rule.custom!.message, customRuleValues(facts));
          const expected = check?.expected?.(facts);
          const actual = check?.actual?.(facts);
          findings.push({
            rule: id,
            severity: rule.severity,
            subject,
            ...agency,
            location: location(row.number, check ? check.field : rule.custom!.field),
            ...(expected !== undefined ? { expected } : {}),
            ...(actual !== undefined ? { actual } : {}),
            ...(facts.dueText !== '' ? { quote: facts.dueText } : {}),
            message,
          });
        }
      }

      return {
        push(row: Row) {
          if (header) return checkRow(row);
          if (indicatorSheet) return indicatorSheet.push(row);
          if (sideTable) return pushSide(row);
          if (!searching) return;
          pending.push(row);
          if (pending.length < searchRows) return;
          const indicators = detectIndicatorHeader(pending);
          if (indicators) return startIndicators(indicators);
          if (startSide()) return;
          header = detectTaskHeader(pending, aliases, headerRow);
          if (!header) {
            searching = false;
            pending.length = 0;
            return;
          }
          sheetYear ??= titleYear(pending, header.rows[0]!);
          for (const r of pending) if (r.number > header.lastHeaderRow) checkRow(r);
          pending.length = 0;
        },
        finish(): SheetResult {
          if (!header && !indicatorSheet && !sideTable && searching && pending.length > 0) {
            const indicators = detectIndicatorHeader(pending);
            if (indicators) startIndicators(indicators);
            else startSide();
          }
          if (sideTable) {
            const result: SheetResult = {
              name: info.name,
              state: info.state,
              table: sideTable.kind,
              tasks: sideRows,
            };
            sheets.push(result);
            return result;
          }
          if (indicatorSheet) {
            const result: SheetResult = {
              name: info.name,
              state: info.state,
              table: 'indicators',
              tasks: indicatorSheet.finish(),
            };
            sheets.push(result);
            return result;
          }
          if (!header && searching && pending.length > 0) {
            header = detectTaskHeader(pending, aliases, headerRow);
            if (header) {
              sheetYear ??= titleYear(pending, header.rows[0]!);
              for (const r of pending) if (r.number > header.lastHeaderRow) checkRow(r);
            }
            pending.length = 0;
          }
          if (!header) {
            const result: SheetResult = {
              name: info.name,
              state: info.state,
              table: 'none',
              tasks: 0,
            };
            sheets.push(result);
            return result;
          }
          const where = { workbook: workbookName, sheet: info.name };
          if (header.columns.due === undefined) {
            notEvaluated.push({
              scope: 'task/overdue',
              location: where,
              reason: {
                vi: `Bảng nhiệm vụ ở trang "${info.name}" không có cột thời hạn: không kiểm tra được việc quá hạn.`,
                en: `The task table on sheet "${info.name}" has no deadline column: deadlines were not checked.`,
              },
            });
          }
          if (withoutDeadline > 0) {
            notEvaluated.push({
              scope: 'task/overdue',
              location: where,
              reason: {
                vi: `${withoutDeadline} nhiệm vụ ở trang "${info.name}" không ghi thời hạn.`,
                en: `${withoutDeadline} task(s) on sheet "${info.name}" have no deadline.`,
              },
            });
          }
          if (uncomputed.length > 0) {
            const cells = uncomputed.slice(0, 5).join(', ') + (uncomputed.length > 5 ? ', …' : '');
            notEvaluated.push({
              scope: 'task/overdue',
              location: { ...where, cell: uncomputed[0]! },
              reason: {
                vi: `${uncomputed.length} nhiệm vụ ở trang "${info.name}" có thời hạn tính bằng công thức nhưng tệp chưa lưu kết quả tính (${cells}); tệp có lẽ được tạo bằng chương trình khác. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi kiểm tra lại.`,
                en: `${uncomputed.length} task(s) on sheet "${info.name}" have a deadline computed by a formula whose result the file does not store (${cells}); the file was probably written by another program. Open it in Excel or LibreOffice, save it and check again.`,
              },
            });
          }
          if (recurring > 0) {
            notEvaluated.push({
              scope: 'task/overdue',
              location: where,
              reason: {
                vi: `${recurring} nhiệm vụ ở trang "${info.name}" thực hiện thường xuyên hoặc định kỳ, không có một thời hạn duy nhất.`,
                en: `${recurring} task(s) on sheet "${info.name}" are ongoing or recurring, with no single deadline.`,
              },
            });
          }
          const columns: Partial<Record<TaskField, string>> = {};
          for (const [field, col] of Object.entries(header.columns) as Array<[TaskField, number]>) {
            columns[field] = columnLetter(col);
          }
          const result: SheetResult = {
            name: info.name,
            state: info.state,
            table: 'tasks',
            headerRows: header.rows,
            columns,
            tasks,
          };
          sheets.push(result);
          return result;
        },
      };
    }

    return {
      sheet,
      finish(): WorkbookResult {
        for (const [id, failure] of ruleFailures) {
          notEvaluated.push({
            scope: id,
            location: { workbook: workbookName },
            reason: {
              vi: `Quy tắc "${id}" không đánh giá được trên ${failure.rows} dòng: ${failure.error}`,
              en: `Rule "${id}" could not be evaluated on ${failure.rows} row(s): ${failure.error}`,
            },
          });
        }
        if (hasTasks) findings.push(...expectedTasks(pack, workbookName, trackedRows));
        if (hasReports) {
          const outcome = checkReports({
            pack,
            asOf,
            workbook: workbookName,
            roster,
            log,
            logFound,
            ...(defaultYear !== undefined ? { defaultYear } : {}),
          });
          findings.push(...outcome.findings);
          notEvaluated.push(...outcome.notEvaluated);
          reportStats = outcome.units;
          for (const u of outcome.upcoming) {
            if (upcoming.length < MAX_UPCOMING) upcoming.push(u);
          }
        }
        const checked = sheets.some((s) => s.table !== 'none');
        if (!checked) {
          notEvaluated.push({
            scope: 'workbook',
            location: { workbook: workbookName },
            reason: {
              vi: `Không tìm thấy bảng theo dõi nhiệm vụ nào trong tệp "${workbookName}" (cần dòng tiêu đề có cột "Nội dung" và cột "Thời hạn", "Ngày hoàn thành" hoặc "Tình trạng").`,
              en: `No task-tracking table was found in "${workbookName}" (a header row with a "Nội dung" column and a "Thời hạn", "Ngày hoàn thành" or "Tình trạng" column is needed).`,
            },
          });
        }
        return {
          workbook: workbookName,
          status: checked ? 'checked' : 'no-table',
          sheets,
          findings,
          notEvaluated,
          upcoming,
          stats: { indicators: indicatorStats, reports: reportStats },
        };
      },
    };
  }

  return {
    pack,
    asOf,
    workbook,
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
      return buildReport(pack, asOf, results);
    },
  };
}

export function buildReport(
  pack: Pack,
  asOf: PlainDate,
  results: readonly WorkbookResult[],
): FindingsReport {
  const findings = results.flatMap((r) => r.findings);
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const sortedByRule = Object.fromEntries(
    Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    version: 1,
    asOf: formatIsoDate(asOf),
    pack: { id: pack.id, version: pack.version, title: pack.title },
    summary: {
      ...counts,
      byRule: sortedByRule,
      notEvaluated: results.flatMap((r) => r.notEvaluated),
      narrative: narrativeOf(results, sortedByRule),
    },
    findings,
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
