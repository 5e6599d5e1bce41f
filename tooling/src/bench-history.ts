/**
 * The history store at a province's scale: one year of weekly checks of 1,000 workbooks recorded in
 * one SQLite file, then the queries `dondoc history` runs. Prints the file size, the time to record
 * one weekly run (all workbooks, one transaction) and the query times.
 *
 *   node tooling/dist/bench-history.js [--workbooks 1000] [--weeks 52] [--tasks 30]
 *
 * The workbooks are synthetic but shaped like real ones: 30 tasks each among 12 agencies, due dates
 * spread over the year, each done on time, late or never; a finding per overdue or late task.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Finding } from '@dondoc/core';
import { itemKey, trackFindings, type CheckSnapshot, type WorkbookSnapshot } from '@dondoc/history';
import { openHistory } from '@dondoc/history/store';

const AGENCIES = [
  'Ban Tuyên giáo Huyện ủy',
  'Ban Tổ chức Huyện ủy',
  'Ủy ban Kiểm tra Huyện ủy',
  'Văn phòng Huyện ủy',
  'Ban Dân vận Huyện ủy',
  'UBND huyện',
  'Phòng Nội vụ',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Giáo dục và Đào tạo',
  'Ủy ban MTTQ huyện',
  'Hội Nông dân huyện',
  'Huyện đoàn',
];

/** A small deterministic generator (mulberry32), so every run records the same year. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface PlannedTask {
  readonly title: string;
  readonly agency: string;
  readonly due: number;
  /** Day it is done, or Infinity. */
  readonly done: number;
}

function plan(workbook: number, tasks: number, start: number): PlannedTask[] {
  const r = rng(workbook + 1);
  return Array.from({ length: tasks }, (_, i) => {
    const due = start + Math.floor(r() * 365) * DAY;
    const fate = r();
    const done =
      fate < 0.6
        ? due - Math.floor(r() * 10) * DAY
        : fate < 0.85
          ? due + Math.ceil(r() * 40) * DAY
          : Infinity;
    return {
      title: `Nhiệm vụ ${i + 1} của sổ ${workbook + 1}`,
      agency: AGENCIES[(workbook + i) % AGENCIES.length]!,
      due,
      done,
    };
  });
}

function snapshotAt(name: string, tasks: readonly PlannedTask[], asOf: number): WorkbookSnapshot {
  const findings: Finding[] = [];
  const tracked = tasks.map((t) => {
    const isDone = t.done <= asOf;
    const state = isDone ? (t.done > t.due ? 'late' : 'done') : t.due < asOf ? 'overdue' : 'open';
    if (state === 'overdue' || state === 'late') {
      const days = Math.round(((state === 'late' ? t.done : asOf) - t.due) / DAY);
      findings.push({
        rule: state === 'overdue' ? 'task/overdue' : 'task/late',
        severity: state === 'overdue' ? 'error' : 'warning',
        subject: { kind: 'task', title: t.title },
        agency: t.agency,
        location: { workbook: name, sheet: 'Theo dõi', cell: 'D5', row: 5 },
        expected: `hoàn thành chậm nhất … / completed by ${iso(t.due)}`,
        message: { vi: `Nhiệm vụ "${t.title}" quá hạn ${days} ngày`, en: `${days} day(s) overdue` },
      });
    }
    return {
      key: itemKey({ kind: 'task', title: t.title, agency: t.agency }),
      title: t.title,
      agency: t.agency,
      due: iso(t.due),
      state: state as 'done' | 'late' | 'overdue' | 'open',
    };
  });
  return {
    workbook: name,
    status: 'checked',
    findings: trackFindings(findings, new Set()),
    tasks: tracked,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchHistory(
  dir: string,
  options: { workbooks?: number; weeks?: number; tasks?: number } = {},
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const workbooks = options.workbooks ?? 1000;
  const weeks = options.weeks ?? 52;
  const tasks = options.tasks ?? 30;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'lich-su.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const start = Date.UTC(2024, 0, 1);
  const plans = Array.from({ length: workbooks }, (_, w) => plan(w, tasks, start));
  out.write(
    `\nHistory store: ${weeks} weekly checks of ${workbooks.toLocaleString('en-US')} workbooks (${tasks} tasks each)…\n`,
  );
  const store = openHistory(file);
  const recordMs: number[] = [];
  for (let week = 0; week < weeks; week++) {
    const asOf = start + week * 7 * DAY;
    const snapshot: CheckSnapshot = {
      recordedAt: new Date(asOf).toISOString(),
      asOf: iso(asOf),
      pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
      tool: { name: 'dondoc', version: '0.1.0' },
      workbooks: plans.map((p, w) => snapshotAt(`/so-theo-doi/don-vi-${w + 1}.xlsx`, p, asOf)),
    };
    const t0 = performance.now();
    await store.record(snapshot);
    recordMs.push(performance.now() - t0);
  }
  const time = async <T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> => {
    const t0 = performance.now();
    const value = await f();
    return { ms: performance.now() - t0, value };
  };
  const all = await time(() => store.agencyTrend({}));
  const oneAgency = await time(() => store.agencyTrend({ agency: 'Phòng Nội vụ' }));
  const lastQuarter = await time(() => store.agencyTrend({ since: iso(start + 39 * 7 * DAY) }));
  const items = await time(() =>
    store.itemTimelines({ agency: 'Huyện đoàn', since: iso(start + 39 * 7 * DAY) }),
  );
  await store.close();
  const mb = (statSync(file).size / (1024 * 1024)).toFixed(0);
  const perWorkbook = (median(recordMs) / workbooks).toFixed(2);
  out.write(`  file size                      ${mb} MB\n`);
  out.write(
    `  record one weekly run          ${(median(recordMs) / 1000).toFixed(2)} s median (${perWorkbook} ms a workbook), first ${(recordMs[0]! / 1000).toFixed(2)} s, last ${(recordMs.at(-1)! / 1000).toFixed(2)} s\n`,
  );
  out.write(
    `  history, all agencies         ${(all.ms / 1000).toFixed(2)} s (${all.value.length} points)\n`,
  );
  out.write(
    `  history --agency              ${(oneAgency.ms / 1000).toFixed(2)} s (${oneAgency.value.length} points)\n`,
  );
  out.write(
    `  history --since (a quarter)   ${(lastQuarter.ms / 1000).toFixed(2)} s (${lastQuarter.value.length} points)\n`,
  );
  out.write(
    `  items of one agency, quarter  ${(items.ms / 1000).toFixed(2)} s (${items.value.length} items)\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      workbooks: { type: 'string', default: '1000' },
      weeks: { type: 'string', default: '52' },
      tasks: { type: 'string', default: '30' },
      dir: { type: 'string', default: path.resolve('out', 'bench', 'history') },
    },
  });
  await benchHistory(values.dir, {
    workbooks: Number(values.workbooks),
    weeks: Number(values.weeks),
    tasks: Number(values.tasks),
  });
}
