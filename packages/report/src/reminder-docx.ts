/**
 * One follow-up letter as a .docx (Word document), in the State or the Party layout described at the
 * top of reminders.ts. A module of its own so that the `docx` library is loaded only when letters
 * are written (`renderReminderDocx` in reminders.ts imports it on demand).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { xmlSafeText } from './escape.js';
import type { ReportInput } from './input.js';
import {
  bodyText,
  dateLine,
  DOTS,
  issuerKindOf,
  letterSubject,
  numberLine,
  type IssuerKind,
  type ReminderLetter,
  type ReminderOptions,
} from './reminders.js';
const FONT = 'Times New Roman';

function run(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) {
  return new TextRun({
    // Text from workbooks may hold characters XML 1.0 forbids: the .docx must stay valid.
    text: xmlSafeText(text),
    font: FONT,
    size: (options.size ?? 13) * 2,
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    ...(options.underline ? { underline: {} } : {}),
  });
}

function centered(runs: TextRun[], spacingAfter = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: runs,
    spacing: { after: spacingAfter },
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** A borderless cell `width` wide: a percentage of the table, or millimetres. */
function cell(children: Paragraph[], width: number, unit: 'pct' | 'mm' = 'pct'): TableCell {
  return new TableCell({
    children,
    width:
      unit === 'mm'
        ? { size: convertMillimetersToTwip(width), type: WidthType.DXA }
        : { size: width, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
  });
}

/** The heading block: issuer on the left, national name or Party name on the right. */
function headerTable(
  input: ReportInput,
  letter: ReminderLetter,
  options: ReminderOptions,
  kind: IssuerKind,
): Table {
  const issuer = (options.issuer ?? DOTS).toLocaleUpperCase('vi');
  const subject = letterSubject(input, letter, options);
  const date = dateLine(input.report.asOf, options.place);
  const leftSide =
    kind === 'party'
      ? [
          ...(options.superior
            ? [centered([run(options.superior.toLocaleUpperCase('vi'), { size: 14 })])]
            : []),
          centered([run(issuer, { bold: true, size: 14 })]),
          ...(options.office
            ? [centered([run(options.office.toLocaleUpperCase('vi'), { bold: true, size: 14 })])]
            : []),
          centered([run('*', { size: 14 })]),
          centered([run(numberLine(kind, options), { size: 14 })]),
          centered([run(subject, { italics: true, size: 12 })]),
        ]
      : [
          ...(options.superior
            ? [centered([run(options.superior.toLocaleUpperCase('vi'), { size: 13 })])]
            : []),
          centered([run(issuer, { bold: true, size: 13 })]),
          ...(options.office
            ? [centered([run(options.office.toLocaleUpperCase('vi'), { bold: true, size: 13 })])]
            : []),
          shortRule(),
          centered([run(numberLine(kind, options), { size: 13 })]),
          centered([run(subject, { size: 12 })]),
        ];
  const rightSide =
    kind === 'party'
      ? [
          centered([run('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, size: 15, underline: true })], 240),
          centered([run(date, { italics: true, size: 14 })]),
        ]
      : [
          centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13 })]),
          centered(
            [run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14, underline: true })],
            240,
          ),
          centered([run(date, { italics: true, size: 14 })]),
        ];
  // Fixed columns: the national name (13 pt bold, about 97 mm) must hold on one line.
  return new Table({
    width: { size: convertMillimetersToTwip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [convertMillimetersToTwip(LEFT_MM), convertMillimetersToTwip(RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [cell(leftSide, LEFT_MM, 'mm'), cell(rightSide, RIGHT_MM, 'mm')],
      }),
    ],
  });
}

/** The page's text width: A4 less the margins of Decree 30/2020 (left 30 mm, right 15 mm). */
const TEXT_WIDTH_MM = 165;
const LEFT_MM = 62;
const RIGHT_MM = TEXT_WIDTH_MM - LEFT_MM;

/**
 * The solid line under the issuer's name in a State letter (Decree 30/2020, Appendix I: "phía dưới
 * có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ"): a paragraph's
 * bottom border, narrowed by indents to about 22 mm.
 */
function shortRule(): Paragraph {
  const side = convertMillimetersToTwip((LEFT_MM - 22) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 120, line: 120, lineRule: LineRuleType.EXACT },
    children: [],
  });
}

/** "Nơi nhận" on the left, the signer's authority, position and name on the right. */
function footerTable(letter: ReminderLetter, options: ReminderOptions, kind: IssuerKind): Table {
  const signer = (options.signer ?? `${DOTS}\n\n\n\n${DOTS}`).split('\n');
  const recipients =
    kind === 'party'
      ? [
          new Paragraph({ children: [run('Nơi nhận:', { underline: true, size: 14 })] }),
          new Paragraph({ children: [run(`- ${letter.agency},`, { size: 12 })] }),
          new Paragraph({ children: [run('- Lưu Văn phòng.', { size: 12 })] }),
        ]
      : [
          new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
          new Paragraph({ children: [run('- Như trên;', { size: 11 })] }),
          new Paragraph({ children: [run('- Lưu: VT.', { size: 11 })] }),
        ];
  // Authority ("T/M", "KT.", "TL.") and position in capitals, bold; a blank space to sign; the name bold.
  const lines = signer.map((line) => centered([run(line, { bold: line.trim() !== '', size: 14 })]));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(recipients, 50), cell(lines, 50)] })],
  });
}

/** Where each item is tracked: for the office's own file, after the letter, never in its body. */
function appendix(letter: ReminderLetter): Array<Paragraph | Table> {
  const row = (cells: string[], bold = false) =>
    new TableRow({
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: [8, 52, 40][i]!, type: WidthType.PERCENTAGE },
            children: [new Paragraph({ children: [run(text, { bold, size: 12 })] })],
          }),
      ),
    });
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      children: [
        run('PHỤ LỤC: VỊ TRÍ THEO DÕI (lưu hồ sơ, không gửi kèm)', { bold: true, size: 13 }),
      ],
      spacing: { after: 120 },
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row(['STT', 'Nội dung', 'Sổ theo dõi, trang, ô'], true),
        ...letter.items.map((item, i) => row([String(i + 1), item.title, item.where])),
      ],
    }),
  ];
}

/**
 * One letter as a .docx document: A4, margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm,
 * right 15 mm), Times New Roman, in the State or the Party layout (see the top of this file).
 */
export async function reminderDocx(
  input: ReportInput,
  letter: ReminderLetter,
  options: ReminderOptions = {},
): Promise<Uint8Array> {
  const kind = issuerKindOf(options);
  const [intro, ...rest] = bodyText(letter, input, options);
  const closing = rest.pop()!;
  const body = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: convertMillimetersToTwip(10) },
      spacing: { before: 60, after: 60, line: 320 },
      children: [run(text, { size: 14 })],
    });
  const doc = new Document({
    creator: 'dondoc',
    title: xmlSafeText(`${letterSubject(input, letter, options)} — ${letter.agency}`),
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          headerTable(input, letter, options, kind),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 240 },
            children: [run(`Kính gửi: ${letter.agency}.`, { size: 14 })],
          }),
          body(intro!),
          ...rest.map(body),
          body(closing),
          new Paragraph({ children: [] }),
          footerTable(letter, options, kind),
          ...appendix(letter),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
