/** Several workbooks, folders and patterns at once, and every output format from one run. */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { findingsReportSchema } from '@dondoc/core';
import { expandGlob } from './inputs.js';
import { dondoc, PLAN_ROWS, tempDir, writeWorkbook } from './test-support/run.js';

const asOf = ['--as-of', '2024-07-01'];

describe('inputs', () => {
  it.each([
    ['*.xlsx', 'a.xlsx', true],
    ['*.xlsx', 'xa/a.xlsx', false],
    ['**/*.xlsx', 'xa/thon/a.xlsx', true],
    ['**/*.xlsx', 'a.xlsx', true],
    ['xa-?.xlsx', 'xa-1.xlsx', true],
    ['xa-[12].xlsx', 'xa-3.xlsx', false],
    ['xa-{1,3}.xlsx', 'xa-3.xlsx', true],
    ['*.xlsx', '~$a.xlsx', false],
  ])('glob %s matches %s: %s', async (glob, file, matches) => {
    const dir = tempDir();
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
    const found = await expandGlob(path.join(dir, glob));
    expect(found).toEqual(matches ? [path.join(dir, file)] : []);
  });

  it('takes a folder (recursively, skipping Excel lock files) and a pattern, each file once', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'xa', 'thon'), { recursive: true });
    await writeWorkbook(path.join(dir, 'xa'), 'a.xlsx', { 'Theo dõi': PLAN_ROWS });
    await writeWorkbook(path.join(dir, 'xa', 'thon'), 'b.xlsx', { 'Theo dõi': PLAN_ROWS });
    writeFileSync(path.join(dir, 'xa', '~$a.xlsx'), 'lock');
    const result = await dondoc(
      'check',
      path.join(dir, 'xa'),
      path.join(dir, 'xa', '**', '*.xlsx'),
      ...asOf,
      '--format',
      'json',
    );
    const report = JSON.parse(result.out) as { workbooks: Array<{ workbook: string }> };
    expect(report.workbooks.map((w) => path.basename(w.workbook))).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('follows a link to a workbook inside a folder, and says it skips a link to a folder (issue 15, class 8)', async () => {
    const dir = tempDir();
    const shared = tempDir();
    const elsewhere = await writeWorkbook(shared, 'so-chung.xlsx', { 'Theo dõi': PLAN_ROWS });
    mkdirSync(path.join(dir, 'xa'));
    await writeWorkbook(path.join(dir, 'xa'), 'a.xlsx', { 'Theo dõi': PLAN_ROWS });
    symlinkSync(elsewhere, path.join(dir, 'xa', 'lien-ket.xlsx'));
    symlinkSync(path.join(dir, 'xa'), path.join(dir, 'xa', 'vong-lap'));
    const result = await dondoc('check', path.join(dir, 'xa'), ...asOf, '--format', 'json');
    const link = path.join(dir, 'xa', 'vong-lap');
    expect(result.err).toBe(
      `Bỏ qua "${link}": liên kết tới một thư mục (dondoc không đi theo liên kết thư mục). / Skipped "${link}": a link to a folder (dondoc does not follow links to folders).\n`,
    );
    const report = JSON.parse(result.out) as {
      workbooks: Array<{ workbook: string; status: string }>;
    };
    expect(report.workbooks.map((w) => [path.basename(w.workbook), w.status])).toEqual([
      ['a.xlsx', 'checked'],
      ['lien-ket.xlsx', 'checked'],
    ]);
  });

  it('says so when a folder holds no workbook', async () => {
    const result = await dondoc('check', tempDir(), ...asOf);
    expect(result.code).toBe(2);
    expect(result.err).toContain('No .xlsx workbook found in');
  });
});

describe('a batch of 200 workbooks, one of them corrupt', () => {
  it('completes, reports the corrupt one, checks the others, in a stable order', async () => {
    const dir = tempDir();
    const template = await writeWorkbook(dir, 'mau.xlsx', { 'Theo dõi': PLAN_ROWS });
    const bytes = readFileSync(template);
    for (let i = 1; i <= 200; i++) {
      const name = path.join(dir, `xa-${String(i).padStart(3, '0')}.xlsx`);
      writeFileSync(name, i === 77 ? Buffer.from('PK\u0003\u0004 hỏng') : bytes);
    }
    const out = path.join(dir, 'ket-qua.json');
    const result = await dondoc(
      'check',
      path.join(dir, 'xa-*.xlsx'),
      ...asOf,
      '--format',
      'json',
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      workbooks: Array<{ workbook: string; status: string }>;
      findings: unknown[];
    };
    expect(report.workbooks).toHaveLength(200);
    expect(
      report.workbooks
        .filter((w) => w.status === 'unreadable')
        .map((w) => path.basename(w.workbook)),
    ).toEqual(['xa-077.xlsx']);
    expect(report.findings).toHaveLength(199 * 3);
    const names = report.workbooks.map((w) => w.workbook);
    expect(names).toEqual([...names].sort());
  }, 120_000);
});

describe('every format from one run', () => {
  it('writes json, html, csv, sarif and junit into the --out folder', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const outDir = path.join(dir, 'bao-cao');
    const result = await dondoc(
      'check',
      file,
      ...asOf,
      '--format',
      'json,html,csv,sarif,junit',
      '--out',
      outDir,
    );
    expect(result.err).toBe('');
    for (const ext of ['json', 'html', 'csv', 'sarif', 'xml']) {
      expect(existsSync(path.join(outDir, `dondoc-ket-qua.${ext}`))).toBe(true);
    }
    findingsReportSchema.parse(
      JSON.parse(readFileSync(path.join(outDir, 'dondoc-ket-qua.json'), 'utf8')),
    );
    expect(readFileSync(path.join(outDir, 'dondoc-ket-qua.html'), 'utf8')).toContain(
      'Báo cáo kết quả kiểm tra',
    );
    expect(
      JSON.parse(readFileSync(path.join(outDir, 'dondoc-ket-qua.sarif'), 'utf8')).version,
    ).toBe('2.1.0');
  });

  it('writes the XLSX report with an annotated copy, the input untouched', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const before = readFileSync(file);
    const out = path.join(dir, 'ket-qua.xlsx');
    const result = await dondoc('check', file, ...asOf, '--format', 'xlsx', '--out', out);
    expect(result.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Kết quả kiểm tra',
      'Bảng điểm',
      '1. Theo dõi',
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses the xlsx format without --out', async () => {
    const result = await dondoc('check', 'a.xlsx', '--format', 'xlsx');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out');
  });

  it('refuses several formats without an --out folder', async () => {
    const result = await dondoc('check', 'a.xlsx', '--format', 'html,csv');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out');
  });
});

describe('dondoc remind and the calendar', () => {
  it('writes a .docx letter per agency with overdue work, and one Markdown file', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const outDir = path.join(dir, 'thu');
    const result = await dondoc(
      'remind',
      file,
      ...asOf,
      '--out',
      outDir,
      '--issuer',
      'HUYỆN ỦY ĐỨC THỌ',
      '--place',
      'Đức Thọ',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // one overdue task, owned by "Các chi, đảng bộ cơ sở" (the invalid date is no reminder)
    expect(readdirSync(outDir).sort()).toEqual([
      'don-doc-cac-chi-dang-bo-co-so.docx',
      'don-doc.md',
      'tin-nhan-cac-chi-dang-bo-co-so.txt',
    ]);
    expect(result.out).toContain(
      `Đã ghi ${path.join(outDir, 'tin-nhan-cac-chi-dang-bo-co-so.txt')}`,
    );
    const message = readFileSync(path.join(outDir, 'tin-nhan-cac-chi-dang-bo-co-so.txt'), 'utf8');
    expect(message.startsWith('Kính gửi: Các chi, đảng bộ cơ sở\n')).toBe(true);
    const { value } = await mammoth.extractRawText({
      path: path.join(outDir, 'don-doc-cac-chi-dang-bo-co-so.docx'),
    });
    expect(value).toContain('Kính gửi: Các chi, đảng bộ cơ sở');
    expect(value).toContain('Quán triệt đến cán bộ, đảng viên cấp cơ sở');
  });

  it('writes the upcoming deadlines as an iCalendar file', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const out = path.join(dir, 'han.ics');
    await dondoc('check', file, '--as-of', '2024-06-01', '--format', 'ics', '--out', out);
    const ics = readFileSync(out, 'utf8').replace(/\r\n /g, ''); // unfolded
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240624');
    expect(ics).toContain('SUMMARY:Hạn: Quán triệt đến cán bộ\\, đảng viên cấp cơ sở');
  });
});

describe('worker threads (the built command)', () => {
  const bin = fileURLToPath(new URL('../bin/dondoc.js', import.meta.url));

  it('gives the same result with workers as without, in input order, one file corrupt', async () => {
    const dir = tempDir();
    const template = await writeWorkbook(dir, 'mau.xlsx', { 'Theo dõi': PLAN_ROWS });
    const bytes = readFileSync(template);
    for (let i = 1; i <= 8; i++) {
      writeFileSync(path.join(dir, `xa-${i}.xlsx`), i === 5 ? Buffer.from('hỏng') : bytes);
    }
    const run = (workers: string) => {
      const out = path.join(dir, `ket-qua-${workers}.json`);
      const result = spawnSync(
        process.execPath,
        [
          bin,
          'check',
          path.join(dir, 'xa-*.xlsx'),
          ...asOf,
          '--format',
          'json',
          '--out',
          out,
          '--workers',
          workers,
        ],
        { encoding: 'utf8' },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      return readFileSync(out, 'utf8');
    };
    const parallel = run('3');
    expect(parallel).toBe(run('0'));
    const report = JSON.parse(parallel) as {
      workbooks: Array<{ workbook: string; status: string }>;
    };
    expect(report.workbooks.map((w) => w.status)).toEqual([
      'checked',
      'checked',
      'checked',
      'checked',
      'unreadable',
      'checked',
      'checked',
      'checked',
    ]);
  }, 60_000);
});
