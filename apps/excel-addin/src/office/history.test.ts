/**
 * The history of checks in the task pane, kept in the workbook's document settings (an Excel
 * workbook in memory behind office-addin-mock): the same "new / fixed / still open" lists as
 * `dondoc check --history` gives from its SQLite file, across a closed and reopened pane.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, type PlainDate } from '@dondoc/core';
import {
  changeRows,
  changesReport,
  decodeLocalHistory,
  packItemIds,
  workbookSnapshot,
} from '@dondoc/history';
import { openHistory } from '@dondoc/history/store';
import { loadBundledPack } from '@dondoc/rulepacks';
import { CATALOG, generateTrackingWorkbook, resolveAsOf } from '@dondoc/samples';
import type { HistoryPlace } from '../host.js';
import { runCheck, type CheckRun } from '../run-check.js';
import { recordHistory } from '../run-history.js';
import { FakeExcel } from '../test-support/fake-excel.js';
import { HISTORY_MAX_CHARS, OfficeWorkbookHost, SETTING_HISTORY } from './host.js';

const entry = CATALOG[0]!; // theo-doi-ke-hoach-ct32.xlsx
const generic = loadBundledPack('generic')!;
const week1 = resolveAsOf(entry.spec.asOf); // 2024-07-01
const week2: PlainDate = { year: 2024, month: 7, day: 8 };

async function sampleExcel(settings = true): Promise<FakeExcel> {
  const { workbook } = generateTrackingWorkbook(entry.spec);
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return FakeExcel.fromXlsx(bytes, { settings, workbookName: entry.file });
}

/** Opens the task pane on the workbook (a new host each time, as when the pane is reopened). */
async function checkInPane(excel: FakeExcel, asOf: PlainDate, now: string) {
  const host = new OfficeWorkbookHost(excel.environment());
  const run = runCheck(await host.read(), generic, asOf);
  const outcome = await recordHistory(host.history!, run, generic, new Date(now));
  return { run, outcome };
}

/** The overdue task at `cell` marked done on `done` in the sheet, as the unit reported it. */
function markDone(excel: FakeExcel, run: CheckRun, cell: string, done: PlainDate) {
  const finding = run.report.findings.find(
    (f) => f.rule === 'task/overdue' && f.location?.cell === cell,
  )!;
  const sheet = excel.sheet(finding.location!.sheet!);
  const row = finding.location!.row!;
  // Columns of the sample: F "Ngày hoàn thành", G "Tình trạng" (header rows 8–9).
  const date = sheet.ensure(row, 6);
  date.value = excel.serialOf(done.year, done.month, done.day);
  date.numberFormat = 'dd/mm/yyyy';
  sheet.ensure(row, 7).value = 'Hoàn thành';
  return finding;
}

describe('the history of checks in the workbook (document settings)', () => {
  it('says what is new, fixed and still open since the last check, as `dondoc check --history` does', async () => {
    const excel = await sampleExcel();
    const first = await checkInPane(excel, week1, '2024-07-01T08:00:00Z');
    expect(first.outcome.changes.narrative).toBeUndefined();
    expect(first.outcome.changes.workbooks[0]!.new).toHaveLength(first.run.report.findings.length);
    const stored = excel.settingsStore.get(SETTING_HISTORY);
    expect(typeof stored).toBe('string');
    expect((stored as string).length).toBeLessThanOrEqual(HISTORY_MAX_CHARS);
    expect(excel.settingsSaves).toBe(1);

    // A week later the pane is opened again: one overdue task was done on 05/7, one is still overdue.
    const done = markDone(excel, first.run, 'E21', { year: 2024, month: 7, day: 5 });
    const second = await checkInPane(excel, week2, '2024-07-08T08:00:00Z');
    const changes = second.outcome.changes.workbooks[0]!;
    expect(changes.previous).toEqual({
      asOf: '2024-07-01',
      recordedAt: '2024-07-01T08:00:00.000Z',
    });
    expect(changes.fixed.map((f) => [f.finding.title, f.how])).toEqual([
      [done.subject.title, 'late'],
    ]);
    const stillOverdue = first.run.report.findings.find(
      (f) => f.rule === 'task/overdue' && f.location?.cell === 'E22',
    )!;
    expect(
      changes.stillOpen
        .filter((o) => o.finding.rule === 'task/overdue')
        .map((o) => [o.finding.title, o.since, o.streak]),
    ).toEqual([[stillOverdue.subject.title, '2024-07-01', 2]]);
    expect(second.outcome.checks.map((c) => c.asOf)).toEqual(['2024-07-01', '2024-07-08']);

    // The same two checks recorded by the CLI's SQLite store give the same lists.
    const store = openHistory(path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-')), 'h.sqlite'));
    const ids = packItemIds(generic);
    const cli = [];
    for (const [run, recordedAt] of [
      [first.run, '2024-07-01T08:00:00.000Z'],
      [second.run, '2024-07-08T08:00:00.000Z'],
    ] as const) {
      const { changes: c } = await store.record({
        recordedAt,
        asOf: run.report.asOf,
        pack: run.report.pack,
        tool: { name: 'dondoc', version: '0.1.0' },
        workbooks: [workbookSnapshot(run.result, ids)],
      });
      cli.push(changesReport(c));
    }
    await store.close();
    expect(changeRows(second.outcome.changes)).toEqual(changeRows(cli[1]!));
    expect(second.outcome.changes.narrative).toEqual(cli[1]!.narrative);
    expect(second.outcome.changes.narrative?.vi).toMatch(
      /^So với lần kiểm tra ngày 01\/7\/2024: 01 nhiệm vụ đã hoàn thành, .*01 nhiệm vụ vẫn quá hạn/,
    );
  });

  it('checking again the same day is compared with the check before, not the minute before', async () => {
    const excel = await sampleExcel();
    const first = await checkInPane(excel, week1, '2024-07-01T08:00:00Z');
    await checkInPane(excel, week2, '2024-07-08T08:00:00Z');
    const done = markDone(excel, first.run, 'E22', { year: 2024, month: 7, day: 8 });
    const again = await checkInPane(excel, week2, '2024-07-08T10:30:00Z');
    const changes = again.outcome.changes.workbooks[0]!;
    expect(changes.previous?.asOf).toBe('2024-07-01');
    expect(changes.fixed.map((f) => f.finding.title)).toContain(done.subject.title);
    expect(again.outcome.checks.map((c) => c.asOf)).toEqual(['2024-07-01', '2024-07-08']);
    expect(again.outcome.notes.map((n) => n.vi).join(' ')).toContain(
      'thay cho lần kiểm tra trước cùng ngày tính đến',
    );
  });

  it('keeps within its size limit, and says so when a check is too large to keep', async () => {
    const excel = await sampleExcel();
    const host = new OfficeWorkbookHost(excel.environment());
    const run = runCheck(await host.read(), generic, week1);
    const tiny: HistoryPlace = { ...host.history!, maxChars: 200 };
    const outcome = await recordHistory(tiny, run, generic, new Date('2024-07-01T08:00:00Z'));
    expect(excel.settingsStore.has(SETTING_HISTORY)).toBe(false);
    expect(outcome.notes.map((n) => n.vi).join(' ')).toContain(
      'quá nhiều phát hiện để lưu trong tệp này (giới hạn 200 ký tự)',
    );
    // The lists are still shown for this check.
    expect(outcome.changes.workbooks[0]!.new).toHaveLength(run.report.findings.length);
  });

  it('says when Excel cannot save the settings, and when what is stored is not a history', async () => {
    const excel = await sampleExcel();
    excel.settingsStore.set(SETTING_HISTORY, '{"format":"dondoc.history/99"}');
    const env = excel.environment();
    const failing = new OfficeWorkbookHost({
      ...env,
      settings: {
        ...excel.settings,
        saveAsync: (callback) =>
          callback?.({ status: 'failed', error: { message: 'Tệp chỉ đọc' } }),
      },
    });
    const run = runCheck(await failing.read(), generic, week1);
    const outcome = await recordHistory(failing.history!, run, generic, new Date());
    const said = outcome.notes.map((n) => n.vi);
    expect(said[0]).toMatch(/^Lịch sử kiểm tra lưu trong tệp này không đọc được/);
    expect(said[1]).toBe('Không lưu được lịch sử kiểm tra trong tệp này: Tệp chỉ đọc');
  });

  it('offers no history where the file has no settings store', async () => {
    const excel = await sampleExcel(false);
    expect(new OfficeWorkbookHost(excel.environment()).history).toBeUndefined();
  });

  it('the stored value is the history of this workbook, read back whole', async () => {
    const excel = await sampleExcel();
    const { run } = await checkInPane(excel, week1, '2024-07-01T08:00:00Z');
    const { history } = decodeLocalHistory(excel.settingsStore.get(SETTING_HISTORY));
    expect(history.packs.map((p) => [p.pack.id, p.last.asOf])).toEqual([
      ['generic', formatIsoDate(week1)],
    ]);
    // a finding's message is rendered when it is read: compare the texts the workbook holds
    const texts = (m: { vi: string; en: string }) => ({ vi: m.vi, en: m.en });
    expect(history.packs[0]!.last.snapshot.findings.map((f) => texts(f.message))).toEqual(
      run.report.findings.map((f) => texts(f.message)),
    );
  });
});
