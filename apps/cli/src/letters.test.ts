/**
 * Letters through the command: an office's own Word template (--template), PDF by LibreOffice when
 * it is there (--pdf), and the plain-text message per agency.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSoffice, NO_CONVERTER } from './pdf-letters.js';
import { dondoc, PLAN_ROWS, tempDir, writeWorkbook } from './test-support/run.js';

vi.setConfig({ testTimeout: 120_000 });

const AS_OF = ['--as-of', '01/07/2024'];
/** The one agency with overdue work in PLAN_ROWS, and its letter's file name. */
const AGENCY = 'Các chi, đảng bộ cơ sở';
const LETTER = 'don-doc-cac-chi-dang-bo-co-so';

async function templateFile(dir: string, lines: readonly string[]): Promise<string> {
  const doc = new Document({
    sections: [
      { children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l })] })) },
    ],
  });
  const file = path.join(dir, 'cong-van.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

const OFFICE_TEMPLATE = [
  'HUYỆN ỦY {issuer}',
  'Số {number}',
  '{placeAndDate}',
  '{subject}',
  'Kính gửi: {recipient}',
  '{opening}',
  '{#items}',
  '- {title} (thời hạn: {deadline})',
  '{/items}',
  '{closing}',
  '{signer}',
];

describe('dondoc remind --template', () => {
  it("fills the office's template for each agency, every placeholder given a value", async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const template = await templateFile(dir, OFFICE_TEMPLATE);
    const out = path.join(dir, 'thu');
    const result = await dondoc(
      'remind',
      workbook,
      ...AS_OF,
      '--out',
      out,
      '--template',
      template,
      '--issuer',
      'ĐỨC THỌ',
      '--place',
      'Đức Thọ',
      '--number',
      '125-CV/HU',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Đã ghi ${path.join(out, `${LETTER}.docx`)}`);
    const { value } = await mammoth.extractRawText({ path: path.join(out, `${LETTER}.docx`) });
    expect(value).not.toMatch(/[{}]/);
    for (const line of [
      'HUYỆN ỦY ĐỨC THỌ',
      'Số 125-CV/HU',
      'Đức Thọ, ngày 01 tháng 7 năm 2024',
      'V/v đôn đốc thực hiện các nhiệm vụ được giao',
      `Kính gửi: ${AGENCY}`,
      '- Quán triệt đến cán bộ, đảng viên cấp cơ sở (thời hạn: trước ngày 25/6/2024)',
      `Đề nghị ${AGENCY} khẩn trương chỉ đạo thực hiện các nội dung trên`,
    ])
      expect(value).toContain(line);
    // the message to paste into Zalo is written beside it
    const message = readFileSync(path.join(out, 'tin-nhan-cac-chi-dang-bo-co-so.txt'), 'utf8');
    expect(message.startsWith(`Kính gửi: ${AGENCY}\n`)).toBe(true);
    expect(message).toContain('Quán triệt đến cán bộ, đảng viên cấp cơ sở');
    expect(message).not.toContain('theo-doi.xlsx');
  });

  it('works as "check --format reminders --template" too', async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const template = await templateFile(dir, [
      'Kính gửi: {recipient}',
      '{#paragraphs}{text}{/paragraphs}',
    ]);
    const out = path.join(dir, 'thu');
    const result = await dondoc(
      'check',
      workbook,
      ...AS_OF,
      '--format',
      'reminders',
      '--out',
      out,
      '--template',
      template,
    );
    expect(result.code).toBe(1); // the overdue task is an error
    const { value } = await mammoth.extractRawText({ path: path.join(out, `${LETTER}.docx`) });
    expect(value).toContain(`Kính gửi: ${AGENCY}`);
    expect(value).toContain('1. Quán triệt đến cán bộ, đảng viên cấp cơ sở — thời hạn:');
  });

  it('refuses a template with an unknown tag, naming the tag and the file; writes no letter', async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const template = await templateFile(dir, ['Kính gửi: {recipient}', 'Số: {so_cong_van}']);
    const out = path.join(dir, 'thu');
    const result = await dondoc('remind', workbook, ...AS_OF, '--out', out, '--template', template);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `Lỗi: Mẫu thư "${template}": Mẫu thư có thẻ không biết: {so_cong_van}.`,
    );
    expect(result.err).toContain(
      `Error: Letter template "${template}": The letter template has unknown tag(s): {so_cong_van}.`,
    );
    expect(existsSync(path.join(out, `${LETTER}.docx`))).toBe(false);
  });

  it('says so when the template cannot be read, or is given without letters', async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const missing = path.join(dir, 'khong-co.docx');
    const result = await dondoc('remind', workbook, '--out', dir, '--template', missing);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `Không đọc được mẫu thư "${missing}": không tìm thấy tệp hoặc thư mục (ENOENT).`,
    );
    const wrong = await dondoc('check', workbook, '--template', missing);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--pdf và --template dùng cho thư đôn đốc');
  });
});

describe('dondoc remind --pdf', () => {
  const path0 = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path0;
  });

  it('says LibreOffice is not available, and still writes the .docx letters', async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const out = path.join(dir, 'thu');
    process.env.PATH = tempDir(); // a PATH with no soffice
    const result = await dondoc('remind', workbook, ...AS_OF, '--out', out, '--pdf');
    expect(result.code).toBe(0);
    expect(result.err).toBe(`${NO_CONVERTER.vi}\n`);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(existsSync(path.join(out, `${LETTER}.docx`))).toBe(true);
    const en = await dondoc('remind', workbook, ...AS_OF, '--out', out, '--pdf', '--lang', 'en');
    expect(en.err).toBe(`${NO_CONVERTER.en}\n`);
  });

  it('hands the letters to soffice on the PATH and says "Đã ghi" for each PDF', async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const out = path.join(dir, 'thu');
    // A stand-in for LibreOffice: writes <outdir>/<name>.pdf for each .docx, as soffice does.
    const bin = tempDir();
    const fake = path.join(bin, 'soffice');
    writeFileSync(
      fake,
      [
        '#!/bin/sh',
        'out=""',
        'while [ $# -gt 0 ]; do',
        '  case "$1" in',
        '    --outdir) out="$2"; shift ;;',
        '    *.docx) name="${1##*/}"; printf "%%PDF-1.4 %s\\n" "$name" > "$out/${name%.docx}.pdf" ;;',
        '  esac',
        '  shift',
        'done',
      ].join('\n') + '\n',
    );
    chmodSync(fake, 0o755);
    process.env.PATH = bin;
    expect(findSoffice()).toBe(fake);
    const result = await dondoc('remind', workbook, ...AS_OF, '--out', out, '--pdf');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const pdf = path.join(out, `${LETTER}.pdf`);
    expect(result.out).toContain(`Đã ghi ${pdf}`);
    expect(readFileSync(pdf, 'utf8')).toBe(`%PDF-1.4 ${LETTER}.docx\n`);
  });

  it.skipIf(findSoffice() === undefined)(
    'converts with the real LibreOffice when installed',
    async () => {
      const dir = tempDir();
      const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
      const out = path.join(dir, 'thu');
      const result = await dondoc('remind', workbook, ...AS_OF, '--out', out, '--pdf');
      expect(result.code).toBe(0);
      expect(
        readFileSync(path.join(out, `${LETTER}.pdf`))
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    },
  );
});
