/**
 * The task table handler: each task row becomes its facts (deadline, completion, status, day
 * counts as of the check date), which the task rules and the pack's custom rules are evaluated on.
 * Rows the pack's tasks are matched to and upcoming deadlines are kept for the workbook; the
 * sheet's result says which columns were found and what could not be checked.
 */
import { clip, deferMessage } from '../findings/template.js';
import type { Finding } from '../model/findings.js';
import { cellInvalidDate } from '../rules/cell/invalid-date.js';
import { taskOverdue } from '../rules/task/overdue.js';
import { ruleMessage } from '../rules/rule.js';
import { buildTaskFacts } from '../rules/task/facts.js';
import { cellAddress, columnLetter, type Cell, type Row, type SheetInfo } from '../model/sheet.js';
import type { PlainDate } from '../model/plain-date.js';
import { parseDateText } from '../vi/dates.js';
import { classifyStatus, droppedFromPlan, headerHoldsShare } from '../vi/status.js';
import { dayCountOf, type DetectedHeader, type TaskField } from '../table/headers.js';
import { MergedColumns, mergedAcross, moveAcross } from '../table/merged-cells.js';
import { classifyTaskRow, taskCells } from '../table/task-rows.js';
import type { CheckContext } from './context.js';
import { unknownAgencies } from './expected.js';
import { MAX_UPCOMING, type EvaluatedTask, type SheetResult } from './result.js';
import { titleMonth, titleSchoolYear, titleTet, titleYear } from './sheet-year.js';
import { customRuleValues } from './task-rules.js';
import type { SkipLog } from './understanding.js';
import type { TableHandler, WorkbookState } from './workbook-state.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A not-evaluated item standing for many rows lists at most this many of their cells. */
const MAX_CELLS_LISTED = 1000;

export function taskTable(
  ctx: CheckContext,
  wb: WorkbookState,
  info: SheetInfo,
  header: DetectedHeader,
  pending: readonly Row[],
  /** Where skipped rows are counted, when the check explains itself. */
  skips?: SkipLog,
): TableHandler {
  const invalidDateSeverity = ctx.severity(cellInvalidDate.id, cellInvalidDate.defaultSeverity);
  const { ruleSet, byId } = ctx.taskRules;
  let ended = false;
  let tasks = 0;
  let withoutDeadline = 0;
  /** The deadline cells of ongoing or recurring tasks ("Thường xuyên", "Hằng quý"). */
  const recurring: string[] = [];
  /** Year for deadlines written without one ("30/6"): the pack's document year, else the sheet title's. */
  const sheetYear = ctx.documentYear ?? titleYear(pending, header.rows[0]!);
  // a month's programme gives its deadlines as days of the month the title names ("Ngày 26")
  const sheetMonth = titleMonth(pending, header.rows[0]!);
  // a school year's plan ("NĂM HỌC 2024 - 2025") gives days without a year inside that school year
  const schoolYearEnd = titleSchoolYear(pending, header.rows[0]!);
  // a plan for a Tết ("… PHỤC VỤ TẾT NGUYÊN ĐÁN GIÁP THÌN 2024") gives "Trước Tết" without its year
  const tetYear = titleTet(pending, header.rows[0]!);
  /** Formula cells with no cached result (a file written by a program that does not calculate). */
  const uncomputed: string[] = [];
  /** With no status column, a status word in the notes is the row's status. */
  const statusInNotes = header.columns.status === undefined && (header.ticks?.length ?? 0) === 0;
  /** The status column holds a share of the work ("Tiến độ (%)"): a bare 100 there is done. */
  const statusIsShare =
    header.labels.status !== undefined && headerHoldsShare(header.labels.status);
  /** Done rows past their deadline with no completion date anywhere in the row. */
  const doneUndated: string[] = [];
  /**
   * A table with no column that can say a task is done (no status, tick or completion-date column)
   * may still keep its progress in the notes. Until some row's notes give a status or a completion
   * day, "overdue" would be a guess: those findings wait here, and are dropped for one
   * not-evaluated line if the notes never say anything.
   */
  const progressOnlyInNotes = statusInNotes && header.columns.completedOn === undefined;
  let progressSeen = !progressOnlyInNotes;
  const heldOverdue: Finding[] = [];
  const heldCells: string[] = [];
  /** The rows past their deadline meanwhile: not counted as overdue (scorecards) unless released. */
  const heldTasks = new Set<EvaluatedTask>();

  /**
   * A cell merged down over several rows applies to each: an owner or a deadline over several
   * tasks, a task (its number and title) over the rows of the units it is given to.
   */
  const merged = new MergedColumns(
    info.merges ?? [],
    new Set(
      (
        [
          'index',
          'code',
          'title',
          'owner',
          'coordinators',
          'start',
          'due',
          'extendedDue',
          'completedOn',
          'status',
          'note',
        ] as const
      )
        .map((f) => header.columns[f])
        .filter((c): c is number => c !== undefined),
    ),
  );

  /** Rows whose period is typed once across the start and the deadline columns. */
  const acrossStartAndDue = mergedAcross(
    info.merges ?? [],
    header.columns.start,
    header.columns.due,
  );

  /** Where the row's deadline was read when not in its column: a period ticked, an extension. */
  let dueCol: number | undefined;
  /** The tick column marked on the row, when the status is a tick. */
  let statusTickCol: number | undefined;
  const location = (row: number, field: TaskField | undefined) => {
    const col =
      field === 'due' && dueCol !== undefined
        ? dueCol
        : field === 'status' && statusTickCol !== undefined
          ? statusTickCol
          : field !== undefined
            ? header.columns[field]
            : undefined;
    const target = col ?? header.columns.title;
    // Built member by member (no spreads): this runs for every task and every finding.
    return target !== undefined
      ? { workbook: wb.name, sheet: info.name, cell: cellAddress(row, target), row }
      : { workbook: wb.name, sheet: info.name, row };
  };

  /** The day of the document the last section row names ("Kết luận số 05/KL-TTr ngày 12/8/2024"). */
  let signedOn: PlainDate | undefined;

  /**
   * Rows whose status is a code ("1", "2", "3") a legend explains ("(*) Tình trạng: 1 - Đã hoàn
   * thành; 2 - Đang thực hiện"), usually typed under the table: they wait for it, and are read
   * with the legend's words at the end (as they are, when no legend is found).
   */
  const coded: Row[] = [];
  /** The text of the rows around the table where a legend may stand. */
  const legendTexts: string[] = pending
    .filter((r) => r.number < header.rows[0]!)
    .map((r) => rowText(r))
    .filter((text) => LEGEND_HINT.test(text));

  function push(given: Row): void {
    if (legendTexts.length < MAX_LEGEND_ROWS) {
      const text = rowText(given);
      if (LEGEND_HINT.test(text)) legendTexts.push(text);
    }
    if (ended) {
      skips?.add(given, 'footer');
      return;
    }
    const statusCol = header.columns.status;
    const statusCell =
      statusCol !== undefined ? given.cells.find((c) => c.col === statusCol) : undefined;
    if (statusCell && !statusIsShare && statusNumber(statusCell) !== undefined) {
      coded.push(given);
      return;
    }
    evaluate(given);
  }

  /** Status cells holding a code no legend explains, on rows past their deadline. */
  const unexplainedCodes: string[] = [];

  function evaluate(given: Row, unexplainedCode = false): void {
    const filled = merged.fill(given);
    const row = acrossStartAndDue.has(filled.number)
      ? moveAcross(filled, header.columns.start!, header.columns.due!)
      : filled;
    const cells = taskCells(row, header);
    // the deadline read elsewhere than its column: a period ticked, a deadline extended
    dueCol =
      cells.due !== undefined && cells.due.col !== header.columns.due ? cells.due.col : undefined;
    statusTickCol =
      header.ticks && header.columns.status === undefined ? cells.status?.col : undefined;
    const kind = classifyTaskRow(row, header, cells);
    if (kind === 'footer') ended = true;
    if (kind === 'section') signedOn = documentDayOf(row, sheetYear);
    if (kind !== 'task') {
      skips?.add(row, kind);
      return;
    }
    tasks++;
    // "Thời hạn (ngày làm việc)": a count of days from the row's start, read in its own column
    const dueDayCount =
      cells.due !== undefined && cells.due.col === header.columns.due
        ? dayCountOf(header.labels.due)
        : undefined;
    const {
      facts,
      invalid,
      notEvaluated: rowNotEvaluated,
    } = buildTaskFacts(cells, {
      sheet: info.name,
      row: row.number,
      asOf: ctx.asOf,
      beforeIsInclusive: ctx.beforeIsInclusive,
      dueSoonDays: ctx.dueSoonDays,
      ...(sheetYear !== undefined ? { defaultYear: sheetYear } : {}),
      ...(sheetMonth !== undefined ? { titleMonth: sheetMonth } : {}),
      ...(schoolYearEnd !== undefined ? { schoolYearEnd } : {}),
      ...(tetYear !== undefined ? { tetYear } : {}),
      ...(dueDayCount !== undefined ? { dueDayCount } : {}),
      ...(ctx.statusWords ? { statusWords: ctx.statusWords } : {}),
      ...(signedOn !== undefined ? { signedOn } : {}),
      statusInNotes,
      statusIsShare,
      completionColumn: header.columns.completedOn !== undefined,
    });
    // taken out of the plan ("Không thực hiện (đã điều chỉnh kế hoạch)"): neither done nor overdue
    const ownStatus = cells.status?.text ?? '';
    if (!facts.isDone && droppedFromPlan(ownStatus)) {
      wb.notEvaluated.push({
        scope: 'task/overdue',
        location: location(row.number, 'status'),
        reason: {
          vi: `Nhiệm vụ "${clip(facts.title, 120)}" đã được đưa ra khỏi kế hoạch ("${clip(ownStatus, 80)}"): không đánh giá việc quá hạn.`,
          en: `The task "${clip(facts.title, 120)}" was taken out of the plan ("${clip(ownStatus, 80)}"): whether it is overdue is not evaluated.`,
        },
      });
      return;
    }
    // a code no legend explains says nothing of whether the work is done: past the deadline, no
    // verdict (one line per sheet, below)
    if (unexplainedCode && !facts.isDone && (facts.daysPastDue ?? 0) > 0) {
      unexplainedCodes.push(location(row.number, 'status').cell ?? `${row.number}`);
      return;
    }
    if (!progressSeen && (facts.statusState !== 'empty' || facts.hasCompletion)) {
      progressSeen = true;
      wb.findings.push(...heldOverdue);
      heldOverdue.length = 0;
      heldCells.length = 0;
      heldTasks.clear();
    }
    for (const item of rowNotEvaluated) {
      // A status read from a tick column or the notes points at that cell.
      const own = item.field === 'status' || item.field === 'note' ? cells[item.field] : undefined;
      const where = own
        ? { ...location(row.number, item.field), cell: cellAddress(row.number, own.col) }
        : location(row.number, item.field);
      // done rows with no completion date are many in some sheets: one line per sheet
      if (item.scope === 'task/late') doneUndated.push(where.cell ?? `${row.number}`);
      else wb.notEvaluated.push({ scope: item.scope, location: where, reason: item.reason });
    }
    if (!facts.hasDue && !facts.dueInvalid && !facts.dueUnresolved) {
      const dueCell = cells.due;
      if (dueCell?.formula === true && dueCell.value === null) {
        uncomputed.push(cellAddress(row.number, dueCell.col));
      } else if (facts.recurring)
        recurring.push(dueCell ? cellAddress(row.number, dueCell.col) : `${row.number}`);
      else withoutDeadline++;
    }
    if (
      facts.hasDue &&
      !facts.isDone &&
      (facts.daysUntilDue ?? -1) >= 0 &&
      wb.upcoming.length < MAX_UPCOMING
    ) {
      wb.upcoming.push({
        title: clip(facts.title, 200),
        ...(facts.owner !== '' ? { agency: facts.owner } : {}),
        due: facts.due!,
        dueText: facts.dueText,
        location: location(row.number, 'due'),
      });
    }
    // Members in the order the type lists them, each only when it has a value.
    const task: Mutable<EvaluatedTask> = { title: facts.title } as Mutable<EvaluatedTask>;
    if (facts.code !== '') task.code = facts.code;
    if (facts.owner !== '') task.agency = facts.owner;
    if (facts.due !== null) task.due = facts.due;
    task.state = facts.isDone
      ? (facts.daysLate ?? 0) > 0
        ? 'late'
        : 'done'
      : (facts.daysPastDue ?? 0) > 0
        ? 'overdue'
        : 'open';
    if (facts.completedOn !== null) task.completedOn = facts.completedOn;
    task.location = location(row.number, 'title');
    wb.tasks.push(task);
    if (!progressSeen && task.state === 'overdue') heldTasks.add(task);
    if (ctx.expectsTasks) {
      const titleCol = header.columns.title;
      wb.trackedRows.push({
        title: facts.title,
        code: facts.code,
        owner: facts.owner,
        sheet: info.name,
        row: row.number,
        ...(titleCol !== undefined ? { cell: cellAddress(row.number, titleCol) } : {}),
      });
    }
    if (ctx.agencyMatcher && facts.owner !== '') {
      wb.findings.push(
        ...unknownAgencies(ctx, ctx.agencyMatcher, facts.owner, location(row.number, 'owner'), {
          title: facts.title,
        }),
      );
    }
    const { fired, failed } = ruleSet.evaluateSafely(facts);
    const reportInvalid = invalidDateSeverity !== 'off' && invalid.length > 0;
    // Most rows are fine: build the finding's subject only for a row that has a finding.
    if (!reportInvalid && fired.length === 0 && failed.length === 0) return;
    const subject =
      facts.code !== ''
        ? { kind: 'task' as const, id: facts.code, title: clip(facts.title, 200) }
        : { kind: 'task' as const, title: clip(facts.title, 200) };
    const agency = facts.owner !== '' ? { agency: facts.owner } : {};
    if (reportInvalid) {
      for (const bad of invalid) {
        const column = header.labels[bad.field] ?? bad.field;
        const report = cellInvalidDate.decide({ column, unreadable: bad })!;
        wb.findings.push({
          rule: cellInvalidDate.id,
          severity: invalidDateSeverity,
          subject,
          ...agency,
          location: location(row.number, bad.field),
          expected: report.expected!,
          actual: report.actual!,
          message: ruleMessage(cellInvalidDate, report),
        });
      }
    }
    for (const failure of failed) {
      const count = wb.ruleFailures.get(failure.id);
      wb.ruleFailures.set(failure.id, {
        rows: (count?.rows ?? 0) + 1,
        error: count?.error ?? failure.error.message,
      });
    }
    for (const id of fired) {
      const rule = byId.get(id)!;
      const builtIn = rule.builtIn;
      const report = builtIn?.report(facts);
      const message = builtIn
        ? ruleMessage(builtIn, report!)
        : deferMessage(rule.custom!.message, customRuleValues(facts));
      // Members in the contract's order (docs/findings.md), each only when it has a value.
      const finding = { rule: id, severity: rule.severity, subject } as Mutable<Finding>;
      if (facts.owner !== '') finding.agency = facts.owner;
      finding.location = location(
        row.number,
        // a completion date read from the status or notes words points at that cell, and so
        // does a status read from the notes
        builtIn?.field === 'completedOn' &&
          (facts.completionFrom === 'status' ||
            facts.completionFrom === 'note' ||
            facts.completionFrom === 'resultDocument')
          ? facts.completionFrom
          : builtIn?.field === 'status' && facts.statusFrom === 'note'
            ? 'note'
            : builtIn
              ? builtIn.field
              : rule.custom!.field,
      );
      if (report?.expected !== undefined) finding.expected = report.expected;
      if (report?.actual !== undefined) finding.actual = report.actual;
      if (facts.dueText !== '') finding.quote = facts.dueText;
      finding.message = message;
      if (!progressSeen && id === taskOverdue.id) {
        heldOverdue.push(finding);
        heldCells.push(finding.location?.cell ?? `${row.number}`);
      } else wb.findings.push(finding);
    }
  }

  function finish(): SheetResult {
    if (coded.length > 0) {
      const legend = statusLegend(legendTexts);
      const statusCol = header.columns.status!;
      const numbers = coded.map((r) => statusNumber(r.cells.find((c) => c.col === statusCol)!)!);
      // the column as a whole: a number beyond a one-digit code makes them all shares of the work
      const shares = numbers.some((n) => n > 9);
      const withStatus = (row: Row, text: string): Row => ({
        ...row,
        cells: row.cells.map((c) => (c.col === statusCol ? { col: c.col, value: text, text } : c)),
      });
      coded.forEach((row, i) => {
        const code = row.cells
          .find((c) => c.col === statusCol)!
          .text.trim()
          .replace(/\.$/, '');
        const word = shares ? undefined : legend.get(code);
        if (word !== undefined) evaluate(withStatus(row, word));
        else if (shares) evaluate(withStatus(row, `${numbers[i]!}%`));
        else evaluate(row, true);
      });
    }
    if (unexplainedCodes.length > 0) {
      const cells =
        unexplainedCodes.slice(0, 8).join(', ') + (unexplainedCodes.length > 8 ? ', …' : '');
      const column = header.labels.status ?? 'Tình trạng';
      wb.notEvaluated.push({
        scope: 'task/overdue',
        location: {
          workbook: wb.name,
          sheet: info.name,
          cell: unexplainedCodes[0]!,
        },
        reason: {
          vi: `${unexplainedCodes.length} nhiệm vụ đã qua thời hạn ở trang "${info.name}" ghi cột "${column}" bằng mã số (${cells}) mà không có chú thích mã nào là đã hoàn thành: không đánh giá việc quá hạn. Thêm chú thích dưới bảng ("1 - Đã hoàn thành; 2 - Đang thực hiện") hoặc ghi tình trạng bằng chữ.`,
          en: `${unexplainedCodes.length} task(s) past their deadline on sheet "${info.name}" give the "${column}" column as a number code (${cells}) with no legend saying which code means done: whether they are overdue is not evaluated. Add a legend under the table ("1 - Đã hoàn thành; 2 - Đang thực hiện") or write the status in words.`,
        },
      });
    }
    const where = { workbook: wb.name, sheet: info.name };
    if (header.columns.due === undefined) {
      wb.notEvaluated.push({
        scope: 'task/overdue',
        location: where,
        reason: {
          vi: `Bảng nhiệm vụ ở trang "${info.name}" không có cột thời hạn: không kiểm tra được việc quá hạn.`,
          en: `The task table on sheet "${info.name}" has no deadline column: deadlines were not checked.`,
        },
      });
    }
    if (withoutDeadline > 0) {
      wb.notEvaluated.push({
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
      wb.notEvaluated.push({
        scope: 'task/overdue',
        location: { ...where, cell: uncomputed[0]! },
        ...(uncomputed.length > 1 ? { cells: uncomputed.slice(0, MAX_CELLS_LISTED) } : {}),
        reason: {
          vi: `${uncomputed.length} nhiệm vụ ở trang "${info.name}" có thời hạn tính bằng công thức nhưng tệp chưa lưu kết quả tính (${cells}); tệp có lẽ được tạo bằng chương trình khác. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi kiểm tra lại.`,
          en: `${uncomputed.length} task(s) on sheet "${info.name}" have a deadline computed by a formula whose result the file does not store (${cells}); the file was probably written by another program. Open it in Excel or LibreOffice, save it and check again.`,
        },
      });
    }
    if (doneUndated.length > 0) {
      const cells = doneUndated.slice(0, 5).join(', ') + (doneUndated.length > 5 ? ', …' : '');
      wb.notEvaluated.push({
        scope: 'task/late',
        location: { ...where, cell: doneUndated[0]! },
        ...(doneUndated.length > 1 ? { cells: doneUndated.slice(0, MAX_CELLS_LISTED) } : {}),
        reason: {
          vi: `${doneUndated.length} nhiệm vụ ở trang "${info.name}" đã hoàn thành nhưng không ghi ngày hoàn thành (${cells}), nên chưa đánh giá được có đúng hạn hay không.`,
          en: `${doneUndated.length} task(s) on sheet "${info.name}" are done but give no completion date (${cells}), so whether they met their deadline is not evaluated.`,
        },
      });
    }
    if (heldTasks.size > 0) {
      // not evaluated, so neither counted overdue nor anything else
      const kept = wb.tasks.filter((t) => !heldTasks.has(t));
      wb.tasks.length = 0;
      wb.tasks.push(...kept);
    }
    if (heldOverdue.length > 0) {
      const cells = heldCells.slice(0, 5).join(', ') + (heldCells.length > 5 ? ', …' : '');
      wb.notEvaluated.push({
        scope: 'task/overdue',
        location: { ...where, cell: heldCells[0]! },
        ...(heldCells.length > 1 ? { cells: heldCells.slice(0, MAX_CELLS_LISTED) } : {}),
        reason: {
          vi: `Bảng nhiệm vụ ở trang "${info.name}" không có cột tình trạng, kết quả hay ngày hoàn thành, và phần ghi chú không cho biết việc nào đã xong: chưa đánh giá được ${heldCells.length} nhiệm vụ đã qua thời hạn (${cells}) có quá hạn hay không.`,
          en: `The task table on sheet "${info.name}" has no status, result or completion-date column, and its notes say of no task that it is done: whether the ${heldCells.length} task(s) past their deadline (${cells}) are overdue is not evaluated.`,
        },
      });
    }
    if (recurring.length > 0) {
      const cells = recurring.slice(0, 5).join(', ') + (recurring.length > 5 ? ', …' : '');
      wb.notEvaluated.push({
        scope: 'task/overdue',
        location: { ...where, cell: recurring[0]! },
        ...(recurring.length > 1 ? { cells: recurring.slice(0, MAX_CELLS_LISTED) } : {}),
        reason: {
          vi: `${recurring.length} nhiệm vụ ở trang "${info.name}" thực hiện thường xuyên hoặc định kỳ, không có một thời hạn duy nhất (${cells}).`,
          en: `${recurring.length} task(s) on sheet "${info.name}" are ongoing or recurring, with no single deadline (${cells}).`,
        },
      });
    }
    const columns: Partial<Record<TaskField, string>> = {};
    for (const [field, col] of Object.entries(header.columns) as Array<[TaskField, number]>) {
      columns[field] = columnLetter(col);
    }
    return {
      name: info.name,
      state: info.state,
      table: 'tasks',
      headerRows: header.rows,
      columns,
      tasks,
    };
  }

  for (const r of pending) if (r.number > header.lastHeaderRow) push(r);
  return { push, finish };
}

/**
 * A document's number and symbol, then its day: "số 05/KL-TTr ngày 12/8/2024", "11/QĐ-UBND ngày …",
 * "so 05/KL-TTr ngay 12/8/2024" typed without marks.
 */
const DOCUMENT_DAY =
  /\d{1,5}\s*[/-]\s*[\p{Lu}Đđ][\p{L}\d./&-]*\s*,?\s+(?:ngày|ngay)\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})/u;

/** The day of the document a section row names, if it names one with its day. */
function documentDayOf(row: Row, year: number | undefined): PlainDate | undefined {
  for (const cell of row.cells) {
    const m = DOCUMENT_DAY.exec(cell.text);
    if (!m) continue;
    const day = parseDateText(m[1]!, year !== undefined ? { defaultYear: year } : {});
    if (day.kind === 'date' && day.expression.kind === 'day') return day.expression.date;
  }
  return undefined;
}

/** How many lines that may be a legend of status codes are kept. */
const MAX_LEGEND_ROWS = 12;
/** A line that may explain codes: a digit, a dash or colon, then a word ("1 - Đã hoàn thành"). */
const LEGEND_HINT = /(?:^|[\s;,(:])\(?\d\)?\s*[-–:=]\s*\p{L}/u;

function rowText(row: Row): string {
  return row.cells
    .map((c) => c.text.trim())
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * The number a status cell holds alone ("2", "2.", "100", "62,5"), from 0 to 100 and not formatted
 * as a percent: a one-digit code a legend may explain, or a share of the work.
 */
function statusNumber(cell: Cell): number | undefined {
  if ((cell.numFmt ?? '').includes('%')) return undefined;
  const m = /^(\d{1,3}(?:[.,]\d{1,2})?)\.?$/.exec(cell.text.trim());
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  return n <= 100 ? n : undefined;
}

/**
 * The words a legend gives each status code: "1 - Đã hoàn thành; 2 - Đang thực hiện; 3 - Chưa
 * thực hiện", "(1): Hoàn thành, (2): Đang thực hiện". Only codes whose words are a status count, and
 * a legend must explain at least two codes.
 */
export function statusLegend(texts: readonly string[]): Map<string, string> {
  for (const text of texts) {
    const found = new Map<string, string>();
    for (const m of text.matchAll(/(?:^|[\s;,(:])\(?(\d)\)?\s*[-–:=.]\s*([^;,\d()]+)/gu)) {
      const words = m[2]!.trim().replace(/[.\s]+$/u, '');
      if (classifyStatus(words).state !== 'unknown') found.set(m[1]!, words);
    }
    if (found.size >= 2) return found;
  }
  return new Map();
}
