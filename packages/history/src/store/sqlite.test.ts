import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkOf, workbookOf, type TaskRow } from '../test-support/snapshots.js';
import { openHistory, HistoryFileError } from './sqlite.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { trackIndicators, trackReports } from '../snapshot.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const built = path.resolve(here, '../../dist');

const ROWS: TaskRow[] = [
  {
    title: 'Xây dựng kế hoạch tuyên truyền',
    agency: 'Ban Tuyên giáo Huyện ủy',
    due: '2024-06-24',
    state: 'overdue',
    row: 4,
  },
  {
    title: 'Tổng kết công tác cán bộ',
    agency: 'Ban Tổ chức Huyện ủy',
    due: '2024-06-20',
    state: 'overdue',
    row: 5,
  },
  { title: 'Báo cáo sơ kết', agency: 'UBND huyện', due: '2024-06-15', state: 'done', row: 6 },
];

function tempFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-history-')), 'lich-su.sqlite');
}

/** Runs a script in its own Node process with the built store; resolves with its exit code and signal. */
function child(
  script: string,
  args: string[],
): Promise<{ code: number | null; signal: string | null; err: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-history-child-'));
  const file = path.join(dir, 'child.mjs');
  writeFileSync(file, script);
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code, signal) => resolve({ code, signal, err }));
  });
}

const SNAPSHOT_SCRIPT = (body: string) => `
import { openHistory } from ${JSON.stringify(path.join(built, 'store/index.js'))};
const [file, name, count] = process.argv.slice(2);
const store = openHistory(file);
const snapshot = (i) => ({
  recordedAt: new Date(0).toISOString(), asOf: '2024-07-0' + (1 + (i % 8)),
  pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
  tool: { name: 'dondoc', version: '0.1.0' },
  workbooks: [{ workbook: name + '.xlsx', status: 'checked',
    findings: Array.from({ length: 50 }, (_, j) => ({
      key: 'task/overdue\\u241ftask|viec ' + j + '|ubnd huyen', itemKey: 'task|viec ' + j + '|ubnd huyen',
      rule: 'task/overdue', severity: 'error', kind: 'task', title: 'Việc ' + j, agency: 'UBND huyện',
      due: '2024-06-15', message: { vi: 'Nhiệm vụ "Việc ' + j + '" quá hạn', en: 'overdue' } })),
    tasks: Array.from({ length: 200 }, (_, j) => ({ key: 'task|viec ' + j + '|ubnd huyen', title: 'Việc ' + j,
      agency: 'UBND huyện', due: '2024-06-15', state: j < 50 ? 'overdue' : 'done' })) }],
});
${body}
`;

describe('the SQLite history store', () => {
  it('records a sequence of checks and says what changed at each', async () => {
    const store = openHistory(tempFile());
    const first = await store.record(
      checkOf('2024-07-01', [workbookOf('theo-doi.xlsx', ROWS, '2024-07-01')]),
    );
    expect(first.changes[0]!.previous).toBeUndefined();
    const week2 = [{ ...ROWS[0]!, state: 'done' as const }, ROWS[1]!, ROWS[2]!];
    const second = await store.record(
      checkOf('2024-07-08', [workbookOf('theo-doi.xlsx', week2, '2024-07-08')]),
    );
    const c = second.changes[0]!;
    expect(c.previous?.asOf).toBe('2024-07-01');
    expect(c.fixed.map((f) => [f.finding.title, f.how])).toEqual([
      ['Xây dựng kế hoạch tuyên truyền', 'done'],
    ]);
    expect(c.stillOpen.map((o) => [o.finding.title, o.since, o.streak])).toEqual([
      ['Tổng kết công tác cán bộ', '2024-07-01', 2],
    ]);
    const third = await store.record(
      checkOf('2024-07-15', [workbookOf('theo-doi.xlsx', week2, '2024-07-15')]),
    );
    expect(third.changes[0]!.stillOpen[0]!.streak).toBe(3);
    expect((await store.runs()).map((r) => r.asOf)).toEqual([
      '2024-07-01',
      '2024-07-08',
      '2024-07-15',
    ]);
    await store.close();
  });

  it('recognises a renamed workbook by its content hash, and by its items when the content changed too', async () => {
    const store = openHistory(tempFile());
    const present = new Set(['khac.xlsx']);
    const exists = (name: string) => present.has(name);
    await store.record(
      checkOf('2024-07-01', [{ ...workbookOf('a.xlsx', ROWS, '2024-07-01'), sha256: 'aaa' }]),
      { exists },
    );
    const renamed = await store.record(
      checkOf('2024-07-08', [{ ...workbookOf('b.xlsx', ROWS, '2024-07-08'), sha256: 'aaa' }]),
      { exists },
    );
    expect(renamed.changes[0]!.renamedFrom).toBe('a.xlsx');
    expect(renamed.changes[0]!.new).toEqual([]);
    const edited = [
      ...ROWS,
      {
        title: 'Việc mới',
        agency: 'Phòng Nội vụ',
        due: '2024-07-01',
        state: 'overdue' as const,
        row: 7,
      },
    ];
    const again = await store.record(
      checkOf('2024-07-15', [{ ...workbookOf('c.xlsx', edited, '2024-07-15'), sha256: 'ccc' }]),
      { exists },
    );
    expect(again.changes[0]!.renamedFrom).toBe('b.xlsx');
    expect(again.changes[0]!.new.map((f) => f.title)).toEqual(['Việc mới']);
    const other = await store.record(
      checkOf('2024-07-15', [{ ...workbookOf('khac.xlsx', [], '2024-07-15'), sha256: 'ddd' }]),
      { exists },
    );
    expect(other.changes[0]!.previous).toBeUndefined();
    // A second workbook with the same content, while the first still exists, is not a rename.
    present.add('c.xlsx');
    const copy = await store.record(
      checkOf('2024-07-22', [
        { ...workbookOf('ban-sao.xlsx', edited, '2024-07-22'), sha256: 'ccc' },
      ]),
      { exists },
    );
    expect(copy.changes[0]!.previous).toBeUndefined();
    await store.close();
  });

  it('counts per agency over time, latest check of each day only', async () => {
    const store = openHistory(tempFile());
    await store.record(checkOf('2024-07-01', [workbookOf('a.xlsx', ROWS, '2024-07-01')]));
    await store.record(checkOf('2024-07-01', [workbookOf('a.xlsx', ROWS, '2024-07-01')])); // a recheck
    await store.record(
      checkOf('2024-07-08', [
        workbookOf(
          'a.xlsx',
          ROWS.map((r) => ({ ...r, state: 'done' as const, completedOn: r.due })),
          '2024-07-08',
        ),
      ]),
    );
    const trend = await store.agencyTrend({ agency: 'tuyen giao' });
    // overdue on 01/7; done on its last day (24/6) by 08/7
    expect(
      trend.map((p) => [p.asOf, p.agency, p.tasks, p.onTime, p.overdue, p.onTimePercent]),
    ).toEqual([
      ['2024-07-01', 'Ban Tuyên giáo Huyện ủy', 1, 0, 1, 0],
      ['2024-07-08', 'Ban Tuyên giáo Huyện ủy', 1, 1, 0, 100],
    ]);
    // UBND huyện's task of 01/7 is done with no day written, past its deadline: not known on time
    const district = await store.agencyTrend({ agency: 'UBND' });
    expect(district.map((p) => [p.asOf, p.tasks, p.onTime, p.doneUndated])).toEqual([
      ['2024-07-01', 1, 0, 1],
      ['2024-07-08', 1, 1, 0],
    ]);
    const items = await store.itemTimelines({ since: '2024-07-01', agency: 'Ban Tổ chức' });
    expect(items.map((i) => i.statuses.map((s) => `${s.asOf} ${s.status}`))).toEqual([
      ['2024-07-01 overdue', '2024-07-08 done'],
    ]);
    await store.close();
  });

  it('counts an agency written two ways as one, as the scorecards do', async () => {
    const store = openHistory(tempFile());
    const row = (agency: string, state: TaskRow['state']): TaskRow => ({
      title: `Rà soát thủ tục hành chính (${agency})`,
      agency,
      due: '2024-06-20',
      state,
      row: 4,
    });
    await store.record(
      checkOf('2024-07-01', [
        workbookOf('huyen.xlsx', [row('UBND huyện', 'overdue')], '2024-07-01'),
        workbookOf('van-phong.xlsx', [row('Ủy ban nhân dân huyện', 'late')], '2024-07-01'),
      ]),
    );
    const trend = await store.agencyTrend();
    expect(trend.map((p) => [p.agency, p.workbooks, p.tasks, p.late, p.overdue])).toEqual([
      ['UBND huyện', 2, 2, 1, 1],
    ]);
    await store.close();
  });

  it('records every report instance and indicator figure by pack id, unit and period; a schema 2 file migrates and keeps counting its runs by their findings', async () => {
    const file = tempFile();
    // A history written before report instances and indicators were recorded (schema 2), with one
    // check whose 'report/missing' finding is all it says of the reports.
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.exec(MIGRATIONS[1]!);
    old.pragma('user_version = 2');
    old.exec(`
      INSERT INTO runs VALUES (1, '2024-07-01T09:00:00Z', '2024-07-01', 'generic', '1.0.0', 'Theo dõi nhiệm vụ chung', 'dondoc', '0.1.0');
      INSERT INTO workbooks VALUES (1, 'generic', 'so-nhan.xlsx');
      INSERT INTO workbook_names VALUES ('generic', 'so-nhan.xlsx', 1);
      INSERT INTO run_workbooks VALUES (1, 1, 'so-nhan.xlsx', NULL, 'checked', 0);
      INSERT INTO items VALUES (1, 1, 'report|#bc-thang|phong noi vu|2024-06-25', 'report', 'Báo cáo tháng', 'Phòng Nội vụ', 'phong noi vu');
      INSERT INTO findings VALUES (1, 1, 1, 'report/missing', 'error', '2024-06-25', NULL, NULL, 'Sổ nhận', NULL, NULL,
        'Phòng Nội vụ chưa gửi Báo cáo tháng', 'Phòng Nội vụ has not sent Báo cáo tháng', '2024-07-01', 1);
    `);
    old.close();

    const store = openHistory(file);
    expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
    const location = (sheet: string, row: number) => ({
      workbook: 'so-nhan.xlsx',
      sheet,
      cell: `E${row}`,
      row,
    });
    const reports = [
      { id: 'bc-thang', title: 'Báo cáo tháng', agency: 'Phòng Nội vụ', due: '2024-06-25' },
      { id: 'bc-thang', title: 'Báo cáo tháng', agency: 'Phòng Tài chính', due: '2024-06-25' },
      { id: 'bc-quy', title: 'Báo cáo quý II', agency: 'Phòng Nội vụ', due: '2024-06-30' },
    ] as const;
    const check = (asOf: string, order: 'as-written' | 'reordered', rowShift: number) => {
      const evaluatedReports = [
        { ...reports[0], state: 'missing' as const },
        { ...reports[1], state: 'received' as const },
        { ...reports[2], state: 'late' as const },
      ];
      const evaluatedIndicators = [
        {
          id: 'ct-ho-ngheo',
          title: 'Tỷ lệ hộ nghèo',
          agency: 'Phòng Lao động - Thương binh và Xã hội',
          outcome: 'unmet' as const,
          period: '2024-H1',
          location: location('Chỉ tiêu', 5 + rowShift),
        },
        {
          id: 'ct-ho-ngheo',
          title: 'Tỷ lệ hộ nghèo',
          agency: 'Phòng Lao động - Thương binh và Xã hội',
          outcome: 'met' as const,
          period: '2023',
          location: location('Chỉ tiêu', 5 + rowShift),
        },
      ];
      const flip = <T>(list: T[]) => (order === 'reordered' ? [...list].reverse() : list);
      const wb = workbookOf('so-nhan.xlsx', [], asOf);
      return checkOf(asOf, [
        {
          ...wb,
          reports: trackReports(flip(evaluatedReports)),
          indicators: trackIndicators(flip(evaluatedIndicators)),
        },
      ]);
    };
    await store.record(check('2024-07-08', 'as-written', 0));
    // The sheets reordered and two rows inserted above the indicators: the same items.
    await store.record(check('2024-07-15', 'reordered', 2));

    const trend = await store.agencyTrend();
    expect(trend.map((p) => [p.asOf, p.agency, p.reportsMissing, p.indicatorsUnmet])).toEqual([
      // the migrated run, counted by its finding
      ['2024-07-01', 'Phòng Nội vụ', 1, 0],
      // the runs that listed them: the missing report once (no finding here to count twice), the
      // late one and the received one not missing, the first half-year's figure unmet
      ['2024-07-08', 'Phòng Lao động - Thương binh và Xã hội', 0, 1],
      ['2024-07-08', 'Phòng Nội vụ', 1, 0],
      ['2024-07-08', 'Phòng Tài chính', 0, 0],
      ['2024-07-15', 'Phòng Lao động - Thương binh và Xã hội', 0, 1],
      ['2024-07-15', 'Phòng Nội vụ', 1, 0],
      ['2024-07-15', 'Phòng Tài chính', 0, 0],
    ]);
    await store.close();

    const db = new Database(file, { readonly: true });
    const rows = db
      .prepare(
        `SELECT r.run_id AS run, i.key, r.state FROM reports r JOIN items i ON i.id = r.item_id
         UNION ALL SELECT x.run_id, i.key, x.outcome FROM indicators x JOIN items i ON i.id = x.item_id
         ORDER BY 1, 2`,
      )
      .all() as { run: number; key: string; state: string }[];
    const expected = [
      ['indicator|#ct-ho-ngheo|phong lao dong thuong binh va xa hoi|2023', 'met'],
      ['indicator|#ct-ho-ngheo|phong lao dong thuong binh va xa hoi|2024-H1', 'unmet'],
      ['report|#bc-quy|phong noi vu|2024-06-30', 'late'],
      ['report|#bc-thang|phong noi vu|2024-06-25', 'missing'],
      ['report|#bc-thang|phong tai chinh|2024-06-25', 'received'],
    ];
    expect(rows.map((r) => [r.run, r.key, r.state])).toEqual([
      ...expected.map(([key, state]) => [2, key, state]),
      ...expected.map(([key, state]) => [3, key, state]),
    ]);
    // One item per identity, the migrated run's report among them: no cell address in any key.
    const items = db.prepare(`SELECT key FROM items WHERE kind <> 'task'`).all() as {
      key: string;
    }[];
    expect(items).toHaveLength(expected.length);
    db.close();
  });

  it('recognises a renamed register of received reports by its report instances, with no finding or task', async () => {
    const store = openHistory(tempFile());
    const exists = (name: string) => name !== 'so-nhan-thang-6.xlsx';
    const register = (name: string, asOf: string) => ({
      ...workbookOf(name, [], asOf),
      reports: trackReports(
        ['Đảng ủy xã Đức Lạng', 'Đảng ủy xã Tùng Ảnh', 'Đảng ủy xã Đức Đồng'].map((agency) => ({
          id: 'bc-quan-triet',
          title: 'Báo cáo kết quả quán triệt',
          agency,
          due: '2024-06-30',
          state: 'received' as const,
        })),
      ),
    });
    await store.record(checkOf('2024-07-05', [register('so-nhan-thang-6.xlsx', '2024-07-05')]), {
      exists,
    });
    const renamed = await store.record(
      checkOf('2024-07-12', [register('so-nhan-thang-7.xlsx', '2024-07-12')]),
      { exists },
    );
    expect(renamed.changes[0]!.renamedFrom).toBe('so-nhan-thang-6.xlsx');
    await store.close();
  });

  it('remembers reminders by agency, whatever the spelling', async () => {
    const store = openHistory(tempFile());
    await store.recordReminder('generic', {
      agency: 'Ban Tuyên giáo Huyện ủy',
      number: '125-CV/VPHU',
      date: '2024-07-02',
      recordedAt: '2024-07-02T08:00:00Z',
      items: [{ key: 'task|a|b', title: 'Việc A' }],
    });
    expect(
      (await store.reminders('generic', 'BAN TUYÊN GIÁO HUYỆN ỦY')).map((r) => r.number),
    ).toEqual(['125-CV/VPHU']);
    expect(await store.reminders('generic', 'UBND huyện')).toEqual([]);
    await store.close();
  });

  it.each([1, 2, 3])(
    'reads a schema %i file written before tasks done with no deadline were counted apart: they are not on time',
    async (version) => {
      // As dondoc wrote it then: the tasks table keeps each task's deadline (NULL when none) since
      // schema 1 and its completion day since schema 2, so the count is made again, not guessed.
      const file = tempFile();
      const old = new Database(file);
      for (const sql of MIGRATIONS.slice(0, version)) old.exec(sql);
      old.pragma(`user_version = ${version}`);
      const agency = 'Phòng Văn hóa và Thông tin';
      const tasks: [string, string, string | null, string | null][] = [
        // title, state, deadline, completed on
        ['Tổ chức Ngày hội văn hóa các dân tộc', 'done', '2024-08-30', '2024-06-10'],
        ['Tuyên truyền kỷ niệm Ngày Quốc khánh', 'done', null, '2024-06-28'],
        ['Rà soát, kiểm kê di tích lịch sử', 'done', null, null],
        ['Kiểm tra hoạt động kinh doanh karaoke', 'late', '2024-06-20', '2024-06-25'],
      ];
      old.exec(`
        INSERT INTO runs VALUES (1, '2024-07-01T09:00:00Z', '2024-07-01', 'generic', '1.0.0', 'Theo dõi nhiệm vụ chung', 'dondoc', '0.1.0');
        INSERT INTO workbooks VALUES (1, 'generic', 'phong-van-hoa.xlsx');
        INSERT INTO workbook_names VALUES ('generic', 'phong-van-hoa.xlsx', 1);
        INSERT INTO run_workbooks (run_id, workbook_id, name, sha256, status, tasks_listed)
          VALUES (1, 1, 'phong-van-hoa.xlsx', NULL, 'checked', 1);
      `);
      tasks.forEach(([title, state, due, completedOn], i) => {
        old
          .prepare(`INSERT INTO items VALUES (?, 1, ?, 'task', ?, ?, 'phong van hoa va thong tin')`)
          .run(i + 1, `task|${title.toLowerCase()}|phong van hoa va thong tin`, title, agency);
        if (version >= 2)
          old
            .prepare(`INSERT INTO tasks VALUES (1, 1, ?, ?, ?, 'Nhiệm vụ', ?, ?)`)
            .run(i + 1, state, due, i + 4, completedOn);
        else
          old
            .prepare(`INSERT INTO tasks VALUES (1, 1, ?, ?, ?, 'Nhiệm vụ', ?)`)
            .run(i + 1, state, due, i + 4);
      });
      old.close();

      const store = openHistory(file);
      expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
      const [point, ...more] = await store.agencyTrend();
      expect(more).toEqual([]);
      // 1 on time (its deadline is still to come), 1 late, 2 done with no deadline: 1 of the 2 whose
      // outcome is known is on time, 50 %, where the count before said 3 on time, 75 %
      expect(point).toMatchObject({
        asOf: '2024-07-01',
        agency,
        tasks: 4,
        onTime: 1,
        late: 1,
        overdue: 0,
        notDue: 0,
        doneUndated: 0,
        doneNoDeadline: 2,
        onTimePercent: 50,
      });
      const items = await store.itemTimelines();
      expect(items.map((i) => i.statuses.map((x) => x.status).join())).toEqual([
        'done',
        'done',
        'done',
        'late',
      ]);
      await store.close();
    },
  );

  it('migrates on open, and refuses a file from a newer version or one that is not a history', async () => {
    const file = tempFile();
    (await Promise.resolve(openHistory(file))).close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openHistory(file)).toThrow(HistoryFileError);
    const junk = path.join(path.dirname(file), 'khong-phai.sqlite');
    writeFileSync(junk, 'Đây là văn bản, không phải cơ sở dữ liệu. '.repeat(200));
    expect(() => openHistory(junk)).toThrow(/không phải tệp lịch sử|Không mở được/);
    expect(() => openHistory(junk)).toThrow(/is not a valid dondoc check history|Cannot open/);
  });

  it('a process killed in the middle of recording leaves the previous runs intact', async () => {
    const file = tempFile();
    const store = openHistory(file);
    await store.record(checkOf('2024-07-01', [workbookOf('a.xlsx', ROWS, '2024-07-01')]));
    await store.close();
    const killed = await child(
      SNAPSHOT_SCRIPT(
        `await store.record(snapshot(1), { beforeCommit: () => process.kill(process.pid, 'SIGKILL') });`,
      ),
      [file, 'b', '1'],
    );
    expect(killed.signal).toBe('SIGKILL');
    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM tasks').get()).toEqual({ n: 3 });
    db.close();
    const reopened = openHistory(file);
    const next = await reopened.record(
      checkOf('2024-07-08', [workbookOf('a.xlsx', ROWS, '2024-07-08')]),
    );
    expect(next.changes[0]!.previous?.asOf).toBe('2024-07-01');
    await reopened.close();
  });

  it('two processes recording at once both land every run, and the file stays sound', async () => {
    const file = tempFile();
    openHistory(file).close();
    const script = SNAPSHOT_SCRIPT(
      `for (let i = 0; i < Number(count); i++) await store.record(snapshot(i));`,
    );
    const results = await Promise.all([
      child(script, [file, 'a', '15']),
      child(script, [file, 'b', '15']),
    ]);
    expect(results.map((r) => [r.code, r.err])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 30 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM run_workbooks').get()).toEqual({ n: 30 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM tasks').get()).toEqual({ n: 30 * 200 });
    // Each workbook's streak counts its own checks: the runs never saw each other's half-written rows.
    expect(
      db
        .prepare(
          `SELECT MAX(streak) AS s FROM findings f JOIN items i ON i.id = f.item_id GROUP BY i.workbook_id`,
        )
        .all(),
    ).toEqual([{ s: 15 }, { s: 15 }]);
    db.close();
  });
});
