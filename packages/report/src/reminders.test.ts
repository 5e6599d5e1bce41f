import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkSheets, createChecker, gridSheet } from '@dondoc/core';
import { collectReminders, renderReminderDocx, renderRemindersMarkdown } from './reminders.js';
import type { ReportInput } from './input.js';

function run(): ReportInput {
  const checker = createChecker({
    pack: {
      id: 'quan-triet-ct32',
      version: '1.0.0',
      title: 'Kế hoạch số 25-KH/HU quán triệt Chỉ thị số 32-CT/TW',
    },
    asOf: { year: 2024, month: 7, day: 1 },
  });
  const workbook = checkSheets(checker, 'theo-doi.xlsx', [
    gridSheet('Nhiệm vụ', [
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
      [1, 'Hội nghị cán bộ chủ chốt', 'Ban Tuyên giáo Huyện ủy', 'tháng 5/2024', 'Chưa thực hiện'],
      [
        2,
        'Quán triệt đến cán bộ, đảng viên',
        'Các chi, đảng bộ cơ sở',
        'trước ngày 25/6/2024',
        'Đang thực hiện',
      ],
      [
        3,
        'Biên tập tài liệu tuyên truyền',
        'Ban Tuyên giáo Huyện ủy',
        'trước ngày 20/6/2024',
        null,
      ],
      [4, 'Tuyên truyền trên loa truyền thanh', 'Trung tâm VH-TT&TT', 'trước ngày 5/7/2024', null],
      [5, 'Rà soát quy chế', null, '15/6/2024', null],
    ]),
  ]);
  return { report: checker.report([workbook]), workbooks: [workbook] };
}

describe('follow-up letters', () => {
  const input = run();
  const { letters, unaddressed } = collectReminders(input);

  it('writes one letter per agency with overdue work, listing exactly its items', () => {
    expect(letters.map((l) => [l.agency, l.items.map((i) => i.title)])).toEqual([
      ['Ban Tuyên giáo Huyện ủy', ['Hội nghị cán bộ chủ chốt', 'Biên tập tài liệu tuyên truyền']],
      ['Các chi, đảng bộ cơ sở', ['Quán triệt đến cán bộ, đảng viên']],
    ]);
    // the due-soon task is not overdue; the overdue one with no owner has nobody to write to
    expect(unaddressed).toBe(1);
  });

  it('lays each .docx out as an administrative letter, read back by a docx parser', async () => {
    const bytes = await renderReminderDocx(input, letters[0]!, {
      issuer: 'HUYỆN ỦY ĐỨC THỌ',
      office: 'VĂN PHÒNG',
      place: 'Đức Thọ',
    });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('HUYỆN ỦY ĐỨC THỌ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Đức Thọ, ngày 01 tháng 07 năm 2024');
    expect(text).toContain('V/v đôn đốc thực hiện Kế hoạch số 25-KH/HU');
    expect(text).toContain('Kính gửi: Ban Tuyên giáo Huyện ủy');
    expect(text).toContain('1. Hội nghị cán bộ chủ chốt — thời hạn: "tháng 5/2024"');
    expect(text).toContain('2. Biên tập tài liệu tuyên truyền — thời hạn: "trước ngày 20/6/2024"');
    expect(text).not.toContain('Quán triệt đến cán bộ');
    expect(text).toContain('báo cáo kết quả thực hiện trước ngày 08/07/2024');
    expect(text).toContain('Nơi nhận:');
  });

  it('gives the same letters as Markdown to paste into an email', () => {
    const md = renderRemindersMarkdown(input, { place: 'Đức Thọ' });
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('Kính gửi: Các chi, đảng bộ cơ sở.');
    expect(md).toContain('1 nội dung cần đôn đốc không ghi cơ quan chủ trì');
  });
});

function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return path.join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
const soffice = findSoffice();

describe.skipIf(soffice === undefined)('a follow-up letter opened by LibreOffice Writer', () => {
  it('converts to a PDF of one A4 page', async () => {
    const input = run();
    const { letters } = collectReminders(input);
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-letter-'));
    try {
      const docx = path.join(dir, 'don-doc.docx');
      writeFileSync(
        docx,
        await renderReminderDocx(input, letters[0]!, {
          issuer: 'HUYỆN ỦY ĐỨC THỌ',
          office: 'VĂN PHÒNG',
          place: 'Đức Thọ',
        }),
      );
      // A profile of its own, so a LibreOffice running elsewhere (another test) cannot lock it.
      const profile = pathToFileURL(path.join(dir, 'profile')).href;
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          docx,
        ],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const pdf = readFileSync(path.join(dir, 'don-doc.pdf')).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      // A4 is 210 × 297 mm, 595.3 × 841.9 points
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
      expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual([595, 842]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);
});
