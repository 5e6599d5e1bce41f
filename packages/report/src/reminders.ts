/**
 * Đôn đốc, the follow-up itself: one letter per agency that has overdue tasks, missing or late
 * reports or unmet indicators, in one of two layouts chosen by the issuer's kind:
 * - State (Nghị định 30/2020/NĐ-CP, Appendix I): superior body and issuer (bold) on the left with
 *   "Số: …" and "V/v …" (upright, size 12); the national name and motto on the right; place and
 *   date in italics; "Nơi nhận" with "- Lưu: VT"; the signer's authority and position in bold.
 * - Party (Hướng dẫn 36-HD/VPTW): the Party committee above and the issuer (bold) on the left,
 *   a "*" under it, "Số …-CV/…" and "V/v …" (italic); "ĐẢNG CỘNG SẢN VIỆT NAM" on the right.
 * The date line follows the zero rules of both ("ngày 05 tháng 7 năm 2024"). The subject and opening
 * name the plan followed up, never a file or a cell: where each item is tracked goes to an appendix
 * for the office's own use. Also as Markdown and as one plain-text message per agency (Zalo, e-mail).
 * The issuing body, number, place and signer are the office's to give: dotted blanks otherwise.
 */
import {
  addDays,
  formatViLongDate,
  formatViDate,
  foldText,
  parseIsoDate,
  type Finding,
  type Pack,
  type PlainDate,
} from '@dondoc/core';
import { inLanguage } from './bilingual.js';
import type { ReportInput } from './input.js';

/** The findings a follow-up letter urges action on. */
export const REMINDER_RULES: readonly string[] = [
  'task/overdue',
  'report/missing',
  'report/late',
  'indicator/unmet',
];

/** State administrative format (Decree 30/2020) or the Party's (Hướng dẫn 36-HD/VPTW). */
export type IssuerKind = 'state' | 'party';

/** A reminder already sent to the agency, cited by the next one ("đôn đốc lần 2"). */
export interface PreviousReminder {
  /** Number and symbol as sent, e.g. "125-CV/HU". */
  readonly number?: string;
  /** ISO date it was sent. */
  readonly date: string;
}

export interface ReminderOptions {
  /** "HUYỆN ỦY ĐỨC THỌ"; dotted when not given. */
  readonly issuer?: string;
  /** State or Party layout; guessed from the issuer's name when not given ("… ỦY", "ĐẢNG BỘ …": Party). */
  readonly issuerKind?: IssuerKind;
  /** The body above the issuer: "ĐẢNG BỘ TỈNH HÀ TĨNH", "UBND HUYỆN ĐỨC THỌ". */
  readonly superior?: string;
  /**
   * The plan or directive followed up, as the subject names it: "Kế hoạch số 45-KH/HU ngày
   * 10/5/2024 của Huyện ủy". When absent, the pack's title, unless the pack is the generic one.
   */
  readonly plan?: string;
  /** The office under it, e.g. "VĂN PHÒNG". */
  readonly office?: string;
  /** Number and symbol, e.g. "125-CV/VPHU"; "Số:      -CV/…" when not given. */
  readonly number?: string;
  /**
   * The symbol the office writes after the number, e.g. "CV/VPHU" (Party) or "UBND-VP" (State): a
   * letter without its number reads "Số       -CV/VPHU", the number left blank for the register.
   */
  readonly numberSymbol?: string;
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
  /** Reminders already sent to this agency on these items, oldest first: the letter cites them. */
  readonly previous?: readonly PreviousReminder[];
}

const PARTY_ISSUER =
  /(?:^|\s)(?:(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ|ĐẢNG) ỦY|ĐẢNG BỘ|CHI BỘ|BAN (?:TUYÊN GIÁO|TỔ CHỨC|DÂN VẬN|KIỂM TRA|NỘI CHÍNH|CÁN SỰ|THƯỜNG VỤ)|VĂN PHÒNG (?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ) ỦY|ĐẢNG ĐOÀN)(?:\s|$)/u;

/** The layout for an issuer: given, or Party for a Party committee or body, else State. */
export function issuerKindOf(options: ReminderOptions): IssuerKind {
  if (options.issuerKind) return options.issuerKind;
  const names = [options.issuer, options.superior].filter((n): n is string => !!n);
  return names.some((n) => PARTY_ISSUER.test(n.toLocaleUpperCase('vi'))) ? 'party' : 'state';
}

/**
 * The plan a pack follows up, as a letter names it, from the pack's first source document: "Kế
 * hoạch số 45-KH/HU ngày 10/05/2024 của Ban Thường vụ Huyện ủy về …" when it has a number, else its
 * title ("Kế hoạch thực hiện Nghị quyết số 26-NQ/TW … của Ban Thường vụ Huyện ủy"); undefined when
 * it has neither (the letter then names the pack's title, or nothing for the generic pack).
 */
export function planOfPack(pack: Pick<Pack, 'source'>): string | undefined {
  const doc = pack.source?.documents?.[0];
  if (!doc) return undefined;
  const kind = doc.kind?.trim() || 'Văn bản';
  const title = doc.title?.trim().replace(/^về\s+/iu, '');
  const date = doc.date ? parseIsoDate(doc.date) : undefined;
  const issuer = doc.issuer?.trim() ? ` của ${doc.issuer.trim()}` : '';
  const startsWithKind = (text: string) => foldText(text).startsWith(`${foldText(kind)} `);
  if (doc.number?.trim()) {
    const topic = title && startsWithKind(title) ? title.slice(kind.length).trim() : title;
    const about = topic ? ` về ${topic}` : '';
    const day = date ? ` ngày ${formatViDate(date)}` : '';
    return `${kind} số ${doc.number.trim()}${day}${issuer}${about}`;
  }
  if (!title) return undefined;
  const named = startsWithKind(title) ? title : `${kind} ${title}`;
  return `${named}${issuer}`;
}

/** What the subject and the opening name: the plan, never a file. */
function planOf(input: ReportInput, options: ReminderOptions): string | undefined {
  if (options.plan?.trim()) return options.plan.trim();
  return input.report.pack.id === 'generic' ? undefined : input.report.pack.title;
}

function subjectOf(input: ReportInput, options: ReminderOptions, previous: number): string {
  const plan = planOf(input, options);
  const round = previous > 0 ? ` lần ${previous + 1}` : '';
  return plan
    ? `V/v đôn đốc${round} thực hiện ${plan}`
    : `V/v đôn đốc${round} thực hiện các nhiệm vụ được giao`;
}

/**
 * The reminders already sent to an agency about the items of its letter, oldest first (from the
 * history of checks): the one input of escalation. A letter with earlier reminders says "đôn đốc lần
 * 2" and cites them.
 */
export type ReminderEscalation = (agency: string) => readonly PreviousReminder[] | undefined;

export const DOTS = '…………………';

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
    ...(f.actual !== undefined ? { actual: inLanguage(f.actual, 'vi') } : {}),
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
  const letters = [...byAgency.entries()]
    .sort((a, b) => a[0].localeCompare(b[0], 'vi'))
    .map(([agency, findings]) => {
      const previous = escalation?.(agency) ?? [];
      return {
        agency,
        subject: subjectOf(input, {}, previous.length),
        items: findings.map(itemOf),
        ...(previous.length > 0 ? { previous } : {}),
      };
    });
  return { letters, unaddressed };
}

function isoDate(iso: string): PlainDate {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`not an ISO date: ${iso}`);
  return date;
}

export function dateLine(iso: string, place: string | undefined): string {
  return `${place ?? DOTS}, ${formatViLongDate(isoDate(iso))}`;
}

/** The number and symbol, or a blank for the number before the office's symbol. */
function numberText(kind: IssuerKind, options: ReminderOptions): string {
  const { number, numberSymbol } = options;
  if (number !== undefined) return number;
  return kind === 'party'
    ? `       -${numberSymbol ?? 'CV/……'}`
    : `       /${numberSymbol ?? '……'}`;
}

export function numberLine(kind: IssuerKind, options: ReminderOptions): string {
  // State: "Số: 125/UBND-VP"; Party: "Số 125-CV/HU" (no colon).
  return kind === 'party' ? `Số ${numberText(kind, options)}` : `Số: ${numberText(kind, options)}`;
}

function itemLine(item: ReminderItem, i: number): string {
  const deadline = item.quote ? ` — thời hạn: “${item.quote}”` : '';
  const state = item.actual ? `; hiện trạng: ${item.actual}` : '';
  return `${i + 1}. ${item.title}${deadline}${state}.`;
}

/** "Công văn số 125-CV/VPHU ngày 09/07/2024", and each later one, oldest first. */
function citation(previous: readonly PreviousReminder[]): string {
  return previous
    .map(
      (p) => `Công văn${p.number ? ` số ${p.number}` : ''} ngày ${formatViDate(isoDate(p.date))}`,
    )
    .join(', ');
}

export function bodyText(
  letter: ReminderLetter,
  input: ReportInput,
  options: ReminderOptions,
): string[] {
  const asOf = formatViDate(isoDate(input.report.asOf));
  const reply = formatViDate(addDays(isoDate(input.report.asOf), options.replyWithinDays ?? 7));
  const plan = planOf(input, options);
  const previous = letter.previous ?? [];
  const opening =
    previous.length > 0
      ? `Tiếp theo ${citation(previous)} đôn đốc ${letter.agency} thực hiện ${plan ?? 'các nhiệm vụ được giao'}, qua theo dõi, tổng hợp tình hình thực hiện đến ngày ${asOf}, ${letter.agency} vẫn`
      : `${plan ? `Thực hiện ${plan}, q` : 'Q'}ua theo dõi, tổng hợp tình hình thực hiện đến ngày ${asOf}, ${letter.agency}`;
  return [
    `${opening} còn ${String(letter.items.length).padStart(2, '0')} nội dung chưa thực hiện hoặc thực hiện chưa đúng yêu cầu, cụ thể như sau:`,
    ...letter.items.map(itemLine),
    `Đề nghị ${letter.agency} khẩn trương chỉ đạo thực hiện các nội dung trên; báo cáo kết quả thực hiện trước ngày ${reply}.`,
  ];
}

/** The subject of this letter: the plan, and the round when earlier reminders are cited. */
export function letterSubject(
  input: ReportInput,
  letter: ReminderLetter,
  options: ReminderOptions = {},
): string {
  return subjectOf(input, options, letter.previous?.length ?? 0);
}

/**
 * A letter's parts as plain text, for an office's own Word template (see letter-template.ts): the
 * same words the built-in layouts write.
 */
export interface LetterFields {
  readonly kind: IssuerKind;
  readonly issuer: string;
  readonly superior: string;
  readonly office: string;
  /** "125-CV/VPHU", or a blank before the office's symbol ("       -CV/VPHU"). */
  readonly number: string;
  readonly place: string;
  /** "ngày 05 tháng 7 năm 2024" (Decree 30/2020's zero rule). */
  readonly date: string;
  /** "Đức Thọ, ngày 05 tháng 7 năm 2024". */
  readonly placeAndDate: string;
  readonly recipient: string;
  /** "V/v đôn đốc thực hiện …". */
  readonly subject: string;
  readonly opening: string;
  readonly items: readonly ReminderItem[];
  /** Each item as the built-in letter writes it: "1. … — thời hạn: “…”; hiện trạng: …." */
  readonly itemLines: readonly string[];
  readonly closing: string;
  /** Authority, position and name, one per line. */
  readonly signer: string;
}

export function letterFields(
  input: ReportInput,
  letter: ReminderLetter,
  options: ReminderOptions = {},
): LetterFields {
  const kind = issuerKindOf(options);
  const [opening, ...rest] = bodyText(letter, input, options);
  const closing = rest.pop()!;
  const date = formatViLongDate(isoDate(input.report.asOf));
  return {
    kind,
    issuer: options.issuer ?? DOTS,
    superior: options.superior ?? '',
    office: options.office ?? '',
    number: numberText(kind, options),
    place: options.place ?? DOTS,
    date,
    placeAndDate: dateLine(input.report.asOf, options.place),
    recipient: letter.agency,
    subject: letterSubject(input, letter, options),
    opening: opening!,
    items: letter.items,
    itemLines: rest,
    closing,
    signer: options.signer ?? `${DOTS}\n\n\n\n${DOTS}`,
  };
}

/**
 * One plain-text message per agency, ready to paste into Zalo or an e-mail: no markup, the items
 * numbered, the plan named, no file or cell.
 */
export function renderReminderMessages(
  input: ReportInput,
  options: ReminderOptions = {},
  escalation?: ReminderEscalation,
): Array<{ agency: string; text: string }> {
  return collectReminders(input, escalation).letters.map((letter) => {
    // The sender signs off below: "Văn phòng Huyện ủy Đức Thọ", as the office and issuer read.
    const sender = [options.office, options.issuer]
      .map((part) => part?.trim())
      .filter((part): part is string => !!part)
      .map(titleCase)
      .join(' ');
    const text = [
      `Kính gửi: ${letter.agency}`,
      '',
      ...bodyText(letter, input, options),
      '',
      'Trân trọng.',
      ...(sender ? [sender] : []),
    ].join('\n');
    return { agency: letter.agency, text: text + '\n' };
  });
}

/** UBND, HĐND, MTTQ…: kept in capitals (a word without a vowel is an abbreviation). */
function isAcronym(word: string): boolean {
  const folded = foldText(word);
  return /^(?:ubnd|hdnd|mttq)$/.test(folded) || /^[^aeiouy]+$/.test(folded);
}

/**
 * "HUYỆN ỦY ĐỨC THỌ" → "Huyện ủy Đức Thọ", "VĂN PHÒNG" → "Văn phòng" inside a sentence: the first word and the place name
 * (the words after a level word such as huyện, tỉnh, xã) keep their capitals. A name not typed in
 * capitals is kept as typed.
 */
function titleCase(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text;
  const words = text.toLocaleLowerCase('vi').split(/\s+/);
  const level = words.findIndex(
    (w, i) => i > 0 && /^(?:ủy|huyện|tỉnh|xã|phường|thị trấn|thành phố|quận|thị xã)$/u.test(w),
  );
  return words
    .map((w, i) =>
      isAcronym(w)
        ? w.toLocaleUpperCase('vi')
        : i === 0 || (level >= 0 && i > level)
          ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)
          : w,
    )
    .join(' ');
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
      `**${options.issuer ?? DOTS}** — ${numberLine(issuerKindOf(options), options)}`,
      '',
      `*${dateLine(input.report.asOf, options.place)}*`,
      '',
      `**${letterSubject(input, letter, options)}**`,
      '',
      `Kính gửi: ${letter.agency}.`,
      '',
      intro,
      '',
      ...rest,
      '',
      closing,
      '',
      '| STT | Nội dung | Theo dõi tại (lưu nội bộ) |',
      '|---|---|---|',
      ...letter.items.map(
        (item, i) =>
          `| ${i + 1} | ${item.title.replace(/\|/g, '\\|')} | ${item.where.replace(/\|/g, '\\|')} |`,
      ),
      '',
    ].join('\n');
  });
  const note =
    unaddressed > 0
      ? `\n> ${unaddressed} nội dung cần đôn đốc không ghi cơ quan chủ trì nên chưa có thư đôn đốc.\n`
      : '';
  return `# Thư đôn đốc\n${note}\n${parts.join('\n---\n\n')}`;
}

/**
 * One letter as a .docx document: A4, margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm,
 * right 15 mm), Times New Roman, in the State or the Party layout (see the top of this file). The
 * Word writer (reminder-docx.ts and the `docx` library) is loaded on the first letter only.
 */
export async function renderReminderDocx(
  input: ReportInput,
  letter: ReminderLetter,
  options: ReminderOptions = {},
): Promise<Uint8Array> {
  const { reminderDocx } = await import('./reminder-docx.js');
  return reminderDocx(input, letter, options);
}
