/**
 * A follow-up letter in an office's own Word template (`dondoc remind --template cong-van.docx`):
 * docxtemplater fills the template's placeholders ({issuer}, {#items}…{/items}) with the letter's
 * parts, the same words the built-in layouts write (`letterFields`). A placeholder the letter does
 * not know, or a template docxtemplater cannot read, is a bilingual error naming the tag, never a
 * letter with "undefined" in it. The placeholders are listed in LETTER_PLACEHOLDERS (and the README).
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { formatViDate, parseIsoDate, type Message } from '@dondoc/core';
import { xmlSafeText } from './escape.js';
import type { ReportInput } from './input.js';
import {
  letterFields,
  type ReminderLetter,
  type ReminderOptions,
  type LetterFields,
} from './reminders.js';

/** Every placeholder a template may use, with what it holds (the README's table is this list). */
export const LETTER_PLACEHOLDERS: Readonly<Record<string, Message>> = {
  issuer: { vi: 'cơ quan ban hành', en: 'the issuing body' },
  superior: { vi: 'cơ quan cấp trên (có thể trống)', en: 'the superior body (may be empty)' },
  office: {
    vi: 'đơn vị tham mưu (có thể trống)',
    en: 'the office under the issuer (may be empty)',
  },
  number: {
    vi: 'số và ký hiệu, hoặc chỗ trống trước ký hiệu ("       -CV/VPHU")',
    en: 'number and symbol, or a blank before the symbol ("       -CV/VPHU")',
  },
  place: { vi: 'địa danh', en: 'the place' },
  date: { vi: '"ngày 05 tháng 7 năm 2024"', en: '"ngày 05 tháng 7 năm 2024"' },
  placeAndDate: {
    vi: '"Đức Thọ, ngày 05 tháng 7 năm 2024"',
    en: '"Đức Thọ, ngày 05 tháng 7 năm 2024"',
  },
  asOf: { vi: 'ngày kiểm tra, dd/mm/yyyy', en: 'the as-of date, dd/mm/yyyy' },
  recipient: { vi: 'cơ quan nhận (Kính gửi)', en: 'the recipient (Kính gửi)' },
  subject: { vi: 'trích yếu "V/v đôn đốc …"', en: 'the subject "V/v đôn đốc …"' },
  opening: { vi: 'đoạn mở đầu', en: 'the opening paragraph' },
  closing: { vi: 'đoạn đề nghị cuối thư', en: 'the closing request' },
  count: { vi: 'số nội dung, hai chữ số ("03")', en: 'the number of items, two digits ("03")' },
  paragraphs: {
    vi: 'vòng lặp mọi đoạn thân thư: {#paragraphs}{text}{/paragraphs}',
    en: 'a loop over every body paragraph: {#paragraphs}{text}{/paragraphs}',
  },
  items: {
    vi: 'vòng lặp các nội dung: {#items}{no}. {title} {deadline} {status} {line} {where}{/items}',
    en: 'a loop over the items: {#items}{no}. {title} {deadline} {status} {line} {where}{/items}',
  },
  signer: {
    vi: 'quyền hạn, chức vụ, họ tên người ký (mỗi dòng một dòng)',
    en: 'authority, position and name of the signer, one per line',
  },
};

/** The fields of one item inside {#items}…{/items}. */
export const LETTER_ITEM_PLACEHOLDERS: Readonly<Record<string, Message>> = {
  no: { vi: 'số thứ tự', en: 'its number' },
  title: { vi: 'nội dung', en: 'the item' },
  deadline: { vi: 'thời hạn như văn bản ghi (có thể trống)', en: 'the deadline as written' },
  status: { vi: 'hiện trạng trong sổ (có thể trống)', en: 'its state in the workbook' },
  line: { vi: 'cả dòng như thư dựng sẵn viết', en: 'the whole line as the built-in letter' },
  where: { vi: 'sổ, trang, ô (lưu nội bộ)', en: 'workbook, sheet, cell (for the office)' },
  text: { vi: 'một đoạn (trong {#paragraphs})', en: 'one paragraph (in {#paragraphs})' },
};

/** A template that cannot be filled: the message names the tag or the trouble, in both languages. */
export class LetterTemplateError extends Error {
  constructor(
    readonly messages: Message,
    /** Tags the template uses that the letter does not know. */
    readonly tags: readonly string[] = [],
  ) {
    super(messages.en);
    this.name = 'LetterTemplateError';
  }
}

function templateData(fields: LetterFields, asOf: string): Record<string, unknown> {
  const text = (s: string) => xmlSafeText(s);
  const date = parseIsoDate(asOf);
  return {
    issuer: text(fields.issuer),
    superior: text(fields.superior),
    office: text(fields.office),
    number: text(fields.number),
    place: text(fields.place),
    date: fields.date,
    placeAndDate: text(fields.placeAndDate),
    asOf: date ? formatViDate(date) : asOf,
    recipient: text(fields.recipient),
    subject: text(fields.subject),
    opening: text(fields.opening),
    closing: text(fields.closing),
    count: String(fields.items.length).padStart(2, '0'),
    paragraphs: [fields.opening, ...fields.itemLines, fields.closing].map((p) => ({
      text: text(p),
    })),
    items: fields.items.map((item, i) => ({
      no: i + 1,
      title: text(item.title),
      deadline: text(item.quote ?? ''),
      status: text(item.actual ?? ''),
      line: text(fields.itemLines[i] ?? ''),
      where: text(item.where),
    })),
    signer: text(fields.signer),
  };
}

interface TemplateErrorDetail {
  readonly properties?: {
    readonly id?: string;
    readonly xtag?: string;
    readonly explanation?: string;
    readonly errors?: readonly TemplateErrorDetail[];
  };
  readonly message?: string;
}

/** docxtemplater's syntax errors ("unclosed_tag", …) in both languages, naming the tag. */
function syntaxError(error: unknown): LetterTemplateError {
  const detail = error as TemplateErrorDetail;
  const errors = detail.properties?.errors ?? [detail];
  const lines = errors.map((e) => {
    const tag = e.properties?.xtag ?? '';
    const id = e.properties?.id ?? '';
    const vi =
      id === 'unclosed_tag'
        ? `thẻ "{${tag}" thiếu dấu "}"`
        : id === 'unopened_tag'
          ? `thẻ "${tag}}" thiếu dấu "{"`
          : id === 'unclosed_loop'
            ? `vòng lặp "{#${tag}}" chưa có "{/${tag}}"`
            : id === 'unopened_loop'
              ? `"{/${tag}}" đóng một vòng lặp chưa mở`
              : id === 'closing_tag_does_not_match_opening_tag'
                ? `thẻ đóng không khớp thẻ mở "${tag}"`
                : `thẻ "${tag}" viết sai`;
    return { vi, en: e.properties?.explanation ?? e.message ?? String(e) };
  });
  return new LetterTemplateError({
    vi: `Mẫu thư viết sai: ${lines.map((l) => l.vi).join('; ')}.`,
    en: `The letter template is malformed: ${lines.map((l) => l.en).join('; ')}`,
  });
}

/**
 * One letter in the office's template (.docx bytes). Throws LetterTemplateError for a file that is
 * not a .docx, a malformed template or a placeholder the letter does not know.
 */
export function renderReminderFromTemplate(
  template: Uint8Array,
  input: ReportInput,
  letter: ReminderLetter,
  options: ReminderOptions = {},
): Uint8Array {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw new LetterTemplateError({
      vi: 'Mẫu thư không phải tệp Word .docx.',
      en: 'The letter template is not a Word .docx file.',
    });
  }
  const unknown = new Set<string>();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      nullGetter: (part) => {
        unknown.add(part.value);
        return part.module === 'loop' ? [] : '';
      },
    });
  } catch (error) {
    throw syntaxError(error);
  }
  try {
    doc.render(templateData(letterFields(input, letter, options), input.report.asOf));
  } catch (error) {
    throw syntaxError(error);
  }
  if (unknown.size > 0) {
    const tags = [...unknown];
    const named = tags.map((t) => `{${t}}`).join(', ');
    const known = Object.keys(LETTER_PLACEHOLDERS)
      .map((t) => `{${t}}`)
      .join(', ');
    throw new LetterTemplateError(
      {
        vi: `Mẫu thư có thẻ không biết: ${named}. Các thẻ dùng được: ${known} (xem README).`,
        en: `The letter template has unknown tag(s): ${named}. Known tags: ${known} (see the README).`,
      },
      tags,
    );
  }
  return doc.toUint8Array({ compression: 'DEFLATE' });
}
