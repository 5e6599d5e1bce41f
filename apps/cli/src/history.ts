/**
 * `--history FILE` for `dondoc check` and `dondoc remind`: record the check in the history file,
 * say what changed since the previous one, and escalate letters to agencies already reminded.
 * The diffing is @dondoc/history's (pure); this module does the I/O around it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  formatDate,
  formatIsoText,
  parseDateArgument,
  type Finding,
  type Pack,
} from '@dondoc/core';
import {
  CHANGE_NAMES,
  changeRows,
  changesReport,
  escalatedItems,
  escalationFor,
  findingItemRef,
  itemKey,
  packItemIds,
  workbookSnapshot,
  type ChangesReport,
  type SentReminder,
} from '@dondoc/history';
import { HistoryFileError, openHistory, type HistoryStore } from '@dondoc/history/store';
import { REMINDER_RULES, type PreviousReminder, type ReminderEscalation } from '@dondoc/report';
import type { ReportWorkbookOptions } from '@dondoc/xlsx';
import type { CheckRun } from './formatters/index.js';
import { onInterrupt } from './interrupt.js';
import { CliError } from './messages.js';
import { workbookLabel } from './read.js';

/** The version recorded with each run: this package's own. */
export function toolVersion(): string {
  const manifest = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'package.json');
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The history file, opened. A run stopped by a signal while it is open closes it first, so SQLite
 * folds its write-ahead log back into the file instead of leaving "-wal" and "-shm" files beside it.
 */
export function openHistoryFile(file: string): HistoryStore {
  try {
    const store = openHistory(file);
    const close = store.close.bind(store);
    const release = onInterrupt(() => void close());
    store.close = () => {
      release();
      return close();
    };
    return store;
  } catch (error) {
    if (error instanceof HistoryFileError) throw new CliError({ vi: error.vi, en: error.en });
    throw error;
  }
}

function sha256(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

export interface Recorded {
  readonly runId: number;
  readonly changes: ChangesReport;
}

/**
 * Records a check. `files` are the paths checked, in the order of `run.workbooks`; `now` is the
 * wall-clock time of the check (the CLI reads the clock, the history does not).
 */
export async function recordCheck(
  store: HistoryStore,
  run: CheckRun,
  pack: Pack,
  files: readonly string[],
  now: Date,
): Promise<Recorded> {
  const ids = packItemIds(pack);
  // Workbooks are known by their absolute path, whatever folder the check ran from.
  const paths = new Map(files.map((f) => [workbookLabel(f), path.resolve(f)]));
  const { runId, changes } = await store.record(
    {
      recordedAt: now.toISOString(),
      asOf: run.report.asOf,
      pack: run.report.pack,
      tool: { name: 'dondoc', version: toolVersion() },
      workbooks: run.workbooks.map((w) => {
        const file = paths.get(w.workbook) ?? path.resolve(w.workbook);
        return workbookSnapshot({ ...w, workbook: file }, ids, sha256(file));
      }),
    },
    { exists: (name) => existsSync(name) },
  );
  return { runId, changes: changesReport(changes) };
}

/** The item key of a finding, as the letters and the history know it. */
export function reminderItemKey(finding: Finding, ids: ReadonlySet<string>): string {
  return itemKey(findingItemRef(finding, ids));
}

/**
 * For each agency a letter goes to: the letters already sent to it about any of its items, oldest
 * first, from the reminders recorded in the history. The letter says "đôn đốc lần 2" and cites them.
 */
export function letterEscalations(
  run: CheckRun,
  pack: Pack,
  sent: readonly SentReminder[],
): Map<string, PreviousReminder[]> {
  const ids = packItemIds(pack);
  const byAgency = new Map<string, string[]>();
  for (const f of run.report.findings) {
    if (!REMINDER_RULES.includes(f.rule) || !f.agency?.trim()) continue;
    const agency = f.agency.trim();
    byAgency.set(agency, [...(byAgency.get(agency) ?? []), reminderItemKey(f, ids)]);
  }
  const out = new Map<string, PreviousReminder[]>();
  for (const [agency, keys] of byAgency) {
    const { earlier } = escalationFor(agency, keys, sent);
    out.set(
      agency,
      earlier.map((r) => ({
        ...(r.number !== undefined ? { number: r.number } : {}),
        date: r.date ?? r.recordedAt.slice(0, 10),
      })),
    );
  }
  return out;
}

/** Records one reminder per agency written for this run. */
export async function recordReminders(
  store: HistoryStore,
  run: CheckRun,
  pack: Pack,
  letter: { number?: string; date?: string },
  now: Date,
  runId?: number,
): Promise<void> {
  const ids = packItemIds(pack);
  const byAgency = new Map<string, Map<string, string>>();
  for (const f of run.report.findings) {
    if (!REMINDER_RULES.includes(f.rule) || !f.agency?.trim()) continue;
    const agency = f.agency.trim();
    const items = byAgency.get(agency) ?? new Map<string, string>();
    items.set(reminderItemKey(f, ids), f.subject.title ?? f.rule);
    byAgency.set(agency, items);
  }
  for (const [agency, items] of byAgency) {
    await store.recordReminder(
      pack.id,
      {
        agency,
        recordedAt: now.toISOString(),
        ...(letter.number !== undefined ? { number: letter.number } : {}),
        ...(letter.date !== undefined ? { date: letter.date } : {}),
        items: [...items].map(([key, title]) => ({ key, title })),
      },
      runId,
    );
  }
}

/**
 * The summary for the leadership (báo cáo Thường trực): items still open that `threshold` or more
 * letters have already asked for, as Markdown. Undefined when there are none.
 */
export function leadershipSummary(
  run: CheckRun,
  pack: Pack,
  sent: readonly SentReminder[],
  threshold: number,
): string | undefined {
  const ids = packItemIds(pack);
  const open = run.report.findings
    .filter((f) => REMINDER_RULES.includes(f.rule) && f.rule !== 'report/late' && f.agency?.trim())
    .map((f) => ({
      agency: f.agency!.trim(),
      key: reminderItemKey(f, ids),
      title: f.subject.title ?? f.rule,
    }));
  const items = escalatedItems(open, sent, threshold);
  if (items.length === 0) return undefined;
  const asOf = formatIsoText(run.report.asOf, 'dmy');
  const lines = [
    `# Báo cáo Thường trực: các nội dung đã đôn đốc từ ${threshold} lần trở lên vẫn chưa thực hiện`,
    '',
    `Đến ngày ${asOf}, theo ${run.report.pack.title}, ${String(items.length).padStart(2, '0')} nội dung dưới đây đã được Văn phòng đôn đốc từ ${threshold} lần trở lên nhưng vẫn chưa thực hiện:`,
    '',
    '| STT | Đơn vị | Nội dung | Số lần đôn đốc | Các công văn |',
    '|---|---|---|---|---|',
    ...items.map(
      (item, i) =>
        `| ${i + 1} | ${item.agency} | ${item.title.replace(/\|/g, '/')} | ${item.reminders.length} | ${item.reminders
          .map(
            (r) =>
              `${r.number ? `số ${r.number} ` : ''}ngày ${formatIsoText(r.date ?? r.recordedAt.slice(0, 10), 'dmy')}`,
          )
          .join('; ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export interface HistoryOptions {
  /** Letters are written in this run: escalate them, and record them after writing. */
  readonly reminders: boolean;
  readonly number?: string;
  readonly letterDate?: string;
  readonly escalateAfter?: string;
}

export interface HistoryOutcome {
  /** The run with its changes since the previous check. */
  readonly run: CheckRun;
  readonly escalation?: ReminderEscalation;
  /** The leadership's summary (Markdown), when items are still open after N letters. */
  readonly leadership?: string;
  /** Records the letters just written (a no-op unless letters were asked for). */
  readonly recordLetters: () => Promise<void>;
}

/** Records the check in `file` and prepares the escalation of this run's letters. */
export async function withHistory(
  file: string,
  run: CheckRun,
  pack: Pack,
  files: readonly string[],
  options: HistoryOptions,
): Promise<HistoryOutcome> {
  const letterDay =
    options.letterDate === undefined ? undefined : parseDateArgument(options.letterDate);
  if (options.letterDate !== undefined && letterDay === undefined) {
    throw new CliError({
      vi: `Ngày công văn "${options.letterDate}" không hợp lệ; viết theo dạng dd/mm/yyyy hoặc YYYY-MM-DD.`,
      en: `Invalid letter date "${options.letterDate}"; write it as dd/mm/yyyy or YYYY-MM-DD.`,
    });
  }
  const letterDate = letterDay === undefined ? undefined : formatDate(letterDay, 'iso');
  const threshold = Number(options.escalateAfter ?? '2');
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new CliError({
      vi: `--escalate-after phải là số nguyên dương, không phải "${options.escalateAfter}".`,
      en: `--escalate-after must be a positive whole number, not "${options.escalateAfter}".`,
    });
  }
  const now = new Date();
  const store = openHistoryFile(file);
  try {
    const sent = options.reminders ? await store.reminders(pack.id) : [];
    const { runId, changes } = await recordCheck(store, run, pack, files, now);
    const withChanges: CheckRun = { ...run, changes };
    if (!options.reminders) return { run: withChanges, recordLetters: () => Promise.resolve() };
    const escalations = letterEscalations(run, pack, sent);
    const leadership = leadershipSummary(run, pack, sent, threshold);
    return {
      run: withChanges,
      escalation: (agency) => escalations.get(agency),
      ...(leadership !== undefined ? { leadership } : {}),
      recordLetters: async () => {
        const again = openHistoryFile(file);
        try {
          await recordReminders(
            again,
            run,
            pack,
            {
              ...(options.number !== undefined ? { number: options.number } : {}),
              ...(letterDate !== undefined ? { date: letterDate } : {}),
            },
            now,
            runId,
          );
        } finally {
          await again.close();
        }
      },
    };
  } finally {
    await store.close();
  }
}

/** The changes as an extra sheet of the XLSX report. */
export function changeSheet(
  changes: ChangesReport,
  lang: 'vi' | 'en',
): NonNullable<ReportWorkbookOptions['extraSheets']>[number] {
  return {
    name: lang === 'vi' ? 'Thay đổi so với lần trước' : 'Changes since last check',
    ...(changes.narrative ? { intro: changes.narrative[lang] } : {}),
    header:
      lang === 'vi'
        ? ['STT', 'Thay đổi', 'Đơn vị', 'Nội dung', 'Chi tiết', 'Sổ theo dõi', 'Vị trí']
        : ['#', 'Change', 'Agency', 'Item', 'Detail', 'Workbook', 'Where'],
    rows: changeRows(changes).map((r, i) => [
      i + 1,
      CHANGE_NAMES[r.change][lang],
      r.agency,
      r.title,
      r.detail[lang],
      r.workbook,
      r.where,
    ]),
  };
}
