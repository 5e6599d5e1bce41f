/**
 * What changed since the last check of one workbook under one pack: new findings, fixed ones (and
 * how: done, done late, received, removed from the sheet), those still open (since when, how many
 * checks in a row) and those that changed (a moved deadline, another severity or value). Pure: the
 * two snapshots are the only input.
 */
import type { Severity } from '@dondoc/core';
import { CLOSED_RULES, type TrackedFinding, type WorkbookSnapshot } from './snapshot.js';

/** How a finding went away. */
export type FixedHow =
  /** the task is now marked done on time, the indicator met, the value corrected */
  | 'done'
  /** the task is done, after its deadline */
  | 'late'
  /** its deadline moved later, so it is no longer overdue */
  | 'rescheduled'
  /** its row is no longer in the workbook */
  | 'removed';

export interface FixedFinding {
  readonly finding: TrackedFinding;
  readonly how: FixedHow;
}

export interface OpenFinding {
  readonly finding: TrackedFinding;
  /** The same finding at the previous check. */
  readonly before: TrackedFinding;
  readonly since: string;
  readonly streak: number;
  /** Days past the deadline now and at the previous check, when the finding has a deadline. */
  readonly days?: number;
  readonly daysBefore?: number;
  /** What changed other than the passing days: deadline, severity, expected or actual value. */
  readonly changes: readonly ('due' | 'severity' | 'expected' | 'actual')[];
}

export interface WorkbookChanges {
  readonly workbook: string;
  /** The name it had at the previous check, when it was renamed since. */
  readonly renamedFrom?: string;
  readonly previous: { readonly asOf: string; readonly recordedAt: string } | undefined;
  readonly new: readonly TrackedFinding[];
  readonly fixed: readonly FixedFinding[];
  readonly stillOpen: readonly OpenFinding[];
  /** The still-open findings with a change other than the passing days. */
  readonly changed: readonly OpenFinding[];
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export interface PreviousCheck {
  readonly asOf: string;
  readonly recordedAt: string;
  readonly snapshot: WorkbookSnapshot;
}

/**
 * Compares a workbook's findings at this check (as of `asOf`) with its previous check, and returns
 * the changes and the current findings with `since` and `streak` filled in.
 */
export function diffWorkbook(
  previous: PreviousCheck | undefined,
  current: WorkbookSnapshot,
  asOf: string,
): { changes: WorkbookChanges; findings: TrackedFinding[] } {
  const before = new Map((previous?.snapshot.findings ?? []).map((f) => [f.key, f]));
  const now = new Map(current.findings.map((f) => [f.key, f]));
  const openBefore = new Set(
    (previous?.snapshot.findings ?? [])
      .filter((f) => !CLOSED_RULES.has(f.rule))
      .map((f) => f.itemKey),
  );
  const tasksNow =
    current.tasks !== undefined ? new Map(current.tasks.map((t) => [t.key, t])) : undefined;
  const openNow = new Set(
    current.findings.filter((f) => !CLOSED_RULES.has(f.rule)).map((f) => f.itemKey),
  );
  const closedNow = new Set(
    current.findings.filter((f) => CLOSED_RULES.has(f.rule)).map((f) => f.itemKey),
  );

  const fresh: TrackedFinding[] = [];
  const stillOpen: OpenFinding[] = [];
  const findings: TrackedFinding[] = [];
  for (const f of current.findings) {
    const was = before.get(f.key);
    if (was === undefined) {
      // A late completion of something that was open is part of "fixed", not a new problem.
      if (!(CLOSED_RULES.has(f.rule) && openBefore.has(f.itemKey))) fresh.push(f);
      findings.push({ ...f, since: asOf, streak: 1 });
      continue;
    }
    const since = was.since ?? previous!.asOf;
    const streak = (was.streak ?? 1) + 1;
    findings.push({ ...f, since, streak });
    if (CLOSED_RULES.has(f.rule)) continue;
    const changes: OpenFinding['changes'][number][] = [];
    if (was.due !== f.due) changes.push('due');
    if (was.severity !== f.severity) changes.push('severity');
    if (was.due === f.due && was.expected !== f.expected) changes.push('expected');
    if (was.actual !== f.actual) changes.push('actual');
    stillOpen.push({
      finding: f,
      before: was,
      since,
      streak,
      ...(f.due !== undefined ? { days: daysBetween(f.due, asOf) } : {}),
      ...(was.due !== undefined && previous
        ? { daysBefore: daysBetween(was.due, previous.asOf) }
        : {}),
      changes,
    });
  }

  const fixed: FixedFinding[] = [];
  for (const f of previous?.snapshot.findings ?? []) {
    if (now.has(f.key) || CLOSED_RULES.has(f.rule)) continue;
    // "Due soon" that became "overdue" is the item getting worse, shown as newly overdue.
    if (f.rule.endsWith('/due-soon') && openNow.has(f.itemKey)) continue;
    let how: FixedHow = closedNow.has(f.itemKey) ? 'late' : 'done';
    if (f.kind === 'task' && tasksNow !== undefined) {
      const task = tasksNow.get(f.itemKey);
      if (task === undefined) how = 'removed';
      else if (task.state === 'late') how = 'late';
      else if (task.state === 'open') how = 'rescheduled';
      else if (task.state === 'overdue' && f.rule.endsWith('/due-soon')) continue;
    }
    fixed.push({ finding: f, how });
  }

  const bySeverity = (a: TrackedFinding, b: TrackedFinding) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  fresh.sort(bySeverity);
  stillOpen.sort((a, b) => b.streak - a.streak || bySeverity(a.finding, b.finding));
  return {
    changes: {
      workbook: current.workbook,
      ...(previous && previous.snapshot.workbook !== current.workbook
        ? { renamedFrom: previous.snapshot.workbook }
        : {}),
      previous: previous ? { asOf: previous.asOf, recordedAt: previous.recordedAt } : undefined,
      new: fresh,
      fixed,
      stillOpen,
      changed: stillOpen.filter((o) => o.changes.length > 0),
    },
    findings,
  };
}
