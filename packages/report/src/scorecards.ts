/**
 * The scorecards as tables, one layout for every output (text, HTML, XLSX): per agency and per
 * workbook, the columns of the kinds of duty the check met (tasks, reports, indicators; the columns
 * of tasks done on a day not written and of tasks done with no deadline only when there is one).
 * The counting is the core's (scorecardsOf); reports written before the core counted are counted
 * here from their workbooks.
 */
import {
  percentText,
  scorecardName,
  scorecardsOf,
  type AgencyScorecard,
  type Message,
  type ScoreCounts,
  type Scorecards,
  type WorkbookScorecard,
} from '@dondoc/core';
import type { Lang, ReportInput } from './input.js';

/** A cell: text, a count, a share in percent (undefined: no share yet), or nothing known. */
export type ScoreValue =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'count'; readonly n: number }
  | { readonly kind: 'percent'; readonly percent: number | undefined };

export interface ScoreColumn {
  readonly key: string;
  readonly title: Message;
  /** The group the column belongs to, for a header above it. */
  readonly group?: Message;
}

export interface ScoreTable {
  readonly columns: readonly ScoreColumn[];
  readonly rows: readonly (readonly ScoreValue[])[];
}

const TASKS: Message = { vi: 'Nhiệm vụ', en: 'Tasks' };
const REPORTS: Message = { vi: 'Báo cáo', en: 'Reports' };
const INDICATORS: Message = { vi: 'Chỉ tiêu', en: 'Indicators' };

interface CountColumn extends ScoreColumn {
  readonly value: (c: ScoreCounts) => ScoreValue;
  /** Shown when some row of the table has a duty of this kind. */
  readonly when: (c: ScoreCounts) => boolean;
}

const count = (n: number): ScoreValue => ({ kind: 'count', n });
const NOT_KNOWN: ScoreValue = { kind: 'none' };
const hasTasks = (c: ScoreCounts) => c.tasks.assigned > 0;
const hasReports = (c: ScoreCounts) => c.reports.due > 0;
const hasIndicators = (c: ScoreCounts) => c.indicators.met + c.indicators.unmet > 0;

const COUNT_COLUMNS: readonly CountColumn[] = [
  {
    key: 'assigned',
    group: TASKS,
    title: { vi: 'Được giao', en: 'Assigned' },
    value: (c) => count(c.tasks.assigned),
    when: hasTasks,
  },
  {
    key: 'onTime',
    group: TASKS,
    title: { vi: 'Đúng hạn', en: 'On time' },
    value: (c) => count(c.tasks.onTime),
    when: hasTasks,
  },
  {
    key: 'late',
    group: TASKS,
    title: { vi: 'Chậm', en: 'Late' },
    value: (c) => count(c.tasks.late),
    when: hasTasks,
  },
  {
    key: 'overdue',
    group: TASKS,
    title: { vi: 'Quá hạn', en: 'Overdue' },
    value: (c) => count(c.tasks.overdue),
    when: hasTasks,
  },
  {
    key: 'notDue',
    group: TASKS,
    title: { vi: 'Chưa đến hạn', en: 'Not yet due' },
    value: (c) => count(c.tasks.notDue),
    when: hasTasks,
  },
  {
    key: 'doneUndated',
    group: TASKS,
    title: { vi: 'HT không ghi ngày', en: 'Done, day unknown' },
    value: (c) => count(c.tasks.doneUndated),
    when: (c) => c.tasks.doneUndated > 0,
  },
  {
    key: 'doneNoDeadline',
    group: TASKS,
    title: { vi: 'HT không có hạn', en: 'Done, no deadline' },
    value: (c) => count(c.tasks.doneNoDeadline),
    when: (c) => c.tasks.doneNoDeadline > 0,
  },
  {
    key: 'onTimePercent',
    group: TASKS,
    title: { vi: '% đúng hạn', en: '% on time' },
    value: (c) => ({ kind: 'percent', percent: c.onTimePercent }),
    when: hasTasks,
  },
  {
    key: 'reportsDue',
    group: REPORTS,
    title: { vi: 'Đến hạn', en: 'Due' },
    value: (c) => count(c.reports.due),
    when: hasReports,
  },
  {
    key: 'reportsReceived',
    group: REPORTS,
    title: { vi: 'Đã nhận', en: 'Received' },
    value: (c) => count(c.reports.received),
    when: hasReports,
  },
  {
    key: 'reportsLate',
    group: REPORTS,
    title: { vi: 'Gửi chậm', en: 'Late' },
    value: (c) => count(c.reports.late),
    when: hasReports,
  },
  {
    key: 'reportsMissing',
    group: REPORTS,
    title: { vi: 'Chưa gửi', en: 'Missing' },
    value: (c) => count(c.reports.missing),
    when: hasReports,
  },
  {
    key: 'indicatorsMet',
    group: INDICATORS,
    title: { vi: 'Đạt', en: 'Met' },
    value: (c) => count(c.indicators.met),
    when: hasIndicators,
  },
  {
    key: 'indicatorsUnmet',
    group: INDICATORS,
    title: { vi: 'Không đạt', en: 'Unmet' },
    value: (c) => count(c.indicators.unmet),
    when: hasIndicators,
  },
];

const STATUS: Readonly<Record<WorkbookScorecard['status'], Message>> = {
  checked: { vi: 'đã kiểm tra', en: 'checked' },
  'no-table': { vi: 'không có bảng', en: 'no table' },
  unreadable: { vi: 'không đọc được', en: 'unreadable' },
};

/** The scorecards the core put in the report, or counted now from the workbooks. */
export function scorecardsOfInput(input: ReportInput): Scorecards {
  return input.report.scorecards ?? scorecardsOf(input.workbooks, { asOf: input.report.asOf });
}

function countColumns(cards: readonly ScoreCounts[]): CountColumn[] {
  return COUNT_COLUMNS.filter((c) => cards.some(c.when));
}

/** Per agency, worst first: Đơn vị, then the counts. Empty when nothing was counted. */
export function agencyScoreTable(cards: readonly AgencyScorecard[], lang: Lang): ScoreTable {
  const columns = countColumns(cards);
  if (columns.length === 0) return { columns: [], rows: [] };
  return {
    columns: [{ key: 'agency', title: { vi: 'Đơn vị', en: 'Agency' } }, ...columns],
    // every agency has a row because something of it was counted
    rows: cards.map((c) => [
      { kind: 'text', text: scorecardName(c, lang) },
      ...columns.map((col) => col.value(c)),
    ]),
  };
}

/** Per workbook, worst first: the file, its status, its findings, then the counts. */
export function workbookScoreTable(cards: readonly WorkbookScorecard[], lang: Lang): ScoreTable {
  const columns = countColumns(cards);
  const findings: Message = { vi: 'Phát hiện', en: 'Findings' };
  return {
    columns: [
      { key: 'workbook', title: { vi: 'Sổ theo dõi', en: 'Workbook' } },
      { key: 'status', title: { vi: 'Tình trạng', en: 'Status' } },
      { key: 'errors', group: findings, title: { vi: 'Lỗi', en: 'Errors' } },
      { key: 'warnings', group: findings, title: { vi: 'Cảnh báo', en: 'Warnings' } },
      { key: 'info', group: findings, title: { vi: 'Thông tin', en: 'Info' } },
      ...columns,
    ],
    rows: cards.map((c) => [
      { kind: 'text', text: c.workbook },
      { kind: 'text', text: STATUS[c.status][lang] },
      ...(c.status === 'unreadable'
        ? // nothing of an unreadable file is known: no figure, rather than zeros
          Array.from({ length: columns.length + 3 }, (): ScoreValue => NOT_KNOWN)
        : [
            count(c.findings.error),
            count(c.findings.warning),
            count(c.findings.info),
            ...columns.map((col) => col.value(c)),
          ]),
    ]),
  };
}

/** A cell as text: counts as digits, shares as "66,7%"; "—" for no share yet or nothing known. */
export function scoreText(value: ScoreValue, lang: Lang): string {
  switch (value.kind) {
    case 'none':
      return '—';
    case 'text':
      return value.text;
    case 'count':
      return String(value.n);
    case 'percent':
      return value.percent === undefined ? '—' : percentText(value.percent, lang);
  }
}
