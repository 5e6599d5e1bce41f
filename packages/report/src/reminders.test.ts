import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkSheets, createChecker, gridSheet } from '@dondoc/core';
import JSZip from 'jszip';
import {
  collectReminders,
  issuerKindOf,
  letterSubject,
  planOfPack,
  renderReminderDocx,
  renderReminderMessages,
  renderRemindersMarkdown,
} from './reminders.js';
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

  /** The document part of a .docx, and its text runs with their formatting. */
  async function documentXml(bytes: Uint8Array): Promise<string> {
    const zip = await JSZip.loadAsync(bytes);
    return zip.file('word/document.xml')!.async('string');
  }
  /** The formatting of the run holding `text`: bold, italics, underline, size in points. */
  function runOf(xml: string, text: string) {
    const runs = xml.split('<w:r>').slice(1);
    const found = runs.find((r) => r.includes(`>${text}</w:t>`));
    if (!found) throw new Error(`no run "${text}"`);
    return {
      bold: /<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(found),
      italics: /<w:i\/>|<w:i w:val="(?:true|1)"\/>/.test(found),
      underline: /<w:u /.test(found),
      size: Number(/<w:sz w:val="(\d+)"/.exec(found)?.[1]) / 2,
      font: /<w:rFonts w:ascii="([^"]+)"/.exec(found)?.[1],
    };
  }

  it('lays out a State letter by Decree 30/2020, read back from the .docx', async () => {
    const options = {
      issuer: 'Ủy ban nhân dân huyện Đức Thọ',
      superior: undefined,
      place: 'Đức Thọ',
      number: '125/UBND-VP',
      plan: 'Kế hoạch số 45/KH-UBND ngày 10/5/2024 của UBND huyện',
      signer: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn A',
    };
    expect(issuerKindOf(options)).toBe('state');
    const bytes = await renderReminderDocx(input, letters[0]!, options);
    const xml = await documentXml(bytes);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const text = value.replace(/\s+/g, ' ');
    // national name and motto, no Party mark
    expect(runOf(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({
      bold: true,
      size: 13,
    });
    expect(runOf(xml, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 14 });
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(xml).not.toContain('>*</w:t>');
    // a short solid line under the issuer (a bottom border on an empty, indented paragraph)
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>/);
    // the heading's columns are fixed and wide enough for the national name on one line (≥ 100 mm)
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 56.7);
    expect(grid[1]).toBeGreaterThanOrEqual(100);
    expect(grid[0]! + grid[1]!).toBeCloseTo(165, 0);
    // issuer in capitals, bold; number with a colon; subject upright, size 12
    expect(runOf(xml, 'ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ')).toMatchObject({ bold: true });
    expect(text).toContain('Số: 125/UBND-VP');
    const subject = 'V/v đôn đốc thực hiện Kế hoạch số 45/KH-UBND ngày 10/5/2024 của UBND huyện';
    expect(runOf(xml, subject)).toMatchObject({ italics: false, size: 12 });
    // place and date: italics, "tháng 7" and a zero before a day below 10
    expect(runOf(xml, 'Đức Thọ, ngày 01 tháng 7 năm 2024')).toMatchObject({
      italics: true,
      size: 14,
    });
    expect(text).toContain('Kính gửi: Ban Tuyên giáo Huyện ủy');
    expect(text).toContain('1. Hội nghị cán bộ chủ chốt — thời hạn: “tháng 5/2024”');
    expect(text).not.toContain('Quán triệt đến cán bộ');
    expect(text).toContain('báo cáo kết quả thực hiện trước ngày 08/07/2024');
    // body: no file, no cell (those are in the appendix after the page break)
    const [letter, annex] = text.split('PHỤ LỤC');
    expect(letter).not.toMatch(/theo-doi\.xlsx|Nhiệm vụ!|\b[A-Z]{1,3}\d+\b/);
    expect(annex).toContain('theo-doi.xlsx, Nhiệm vụ!D2');
    // recipients with "Lưu: VT"; authority and position bold, size 14
    expect(text).toContain('- Lưu: VT.');
    expect(runOf(xml, 'KT. CHỦ TỊCH')).toMatchObject({ bold: true, size: 14 });
    expect(runOf(xml, 'PHÓ CHỦ TỊCH')).toMatchObject({ bold: true, size: 14 });
    expect(runOf(xml, 'Nguyễn Văn A')).toMatchObject({ bold: true, font: 'Times New Roman' });
  });

  it('lays out a Party letter by Hướng dẫn 36-HD/VPTW, read back from the .docx', async () => {
    const options = {
      issuer: 'HUYỆN ỦY ĐỨC THỌ',
      superior: 'Đảng bộ tỉnh Hà Tĩnh',
      place: 'Đức Thọ',
      number: '125-CV/HU',
      signer: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\n\nTrần Thị B',
    };
    expect(issuerKindOf(options)).toBe('party');
    const bytes = await renderReminderDocx(input, letters[0]!, options);
    const xml = await documentXml(bytes);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const text = value.replace(/\s+/g, ' ');
    expect(runOf(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatchObject({
      bold: true,
      underline: true,
      size: 15,
    });
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(runOf(xml, 'ĐẢNG BỘ TỈNH HÀ TĨNH')).toMatchObject({ bold: false, size: 14 });
    expect(runOf(xml, 'HUYỆN ỦY ĐỨC THỌ')).toMatchObject({ bold: true, size: 14 });
    expect(runOf(xml, '*')).toMatchObject({ size: 14 });
    expect(text).toContain('Số 125-CV/HU');
    expect(text).not.toContain('Số:');
    // the pack's title names the plan; the subject is in italics, size 12
    const subject = 'V/v đôn đốc thực hiện Kế hoạch số 25-KH/HU quán triệt Chỉ thị số 32-CT/TW';
    expect(runOf(xml, subject)).toMatchObject({ italics: true, size: 12 });
    expect(runOf(xml, 'Đức Thọ, ngày 01 tháng 7 năm 2024')).toMatchObject({ italics: true });
    expect(runOf(xml, 'Nơi nhận:')).toMatchObject({ underline: true });
    expect(runOf(xml, 'T/M BAN THƯỜNG VỤ')).toMatchObject({ bold: true, size: 14 });
    expect(runOf(xml, 'PHÓ BÍ THƯ')).toMatchObject({ bold: true, size: 14 });
  });

  it('names no plan for the generic pack, and cites earlier reminders in a second one', async () => {
    const generic = {
      ...input,
      report: {
        ...input.report,
        pack: {
          id: 'generic',
          version: '1',
          title: 'Theo dõi nhiệm vụ chung (mọi bảng theo dõi nhiệm vụ)',
        },
      },
    };
    expect(letterSubject(generic, letters[0]!)).toBe(
      'V/v đôn đốc thực hiện các nhiệm vụ được giao',
    );
    // The escalation's one input: the letters already sent to an agency, oldest first.
    const sent = { 'Ban Tuyên giáo Huyện ủy': [{ number: '125-CV/HU', date: '2024-06-20' }] };
    const escalation = (agency: string) => sent[agency as keyof typeof sent];
    const [again, first] = collectReminders(input, escalation).letters;
    expect(letterSubject(input, again!)).toBe(
      'V/v đôn đốc lần 2 thực hiện Kế hoạch số 25-KH/HU quán triệt Chỉ thị số 32-CT/TW',
    );
    expect(first!.previous).toBeUndefined();
    expect(letterSubject(input, first!)).not.toContain('lần');
    const bytes = await renderReminderDocx(input, again!, { issuer: 'HUYỆN ỦY ĐỨC THỌ' });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.replace(/\s+/g, ' ')).toContain(
      'Tiếp theo Công văn số 125-CV/HU ngày 20/06/2024 đôn đốc Ban Tuyên giáo Huyện ủy thực hiện Kế hoạch số 25-KH/HU quán triệt Chỉ thị số 32-CT/TW, qua theo dõi, tổng hợp tình hình thực hiện đến ngày 01/07/2024, Ban Tuyên giáo Huyện ủy vẫn còn 02 nội dung',
    );
    // A third letter cites both earlier ones.
    const twice = collectReminders(input, () => [
      { number: '125-CV/HU', date: '2024-06-20' },
      { date: '2024-06-27' },
    ]).letters[0]!;
    expect(letterSubject(input, twice)).toMatch(/^V\/v đôn đốc lần 3 /);
    const [message] = renderReminderMessages(input, {}, escalation);
    expect(message!.text).toContain(
      'Tiếp theo Công văn số 125-CV/HU ngày 20/06/2024 đôn đốc Ban Tuyên giáo Huyện ủy',
    );
  });

  it('writes a valid .docx whatever characters the workbook holds', async () => {
    const dirty = { ...letters[0]!, agency: 'Ban\u0001 Tuyên giáo\ufffe \ud800' };
    const bytes = await renderReminderDocx(input, dirty, {});
    // mammoth parses the XML strictly enough to fail on forbidden characters
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Ban Tuyên giáo \ufffd');
  });

  it.each([
    [
      {
        kind: 'Kế hoạch',
        number: '45-KH/HU',
        date: '2024-05-10',
        issuer: 'Ban Thường vụ Huyện ủy',
        title: 'Kế hoạch thực hiện Chỉ thị số 32-CT/TW',
      },
      'Kế hoạch số 45-KH/HU ngày 10/05/2024 của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị số 32-CT/TW',
    ],
    [
      {
        kind: 'Kế hoạch',
        issuer: 'Ban Thường vụ Huyện ủy',
        title: 'Kế hoạch thực hiện Nghị quyết số 26-NQ/TW',
      },
      'Kế hoạch thực hiện Nghị quyết số 26-NQ/TW của Ban Thường vụ Huyện ủy',
    ],
    [
      { kind: 'Chỉ thị', number: '32-CT/TW', title: 'về tăng cường sự lãnh đạo của Đảng' },
      'Chỉ thị số 32-CT/TW về tăng cường sự lãnh đạo của Đảng',
    ],
    [
      { title: 'Chương trình hành động số 28-CTr/TU' },
      'Văn bản Chương trình hành động số 28-CTr/TU',
    ],
    [{ issuer: 'Tỉnh ủy' }, undefined],
  ])('names the plan of a pack whose source document is %j', (doc, plan) => {
    expect(planOfPack({ source: { documents: [doc] } })).toBe(plan);
  });

  it('gives a plain-text message per agency, ready to paste into Zalo', () => {
    const messages = renderReminderMessages(input, { issuer: 'Huyện ủy Đức Thọ' });
    expect(messages.map((m) => m.agency)).toEqual([
      'Ban Tuyên giáo Huyện ủy',
      'Các chi, đảng bộ cơ sở',
    ]);
    const text = messages[0]!.text;
    expect(text.startsWith('Kính gửi: Ban Tuyên giáo Huyện ủy\n')).toBe(true);
    expect(text).toContain('1. Hội nghị cán bộ chủ chốt — thời hạn: “tháng 5/2024”');
    expect(text).not.toMatch(/[*#<>|]|\.xlsx|![A-Z]+\d/);
    expect(text.endsWith('\n\nTrân trọng.\nHuyện ủy Đức Thọ\n')).toBe(true);
  });

  it.each([
    [{ issuer: 'HUYỆN ỦY ĐỨC THỌ', office: 'VĂN PHÒNG' }, 'Văn phòng Huyện ủy Đức Thọ'],
    [{ issuer: 'ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ' }, 'Ủy ban nhân dân huyện Thạch Hà'],
    [{ issuer: 'UBND XÃ THẠCH KHÊ', office: 'Văn phòng' }, 'Văn phòng UBND xã Thạch Khê'],
    [{ issuer: 'Sở Nội vụ tỉnh Hà Tĩnh' }, 'Sở Nội vụ tỉnh Hà Tĩnh'],
    [{}, undefined],
  ])('signs a message from %j as "%s"', (options, sender) => {
    const text = renderReminderMessages(input, options)[0]!.text;
    const last = text.trimEnd().split('\n').at(-1);
    expect(last).toBe(sender ?? 'Trân trọng.');
  });

  it('gives the same letters as Markdown to paste into an email', () => {
    const md = renderRemindersMarkdown(input, { place: 'Đức Thọ' });
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('Kính gửi: Các chi, đảng bộ cơ sở.');
    expect(md).toContain('1 nội dung cần đôn đốc không ghi cơ quan chủ trì');
  });

  it("leaves the number blank before the office's symbol until the letter is registered", () => {
    const blank = ' '.repeat(7);
    const party = renderRemindersMarkdown(input, { issuerKind: 'party', numberSymbol: 'CV/VPHU' });
    expect(party).toContain(`Số ${blank}-CV/VPHU`);
    const state = renderRemindersMarkdown(input, { issuerKind: 'state', numberSymbol: 'UBND-VP' });
    expect(state).toContain(`Số: ${blank}/UBND-VP`);
    // a number given wins over the symbol
    const numbered = renderRemindersMarkdown(input, {
      issuerKind: 'party',
      number: '125-CV/VPHU',
      numberSymbol: 'CV/VPHU',
    });
    expect(numbered).toContain('Số 125-CV/VPHU');
    expect(numbered).not.toContain(`${blank}-CV/VPHU`);
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
/**
 * Whether the LibreOffice found has its Writer part: a machine may carry Calc alone (Debian's
 * `libreoffice-calc-nogui`, installed to write the layout corpora), whose `soffice` cannot open a
 * .docx. Writer's library sits in the program folder: libswlo.so, libswlo.dylib or swlo.dll.
 */
function hasWriter(found: string | undefined): boolean {
  if (found === undefined) return false;
  try {
    const program = path.dirname(realpathSync(found));
    return readdirSync(program).some((name) => /^(?:lib)?swlo\.(?:so|dylib|dll)$/.test(name));
  } catch {
    return false;
  }
}
const soffice = hasWriter(findSoffice()) ? findSoffice() : undefined;

describe.skipIf(soffice === undefined)('a follow-up letter opened by LibreOffice Writer', () => {
  it('converts to a PDF of A4 pages: the letter on one, the appendix on the next', async () => {
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
      // the letter on one page, the appendix (where each item is tracked) on the next
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
      // A4 is 210 × 297 mm, 595.3 × 841.9 points
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
      expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual([595, 842]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);
});
