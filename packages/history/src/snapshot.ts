/**
 * What one check leaves in the history: per workbook, every finding and every evaluated task with a
 * stable key (see identity.ts). Built from a check's result without reading files or the clock.
 */
import {
  clip,
  type EvaluatedIndicator,
  type EvaluatedReport,
  type Finding,
  type FindingLocation,
  type Message,
  type Pack,
  type Severity,
  type WorkbookResult,
} from '@dondoc/core';
import { findingItemRef, isoDateIn, itemKey, numberOccurrences } from './identity.js';

/** Findings that record something finished (done late, received late): never "still open". */
export const CLOSED_RULES: ReadonlySet<string> = new Set(['task/late', 'report/late']);

export interface TrackedFinding {
  /** `rule␟itemKey`: stable across inserted rows, reordered sheets and renamed files. */
  readonly key: string;
  readonly itemKey: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly kind: string;
  readonly title: string;
  readonly agency?: string;
  /** The last acceptable day, when the finding names one. */
  readonly due?: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly location?: FindingLocation;
  readonly message: Message;
  /** As-of date of the first check of the current unbroken run of checks that saw it. */
  readonly since?: string;
  /** How many checks in a row have seen it, this one included. */
  readonly streak?: number;
}

export interface TrackedTask {
  readonly key: string;
  readonly title: string;
  readonly agency?: string;
  readonly due?: string;
  readonly state: 'done' | 'late' | 'overdue' | 'open';
  /** ISO date it was completed, when the sheet gives one. */
  readonly completedOn?: string;
  readonly location?: FindingLocation;
}

/** One period of one report one unit owes, past its deadline: `report|#id|unit|due`. */
export interface TrackedReport {
  readonly key: string;
  /** The pack's report id. */
  readonly id: string;
  readonly title: string;
  readonly agency: string;
  readonly due: string;
  readonly state: EvaluatedReport['state'];
}

/** One indicator's figure for one period: `indicator|#id-or-title|agency|period`. */
export interface TrackedIndicator {
  readonly key: string;
  readonly id?: string;
  readonly title: string;
  readonly agency?: string;
  readonly period?: string;
  readonly outcome: EvaluatedIndicator['outcome'];
  readonly location?: FindingLocation;
}

export interface WorkbookSnapshot {
  /** The name the workbook was checked under (path or label). */
  readonly workbook: string;
  /** SHA-256 of the file's bytes, when the caller read it. */
  readonly sha256?: string;
  readonly status: WorkbookResult['status'];
  readonly findings: readonly TrackedFinding[];
  /** Undefined when the checker did not list its tasks (then "removed" cannot be told from "done"). */
  readonly tasks?: readonly TrackedTask[];
  /** Every report instance past its deadline; undefined when the checker did not list them. */
  readonly reports?: readonly TrackedReport[];
  /** Every indicator figure judged; undefined when the checker did not list them. */
  readonly indicators?: readonly TrackedIndicator[];
}

export interface CheckSnapshot {
  /** When the check ran (ISO timestamp, given by the caller: the core has no clock). */
  readonly recordedAt: string;
  readonly asOf: string;
  readonly pack: { readonly id: string; readonly version: string; readonly title: string };
  readonly tool: { readonly name: string; readonly version: string };
  readonly workbooks: readonly WorkbookSnapshot[];
}

export const KEY_SEPARATOR = '\u241f';

/** The ids a pack gives its items: the only subject ids stable enough to be identities. */
export function packItemIds(pack: Pick<Pack, 'tasks' | 'reports' | 'indicators'>): Set<string> {
  return new Set(
    [...(pack.tasks ?? []), ...(pack.reports ?? []), ...(pack.indicators ?? [])].map((i) => i.id),
  );
}

export function trackFindings(
  findings: readonly Finding[],
  packIds: ReadonlySet<string>,
): TrackedFinding[] {
  const refs = findings.map((f) => findingItemRef(f, packIds));
  const itemKeys = refs.map((r) => itemKey(r));
  const keys = numberOccurrences(
    itemKeys.map((k, i) => `${findings[i]!.rule}${KEY_SEPARATOR}${k}`),
  );
  return findings.map((f, i) => {
    const ref = refs[i]!;
    const due = isoDateIn(f.expected);
    const occurrence = keys[i]!.slice(f.rule.length + 1);
    return {
      key: keys[i]!,
      itemKey: occurrence,
      rule: f.rule,
      severity: f.severity,
      kind: f.subject.kind,
      title: ref.title ?? '',
      ...(f.agency !== undefined ? { agency: f.agency } : {}),
      ...(due !== undefined ? { due } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
      ...(f.location !== undefined ? { location: f.location } : {}),
      message: f.message,
    };
  });
}

export function workbookSnapshot(
  result: WorkbookResult,
  packIds: ReadonlySet<string>,
  sha256?: string,
): WorkbookSnapshot {
  const tasks = result.tasks;
  let tracked: TrackedTask[] | undefined;
  if (tasks !== undefined) {
    const keys = numberOccurrences(
      tasks.map((t) => itemKey({ kind: 'task', title: clip(t.title, 200), agency: t.agency })),
    );
    tracked = tasks.map((t, i) => ({
      key: keys[i]!,
      title: clip(t.title, 200),
      ...(t.agency !== undefined ? { agency: t.agency } : {}),
      ...(t.due !== undefined ? { due: t.due } : {}),
      state: t.state,
      ...(t.completedOn !== undefined ? { completedOn: t.completedOn } : {}),
      location: t.location,
    }));
  }
  const reports = result.reports && trackReports(result.reports);
  const indicators = result.indicators && trackIndicators(result.indicators);
  return {
    workbook: result.workbook,
    ...(sha256 !== undefined ? { sha256 } : {}),
    status: result.status,
    findings: trackFindings(result.findings, packIds),
    ...(reports !== undefined ? { reports } : {}),
    ...(indicators !== undefined ? { indicators } : {}),
    ...(tracked !== undefined ? { tasks: tracked } : {}),
  };
}

/**
 * Report instances with their identity: the pack's report id, the unit that owes it and the due day
 * of its period. The key is the one a `report/…` finding on the same instance has.
 */
export function trackReports(reports: readonly EvaluatedReport[]): TrackedReport[] {
  const keys = numberOccurrences(
    reports.map((r) =>
      itemKey({ kind: 'report', id: r.id, title: r.title, agency: r.agency, period: r.due }),
    ),
  );
  return reports.map((r, i) => ({
    key: keys[i]!,
    id: r.id,
    title: clip(r.title, 200),
    agency: r.agency,
    due: r.due,
    state: r.state,
  }));
}

/**
 * Indicator figures with their identity: the pack's indicator id (else its folded title), the
 * agency in charge and the period of the column; where the figure sits is kept, never part of it.
 */
export function trackIndicators(indicators: readonly EvaluatedIndicator[]): TrackedIndicator[] {
  const keys = numberOccurrences(
    indicators.map((x) =>
      itemKey({
        kind: 'indicator',
        id: x.id,
        title: clip(x.title, 200),
        agency: x.agency,
        ...(x.period !== undefined ? { period: x.period } : {}),
      }),
    ),
  );
  return indicators.map((x, i) => ({
    key: keys[i]!,
    ...(x.id !== undefined ? { id: x.id } : {}),
    title: clip(x.title, 200),
    ...(x.agency !== undefined ? { agency: x.agency } : {}),
    ...(x.period !== undefined ? { period: x.period } : {}),
    outcome: x.outcome,
    location: x.location,
  }));
}
