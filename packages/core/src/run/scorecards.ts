/**
 * Scorecards: what an office writes in its own report, per agency ("Phòng Nội vụ: 5 nhiệm vụ, hoàn
 * thành đúng hạn 3 (60%), chậm 1, quá hạn 1") and per workbook of a batch. Counted from every item
 * the check evaluated (tasks, report instances past their deadline, indicator figures), not from
 * the findings: a task done on time has no finding, but it counts. Pure: the as-of date is given.
 *
 * Agencies are told apart by the core's agency key ("UBND xã Tân Lập" and "Ủy ban nhân dân xã Tân
 * Lập" are one row), or by the pack's agency when the pack lists it (its aliases too). Tasks whose
 * row names no agency are one row of their own, last.
 */
import type {
  AgencyScorecard,
  IndicatorCounts,
  Message,
  ReportCounts,
  ScoreCounts,
  Scorecards,
  TaskCounts,
  WorkbookScorecard,
} from '../model/findings.js';
import { agencyKey, createAgencyMatcher, type AgencyDef } from '../vi/agencies.js';
import { formatEnNumber, formatViNumber } from '../vi/numbers.js';
import { normalizeText } from '../vi/text.js';
import type {
  EvaluatedIndicator,
  EvaluatedReport,
  EvaluatedTask,
  WorkbookResult,
} from './result.js';

/** The row of the tasks whose row names no agency. */
export const NO_AGENCY: Message = { vi: '(không ghi đơn vị)', en: '(no agency written)' };

export type TaskOutcome = Exclude<keyof TaskCounts, 'assigned'>;

/**
 * What a task counts as on `asOf` (ISO date). A task done with no deadline is done, not on time:
 * there is nothing to judge it against, and a follow-up letter must not call it timely. A task
 * marked done with no completion date, past its deadline, is done but not known to be on time (the
 * checker says so too, as not evaluated).
 */
export function taskOutcome(
  task: Pick<EvaluatedTask, 'state' | 'due' | 'completedOn'>,
  asOf: string,
): TaskOutcome {
  switch (task.state) {
    case 'late':
      return 'late';
    case 'overdue':
      return 'overdue';
    case 'open':
      return 'notDue';
    case 'done':
      if (task.due === undefined) return 'doneNoDeadline';
      return task.completedOn === undefined && task.due < asOf ? 'doneUndated' : 'onTime';
  }
}

const emptyTasks = (): { -readonly [K in keyof TaskCounts]: number } => ({
  assigned: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  notDue: 0,
  doneUndated: 0,
  doneNoDeadline: 0,
});
const emptyReports = (): { -readonly [K in keyof ReportCounts]: number } => ({
  due: 0,
  received: 0,
  late: 0,
  missing: 0,
});
const emptyIndicators = (): { -readonly [K in keyof IndicatorCounts]: number } => ({
  met: 0,
  unmet: 0,
});

/** A tally that tasks, reports and indicators are added to one at a time. */
export interface ScoreTally {
  addTask(task: Pick<EvaluatedTask, 'state' | 'due' | 'completedOn'>): void;
  addReport(report: Pick<EvaluatedReport, 'state'>): void;
  addIndicator(indicator: Pick<EvaluatedIndicator, 'outcome'>): void;
  counts(): ScoreCounts;
}

export function scoreTally(asOf: string): ScoreTally {
  const tasks = emptyTasks();
  const reports = emptyReports();
  const indicators = emptyIndicators();
  return {
    addTask(task) {
      tasks.assigned++;
      tasks[taskOutcome(task, asOf)]++;
    },
    addReport({ state }) {
      reports.due++;
      if (state === 'received' || state === 'late' || state === 'sent') reports.received++;
      if (state === 'late') reports.late++;
      if (state === 'missing') reports.missing++;
    },
    addIndicator({ outcome }) {
      if (outcome === 'unmet') indicators.unmet++;
      else indicators.met++;
    },
    counts() {
      const percent = onTimePercent(tasks);
      return {
        tasks: { ...tasks },
        ...(percent !== undefined ? { onTimePercent: percent } : {}),
        reports: { ...reports },
        indicators: { ...indicators },
      };
    },
  };
}

/**
 * On time among the tasks whose outcome is known (on time, late, overdue), in percent with one
 * decimal; undefined when none is known yet. Tasks not yet due, those done on an unknown day and
 * those done with no deadline are left out of both sides.
 */
export function onTimePercent(tasks: TaskCounts): number | undefined {
  const known = tasks.onTime + tasks.late + tasks.overdue;
  return known === 0 ? undefined : Math.round((tasks.onTime / known) * 1000) / 10;
}

/** 60 → "60%", 66.7 → "66,7%" (Vietnamese) or "66.7%" (English). */
export function percentText(percent: number, lang: 'vi' | 'en'): string {
  return `${lang === 'vi' ? formatViNumber(percent) : formatEnNumber(percent)}%`;
}

/** Overdue tasks, reports missing and indicators unmet: what is still to be done. */
export function outstanding(card: ScoreCounts): number {
  return card.tasks.overdue + card.reports.missing + card.indicators.unmet;
}

/** Most outstanding first, then the most done late, then the lowest share on time. */
function compareCounts(a: ScoreCounts, b: ScoreCounts): number {
  return (
    outstanding(b) - outstanding(a) ||
    b.tasks.late + b.reports.late - (a.tasks.late + a.reports.late) ||
    (a.onTimePercent ?? 101) - (b.onTimePercent ?? 101)
  );
}

export interface ScorecardOptions {
  /** ISO date of the check. */
  readonly asOf: string;
  /** The pack's agencies and groups: a row the pack knows by an alias joins its agency's row. */
  readonly agencies?: readonly AgencyDef[];
}

/** Which scorecard row an agency as written belongs to: its key ('' for none) and its name. */
export type AgencyGrouping = (agency: string | undefined) => {
  readonly key: string;
  readonly name?: string;
};

/**
 * The pack's agency when it knows the name (its aliases too), else the core's agency key; an agency
 * not written, or written only with signs ("-", "…"), is no agency (key '').
 */
export function agencyGrouping(agencies?: readonly AgencyDef[]): AgencyGrouping {
  const matcher =
    agencies && agencies.length > 0 ? createAgencyMatcher(agencies, { members: false }) : undefined;
  const seen = new Map<string, { key: string; name?: string }>();
  return (agency) => {
    if (agency === undefined || agency.trim() === '') return { key: '' };
    let found = seen.get(agency);
    if (!found) {
      const match = matcher?.match(agency);
      const key = match ? `#${match.agency.id}` : agencyKey(agency);
      // a name as written, its lines (a name wrapped by hand in its cell) and spaces as one line
      found =
        key === '' ? { key } : { key, name: match ? match.agency.name : normalizeText(agency) };
      seen.set(agency, found);
    }
    return found;
  };
}

/** One row per agency named by a task, a report instance or an indicator; worst first. */
export function agencyScorecards(
  results: readonly WorkbookResult[],
  options: ScorecardOptions,
): AgencyScorecard[] {
  const group = agencyGrouping(options.agencies);
  const rows = new Map<string, { name?: string; tally: ScoreTally }>();
  const rowOf = (agency: string | undefined): ScoreTally => {
    const { key, name } = group(agency);
    let row = rows.get(key);
    if (!row) {
      row = { ...(name !== undefined ? { name } : {}), tally: scoreTally(options.asOf) };
      rows.set(key, row);
    }
    return row.tally;
  };
  for (const r of results) {
    for (const t of r.tasks ?? []) rowOf(t.agency).addTask(t);
    for (const rep of r.reports ?? []) rowOf(rep.agency).addReport(rep);
    for (const i of r.indicators ?? []) rowOf(i.agency).addIndicator(i);
  }
  return [...rows.values()]
    .map((row): AgencyScorecard => ({
      ...(row.name !== undefined ? { agency: row.name } : {}),
      ...row.tally.counts(),
    }))
    .sort(
      (a, b) =>
        Number(a.agency === undefined) - Number(b.agency === undefined) ||
        compareCounts(a, b) ||
        (a.agency ?? '').localeCompare(b.agency ?? '', 'vi'),
    );
}

const STATUS_RANK: Readonly<Record<WorkbookResult['status'], number>> = {
  unreadable: 0,
  'no-table': 1,
  checked: 2,
};

/**
 * One row per workbook, worst first: the unreadable ones, then those with no tracking table, then
 * the most outstanding, the most errors and warnings, the lowest share on time.
 */
export function workbookScorecards(
  results: readonly WorkbookResult[],
  asOf: string,
): WorkbookScorecard[] {
  return results
    .map((r): WorkbookScorecard => {
      const tally = scoreTally(asOf);
      for (const t of r.tasks ?? []) tally.addTask(t);
      for (const rep of r.reports ?? []) tally.addReport(rep);
      for (const i of r.indicators ?? []) tally.addIndicator(i);
      const findings = { error: 0, warning: 0, info: 0 };
      for (const f of r.findings) findings[f.severity]++;
      return { workbook: r.workbook, status: r.status, findings, ...tally.counts() };
    })
    .sort(
      (a, b) =>
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        outstanding(b) - outstanding(a) ||
        b.findings.error - a.findings.error ||
        b.findings.warning - a.findings.warning ||
        compareCounts(a, b) ||
        a.workbook.localeCompare(b.workbook, 'vi'),
    );
}

export function scorecardsOf(
  results: readonly WorkbookResult[],
  options: ScorecardOptions,
): Scorecards {
  return {
    agencies: agencyScorecards(results, options),
    workbooks: workbookScorecards(results, options.asOf),
  };
}

/** The agency's name, or "(không ghi đơn vị)". */
export function scorecardName(card: AgencyScorecard, lang: 'vi' | 'en'): string {
  return card.agency ?? NO_AGENCY[lang];
}

/**
 * The sentence an office writes: "Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), chậm 1,
 * quá hạn 1." Counts that are zero are left out, apart from those done on time when some task's
 * timeliness is known (on time, late or overdue); the tasks done with
 * no deadline are named apart ("hoàn thành (không có hạn) 2"), never as on time. Reports and
 * indicators follow when the agency has any. Undefined for an agency with nothing counted.
 */
export function scorecardSentence(card: AgencyScorecard): Message | undefined {
  const vi: string[] = [];
  const en: string[] = [];
  const { tasks, reports, indicators } = card;
  const percent = (lang: 'vi' | 'en') =>
    card.onTimePercent !== undefined ? ` (${percentText(card.onTimePercent, lang)})` : '';
  if (tasks.assigned > 0) {
    const v = [`${tasks.assigned} nhiệm vụ`];
    const e = [`${tasks.assigned} task(s)`];
    // "hoàn thành đúng hạn 0" says something only when some task could have been on time: an
    // agency whose tasks are all not yet due, or done with no deadline or no day written, has none
    if (tasks.onTime > 0 || card.onTimePercent !== undefined) {
      v.push(`hoàn thành đúng hạn ${tasks.onTime}${percent('vi')}`);
      e.push(`${tasks.onTime} done on time${percent('en')}`);
    }
    const add = (n: number, viText: string, enText: string) => {
      if (n === 0) return;
      v.push(`${viText} ${n}`);
      e.push(`${n} ${enText}`);
    };
    add(tasks.late, 'chậm', 'late');
    add(tasks.overdue, 'quá hạn', 'overdue');
    add(tasks.notDue, 'chưa đến hạn', 'not yet due');
    add(tasks.doneUndated, 'hoàn thành không ghi ngày', 'done on a day not written');
    add(tasks.doneNoDeadline, 'hoàn thành (không có hạn)', 'done (no deadline)');
    vi.push(v.join(', '));
    en.push(e.join(', '));
  }
  if (reports.due > 0) {
    const v = [`${reports.due} lượt báo cáo đến hạn`, `đã nhận ${reports.received}`];
    const e = [`${reports.due} report(s) due`, `${reports.received} received`];
    if (reports.late > 0) {
      v.push(`gửi chậm ${reports.late}`);
      e.push(`${reports.late} late`);
    }
    if (reports.missing > 0) {
      v.push(`chưa gửi ${reports.missing}`);
      e.push(`${reports.missing} missing`);
    }
    vi.push(v.join(', '));
    en.push(e.join(', '));
  }
  if (indicators.met + indicators.unmet > 0) {
    vi.push(`chỉ tiêu đạt ${indicators.met}, không đạt ${indicators.unmet}`);
    en.push(`${indicators.met} indicator(s) met, ${indicators.unmet} unmet`);
  }
  if (vi.length === 0) return undefined;
  const name: Message =
    card.agency !== undefined
      ? { vi: card.agency, en: card.agency }
      : { vi: 'Không ghi đơn vị', en: 'No agency written' };
  return { vi: `${name.vi}: ${vi.join('; ')}.`, en: `${name.en}: ${en.join('; ')}.` };
}
