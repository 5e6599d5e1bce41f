/**
 * The history store in one SQLite file (better-sqlite3). Write-ahead log, so a check can read while
 * another records; every recording is one IMMEDIATE transaction, so two checks at once queue for the
 * write lock (up to `busyTimeoutMs`) instead of interleaving, and a process killed mid-write leaves
 * the file as it was before that recording.
 */
import Database from 'better-sqlite3';
import { agencyGrouping, foldText, scoreTally, type ScoreTally } from '@dondoc/core';
import { diffWorkbook, type PreviousCheck, type WorkbookChanges } from '../diff.js';
import type { SentReminder } from '../escalation.js';
import { overlap } from '../identity.js';
import type {
  CheckSnapshot,
  TrackedFinding,
  TrackedIndicator,
  TrackedReport,
  TrackedTask,
  WorkbookSnapshot,
} from '../snapshot.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import type {
  AgencyPoint,
  HistoryFilter,
  HistoryStore,
  ItemTimeline,
  RecordOptions,
  RecordResult,
  RunSummary,
} from './types.js';

/** A renamed workbook is recognised when at least this share of its items match. */
export const RENAME_OVERLAP = 0.5;

export class HistoryFileError extends Error {
  constructor(
    readonly file: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi}\n${en}`);
  }
}

export interface OpenOptions {
  /** How long a check waits for another one to finish writing (default 30 s). */
  readonly busyTimeoutMs?: number;
}

interface RunWorkbookRow {
  run_id: number;
  name: string;
  sha256: string | null;
  status: string;
  tasks_listed: number;
  as_of: string;
  recorded_at: string;
}

export function openHistory(file: string, options: OpenOptions = {}): SqliteHistoryStore {
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 30_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HistoryFileError(
      file,
      `Không mở được tệp lịch sử kiểm tra "${file}" (tệp SQLite): ${reason}`,
      `Cannot open the check history "${file}" (an SQLite file): ${reason}`,
    );
  }
  try {
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteHistoryStore(db);
}

function migrate(db: Database.Database, file: string): void {
  const run = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new HistoryFileError(
        file,
        `Tệp lịch sử "${file}" do phiên bản dondoc mới hơn ghi (lược đồ ${version}, bản này hiểu đến ${SCHEMA_VERSION}); hãy cập nhật dondoc.`,
        `The history "${file}" was written by a newer dondoc (schema ${version}, this one knows up to ${SCHEMA_VERSION}); update dondoc.`,
      );
    }
    for (let v = version; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    if (version < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  try {
    run.immediate();
  } catch (error) {
    if (error instanceof HistoryFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new HistoryFileError(
      file,
      `Tệp "${file}" không phải tệp lịch sử kiểm tra dondoc hợp lệ: ${reason}`,
      `"${file}" is not a valid dondoc check history: ${reason}`,
    );
  }
}

export class SqliteHistoryStore implements HistoryStore {
  constructor(private readonly db: Database.Database) {}

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  /** Schema version of the open file. */
  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  record(snapshot: CheckSnapshot, options: RecordOptions = {}): Promise<RecordResult> {
    const db = this.db;
    const tx = db.transaction((): RecordResult => {
      const runId = Number(
        db
          .prepare(
            `INSERT INTO runs (recorded_at, as_of, pack_id, pack_version, pack_title, tool_name, tool_version)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            snapshot.recordedAt,
            snapshot.asOf,
            snapshot.pack.id,
            snapshot.pack.version,
            snapshot.pack.title,
            snapshot.tool.name,
            snapshot.tool.version,
          ).lastInsertRowid,
      );
      const claimed = new Set<number>();
      const changes: WorkbookChanges[] = [];
      const insertRunWorkbook = db.prepare(
        `INSERT INTO run_workbooks (run_id, workbook_id, name, sha256, status, tasks_listed, reports_listed, indicators_listed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertReport = db.prepare(
        `INSERT OR REPLACE INTO reports (run_id, workbook_id, item_id, state, due) VALUES (?, ?, ?, ?, ?)`,
      );
      const insertIndicator = db.prepare(
        `INSERT OR REPLACE INTO indicators (run_id, workbook_id, item_id, outcome, period, sheet, row) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertFinding = db.prepare(
        `INSERT OR REPLACE INTO findings (run_id, workbook_id, item_id, rule, severity, due, expected, actual, sheet, cell, row, message_vi, message_en, since, streak)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertTask = db.prepare(
        `INSERT OR REPLACE INTO tasks (run_id, workbook_id, item_id, state, due, sheet, row, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const workbook of snapshot.workbooks) {
        const workbookId = this.resolveWorkbook(
          snapshot.pack.id,
          workbook,
          claimed,
          options.exists,
        );
        claimed.add(workbookId);
        const previous = this.previousCheck(workbookId, runId);
        const { changes: wbChanges, findings } = diffWorkbook(previous, workbook, snapshot.asOf);
        changes.push(wbChanges);
        insertRunWorkbook.run(
          runId,
          workbookId,
          workbook.workbook,
          workbook.sha256 ?? null,
          workbook.status,
          workbook.tasks !== undefined ? 1 : 0,
          workbook.reports !== undefined ? 1 : 0,
          workbook.indicators !== undefined ? 1 : 0,
        );
        const itemId = this.itemIds(workbookId);
        for (const f of findings) {
          const id = itemId(f.itemKey, f.kind, f.title, f.agency);
          insertFinding.run(
            runId,
            workbookId,
            id,
            f.rule,
            f.severity,
            f.due ?? null,
            f.expected ?? null,
            f.actual ?? null,
            f.location?.sheet ?? null,
            f.location?.cell ?? null,
            f.location?.row ?? null,
            f.message.vi,
            f.message.en,
            f.since!,
            f.streak!,
          );
        }
        for (const t of workbook.tasks ?? []) {
          const id = itemId(t.key, 'task', t.title, t.agency);
          insertTask.run(
            runId,
            workbookId,
            id,
            t.state,
            t.due ?? null,
            t.location?.sheet ?? null,
            t.location?.row ?? null,
            t.completedOn ?? null,
          );
        }
        for (const r of workbook.reports ?? []) {
          insertReport.run(
            runId,
            workbookId,
            itemId(r.key, 'report', r.title, r.agency),
            r.state,
            r.due,
          );
        }
        for (const x of workbook.indicators ?? []) {
          insertIndicator.run(
            runId,
            workbookId,
            itemId(x.key, 'indicator', x.title, x.agency),
            x.outcome,
            x.period ?? null,
            x.location?.sheet ?? null,
            x.location?.row ?? null,
          );
        }
      }
      options.beforeCommit?.();
      return { runId, changes };
    });
    return Promise.resolve(tx.immediate());
  }

  /**
   * The workbook id a snapshot belongs to: by name; else, among workbooks whose last name no longer
   * exists (a rename), the one with the same content, else the one whose items mostly match.
   */
  private resolveWorkbook(
    packId: string,
    wb: WorkbookSnapshot,
    claimed: Set<number>,
    exists: ((name: string) => boolean) | undefined,
  ): number {
    const db = this.db;
    const byName = db
      .prepare(`SELECT workbook_id AS id FROM workbook_names WHERE pack_id = ? AND name = ?`)
      .get(packId, wb.workbook) as { id: number } | undefined;
    let id = byName !== undefined && !claimed.has(byName.id) ? byName.id : undefined;
    // Without a way to tell whether a file still exists, two workbooks with equal content would
    // be merged: content-based matching needs `exists`.
    const gone = (candidate: { id: number; name: string }): boolean =>
      exists !== undefined && !claimed.has(candidate.id) && !exists(candidate.name);
    if (id === undefined && wb.sha256 !== undefined) {
      const rows = db
        .prepare(
          `SELECT DISTINCT w.id AS id, w.name AS name FROM run_workbooks rw JOIN workbooks w ON w.id = rw.workbook_id
           WHERE rw.sha256 = ? AND w.pack_id = ?`,
        )
        .all(wb.sha256, packId) as { id: number; name: string }[];
      id = rows.find(gone)?.id;
    }
    if (id === undefined) id = this.matchByItems(packId, wb, gone);
    if (id === undefined) {
      id = Number(
        db.prepare(`INSERT INTO workbooks (pack_id, name) VALUES (?, ?)`).run(packId, wb.workbook)
          .lastInsertRowid,
      );
    } else {
      db.prepare(`UPDATE workbooks SET name = ? WHERE id = ?`).run(wb.workbook, id);
    }
    db.prepare(
      `INSERT INTO workbook_names (pack_id, name, workbook_id) VALUES (?, ?, ?)
       ON CONFLICT (pack_id, name) DO UPDATE SET workbook_id = excluded.workbook_id`,
    ).run(packId, wb.workbook, id);
    return id;
  }

  /** A workbook under another name whose latest items mostly match: the same file, renamed. */
  private matchByItems(
    packId: string,
    wb: WorkbookSnapshot,
    gone: (candidate: { id: number; name: string }) => boolean,
  ): number | undefined {
    const keys = new Set([
      ...wb.findings.map((f) => f.itemKey),
      ...(wb.tasks ?? []).map((t) => t.key),
      ...(wb.reports ?? []).map((r) => r.key),
      ...(wb.indicators ?? []).map((x) => x.key),
    ]);
    if (keys.size === 0) return undefined;
    const candidates = this.db
      .prepare(
        `SELECT w.id AS id, w.name AS name, MAX(rw.run_id) AS run_id FROM workbooks w JOIN run_workbooks rw ON rw.workbook_id = w.id
         WHERE w.pack_id = ? GROUP BY w.id`,
      )
      .all(packId) as { id: number; name: string; run_id: number }[];
    const itemsOf = this.db.prepare(
      `SELECT i.key AS key FROM findings f JOIN items i ON i.id = f.item_id WHERE f.run_id = ? AND f.workbook_id = ?
       UNION SELECT i.key FROM tasks t JOIN items i ON i.id = t.item_id WHERE t.run_id = ? AND t.workbook_id = ?
       UNION SELECT i.key FROM reports r JOIN items i ON i.id = r.item_id WHERE r.run_id = ? AND r.workbook_id = ?
       UNION SELECT i.key FROM indicators x JOIN items i ON i.id = x.item_id WHERE x.run_id = ? AND x.workbook_id = ?`,
    );
    let best: { id: number; score: number } | undefined;
    for (const c of candidates) {
      if (!gone(c)) continue;
      const theirs = new Set(
        (
          itemsOf.all(c.run_id, c.id, c.run_id, c.id, c.run_id, c.id, c.run_id, c.id) as {
            key: string;
          }[]
        ).map((r) => r.key),
      );
      const score = overlap(keys, theirs);
      if (score >= RENAME_OVERLAP && (best === undefined || score > best.score)) {
        best = { id: c.id, score };
      }
    }
    return best?.id;
  }

  private itemIds(
    workbookId: number,
  ): (key: string, kind: string, title: string, agency: string | undefined) => number {
    const find = this.db.prepare(`SELECT id FROM items WHERE workbook_id = ? AND key = ?`);
    const insert = this.db.prepare(
      `INSERT INTO items (workbook_id, key, kind, title, agency, agency_key) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    return (key, kind, title, agency) => {
      const row = find.get(workbookId, key) as { id: number } | undefined;
      if (row) return row.id;
      return Number(
        insert.run(workbookId, key, kind, title, agency ?? null, foldText(agency ?? ''))
          .lastInsertRowid,
      );
    };
  }

  /** The latest recorded check of a workbook before run `beforeRun`. */
  private previousCheck(workbookId: number, beforeRun: number): PreviousCheck | undefined {
    const db = this.db;
    const row = db
      .prepare(
        `SELECT rw.run_id, rw.name, rw.sha256, rw.status, rw.tasks_listed, r.as_of, r.recorded_at
         FROM run_workbooks rw JOIN runs r ON r.id = rw.run_id
         WHERE rw.workbook_id = ? AND rw.run_id < ? ORDER BY rw.run_id DESC LIMIT 1`,
      )
      .get(workbookId, beforeRun) as RunWorkbookRow | undefined;
    if (row === undefined) return undefined;
    return {
      asOf: row.as_of,
      recordedAt: row.recorded_at,
      snapshot: this.loadSnapshot(workbookId, row),
    };
  }

  private loadSnapshot(workbookId: number, row: RunWorkbookRow): WorkbookSnapshot {
    const findings = (
      this.db
        .prepare(
          `SELECT f.*, i.key AS item_key, i.kind, i.title, i.agency FROM findings f JOIN items i ON i.id = f.item_id
           WHERE f.run_id = ? AND f.workbook_id = ?`,
        )
        .all(row.run_id, workbookId) as FindingRow[]
    ).map(findingOf);
    const tasks =
      row.tasks_listed === 1
        ? (
            this.db
              .prepare(
                `SELECT t.*, i.key, i.title, i.agency FROM tasks t JOIN items i ON i.id = t.item_id
                 WHERE t.run_id = ? AND t.workbook_id = ?`,
              )
              .all(row.run_id, workbookId) as TaskRow[]
          ).map(taskOf)
        : undefined;
    return {
      workbook: row.name,
      ...(row.sha256 !== null ? { sha256: row.sha256 } : {}),
      status: row.status as WorkbookSnapshot['status'],
      findings,
      ...(tasks !== undefined ? { tasks } : {}),
    };
  }

  recordReminder(packId: string, reminder: SentReminder, runId?: number): Promise<number> {
    const db = this.db;
    const tx = db.transaction(() => {
      const id = Number(
        db
          .prepare(
            `INSERT INTO reminders (recorded_at, pack_id, agency, agency_key, number, date, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            reminder.recordedAt,
            packId,
            reminder.agency,
            foldText(reminder.agency),
            reminder.number ?? null,
            reminder.date ?? null,
            runId ?? null,
          ).lastInsertRowid,
      );
      const item = db.prepare(
        `INSERT OR IGNORE INTO reminder_items (reminder_id, item_key, title) VALUES (?, ?, ?)`,
      );
      for (const i of reminder.items) item.run(id, i.key, i.title);
      return id;
    });
    return Promise.resolve(tx.immediate());
  }

  reminders(packId: string, agency?: string): Promise<SentReminder[]> {
    const rows = this.db
      .prepare(
        `SELECT id, recorded_at, agency, number, date FROM reminders
         WHERE pack_id = ? AND (? IS NULL OR agency_key = ?) ORDER BY id`,
      )
      .all(
        packId,
        agency === undefined ? null : foldText(agency),
        agency === undefined ? null : foldText(agency),
      ) as {
      id: number;
      recorded_at: string;
      agency: string;
      number: string | null;
      date: string | null;
    }[];
    const items = this.db.prepare(
      `SELECT item_key AS key, title FROM reminder_items WHERE reminder_id = ?`,
    );
    return Promise.resolve(
      rows.map((r) => ({
        agency: r.agency,
        recordedAt: r.recorded_at,
        ...(r.number !== null ? { number: r.number } : {}),
        ...(r.date !== null ? { date: r.date } : {}),
        items: items.all(r.id) as { key: string; title: string }[],
      })),
    );
  }

  runs(filter: HistoryFilter = {}): Promise<RunSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT r.id, r.recorded_at, r.as_of, r.pack_id, r.pack_version, r.tool_version, COUNT(rw.workbook_id) AS workbooks
         FROM runs r LEFT JOIN run_workbooks rw ON rw.run_id = r.id
         WHERE (? IS NULL OR r.pack_id = ?) AND (? IS NULL OR r.as_of >= ?)
         GROUP BY r.id ORDER BY r.id`,
      )
      .all(
        filter.pack ?? null,
        filter.pack ?? null,
        filter.since ?? null,
        filter.since ?? null,
      ) as {
      id: number;
      recorded_at: string;
      as_of: string;
      pack_id: string;
      pack_version: string;
      tool_version: string;
      workbooks: number;
    }[];
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        recordedAt: r.recorded_at,
        asOf: r.as_of,
        pack: { id: r.pack_id, version: r.pack_version },
        toolVersion: r.tool_version,
        workbooks: r.workbooks,
      })),
    );
  }

  /**
   * The latest run of each workbook for each as-of date in the filter: rechecking a workbook the
   * same day replaces that day's figures instead of adding to them.
   */
  private latestCte(): string {
    return `WITH latest AS (
      SELECT rw.workbook_id, r.as_of, MAX(rw.run_id) AS run_id
      FROM run_workbooks rw JOIN runs r ON r.id = rw.run_id
      WHERE (@pack IS NULL OR r.pack_id = @pack) AND (@since IS NULL OR r.as_of >= @since)
      GROUP BY rw.workbook_id, r.as_of)`;
  }

  /**
   * The rows of one item table (tasks, reports, indicators) in the latest check of each workbook
   * per as-of date, with the item's agency: `columns` are read from the table as `x`.
   */
  private latestItemRows<T>(
    table: 'tasks' | 'reports' | 'indicators',
    columns: string,
    params: { pack: string | null; since: string | null; agency: string | null },
  ): IterableIterator<{ asOf: string; agency: string | null; workbook: number } & T> {
    return this.db
      .prepare(
        `${this.latestCte()}
        SELECT l.as_of AS asOf, i.agency, l.workbook_id AS workbook, ${columns}
        FROM latest l JOIN ${table} x ON x.run_id = l.run_id AND x.workbook_id = l.workbook_id JOIN items i ON i.id = x.item_id
        WHERE (@agency IS NULL OR i.agency_key LIKE @agency)`,
      )
      .iterate(params) as IterableIterator<
      { asOf: string; agency: string | null; workbook: number } & T
    >;
  }

  /**
   * Per agency and as-of date, over the latest check of each workbook that day, counted as the
   * core counts a scorecard (scoreTally, agencyGrouping): tasks on time, late, overdue, not yet due,
   * done on a day not written, done with no deadline; reports missing and indicators unmet from the
   * findings. Every count is made again from each task's recorded state, deadline and completion
   * day (the tasks table has kept the deadline since schema 1), so a file written before a count
   * existed needs no migration for it: its done tasks with no deadline count as such, not on time.
   */
  agencyTrend(filter: HistoryFilter = {}): Promise<AgencyPoint[]> {
    const params = {
      pack: filter.pack ?? null,
      since: filter.since ?? null,
      agency: filter.agency === undefined ? null : `%${foldText(filter.agency)}%`,
    };
    const taskRows = this.latestItemRows<{
      state: TrackedTask['state'];
      due: string | null;
      completedOn: string | null;
    }>('tasks', 'x.state, x.due, x.completed_on AS completedOn', params);
    const group = agencyGrouping();
    const points = new Map<
      string,
      {
        asOf: string;
        agency: string;
        workbooks: Set<number>;
        tally: ScoreTally;
        reportsMissing: number;
        indicatorsUnmet: number;
        overdueFound: number;
      }
    >();
    const pointOf = (asOf: string, agency: string | null, workbook: number) => {
      const { key, name } = group(agency ?? undefined);
      const id = `${asOf}|${key}`;
      let p = points.get(id);
      if (!p) {
        p = {
          asOf,
          agency: name ?? '',
          workbooks: new Set(),
          tally: scoreTally(asOf),
          reportsMissing: 0,
          indicatorsUnmet: 0,
          overdueFound: 0,
        };
        points.set(id, p);
      }
      p.workbooks.add(workbook);
      return p;
    };
    for (const r of taskRows) {
      pointOf(r.asOf, r.agency, r.workbook).tally.addTask({
        state: r.state,
        ...(r.due !== null ? { due: r.due } : {}),
        ...(r.completedOn !== null ? { completedOn: r.completedOn } : {}),
      });
    }
    const findingRows = this.db
      .prepare(
        `${this.latestCte()}
        SELECT l.as_of AS asOf, i.agency, l.workbook_id AS workbook, f.rule
        FROM latest l JOIN findings f ON f.run_id = l.run_id AND f.workbook_id = l.workbook_id JOIN items i ON i.id = f.item_id
          JOIN run_workbooks rw ON rw.run_id = l.run_id AND rw.workbook_id = l.workbook_id
        WHERE (f.rule = 'task/overdue'
            OR (f.rule = 'report/missing' AND rw.reports_listed = 0)
            OR (f.rule = 'indicator/unmet' AND rw.indicators_listed = 0))
          AND (@agency IS NULL OR i.agency_key LIKE @agency)`,
      )
      .iterate(params) as IterableIterator<{
      asOf: string;
      agency: string | null;
      workbook: number;
      rule: string;
    }>;
    // Every report instance and indicator figure of the runs that listed them, counted by the
    // core's tally; the runs recorded before that (schema 2) count their findings instead, below.
    const reportRows = this.latestItemRows<{ state: TrackedReport['state'] }>(
      'reports',
      'x.state',
      params,
    );
    for (const r of reportRows) pointOf(r.asOf, r.agency, r.workbook).tally.addReport(r);
    const indicatorRows = this.latestItemRows<{ outcome: TrackedIndicator['outcome'] }>(
      'indicators',
      'x.outcome',
      params,
    );
    for (const x of indicatorRows) pointOf(x.asOf, x.agency, x.workbook).tally.addIndicator(x);
    for (const r of findingRows) {
      const p = pointOf(r.asOf, r.agency, r.workbook);
      if (r.rule === 'report/missing') p.reportsMissing++;
      else if (r.rule === 'indicator/unmet') p.indicatorsUnmet++;
      else p.overdueFound++;
    }
    return Promise.resolve(
      [...points.values()]
        .map((p): AgencyPoint => {
          const counts = p.tally.counts();
          return {
            asOf: p.asOf,
            agency: p.agency,
            workbooks: p.workbooks.size,
            tasks: counts.tasks.assigned,
            onTime: counts.tasks.onTime,
            late: counts.tasks.late,
            // a run that did not list its tasks still says which were overdue
            overdue: counts.tasks.assigned > 0 ? counts.tasks.overdue : p.overdueFound,
            notDue: counts.tasks.notDue,
            doneUndated: counts.tasks.doneUndated,
            doneNoDeadline: counts.tasks.doneNoDeadline,
            ...(counts.onTimePercent !== undefined ? { onTimePercent: counts.onTimePercent } : {}),
            reportsMissing: counts.reports.missing + p.reportsMissing,
            indicatorsUnmet: counts.indicators.unmet + p.indicatorsUnmet,
          };
        })
        .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.agency.localeCompare(b.agency, 'vi')),
    );
  }

  itemTimelines(filter: HistoryFilter = {}): Promise<ItemTimeline[]> {
    const params = {
      pack: filter.pack ?? null,
      since: filter.since ?? null,
      agency: filter.agency === undefined ? null : `%${foldText(filter.agency)}%`,
    };
    const rows = this.db
      .prepare(
        `${this.latestCte()}
        SELECT l.as_of AS asOf, i.id AS item, i.kind, i.title, i.agency, w.name AS workbook, t.state AS status
        FROM latest l JOIN tasks t ON t.run_id = l.run_id AND t.workbook_id = l.workbook_id JOIN items i ON i.id = t.item_id
          JOIN workbooks w ON w.id = l.workbook_id
        WHERE (@agency IS NULL OR i.agency_key LIKE @agency)
        UNION ALL
        SELECT l.as_of, i.id, i.kind, i.title, i.agency, w.name, r.state
        FROM latest l JOIN reports r ON r.run_id = l.run_id AND r.workbook_id = l.workbook_id JOIN items i ON i.id = r.item_id
          JOIN workbooks w ON w.id = l.workbook_id
        WHERE (@agency IS NULL OR i.agency_key LIKE @agency)
        UNION ALL
        SELECT l.as_of, i.id, i.kind, i.title, i.agency, w.name, x.outcome
        FROM latest l JOIN indicators x ON x.run_id = l.run_id AND x.workbook_id = l.workbook_id JOIN items i ON i.id = x.item_id
          JOIN workbooks w ON w.id = l.workbook_id
        WHERE (@agency IS NULL OR i.agency_key LIKE @agency)
        UNION ALL
        SELECT l.as_of, i.id, i.kind, i.title, i.agency, w.name, f.rule
        FROM latest l JOIN findings f ON f.run_id = l.run_id AND f.workbook_id = l.workbook_id JOIN items i ON i.id = f.item_id
          JOIN workbooks w ON w.id = l.workbook_id
          JOIN run_workbooks rw ON rw.run_id = l.run_id AND rw.workbook_id = l.workbook_id
        WHERE i.kind <> 'task'
          -- a run that listed its report instances and indicators says their state above
          AND NOT (i.kind = 'report' AND rw.reports_listed = 1)
          AND NOT (i.kind = 'indicator' AND rw.indicators_listed = 1)
          AND (@agency IS NULL OR i.agency_key LIKE @agency)
        ORDER BY 2, 1`,
      )
      .all(params) as {
      asOf: string;
      item: number;
      kind: string;
      title: string;
      agency: string | null;
      workbook: string;
      status: string;
    }[];
    const byItem = new Map<
      number,
      ItemTimeline & { statuses: { asOf: string; status: string }[] }
    >();
    for (const r of rows) {
      let t = byItem.get(r.item);
      if (!t) {
        t = {
          kind: r.kind,
          title: r.title,
          ...(r.agency !== null ? { agency: r.agency } : {}),
          workbook: r.workbook,
          statuses: [],
        };
        byItem.set(r.item, t);
      }
      const last = t.statuses.at(-1);
      if (last?.asOf === r.asOf)
        t.statuses[t.statuses.length - 1] = { asOf: r.asOf, status: `${last.status}, ${r.status}` };
      else t.statuses.push({ asOf: r.asOf, status: r.status });
    }
    return Promise.resolve([...byItem.values()]);
  }
}

interface FindingRow {
  item_key: string;
  rule: string;
  severity: TrackedFinding['severity'];
  kind: string;
  title: string;
  agency: string | null;
  due: string | null;
  expected: string | null;
  actual: string | null;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  message_vi: string;
  message_en: string;
  since: string;
  streak: number;
}

function findingOf(r: FindingRow): TrackedFinding {
  return {
    key: `${r.rule}\u241f${r.item_key}`,
    itemKey: r.item_key,
    rule: r.rule,
    severity: r.severity,
    kind: r.kind,
    title: r.title,
    ...(r.agency !== null ? { agency: r.agency } : {}),
    ...(r.due !== null ? { due: r.due } : {}),
    ...(r.expected !== null ? { expected: r.expected } : {}),
    ...(r.actual !== null ? { actual: r.actual } : {}),
    ...(r.sheet !== null
      ? {
          location: {
            workbook: '',
            sheet: r.sheet,
            ...(r.cell !== null ? { cell: r.cell } : {}),
            ...(r.row !== null ? { row: r.row } : {}),
          },
        }
      : {}),
    message: { vi: r.message_vi, en: r.message_en },
    since: r.since,
    streak: r.streak,
  };
}

interface TaskRow {
  key: string;
  title: string;
  agency: string | null;
  state: TrackedTask['state'];
  due: string | null;
}

function taskOf(r: TaskRow): TrackedTask {
  return {
    key: r.key,
    title: r.title,
    ...(r.agency !== null ? { agency: r.agency } : {}),
    ...(r.due !== null ? { due: r.due } : {}),
    state: r.state,
  };
}
