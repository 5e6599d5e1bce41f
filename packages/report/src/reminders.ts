/**
 * Đôn đốc, the follow-up itself: one letter per agency that has overdue tasks, missing or late
 * reports or unmet indicators, laid out as a Vietnamese administrative document (Nghị định
 * 30/2020/NĐ-CP: issuing body and number on the left, the national motto on the right, place and
 * date, "V/v …", "Kính gửi", the items, "Nơi nhận" and the signature), as .docx and as Markdown to
 * paste into an email. The issuing body, number, place and signer are the office's to fill: left
 * blank (dotted) unless given.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { Finding } from '@dondoc/core';
import type { ReportInput } from './input.js';

/** The findings a follow-up letter urges action on. */
export const REMINDER_RULES: readonly string[] = [
  'task/overdue',
  'report/missing',
  'report/late',
  'indicator/unmet',
];

export interface ReminderOptions {
  /** "HUYỆN ỦY ĐỨC THỌ"; dotted when not given. */
  readonly issuer?: string;
  /** The office under it, e.g. "VĂN PHÒNG". */
  readonly office?: string;
  /** Number and symbol, e.g. "125-CV/VPHU"; "Số:      -CV/…" when not given. */
  readonly number?: string;
  /** "Đức Thọ"; dotted when not given. */
  readonly place?: string;
  /** "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"; dotted when not given. */
  readonly signer?: string;
  /** Days after the as-of date by which agencies are asked to report back (default 7). */
  readonly replyWithinDays?: number;
}

export interface ReminderItem {
  readonly title: string;
  readonly rule: string;
  /** What the obligation says, e.g. the deadline as written. */
  readonly quote?: string;
  readonly actual?: string;
  readonly where: string;
  readonly message: string;
}

export interface ReminderLetter {
  readonly agency: string;
  readonly subject: string;
  readonly items: readonly ReminderItem[];
  /** 2 for "đôn đốc lần 2", …: this agency was already reminded of some of these items. */
  readonly round?: number;
  /** "Văn phòng đã có Công văn số … ngày … đôn đốc …", citing the earlier letters. */
  readonly citation?: string;
}

/** An agency's earlier letters about the same items, from the history of checks. */
export type ReminderEscalation = (
  agency: string,
) => { round: number; citation?: string } | undefined;

const DOTS = '…………………';

function itemOf(f: Finding): ReminderItem {
  const where = [
    f.location?.workbook,
    f.location?.sheet && `${f.location.sheet}${f.location.cell ? `!${f.location.cell}` : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    title: f.subject.title ?? f.subject.id ?? f.rule,
    rule: f.rule,
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
    // checks write some values in both languages ("chưa hoàn thành / not completed"): a letter is Vietnamese
    ...(f.actual !== undefined ? { actual: f.actual.split(' / ')[0]! } : {}),
    where,
    message: f.message.vi,
  };
}

/** The letters to write: one per agency (as the workbooks name it), in Vietnamese alphabetical order. */
export function collectReminders(
  input: ReportInput,
  escalation?: ReminderEscalation,
): {
  letters: ReminderLetter[];
  /** Findings that call for a reminder but name no agency to send it to. */
  unaddressed: number;
} {
  const byAgency = new Map<string, Finding[]>();
  let unaddressed = 0;
  for (const f of input.report.findings) {
    if (!REMINDER_RULES.includes(f.rule)) continue;
    const agency = f.agency?.trim();
    if (!agency) {
      unaddressed++;
      continue;
    }
    byAgency.set(agency, [...(byAgency.get(agency) ?? []), f]);
  }
  const subject = `V/v đôn đốc thực hiện ${input.report.pack.title}`;
  const letters = [...byAgency.entries()]
    .sort((a, b) => a[0].localeCompare(b[0], 'vi'))
    .map(([agency, findings]) => {
      const e = escalation?.(agency);
      const round = e !== undefined && e.round > 1 ? e.round : undefined;
      return {
        agency,
        subject: round ? subject.replace('V/v đôn đốc', `V/v đôn đốc lần ${round}`) : subject,
        items: findings.map(itemOf),
        ...(round ? { round } : {}),
        ...(round && e?.citation ? { citation: e.citation } : {}),
      };
    });
  return { letters, unaddressed };
}

function dateLine(iso: string, place: string | undefined): string {
  const [y, m, d] = iso.split('-');
  return `${place ?? DOTS}, ngày ${d} tháng ${m} năm ${y}`;
}

function addDaysIso(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const [y, m, d] = date.toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function itemLine(item: ReminderItem, i: number): string {
  const deadline = item.quote ? ` — thời hạn: "${item.quote}"` : '';
  const state = item.actual ? `; hiện trạng: ${item.actual}` : '';
  return `${i + 1}. ${item.title}${deadline}${state} (theo dõi tại ${item.where}).`;
}

function bodyText(letter: ReminderLetter, input: ReportInput, options: ReminderOptions): string[] {
  const asOf = input.report.asOf.split('-').reverse().join('/');
  const reply = addDaysIso(input.report.asOf, options.replyWithinDays ?? 7);
  return [
    ...(letter.citation ? [letter.citation] : []),
    `Thực hiện ${input.report.pack.title}, qua theo dõi, tổng hợp tình hình thực hiện đến ngày ${asOf}, ${letter.agency} còn ${String(letter.items.length).padStart(2, '0')} nội dung chưa thực hiện hoặc thực hiện chưa đúng yêu cầu, cụ thể như sau:`,
    ...letter.items.map(itemLine),
    `Đề nghị ${letter.agency} khẩn trương chỉ đạo thực hiện các nội dung trên; báo cáo kết quả thực hiện trước ngày ${reply}.`,
  ];
}

/** The letters as one Markdown text, to paste into an email. */
export function renderRemindersMarkdown(
  input: ReportInput,
  options: ReminderOptions = {},
  escalation?: ReminderEscalation,
): string {
  const { letters, unaddressed } = collectReminders(input, escalation);
  const parts = letters.map((letter) => {
    const [intro, ...rest] = bodyText(letter, input, options);
    const closing = rest.pop()!;
    return [
      `## ${letter.agency}`,
      '',
      `**${options.issuer ?? DOTS}** — Số: ${options.number ?? '      /CV-…'}`,
      '',
      `*${dateLine(input.report.asOf, options.place)}*`,
      '',
      `**${letter.subject}**`,
      '',
      `Kính gửi: ${letter.agency}.`,
      '',
      intro,
      '',
      ...rest,
      '',
      closing,
      '',
    ].join('\n');
  });
  const note =
    unaddressed > 0
      ? `\n> ${unaddressed} nội dung cần đôn đốc không ghi cơ quan chủ trì nên chưa có thư đôn đốc.\n`
      : '';
  return `# Thư đôn đốc\n${note}\n${parts.join('\n---\n\n')}`;
}

const FONT = 'Times New Roman';

function run(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) {
  return new TextRun({
    text,
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

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
  });
}

/** One letter as a .docx document (A4, margins of Nghị định 30/2020, Times New Roman 13–14). */
export async function renderReminderDocx(
  input: ReportInput,
  letter: ReminderLetter,
  options: ReminderOptions = {},
): Promise<Uint8Array> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centered([run(options.issuer ?? DOTS, { size: 13 })]),
              centered([run(options.office ?? '', { bold: true, size: 13 })]),
              centered([run('*', { size: 13 })], 60),
              centered([run(`Số: ${options.number ?? '      /CV-…'}`, { size: 13 })]),
              centered([run(letter.subject, { italics: true, size: 12 })]),
            ],
            40,
          ),
          cell(
            [
              centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })]),
              centered(
                [run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14, underline: true })],
                120,
              ),
              centered([
                run(dateLine(input.report.asOf, options.place), { italics: true, size: 14 }),
              ]),
            ],
            60,
          ),
        ],
      }),
    ],
  });
  const [intro, ...rest] = bodyText(letter, input, options);
  const closing = rest.pop()!;
  const body = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: convertMillimetersToTwip(10) },
      spacing: { before: 60, after: 60, line: 320 },
      children: [run(text, { size: 14 })],
    });
  const signer = (options.signer ?? `${DOTS}\n\n\n\n${DOTS}`).split('\n');
  const footer = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({
                children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })],
              }),
              new Paragraph({ children: [run('- Như trên;', { size: 11 })] }),
              new Paragraph({ children: [run('- Lưu VP.', { size: 11 })] }),
            ],
            50,
          ),
          cell(
            signer.map((line, i) =>
              centered([run(line, { bold: i === 0 || i === signer.length - 1, size: 14 })]),
            ),
            50,
          ),
        ],
      }),
    ],
  });
  const doc = new Document({
    creator: 'dondoc',
    title: `${letter.subject} — ${letter.agency}`,
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
          header,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 240 },
            children: [
              run('Kính gửi: ', { size: 14 }),
              run(letter.agency, { size: 14, bold: true }),
            ],
          }),
          body(intro!),
          ...rest.map(body),
          body(closing),
          new Paragraph({ children: [] }),
          footer,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
