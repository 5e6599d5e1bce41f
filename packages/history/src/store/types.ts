/**
 * The store's interface. The SQLite file implements it for one office; an office that shares one
 * history among many would put a server database (PostgreSQL) behind the same methods, which is why
 * they return promises.
 */
import type { WorkbookChanges } from '../diff.js';
import type { SentReminder } from '../escalation.js';
import type { CheckSnapshot } from '../snapshot.js';

export interface RecordOptions {
  /** Called inside the transaction, after every row is written and before it commits. */
  readonly beforeCommit?: () => void;
  /**
   * Whether a workbook name (path) still exists. A workbook checked under a new name is taken for
   * a renamed one only when the old name is gone; without this, names alone identify workbooks.
   */
  readonly exists?: (name: string) => boolean;
}

export interface RecordResult {
  readonly runId: number;
  /** Per workbook, in the snapshot's order: what changed since its previous recorded check. */
  readonly changes: readonly WorkbookChanges[];
}

export interface HistoryFilter {
  /** ISO date: only checks as of this date or later. */
  readonly since?: string;
  readonly pack?: string;
  /** Part of an agency's name, compared without case and diacritics. */
  readonly agency?: string;
}

export interface RunSummary {
  readonly id: number;
  readonly recordedAt: string;
  readonly asOf: string;
  readonly pack: { readonly id: string; readonly version: string };
  readonly toolVersion: string;
  readonly workbooks: number;
}

/**
 * One agency at one as-of date, over the latest check of every workbook that day: the tasks counted
 * as the core's scorecards count them (see TaskCounts in @dondoc/core).
 */
export interface AgencyPoint {
  readonly asOf: string;
  /** The agency as first written ('' for the tasks whose row names none). */
  readonly agency: string;
  readonly workbooks: number;
  readonly tasks: number;
  readonly onTime: number;
  readonly late: number;
  readonly overdue: number;
  readonly notDue: number;
  readonly doneUndated: number;
  /** Done, with no deadline to judge it against: not on time, and not in the share. */
  readonly doneNoDeadline: number;
  /** On time among the tasks whose outcome is known, in percent (one decimal). */
  readonly onTimePercent?: number;
  readonly reportsMissing: number;
  readonly indicatorsUnmet: number;
}

export interface ItemTimeline {
  readonly kind: string;
  readonly title: string;
  readonly agency?: string;
  readonly workbook: string;
  /** Its status at each check: a task's state, or the rules that fired on it. */
  readonly statuses: readonly { readonly asOf: string; readonly status: string }[];
}

export interface HistoryStore {
  record(snapshot: CheckSnapshot, options?: RecordOptions): Promise<RecordResult>;
  recordReminder(packId: string, reminder: SentReminder, runId?: number): Promise<number>;
  reminders(packId: string, agency?: string): Promise<SentReminder[]>;
  runs(filter?: HistoryFilter): Promise<RunSummary[]>;
  agencyTrend(filter?: HistoryFilter): Promise<AgencyPoint[]>;
  itemTimelines(filter?: HistoryFilter): Promise<ItemTimeline[]>;
  close(): Promise<void>;
}
