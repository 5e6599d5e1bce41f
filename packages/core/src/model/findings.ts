/**
 * Findings: the contract every output format and every test relies on (see docs/findings.md).
 * Plain data only; formatters live outside the core.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Every message a user reads is Vietnamese first, English second. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

export type SubjectKind = 'task' | 'report' | 'indicator' | 'cell' | 'agency' | 'row' | 'sheet';

export interface FindingLocation {
  readonly workbook: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly row?: number;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly subject: { readonly kind: SubjectKind; readonly id?: string; readonly title?: string };
  readonly agency?: string;
  readonly location?: FindingLocation;
  readonly expected?: string;
  readonly actual?: string;
  /** The words of the obligation this finding is about: the deadline as written, or the pack quote. */
  readonly quote?: string;
  readonly message: Message;
}

/** Something that could not be checked, and why: silence is never a clean result. */
export interface NotEvaluated {
  readonly scope: string;
  readonly location?: FindingLocation;
  /** Every cell the item covers, when it stands for several rows (the first is location.cell). */
  readonly cells?: readonly string[];
  readonly reason: Message;
}

export interface Summary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly byRule: Readonly<Record<string, number>>;
  readonly notEvaluated: readonly NotEvaluated[];
  /** Sentences in the documents' style ("Có 24/25 chỉ tiêu đạt, vượt kế hoạch; …"). */
  readonly narrative?: readonly Message[];
}

export interface FindingsReport {
  readonly version: 1;
  readonly asOf: string;
  readonly pack: { readonly id: string; readonly version: string; readonly title: string };
  readonly summary: Summary;
  readonly findings: readonly Finding[];
  /** Per agency and per workbook: tasks, reports and indicators counted (see run/scorecards.ts). */
  readonly scorecards?: Scorecards;
}

/**
 * Every evaluated task, by its outcome as of the check (a task done on time has no finding, but it
 * counts). assigned = onTime + late + overdue + notDue + doneUndated + doneNoDeadline.
 */
export interface TaskCounts {
  readonly assigned: number;
  /** Done by its deadline. */
  readonly onTime: number;
  /** Done after its deadline. */
  readonly late: number;
  /** Not done, past its deadline. */
  readonly overdue: number;
  /** Not done, deadline not reached or not written. */
  readonly notDue: number;
  /** Marked done with no completion date, past its deadline: whether on time is not known. */
  readonly doneUndated: number;
  /** Done, with no deadline to judge it against: neither on time nor late. */
  readonly doneNoDeadline: number;
}

/** Report instances past their deadline. received counts those received late too. */
export interface ReportCounts {
  readonly due: number;
  /** Received or marked sent, on time or not. */
  readonly received: number;
  readonly late: number;
  readonly missing: number;
}

/** Indicator figures judged against their targets. met counts those that beat it too. */
export interface IndicatorCounts {
  readonly met: number;
  readonly unmet: number;
}

export interface ScoreCounts {
  readonly tasks: TaskCounts;
  /**
   * Share of the tasks whose outcome is known (on time, late, overdue) done on time, in percent
   * with one decimal (66.7); absent when no task's outcome is known yet.
   */
  readonly onTimePercent?: number;
  readonly reports: ReportCounts;
  readonly indicators: IndicatorCounts;
}

export interface AgencyScorecard extends ScoreCounts {
  /** The agency as first written; absent for the tasks whose row names no agency. */
  readonly agency?: string;
}

export interface WorkbookScorecard extends ScoreCounts {
  readonly workbook: string;
  readonly status: 'checked' | 'no-table' | 'unreadable';
  readonly findings: { readonly error: number; readonly warning: number; readonly info: number };
}

/** Both lists are sorted worst first. */
export interface Scorecards {
  readonly agencies: readonly AgencyScorecard[];
  readonly workbooks: readonly WorkbookScorecard[];
}
