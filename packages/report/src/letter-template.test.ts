import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkSheets, createChecker, gridSheet } from '@dondoc/core';
import {
  LETTER_ITEM_PLACEHOLDERS,
  LETTER_PLACEHOLDERS,
  LetterTemplateError,
  renderReminderFromTemplate,
} from './letter-template.js';
import { collectReminders, letterFields, type ReminderOptions } from './reminders.js';
import type { ReportInput } from './input.js';

function run(): ReportInput {
  const checker = createChecker({
    pack: {
      id: 'quan-triet-ct32',
      version: '1.0.0',
      title: 'Kế hoạch số 25-KH/HU quán triệt Chỉ thị số 32-CT/TW',
    },
    asOf: { year: 2024, month: 7, day: 5 },
  });
  const workbook = checkSheets(checker, 'theo-doi.xlsx', [
    gridSheet('Nhiệm vụ', [
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
      [1, 'Hội nghị cán bộ chủ chốt', 'Ban Tuyên giáo Huyện ủy', 'tháng 5/2024', 'Chưa thực hiện'],
      [
        2,
        'Biên tập tài liệu tuyên truyền',
        'Ban Tuyên giáo Huyện ủy',
        'trước ngày 20/6/2024',
        null,
      ],
    ]),
  ]);
  return { report: checker.report([workbook]), workbooks: [workbook] };
}

/** A .docx whose paragraphs are these lines, each one run (as an office would type them). */
async function template(lines: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      { children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l })] })) },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function text(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

const OPTIONS: ReminderOptions = {
  issuer: 'HUYỆN ỦY ĐỨC THỌ',
  superior: 'ĐẢNG BỘ TỈNH HÀ TĨNH',
  office: 'VĂN PHÒNG',
  numberSymbol: 'CV/VPHU',
  place: 'Đức Thọ',
  signer: 'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nTrần Thị B',
};

describe("a letter in the office's own template", () => {
  const input = run();
  const letter = collectReminders(input).letters[0]!;
  const fields = letterFields(input, letter, OPTIONS);

  it('fills every placeholder, the items and the paragraphs as loops, none left as {…}', async () => {
    const lines = [
      '{superior}',
      '{issuer}',
      '{office}',
      'Số {number}',
      '{subject}',
      '{placeAndDate}',
      'Kính gửi: {recipient}',
      '{opening}',
      '{#items}',
      '{no}) {title} | {deadline} | {status} | {where}',
      '{/items}',
      '{closing}',
      'Tổng số: {count} nội dung đến ngày {asOf}; lập tại {place}, {date}',
      '{#paragraphs}',
      '¶ {text}',
      '{/paragraphs}',
      '{#items}{line}{/items}',
      '{signer}',
    ];
    const bytes = renderReminderFromTemplate(await template(lines), input, letter, OPTIONS);
    const filled = await text(bytes);
    expect(filled).not.toMatch(/[{}]/);
    const expected = [
      'ĐẢNG BỘ TỈNH HÀ TĨNH',
      'HUYỆN ỦY ĐỨC THỌ',
      'VĂN PHÒNG',
      'Số        -CV/VPHU',
      fields.subject,
      'Đức Thọ, ngày 05 tháng 7 năm 2024',
      'Kính gửi: Ban Tuyên giáo Huyện ủy',
      fields.opening,
      '1) Hội nghị cán bộ chủ chốt | tháng 5/2024 | Chưa thực hiện | theo-doi.xlsx, Nhiệm vụ!D2',
      `2) Biên tập tài liệu tuyên truyền | trước ngày 20/6/2024 | ${fields.items[1]!.actual} | theo-doi.xlsx, Nhiệm vụ!D3`,
      fields.closing,
      'Tổng số: 02 nội dung đến ngày 05/07/2024; lập tại Đức Thọ, ngày 05 tháng 7 năm 2024',
      `¶ ${fields.opening}`,
      `¶ ${fields.itemLines[0]}`,
      `¶ ${fields.itemLines[1]}`,
      `¶ ${fields.closing}`,
      fields.itemLines.join(''),
    ];
    const paragraphs = filled.split('\n\n').map((p) => p.trim());
    for (const line of expected) expect(filled).toContain(line);
    // the loops gave one paragraph per item and per body paragraph, in order
    expect(paragraphs.filter((p) => p.startsWith('¶ '))).toHaveLength(4);
    // the signer's lines are line breaks in one paragraph (mammoth's raw text drops breaks)
    const xml = await new JSZip()
      .loadAsync(bytes)
      .then((z) => z.file('word/document.xml')!.async('string'));
    const withBreaks = xml.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '');
    expect(withBreaks).toContain('T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nTrần Thị B');
    expect(fields.items[1]!.actual).toBeTruthy();
    expect(fields.itemLines[0]).toMatch(
      /^1\. Hội nghị cán bộ chủ chốt — thời hạn: “tháng 5\/2024”/,
    );
  });

  it('documents every placeholder it fills', () => {
    expect(Object.keys(LETTER_PLACEHOLDERS).sort()).toEqual(
      [
        'asOf',
        'closing',
        'count',
        'date',
        'issuer',
        'items',
        'number',
        'office',
        'opening',
        'paragraphs',
        'place',
        'placeAndDate',
        'recipient',
        'signer',
        'subject',
        'superior',
      ].sort(),
    );
    expect(Object.keys(LETTER_ITEM_PLACEHOLDERS).sort()).toEqual(
      ['deadline', 'line', 'no', 'status', 'text', 'title', 'where'].sort(),
    );
  });

  it('names an unknown tag in both languages', async () => {
    const bad = await template(['Kính gửi: {recipient}', 'Người nhận: {nguoi_nhan}']);
    let caught: unknown;
    try {
      renderReminderFromTemplate(bad, input, letter, OPTIONS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LetterTemplateError);
    const error = caught as LetterTemplateError;
    expect(error.tags).toEqual(['nguoi_nhan']);
    expect(error.messages.vi).toContain('Mẫu thư có thẻ không biết: {nguoi_nhan}');
    expect(error.messages.en).toContain('unknown tag(s): {nguoi_nhan}');
  });

  it('names an unknown field inside the items loop', async () => {
    const bad = await template(['{#items}{title} {han_chot}{/items}']);
    expect(() => renderReminderFromTemplate(bad, input, letter, OPTIONS)).toThrow(
      /unknown tag\(s\): \{han_chot\}/,
    );
  });

  it('says what is wrong with an unclosed tag or a file that is not a .docx', async () => {
    const unclosed = await template(['Kính gửi: {recipient']);
    expect(() => renderReminderFromTemplate(unclosed, input, letter)).toThrow(LetterTemplateError);
    try {
      renderReminderFromTemplate(unclosed, input, letter);
    } catch (error) {
      expect((error as LetterTemplateError).messages.vi).toContain('Mẫu thư viết sai');
      expect((error as LetterTemplateError).messages.vi).toContain('recipient');
    }
    const notDocx = new TextEncoder().encode('Kính gửi: {recipient}');
    expect(() => renderReminderFromTemplate(notDocx, input, letter)).toThrow(
      'The letter template is not a Word .docx file.',
    );
  });
});
