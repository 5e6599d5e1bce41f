/**
 * The history file's schema, as numbered migrations. `PRAGMA user_version` holds how many have been
 * applied; opening a file applies the missing ones in one transaction, and refuses a file written by
 * a newer dondoc rather than guessing at its tables.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: runs, workbooks (with every name they were checked under), items with stable keys,
  //    findings and task states per run, reminders sent.
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    pack_title TEXT NOT NULL,
    tool_name TEXT NOT NULL,
    tool_version TEXT NOT NULL
  );
  CREATE INDEX runs_pack_as_of ON runs (pack_id, as_of);
  CREATE TABLE workbooks (
    id INTEGER PRIMARY KEY,
    pack_id TEXT NOT NULL,
    name TEXT NOT NULL
  );
  CREATE TABLE workbook_names (
    pack_id TEXT NOT NULL,
    name TEXT NOT NULL,
    workbook_id INTEGER NOT NULL REFERENCES workbooks (id),
    PRIMARY KEY (pack_id, name)
  );
  CREATE TABLE run_workbooks (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    workbook_id INTEGER NOT NULL REFERENCES workbooks (id),
    name TEXT NOT NULL,
    sha256 TEXT,
    status TEXT NOT NULL,
    tasks_listed INTEGER NOT NULL,
    PRIMARY KEY (run_id, workbook_id)
  );
  CREATE INDEX run_workbooks_workbook ON run_workbooks (workbook_id, run_id);
  CREATE INDEX run_workbooks_sha256 ON run_workbooks (sha256);
  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    workbook_id INTEGER NOT NULL REFERENCES workbooks (id),
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    agency TEXT,
    agency_key TEXT NOT NULL,
    UNIQUE (workbook_id, key)
  );
  CREATE TABLE findings (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    workbook_id INTEGER NOT NULL REFERENCES workbooks (id),
    item_id INTEGER NOT NULL REFERENCES items (id),
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    due TEXT,
    expected TEXT,
    actual TEXT,
    sheet TEXT,
    cell TEXT,
    row INTEGER,
    message_vi TEXT NOT NULL,
    message_en TEXT NOT NULL,
    since TEXT NOT NULL,
    streak INTEGER NOT NULL,
    PRIMARY KEY (run_id, workbook_id, item_id, rule)
  ) WITHOUT ROWID;
  CREATE TABLE tasks (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    workbook_id INTEGER NOT NULL REFERENCES workbooks (id),
    item_id INTEGER NOT NULL REFERENCES items (id),
    state TEXT NOT NULL,
    due TEXT,
    sheet TEXT,
    row INTEGER,
    PRIMARY KEY (run_id, workbook_id, item_id)
  ) WITHOUT ROWID;
  CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    agency TEXT NOT NULL,
    agency_key TEXT NOT NULL,
    number TEXT,
    date TEXT,
    run_id INTEGER REFERENCES runs (id)
  );
  CREATE INDEX reminders_agency ON reminders (pack_id, agency_key, id);
  CREATE TABLE reminder_items (
    reminder_id INTEGER NOT NULL REFERENCES reminders (id),
    item_key TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (reminder_id, item_key)
  ) WITHOUT ROWID;
  `,
  // 2: the day each task was completed, so a task done on a day not written is told from one done
  //    on time (the core's scorecard counting).
  `
  ALTER TABLE tasks ADD COLUMN completed_on TEXT;
  `,
  // 3: every report instance past its deadline and every indicator figure judged, per run, keyed by
  //    the item's stable identity (pack id, unit, period); whether a run listed them, so that the
  //    runs recorded before fall back to counting their findings.
  `
  ALTER TABLE run_workbooks ADD COLUMN reports_listed INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE run_workbooks ADD COLUMN indicators_listed INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE reports (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    workbook_id INTEGER NOT NULL REFERENCES workbooks (id),
    item_id INTEGER NOT NULL REFERENCES items (id),
    state TEXT NOT NULL,
    due TEXT NOT NULL,
    PRIMARY KEY (run_id, workbook_id, item_id)
  ) WITHOUT ROWID;
  CREATE TABLE indicators (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    workbook_id INTEGER NOT NULL REFERENCES workbooks (id),
    item_id INTEGER NOT NULL REFERENCES items (id),
    outcome TEXT NOT NULL,
    period TEXT,
    sheet TEXT,
    row INTEGER,
    PRIMARY KEY (run_id, workbook_id, item_id)
  ) WITHOUT ROWID;
  `,
  // (The scorecard's count of tasks done with no deadline needs no migration: agencyTrend makes
  //  every task count again from the state, deadline and completion day kept above, so an older
  //  file's done tasks with no deadline count as such, never as on time.)
];

export const SCHEMA_VERSION = MIGRATIONS.length;
