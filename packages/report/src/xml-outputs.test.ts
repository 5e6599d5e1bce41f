/**
 * Every XML the reports write is XML 1.0, whatever a workbook holds (issue 15, class 4): text with
 * U+FFFE, U+FFFF, lone surrogates and C0 controls in its cells, its sheet name, its workbook name
 * and the letter's options is written into the JUnit report, the .docx letters (every part:
 * document.xml, docProps, relationships) and a letter in the office's template, and each part is
 * parsed back by saxes, a conforming XML 1.0 parser that refuses the characters XML forbids.
 * SARIF is JSON: it parses back, and its UTF-8 bytes read back as the same text.
 */
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { checkSheets, createChecker, gridSheet } from '@dondoc/core';
import type { ReportInput } from './input.js';
import { renderJunit } from './junit.js';
import { renderReminderFromTemplate } from './letter-template.js';
import { collectReminders, renderReminderDocx, type ReminderOptions } from './reminders.js';
import { renderSarif } from './sarif.js';
import { xmlSafeText } from './escape.js';

/** What XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates), and markup. */
const FORBIDDEN = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
];
const hostile = (text: string) => `${text} ${FORBIDDEN.join('x')} <&>"'`;

/** Throws with the parser's message when `xml` is not well-formed XML 1.0. */
function parseXml(xml: string, part: string): void {
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw new Error(`${part}: ${error.message}`);
}

/** Every XML part of a .docx, parsed back from its UTF-8 bytes. */
async function parseDocx(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => /\.(?:xml|rels)$/.test(n));
  for (const name of parts) parseXml(await zip.file(name)!.async('string'), name);
  return parts;
}

function hostileRun(): ReportInput {
  const checker = createChecker({
    pack: { id: 'generic', version: '1.0.0', title: hostile('Theo dõi nhiệm vụ chung') },
    asOf: { year: 2024, month: 7, day: 1 },
  });
  const workbook = checkSheets(checker, hostile('so-theo-doi.xlsx'), [
    gridSheet(hostile('Nhiệm vụ'), [
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
      [
        1,
        hostile('Hội nghị cán bộ chủ chốt'),
        hostile('Ban Tuyên giáo Huyện ủy'),
        'tháng 5/2024',
        hostile('Chưa thực hiện'),
      ],
      [2, hostile('Biên tập tài liệu'), hostile('Ban Tuyên giáo Huyện ủy'), '31/4/2024', null],
    ]),
  ]);
  return { report: checker.report([workbook]), workbooks: [workbook] };
}

const OPTIONS: ReminderOptions = {
  issuer: hostile('HUYỆN ỦY ĐỨC THỌ'),
  superior: hostile('ĐẢNG BỘ TỈNH HÀ TĨNH'),
  office: hostile('VĂN PHÒNG'),
  plan: hostile('Kế hoạch số 45-KH/HU'),
  number: hostile('125-CV/VPHU'),
  place: hostile('Đức Thọ'),
  signer: hostile('T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG'),
};

describe('every XML output parses back, whatever the workbook holds (issue 15, class 4)', () => {
  const input = hostileRun();
  const { letters } = collectReminders(input);

  it('the hostile text reaches the findings, the letters and their items', () => {
    expect(input.report.findings.length).toBeGreaterThan(0);
    expect(letters.length).toBeGreaterThan(0);
    expect(letters[0]!.agency).toContain('\ufffe');
    expect(letters[0]!.items.some((i) => i.title.includes('\u0001'))).toBe(true);
  });

  it('the shared helper leaves only what XML 1.0 can hold, and keeps the rest of the text', () => {
    const safe = xmlSafeText(hostile('Hội nghị'));
    expect(() => parseXml(`<t>${safe.replace(/[<&]/g, '')}</t>`, 'text')).not.toThrow();
    expect(safe).toContain('Hội nghị');
    expect(safe).toContain('<&>"\'');
    expect(xmlSafeText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('JUnit XML', () => {
    const xml = renderJunit(input);
    expect(() => parseXml(xml, 'junit.xml')).not.toThrow();
    expect(() => parseXml(renderJunit(input, { lang: 'en' }), 'junit.xml')).not.toThrow();
    expect(xml).toContain('Hội nghị cán bộ chủ chốt');
  });

  it('the .docx letters: document, properties and relationships', async () => {
    for (const letter of letters) {
      const parts = await parseDocx(await renderReminderDocx(input, letter, OPTIONS));
      expect(parts).toEqual(
        expect.arrayContaining(['word/document.xml', 'docProps/core.xml', '_rels/.rels']),
      );
    }
  });

  it("a letter in the office's own template", async () => {
    const lines = [
      '{issuer} {superior} {office} {number} {place}, {date}',
      'Kính gửi: {recipient}',
      '{subject} {opening}',
      '{#items}{no}. {title} — {deadline} — {status} — {where}{/items}',
      '{closing} {signer}',
    ];
    const template = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          title: 'Mẫu công văn đôn đốc',
          sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
        }),
      ),
    );
    for (const letter of letters) {
      await parseDocx(renderReminderFromTemplate(template, input, letter, OPTIONS));
    }
  });

  it('SARIF (JSON) parses back, and its UTF-8 bytes are the same text', () => {
    const sarif = renderSarif(input);
    expect(Buffer.from(sarif, 'utf8').toString('utf8')).toBe(sarif);
    const parsed = JSON.parse(sarif) as { runs: { results: unknown[] }[] };
    expect(parsed.runs[0]!.results.length).toBe(input.report.findings.length);
  });
});
