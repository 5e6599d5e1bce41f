/**
 * The kind of an administrative document (báo cáo, tờ trình, công văn …), read from its number and
 * symbol or from the first words of its title, so that a register of incoming documents can tell a
 * report from the other documents a unit sends.
 *
 * - The number and symbol name the kind by its abbreviation: "12/TTr-UBND" (State documents:
 *   number / kind - issuer, Nghị định 30/2020/NĐ-CP, Phụ lục III) and "45-BC/ĐU" (Party documents:
 *   number - kind / issuer). A công văn has no kind in its symbol ("301/SYT-NVY"): none is read.
 * - The title opens with the kind's name: "Tờ trình đề nghị …", "Công văn về …", "Báo cáo kết quả …".
 *
 * The number wins over the title when both say something, except a code the decree does not give
 * ("…/CV-…"), which may be the sender's own short name.
 */
import { foldText } from './text.js';

/** Kinds by their name; the abbreviations used in numbers and symbols beside them. */
const KINDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Báo cáo', ['BC']],
  ['Tờ trình', ['TTr']],
  ['Công văn', ['CV']],
  ['Công điện', ['CĐ']],
  ['Nghị quyết', ['NQ']],
  ['Quyết định', ['QĐ']],
  ['Chỉ thị', ['CT']],
  ['Kết luận', ['KL']],
  ['Quy chế', ['QC']],
  ['Quy định', ['QYĐ', 'QĐi']],
  ['Thông báo', ['TB']],
  ['Thông cáo', ['TC']],
  ['Hướng dẫn', ['HD']],
  ['Chương trình', ['CTr']],
  ['Kế hoạch', ['KH']],
  ['Phương án', ['PA']],
  ['Đề án', ['ĐA']],
  ['Dự án', ['DA']],
  ['Biên bản', ['BB']],
  ['Hợp đồng', ['HĐ']],
  ['Giấy mời', ['GM']],
  ['Giấy giới thiệu', ['GGT']],
  ['Giấy ủy quyền', ['GUQ']],
  ['Phiếu chuyển', ['PC']],
  ['Phiếu gửi', ['PG']],
  ['Phiếu báo', ['PB']],
];

/** The kinds' names, folded ("bao cao", "to trinh", "giay moi" …), and "văn bản" for any of them. */
export const DOCUMENT_KIND_NAMES: readonly string[] = [
  ...KINDS.map(([name]) => foldText(name)),
  'van ban',
];

/**
 * The kinds' abbreviations, folded ("bc", "qd", "tb" …): a document cited by its kind written short,
 * "QĐ số 2610/QĐ-UBND ngày 12/11/2024".
 */
export const DOCUMENT_KIND_CODES: readonly string[] = KINDS.flatMap(([, codes]) =>
  codes.map((code) => foldText(code)),
);

/** By folded abbreviation: "TTR" and "TTr" are one; "HĐ"/"HD", "ĐA"/"DA" fold together (none a report). */
const BY_CODE = new Map<string, string>(
  KINDS.flatMap(([name, codes]) => codes.map((code) => [foldText(code), name] as const)),
);

/** Titles by their folded opening words, longest first ("giay moi" before "giay"). */
const BY_TITLE = KINDS.map(([name]) => [foldText(name), name] as const).sort(
  (a, b) => b[0].length - a[0].length,
);

/**
 * A document's number and symbol, in the forms offices cite, defined once and read two ways (at the
 * start of a cell, where a clerk may type spaces around the separators, "125 /BC-UBND"; and inside
 * a header, written tight). Each form captures its code:
 * - State: number / (year /) code - issuer: "12/TTr-UBND", "15/2024/QĐ-UBND", "301/SYT-NVY";
 * - Party: number - kind / issuer: "45-BC/ĐU", "32-CT/TW";
 * - a law or resolution of the National Assembly: number / year / body and term: "81/2023/QH15".
 * A code with no issuer and no year is none of them: "TH 2024/KH (%)" is a ratio of two periods.
 */
function documentNumberForms(gap: string): readonly string[] {
  const slash = String.raw`${gap}\/${gap}`;
  const dash = `${gap}-${gap}`;
  const number = String.raw`\d{1,5}[a-z]?`;
  const year = String.raw`(?:19|20)\d{2}`;
  const code = String.raw`(\p{Lu}\p{L}*)`;
  const issuer = String.raw`\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)*`;
  return [
    `${number}${slash}(?:${year}${slash})?${code}${dash}${issuer}`,
    `${number}${dash}${code}${slash}${issuer}`,
    String.raw`${number}${slash}${year}${slash}(\p{Lu}+)\d+(?![\p{L}\d])`,
  ];
}

/** "Số", "Số:" before a number. */
const NUMBER_WORD = String.raw`(?:[Ss]ố\s*:?\s*)?`;

/** A text opening with a number and symbol. */
const NUMBER_AT_START = new RegExp(
  String.raw`^${NUMBER_WORD}(?:${documentNumberForms(String.raw`\s*`).join('|')})`,
  'u',
);

/** The code after the number of a document's number and symbol, when the text opens with one. */
function codeOfNumber(number: string): string | undefined {
  const match = NUMBER_AT_START.exec(number.normalize('NFC').trim());
  return match?.slice(1).find((code) => code !== undefined);
}

/**
 * Whether a text opens with a document's number and symbol: "245/BC-TTYT", "45-BC/ĐU", "Số 12/KH-UBND",
 * "81/2023/QH15". The checker reads a result column with it, the extractor a document's "Số:" line.
 */
export function isDocumentNumber(text: string): boolean {
  return codeOfNumber(text) !== undefined;
}

/**
 * A letter's summary opens with "V/v" (về việc): a công văn's, as Nghị định 30/2020/NĐ-CP, Phụ lục I
 * writes it under its number ("V/v cung cấp số liệu …"). One that is about a report ("V/v báo cáo
 * …", "V/v gửi báo cáo …") may be the report sent under cover of it: no kind is read.
 */
const LETTER_SUBJECT = /^(?:v\s*\/\s*v|v\.v|ve viec)\s+(?!(?:gui |nop )?bao cao\b)\S/;

function kindFromTitle(title: string): string | undefined {
  const folded = foldText(title);
  if (LETTER_SUBJECT.test(folded)) return 'Công văn';
  const found = BY_TITLE.find(([key]) => folded === key || folded.startsWith(`${key} `));
  return found?.[1];
}

/**
 * The kind of a document ("Báo cáo", "Tờ trình" …) from its number and symbol, else from its
 * title; undefined when neither says.
 */
export function documentKind(number: string, title: string): string | undefined {
  return readDocumentKind(number, title)?.kind;
}

/**
 * Codes offices write though Nghị định 30/2020/NĐ-CP gives their kind none: a công văn's symbol
 * names its issuer only, yet "125/CV-UBND" is common. The same letters can be the sending unit's own
 * short name ("455/CV-TH" from the customs branch of Cửa Việt, "88/CV-KT" from a Cửa Việt port
 * office), so such a code is a kind only when nothing on the line says otherwise.
 */
const INFORMAL_CODES: ReadonlySet<string> = new Set(['cv']);

/** A document's kind and how sure the reading is. */
export interface DocumentKindReading {
  readonly kind: string;
  /** Read only from a code the decree does not give (see INFORMAL_CODES): other evidence on the line overrules it. */
  readonly informal: boolean;
}

/**
 * The kind of a document with how it was read: from an official code of its number, else from its
 * title, else from an informal code ("…/CV-…"), which the title overrules.
 */
export function readDocumentKind(number: string, title: string): DocumentKindReading | undefined {
  const code = codeOfNumber(number);
  const fromNumber = code === undefined ? undefined : BY_CODE.get(foldText(code));
  const informal = code !== undefined && INFORMAL_CODES.has(foldText(code));
  if (fromNumber !== undefined && !informal) return { kind: fromNumber, informal: false };
  const fromTitle = kindFromTitle(title);
  if (fromTitle !== undefined) return { kind: fromTitle, informal: false };
  return fromNumber === undefined ? undefined : { kind: fromNumber, informal: true };
}

/**
 * Document numbers cited inside a text, with the "số" before them: "số 96/2019/QH14", "12/NQ-HĐND",
 * "Số: 45/QĐ-UBND", "45-BC/ĐU". A header citing where its figures come from ("Chỉ tiêu theo Nghị
 * quyết số 96/2019/QH14 (%)") names its column without the citation, and the year in the number
 * is the year the document was issued, not a period.
 */
const NUMBER_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\d/])${NUMBER_WORD}(?:${documentNumberForms('').join('|')})`,
  'gu',
);

/** A text with the document numbers it cites taken out ("Chỉ tiêu theo Nghị quyết số 96/2019/QH14" → "Chỉ tiêu theo Nghị quyết"). */
export function withoutDocumentNumbers(text: string): string {
  return text.normalize('NFC').replace(NUMBER_IN_TEXT, ' ').replace(/\s+/g, ' ').trim();
}
