/**
 * What a check gives back, per sheet and per workbook, and the shape of the checker itself: the
 * streaming interfaces adapters drive (a workbook, then its sheets, then their rows one at a time).
 */
import { plainMessage } from '../findings/template.js';
import type { Pack } from '../pack/schema.js';
import type { PlainDate } from '../model/plain-date.js';
import type {
  Finding,
  FindingLocation,
  FindingsReport,
  Message,
  NotEvaluated,
} from '../model/findings.js';
import type { LegacyTextConversion, Row, SheetInfo } from '../model/sheet.js';
import type { TaskField } from '../table/headers.js';
import type { TableKind } from '../table/vocabulary.js';
import type { TableUnderstanding } from './understanding.js';

export interface CheckerOptions {
  /** The pack with its `extends` already resolved (see resolvePack). */
  readonly pack: Pack;
  readonly asOf: PlainDate;
  /** Record what was understood of each table (`dondoc check --explain`); off by default. */
  readonly explain?: boolean;
}

export interface SheetResult {
  readonly name: string;
  readonly state: SheetInfo['state'];
  /** Which table was found in the sheet. */
  readonly table: TableKind | 'none';
  readonly headerRows?: readonly number[];
  /** Field → column letter, e.g. { title: "B", due: "E" }. */
  readonly columns?: Readonly<Partial<Record<TaskField, string>>>;
  readonly tasks: number;
  /** More tables found on the same sheet, below the first (each with its own header). */
  readonly more?: readonly SheetResult[];
  /** What was understood of the table, when the check was asked to explain. */
  readonly understanding?: TableUnderstanding;
  /**
   * Text typed in a legacy font (TCVN3, VNI) that was converted to Unicode for reading, one note per
   * encoding with what a clerk reads ("Văn bản trong trang … gõ bằng phông TCVN3 (.VnTime) đã được
   * chuyển sang Unicode để đọc"); absent when there was none.
   */
  readonly legacyText?: readonly LegacyTextNote[];
}

export interface LegacyTextNote extends LegacyTextConversion {
  readonly message: Message;
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
  /**
   * Every task row evaluated, in sheet order, with its state as of the check: what a history of
   * checks needs to tell a task that was done from a row that was removed, and to count tasks due
   * and done on time per agency.
   */
  readonly tasks?: readonly EvaluatedTask[];
  /** Every report instance whose deadline has passed, with what the log says of it: the scorecards count them per unit. */
  readonly reports?: readonly EvaluatedReport[];
  /** Every indicator figure judged against its target: the scorecards count them per agency. */
  readonly indicators?: readonly EvaluatedIndicator[];
}

export interface EvaluatedTask {
  readonly title: string;
  /** The row's own number or code ("1", "I.2"), when the sheet has one. */
  readonly code?: string;
  readonly agency?: string;
  /** ISO date of the last acceptable day, when the deadline could be read. */
  readonly due?: string;
  /** done: completed on time or with no deadline; late: completed after it; overdue: not done past it; open: not done, not yet due or no deadline. */
  readonly state: 'done' | 'late' | 'overdue' | 'open';
  /** ISO date the task was completed, when the sheet gives one ("done" without it: on time unknown once due). */
  readonly completedOn?: string;
  readonly location: FindingLocation;
}

/** One period of one report one unit owes, past its deadline. */
export interface EvaluatedReport {
  /** The pack's report id. */
  readonly id: string;
  readonly title: string;
  /** The unit that owes it. */
  readonly agency: string;
  /** ISO date of the last acceptable day. */
  readonly due: string;
  /**
   * received: on time; late: received after the deadline; sent: marked sent with no day; missing:
   * not in the log; unknown: no log of received reports, or the log does not say which period.
   */
  readonly state: 'received' | 'late' | 'sent' | 'missing' | 'unknown';
}

/** One indicator's figure for one period, judged against its target (periods still running are left out). */
export interface EvaluatedIndicator {
  readonly title: string;
  /** The pack's indicator id, when the row was matched to one. */
  readonly id?: string;
  /** The agency in charge, from the pack (its first owner). */
  readonly agency?: string;
  readonly outcome: 'met' | 'exceeded' | 'unmet';
  /** The period the figure is for ("2024", "2024-Q3"), when the table's columns say it: part of its identity in a history. */
  readonly period?: string;
  readonly location: FindingLocation;
}

export interface WorkbookStats {
  readonly indicators: IndicatorStats;
  readonly reports: ReportStats;
}

export interface UpcomingDeadline {
  readonly title: string;
  /**
   * The pack's task or report it is an instance of, when known: a calendar's event keeps its id
   * when the row's wording changes.
   */
  readonly item?: { readonly kind: 'task' | 'report'; readonly id: string };
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
  /** Whether each sheet's result says what was understood of its tables. */
  readonly explain: boolean;
  workbook(name: string): WorkbookChecker;
  /** A workbook that could not be read at all, reported as such. */
  unreadable(name: string, error: Message): WorkbookResult;
  report(results: readonly WorkbookResult[]): FindingsReport;
}

export interface IndicatorStats {
  evaluated: number;
  met: number;
  exceeded: number;
  unmet: number;
  /** Figures below target in a period that has not ended yet: no finding. */
  notEnded?: number;
  /** Figures above target in a period that has not ended yet (an estimate, a running total): no finding. */
  notEndedAbove?: number;
}

/** Per unit: how many had a report due, sent everything, sent late, or still owe one. */
export interface ReportStats {
  readonly units: number;
  readonly sent: number;
  readonly lateUnits: readonly string[];
  readonly missingUnits: readonly string[];
}

/**
 * The result with every finding's message rendered into a plain object: what a structured clone (a
 * worker's postMessage) can carry, since a message kept for later rendering would lose its texts.
 */
export function withPlainMessages(result: WorkbookResult): WorkbookResult {
  return {
    ...result,
    findings: result.findings.map((f) => ({ ...f, message: plainMessage(f.message) })),
  };
}
