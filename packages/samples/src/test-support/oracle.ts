/**
 * An independent reading of the checker's semantics (the brief's wording, not plants.ts), used to
 * confirm that every planted row produces exactly the findings the manifest lists.
 */
import { daysBetween, parseIsoDate } from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';

const DONE = new Set(['Hoàn thành', 'Đã hoàn thành', 'Xong']);
const NOT_DONE = new Set(['Đang thực hiện', 'Chưa thực hiện', 'Chưa hoàn thành']);
const RECURRING = new Set(['Thường xuyên', 'Hằng tháng', 'trước ngày 10 hằng tháng']);

export interface OracleRow {
  readonly dueText: string;
  /** ISO last acceptable day when the deadline is one valid day. */
  readonly due?: string;
  readonly completedText: string;
  readonly completedOn?: string;
  readonly status: string;
}

export type OracleField = 'due' | 'completedOn' | 'status';

export function expectedFindings(
  row: OracleRow,
  asOf: PlainDate,
  dueSoonDays = 7,
): Array<[string, OracleField]> {
  const dueInvalid = row.dueText !== '' && row.due === undefined && !RECURRING.has(row.dueText);
  const completionInvalid = row.completedText !== '' && row.completedOn === undefined;
  if (dueInvalid || completionInvalid) {
    const out: Array<[string, OracleField]> = [];
    if (dueInvalid) out.push(['cell/invalid-date', 'due']);
    if (completionInvalid) out.push(['cell/invalid-date', 'completedOn']);
    return out;
  }
  const due = row.due ? parseIsoDate(row.due) : undefined;
  const completed = row.completedOn ? parseIsoDate(row.completedOn) : undefined;
  const done = completed !== undefined || DONE.has(row.status);
  const out: Array<[string, OracleField]> = [];
  if (due && !completed && !done && daysBetween(due, asOf) > 0) out.push(['task/overdue', 'due']);
  if (due && completed && daysBetween(due, completed) > 0) out.push(['task/late', 'completedOn']);
  if (due && !done) {
    const left = daysBetween(asOf, due);
    if (left >= 0 && left <= dueSoonDays) out.push(['task/due-soon', 'due']);
  }
  if (completed && NOT_DONE.has(row.status)) out.push(['task/status-conflict', 'status']);
  return out;
}
