/**
 * The history of one workbook as one JSON value, where there is no SQLite file: the add-in keeps it
 * in the workbook's document settings, the standalone page in the browser's storage. What changed is
 * diff.ts's `diffWorkbook`, the same as the store's, so the lists are the same as `dondoc check
 * --history` gives for that workbook.
 *
 * One check per as-of date: a clerk who checks again the same day while fixing the sheet replaces
 * that day's check, and is still compared with the check before it (not with the minute before).
 * Only the last two checks are kept in full (the one to compare with and the latest); every check
 * stays as a line of counts. Pure: no storage, no clock.
 */
import type { FindingLocation, Severity } from '@dondoc/core';
import { diffWorkbook, type WorkbookChanges } from './diff.js';
import { KEY_SEPARATOR, type TrackedFinding, type WorkbookSnapshot } from './snapshot.js';

/** Written into the stored value; a value of another format is not read. */
export const LOCAL_HISTORY_FORMAT = 'dondoc.history/1';

/** How many checks are kept as lines of counts (two years of weekly checks). */
export const LOCAL_CHECKS_KEPT = 104;

export interface LocalCheck {
  readonly asOf: string;
  readonly recordedAt: string;
  /** The findings carry `since` and `streak`, filled in when the check was recorded. */
  readonly snapshot: WorkbookSnapshot;
}

/** One recorded check as a line: when, how many findings, and what changed. */
export interface LocalCheckSummary {
  readonly asOf: string;
  readonly recordedAt: string;
  readonly findings: number;
  readonly new: number;
  readonly fixed: number;
  readonly stillOpen: number;
}

export interface LocalPackHistory {
  readonly pack: { readonly id: string; readonly version: string; readonly title: string };
  /** The check before `last`, with an earlier as-of date: what a second check that day compares with. */
  readonly base?: LocalCheck;
  readonly last: LocalCheck;
  /** Oldest first. */
  readonly checks: readonly LocalCheckSummary[];
}

/** One workbook's checks, per pack (the pack used most recently first). */
export interface LocalHistory {
  readonly packs: readonly LocalPackHistory[];
}

export const EMPTY_LOCAL_HISTORY: LocalHistory = { packs: [] };

export interface LocalCheckInput {
  readonly recordedAt: string;
  readonly asOf: string;
  readonly pack: LocalPackHistory['pack'];
  readonly workbook: WorkbookSnapshot;
}

export interface LocalRecord {
  readonly history: LocalHistory;
  readonly changes: WorkbookChanges;
  /**
   * `added`: a new as-of date; `replaced`: the same as-of date checked again, compared with the
   * check before it; `earlier`: an as-of date before the last recorded check, compared with the
   * latest check before it if one is kept, and not recorded (the history only moves forward).
   */
  readonly outcome: 'added' | 'replaced' | 'earlier';
}

function summary(check: LocalCheck, changes: WorkbookChanges): LocalCheckSummary {
  return {
    asOf: check.asOf,
    recordedAt: check.recordedAt,
    findings: check.snapshot.findings.length,
    new: changes.new.length,
    fixed: changes.fixed.length,
    stillOpen: changes.stillOpen.length,
  };
}

/** Records a check of the workbook in its history and says what changed since the previous one. */
export function recordLocalCheck(history: LocalHistory, input: LocalCheckInput): LocalRecord {
  const entry = history.packs.find((p) => p.pack.id === input.pack.id);
  const others = history.packs.filter((p) => p !== entry);
  const { asOf } = input;
  if (entry !== undefined && asOf < entry.last.asOf) {
    const base = entry.base !== undefined && entry.base.asOf < asOf ? entry.base : undefined;
    const { changes } = diffWorkbook(base, input.workbook, asOf);
    return { history, changes, outcome: 'earlier' };
  }
  const replaced = entry !== undefined && asOf === entry.last.asOf;
  const previous = replaced ? entry.base : entry?.last;
  const { changes, findings } = diffWorkbook(previous, input.workbook, asOf);
  const last: LocalCheck = {
    asOf,
    recordedAt: input.recordedAt,
    snapshot: { ...input.workbook, findings },
  };
  const earlier = replaced ? entry.checks.slice(0, -1) : (entry?.checks ?? []);
  const updated: LocalPackHistory = {
    pack: input.pack,
    ...(previous !== undefined ? { base: previous } : {}),
    last,
    checks: [...earlier, summary(last, changes)].slice(-LOCAL_CHECKS_KEPT),
  };
  return {
    history: { packs: [updated, ...others] },
    changes,
    outcome: replaced ? 'replaced' : 'added',
  };
}

// ── the stored value ────────────────────────────────────────────────────────────────────────────

/**
 * How much was left out to fit the place's size limit: 0 nothing; 1 the findings' messages (a
 * finding read back shows its title); 2 also the other packs' histories. The task lists are never
 * stored: what changed is told from the findings before and the tasks now.
 */
export type LocalTrim = 0 | 1 | 2;

interface StoredFinding extends Omit<TrackedFinding, 'key' | 'message'> {
  readonly message?: TrackedFinding['message'];
}

function storedCheck(check: LocalCheck, trim: LocalTrim) {
  const { snapshot } = check;
  const findings: StoredFinding[] = snapshot.findings.map((f) => {
    // The key is the rule and the item key: not stored twice.
    const { key: _key, message, ...rest } = f;
    return trim >= 1 ? rest : { ...rest, message };
  });
  const { tasks: _tasks, ...workbook } = snapshot;
  return { asOf: check.asOf, recordedAt: check.recordedAt, snapshot: { ...workbook, findings } };
}

function stored(history: LocalHistory, trim: LocalTrim): string {
  const packs = trim >= 2 ? history.packs.slice(0, 1) : history.packs;
  return JSON.stringify({
    format: LOCAL_HISTORY_FORMAT,
    packs: packs.map((p) => ({
      pack: p.pack,
      ...(p.base !== undefined ? { base: storedCheck(p.base, trim) } : {}),
      last: storedCheck(p.last, trim),
      checks: p.checks,
    })),
  });
}

/**
 * The history as the text to store, at most `maxChars` characters, leaving out as little as it
 * must (see LocalTrim); `text` is undefined when even the leanest form is too long.
 */
export function encodeLocalHistory(
  history: LocalHistory,
  maxChars: number,
): { readonly text: string | undefined; readonly trim: LocalTrim } {
  for (const trim of [0, 1, 2] as const) {
    const text = stored(history, trim);
    if (text.length <= maxChars) return { text, trim };
  }
  return { text: undefined, trim: 2 };
}

// Reading back: the value comes from a file or the browser, so every part is checked and what is
// not well formed is left out, never trusted.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown): boolean => v === undefined || str(v);
const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['error', 'warning', 'info']);
const STATUSES: ReadonlySet<string> = new Set<WorkbookSnapshot['status']>([
  'checked',
  'no-table',
  'unreadable',
]);

function readLocation(v: unknown): FindingLocation | undefined {
  if (!isObject(v)) return undefined;
  const { workbook, sheet, cell, row } = v;
  if (!str(workbook) || !optStr(sheet) || !optStr(cell)) return undefined;
  if (row !== undefined && !count(row)) return undefined;
  return {
    workbook,
    ...(str(sheet) ? { sheet } : {}),
    ...(str(cell) ? { cell } : {}),
    ...(count(row) ? { row } : {}),
  };
}

function readFinding(v: unknown): TrackedFinding | undefined {
  if (!isObject(v)) return undefined;
  const { itemKey, rule, severity, kind, title, since, streak, message } = v;
  if (!str(itemKey) || !str(rule) || !str(severity) || !SEVERITIES.has(severity)) return undefined;
  if (!str(kind) || !str(title) || !str(since) || !ISO_DATE.test(since) || !count(streak)) {
    return undefined;
  }
  if (!optStr(v.agency) || !optStr(v.due) || !optStr(v.expected) || !optStr(v.actual)) {
    return undefined;
  }
  const location = readLocation(v.location);
  const text = isObject(message) && str(message.vi) && str(message.en) ? message : undefined;
  return {
    key: `${rule}${KEY_SEPARATOR}${itemKey}`,
    itemKey,
    rule,
    severity: severity as Severity,
    kind,
    title,
    ...(str(v.agency) ? { agency: v.agency } : {}),
    ...(str(v.due) ? { due: v.due } : {}),
    ...(str(v.expected) ? { expected: v.expected } : {}),
    ...(str(v.actual) ? { actual: v.actual } : {}),
    ...(location !== undefined ? { location } : {}),
    message: text ? { vi: text.vi as string, en: text.en as string } : { vi: title, en: title },
    since,
    streak,
  };
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((i): i is T => i !== undefined);
}

function readCheck(v: unknown): LocalCheck | undefined {
  if (!isObject(v) || !str(v.asOf) || !ISO_DATE.test(v.asOf) || !str(v.recordedAt)) {
    return undefined;
  }
  const s = v.snapshot;
  if (!isObject(s) || !str(s.workbook) || !str(s.status) || !STATUSES.has(s.status)) {
    return undefined;
  }
  if (!Array.isArray(s.findings)) return undefined;
  return {
    asOf: v.asOf,
    recordedAt: v.recordedAt,
    snapshot: {
      workbook: s.workbook,
      ...(str(s.sha256) ? { sha256: s.sha256 } : {}),
      status: s.status as WorkbookSnapshot['status'],
      findings: present(s.findings.map(readFinding)),
    },
  };
}

function readSummary(v: unknown): LocalCheckSummary | undefined {
  if (!isObject(v) || !str(v.asOf) || !ISO_DATE.test(v.asOf) || !str(v.recordedAt)) {
    return undefined;
  }
  const { findings, stillOpen, fixed } = v;
  if (!count(findings) || !count(v.new) || !count(fixed) || !count(stillOpen)) return undefined;
  return { asOf: v.asOf, recordedAt: v.recordedAt, findings, new: v.new, fixed, stillOpen };
}

function readPack(v: unknown): LocalPackHistory | undefined {
  if (!isObject(v) || !isObject(v.pack)) return undefined;
  const { id, version, title } = v.pack;
  const last = readCheck(v.last);
  if (!str(id) || !str(version) || !str(title) || last === undefined) return undefined;
  const base = readCheck(v.base);
  return {
    pack: { id, version, title },
    ...(base !== undefined && base.asOf < last.asOf ? { base } : {}),
    last,
    checks: Array.isArray(v.checks)
      ? present(v.checks.map(readSummary)).slice(-LOCAL_CHECKS_KEPT)
      : [],
  };
}

/**
 * The history from its stored text (or the parsed value). `unreadable` is true when something was
 * stored but is not a history this version reads: the caller says so before writing over it.
 */
export function decodeLocalHistory(raw: unknown): {
  readonly history: LocalHistory;
  readonly unreadable: boolean;
} {
  if (raw === undefined || raw === null || raw === '') {
    return { history: EMPTY_LOCAL_HISTORY, unreadable: false };
  }
  let value: unknown = raw;
  if (str(raw)) {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return { history: EMPTY_LOCAL_HISTORY, unreadable: true };
    }
  }
  if (!isObject(value) || value.format !== LOCAL_HISTORY_FORMAT || !Array.isArray(value.packs)) {
    return { history: EMPTY_LOCAL_HISTORY, unreadable: true };
  }
  const packs = present(value.packs.map(readPack));
  const ids = new Set<string>();
  return {
    history: {
      packs: packs.filter((p) => (ids.has(p.pack.id) ? false : (ids.add(p.pack.id), true))),
    },
    unreadable: false,
  };
}
