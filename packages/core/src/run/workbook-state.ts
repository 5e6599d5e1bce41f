/**
 * What the table handlers of one workbook add to as rows come: findings and what could not be
 * evaluated, in row order, and what is only judged once the whole workbook is read (the roster and
 * the log of received reports, the task rows a pack's tasks are matched to, indicator counts).
 */
import type { Finding, Message, NotEvaluated } from '../model/findings.js';
import type { SendingState } from '../table/simple-headers.js';
import type { Row } from '../model/sheet.js';
import type { CellValue } from '../model/sheet.js';
import type {
  EvaluatedIndicator,
  EvaluatedReport,
  EvaluatedTask,
  IndicatorStats,
  SheetResult,
  UpcomingDeadline,
} from './result.js';

export interface WorkbookState {
  readonly name: string;
  readonly findings: Finding[];
  readonly notEvaluated: NotEvaluated[];
  readonly upcoming: UpcomingDeadline[];
  readonly tasks: EvaluatedTask[];
  readonly reports: EvaluatedReport[];
  readonly indicators: EvaluatedIndicator[];
  readonly roster: RosterEntry[];
  readonly log: LogLine[];
  /** Whether a received-reports log sheet was found (it may have no line yet). */
  logFound: boolean;
  readonly trackedRows: TrackedRow[];
  readonly indicatorStats: IndicatorStats;
  /** Custom rules that threw on some rows: how many rows, and the first error. */
  readonly ruleFailures: Map<string, { rows: number; error: string }>;
}

export interface RosterEntry {
  readonly unit: string;
  readonly group?: string;
  /** Where the unit sits, as the roster writes it ("Bưu điện văn hóa xã Thạch Kênh"). */
  readonly place?: string;
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
}

export interface LogLine {
  readonly unit: string;
  readonly report: string;
  readonly period: string;
  /** The document's number and symbol ("85/BC-UBND"), when the log has that column. */
  readonly number: string;
  /** A sending status ("Đã gửi", "Chưa gửi"), when the log has a status column. */
  readonly status: string;
  readonly received:
    { readonly value: CellValue; readonly text: string; readonly address: string } | undefined;
  readonly note: string;
  readonly sheet: string;
  readonly row: number;
  readonly unitAddress: string;
  /** The received-date cell, empty or not. */
  readonly receivedAddress?: string;
  /** The year of the log's title block ("… NĂM 2024"): periods written without one are in it. */
  readonly year?: number;
  /**
   * What a log that keeps no day says of the report, from its tick ("x" under "Chậm") or its
   * status in words ("Nộp chậm 3 ngày"); 'unread' when the line says nothing that can be read (no
   * tick, ticks that disagree, a status that names no sending), with why.
   */
  readonly sending?:
    { readonly state: SendingState } | { readonly state: 'unread'; readonly why: Message };
}

/** A task row kept to be matched with the pack's tasks. */
export interface TrackedRow {
  readonly title: string;
  readonly code: string;
  readonly owner: string;
  readonly sheet: string;
  readonly row: number;
  readonly cell?: string;
}

export function createWorkbookState(name: string): WorkbookState {
  return {
    name,
    findings: [],
    notEvaluated: [],
    upcoming: [],
    tasks: [],
    reports: [],
    indicators: [],
    roster: [],
    log: [],
    logFound: false,
    trackedRows: [],
    indicatorStats: { evaluated: 0, met: 0, exceeded: 0, unmet: 0 },
    ruleFailures: new Map(),
  };
}

/** One recognised table of a sheet: it takes the sheet's rows and says what it found. */
export interface TableHandler {
  push(row: Row): void;
  finish(): SheetResult;
}
