import { execFile } from 'node:child_process';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir, writeWorkbook, type SheetRows } from './test-support/run.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/dondoc.js');
const run = promisify(execFile);

/** Runs the real `dondoc` binary; resolves with its exit code and output. */
async function dondoc(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const TITLE = ['BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH SỐ 45-KH/HU'];

/** Week 1: two tasks overdue, one done, one not yet due. */
const WEEK1: SheetRows = [
  TITLE,
  HEADER,
  [
    1,
    'Xây dựng kế hoạch tuyên truyền Chỉ thị 32',
    'Ban Tuyên giáo Huyện ủy',
    'trước ngày 25/6/2024',
    null,
    'Đang thực hiện',
  ],
  [2, 'Rà soát quy hoạch cán bộ', 'Ban Tổ chức Huyện ủy', '20/6/2024', null, 'Chưa thực hiện'],
  [3, 'Sơ kết 6 tháng', 'Văn phòng Huyện ủy', '28/6/2024', '27/6/2024', 'Hoàn thành'],
  [4, 'Báo cáo kết quả cải cách hành chính', 'Phòng Nội vụ', '05/7/2024', null, 'Đang thực hiện'],
];

/**
 * Week 2, saved under a new name with two rows inserted at the top: the plan is done late, the
 * staff review is still overdue, the report is newly overdue.
 */
const WEEK2: SheetRows = [
  TITLE,
  HEADER,
  [
    1,
    'Hội nghị báo cáo viên quý III',
    'Ban Tuyên giáo Huyện ủy',
    '30/9/2024',
    null,
    'Chưa thực hiện',
  ],
  [
    2,
    'Kiểm tra việc học tập Nghị quyết',
    'Ủy ban Kiểm tra Huyện ủy',
    '31/8/2024',
    null,
    'Chưa thực hiện',
  ],
  [
    3,
    'Xây dựng kế hoạch tuyên truyền Chỉ thị 32',
    'Ban Tuyên giáo Huyện ủy',
    'trước ngày 25/6/2024',
    '03/7/2024',
    'Hoàn thành',
  ],
  [4, 'Rà soát quy hoạch cán bộ', 'Ban Tổ chức Huyện ủy', '20/6/2024', null, 'Đang thực hiện'],
  [5, 'Sơ kết 6 tháng', 'Văn phòng Huyện ủy', '28/6/2024', '27/6/2024', 'Hoàn thành'],
  [6, 'Báo cáo kết quả cải cách hành chính', 'Phòng Nội vụ', '05/7/2024', null, 'Đang thực hiện'],
];

describe('dondoc check --history, remind and history, through the real binary', () => {
  it(
    'remembers each check as the workbook changes, escalates letters and reports over time',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const history = path.join(dir, 'lich-su.sqlite');
      const first = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': WEEK1 });

      // Check 1: nothing to compare with yet.
      const c1 = await dondoc(
        'check',
        first,
        '--as-of',
        '2024-07-01',
        '--history',
        history,
        '--format',
        'json',
      );
      expect(c1.err).toBe('');
      const j1 = JSON.parse(c1.out) as {
        changes: { narrative?: unknown; workbooks: { previous: unknown; new: unknown[] }[] };
      };
      expect(j1.changes.narrative).toBeUndefined();
      expect(j1.changes.workbooks[0]!.previous).toBeNull();
      expect(
        (j1.changes.workbooks[0]!.new as { rule: string }[]).map((f) => f.rule).sort(),
      ).toEqual(['task/due-soon', 'task/overdue', 'task/overdue']);

      // Check 2: renamed file, inserted rows, one done late, one still overdue, one newly overdue.
      const second = path.join(dir, 'theo-doi-thang-7.xlsx');
      renameSync(first, path.join(dir, 'cu.bak'));
      await writeWorkbook(dir, 'theo-doi-thang-7.xlsx', { 'Theo dõi': WEEK2 });
      const out2 = path.join(dir, 'lan-2');
      const c2 = await dondoc(
        'check',
        second,
        '--as-of',
        '2024-07-08',
        '--history',
        history,
        '--format',
        'text,json,html,xlsx',
        '--out',
        out2,
      );
      expect(c2.err).toBe('');
      const j2 = JSON.parse(readFileSync(path.join(out2, 'dondoc-ket-qua.json'), 'utf8')) as {
        changes: {
          narrative: { vi: string };
          workbooks: {
            renamedFrom?: string;
            new: { title: string }[];
            fixed: { title: string; how: string }[];
            stillOpen: {
              title: string;
              since: string;
              streak: number;
              days: number;
              daysBefore: number;
            }[];
          }[];
        };
      };
      expect(j2.changes.narrative.vi).toBe(
        'So với lần kiểm tra ngày 01/7/2024: 01 nhiệm vụ đã hoàn thành, 01 nhiệm vụ mới quá hạn, 01 nhiệm vụ vẫn quá hạn.',
      );
      const w2 = j2.changes.workbooks[0]!;
      expect(w2.renamedFrom).toBe(path.join(dir, 'theo-doi.xlsx'));
      expect(w2.fixed.map((f) => [f.title, f.how])).toEqual([
        ['Xây dựng kế hoạch tuyên truyền Chỉ thị 32', 'late'],
      ]);
      expect(w2.new.map((f) => f.title)).toEqual(['Báo cáo kết quả cải cách hành chính']);
      expect(w2.stillOpen.map((o) => [o.title, o.since, o.streak, o.daysBefore, o.days])).toEqual([
        ['Rà soát quy hoạch cán bộ', '2024-07-01', 2, 11, 18],
      ]);
      const text2 = readFileSync(path.join(out2, 'dondoc-ket-qua.txt'), 'utf8');
      expect(text2).toContain('So với lần kiểm tra ngày 01/7/2024: 01 nhiệm vụ đã hoàn thành');
      // Still overdue, and its status changed from "Chưa thực hiện" to "Đang thực hiện".
      expect(text2).toContain('Có thay đổi (1):');
      expect(text2).toContain(
        '• Rà soát quy hoạch cán bộ — Ban Tổ chức Huyện ủy (từ 01/7/2024, 2 lần kiểm tra liên tiếp; quá hạn 11 → 18 ngày; thay đổi: thực tế)',
      );
      expect(readFileSync(path.join(out2, 'dondoc-ket-qua.html'), 'utf8')).toContain(
        '<section class="changes">',
      );
      expect(existsSync(path.join(out2, 'dondoc-ket-qua.xlsx'))).toBe(true);

      // The first letters, numbered by the office.
      const letters1 = path.join(dir, 'thu-1');
      const r1 = await dondoc(
        'remind',
        second,
        '--as-of',
        '2024-07-08',
        '--history',
        history,
        '--out',
        letters1,
        '--number',
        '125-CV/VPHU',
        '--letter-date',
        '09/07/2024', // dd/mm/yyyy, as a clerk writes it
      );
      expect(r1.err).toBe('');
      expect(readFileSync(path.join(letters1, 'don-doc.md'), 'utf8')).not.toContain('lần 2');

      // A week later nothing was done: the second letters say so and cite the first.
      const letters2 = path.join(dir, 'thu-2');
      const r2 = await dondoc(
        'remind',
        second,
        '--as-of',
        '2024-07-15',
        '--history',
        history,
        '--out',
        letters2,
        '--escalate-after',
        '1',
      );
      expect(r2.err).toBe('');
      const md2 = readFileSync(path.join(letters2, 'don-doc.md'), 'utf8');
      expect(md2).toContain('V/v đôn đốc lần 2 thực hiện');
      expect(md2).toContain(
        'Tiếp theo Công văn số 125-CV/VPHU ngày 09/07/2024 đôn đốc Ban Tổ chức Huyện ủy',
      );
      const leadership = readFileSync(path.join(letters2, 'bao-cao-thuong-truc.md'), 'utf8');
      expect(leadership).toContain(
        '| Ban Tổ chức Huyện ủy | Rà soát quy hoạch cán bộ | 1 | số 125-CV/VPHU ngày 09/07/2024 |',
      );

      // History per agency over time, and per item.
      const h = await dondoc('history', history, '--agency', 'ban to chuc', '--format', 'json');
      expect(h.err).toBe('');
      const hj = JSON.parse(h.out) as {
        runs: unknown[];
        agencies: { asOf: string; agency: string; tasks: number; overdue: number }[];
        items: { title: string; statuses: { asOf: string; status: string }[] }[];
      };
      expect(hj.runs).toHaveLength(4);
      // its one task, overdue at every check
      expect(hj.agencies.map((p) => [p.asOf, p.agency, p.tasks, p.overdue])).toEqual([
        ['2024-07-01', 'Ban Tổ chức Huyện ủy', 1, 1],
        ['2024-07-08', 'Ban Tổ chức Huyện ủy', 1, 1],
        ['2024-07-15', 'Ban Tổ chức Huyện ủy', 1, 1],
      ]);
      expect(hj.items.map((i) => [i.title, i.statuses.map((s) => s.status)])).toEqual([
        ['Rà soát quy hoạch cán bộ', ['overdue', 'overdue', 'overdue']],
      ]);
      const html = path.join(dir, 'lich-su.html');
      expect((await dondoc('history', history, '--format', 'html', '--out', html)).code).toBe(0);
      expect(readFileSync(html, 'utf8')).toContain('<svg');
      const csv = await dondoc('history', history, '--since', '2024-07-08', '--format', 'csv');
      expect(csv.out).toContain('2024-07-15,Phòng Nội vụ');
      expect(csv.out).not.toContain('2024-07-01');
      const csvVi = await dondoc('history', history, '--since', '08/07/2024', '--format', 'csv');
      expect(csvVi).toEqual(csv);
    },
  );

  it('says clearly when the history file is not one', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'khong-phai.sqlite');
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': WEEK1 });
    await writeWorkbook(dir, 'khong-phai.sqlite', { 'Theo dõi': WEEK1 });
    const r = await dondoc('check', file, '--as-of', '2024-07-01', '--history', bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/lịch sử kiểm tra/);
  });
});
