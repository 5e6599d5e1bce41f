/**
 * The lines that close a table in a Vietnamese administrative document, whatever the table's kind:
 * the place-and-date line ("Đức Thọ, ngày 15 tháng 11 năm 2024"), the signature block ("Nơi nhận:",
 * "TM. BAN THƯỜNG VỤ", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "CHÁNH VĂN PHÒNG"), and a note under
 * the table ("Ghi chú:", "* Lưu ý:"). The task and indicator row classes both read them here.
 */
import type { Cell } from '../model/sheet.js';
import { foldText } from '../vi/text.js';

/** Words that open the signature block of a Vietnamese administrative document. */
export const FOOTER_STARTS = [
  'noi nhan',
  'nguoi lap',
  'nguoi lap bieu',
  'nguoi tong hop',
  // the clerk who keeps a log signs under it
  'nguoi theo doi',
  'chuyen vien theo doi',
  'can bo theo doi',
  't/m',
  'tm',
  'kt',
  'thu truong',
  'thu truong don vi',
  'xac nhan',
  'ky ten',
  'ky ghi ro ho ten',
  'lanh dao',
] as const;

/**
 * Titles signed under a report ("CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ"). They count as the signature block
 * only on a row whose title cell is empty, since an owner cell may well read "Chủ tịch UBND".
 */
export const SIGNER_TITLES = [
  'chanh van phong',
  'pho chanh van phong',
  'bi thu',
  'pho bi thu',
  'chu tich',
  'pho chu tich',
  'truong ban',
  'pho truong ban',
  'truong phong',
  'pho truong phong',
  // the secretary of a board, a council or a committee signs beside its head
  'thu ky',
  'giam doc',
  'pho giam doc',
  'thu truong co quan',
  'nguoi ky',
] as const;

/**
 * A note under the table: "Ghi chú:", "* Ghi chú", "Lưu ý:", "Chú thích:", and a self-check's
 * conclusion ("Kết luận: …").
 */
const NOTE_UNDER = /^(?:ghi chu|luu y|chu thich|chu y|ket luan)\s*:?/;

/** Whether folded text is one of `starts` or opens with it followed by a space. */
export function startsWithAny(folded: string, starts: readonly string[]): boolean {
  return starts.some((s) => folded === s || folded.startsWith(s + ' '));
}

/**
 * The place-and-date line of a signature block: "Đức Thọ, ngày 15 tháng 11 năm 2024", "……, ngày
 * … tháng … năm 2024" (a form left blank): a place (a few words, no figures), a comma, then "ngày
 * … tháng … năm".
 */
export function isPlaceDateLine(text: string): boolean {
  const t = text.trim();
  const comma = t.indexOf(',');
  if (t.length > 80 || comma < 0 || comma > 40) return false;
  const place = foldText(t.slice(0, comma));
  if (/\d/.test(place) || place.split(' ').length > 6) return false;
  return /^ngay(?: \S+)? thang(?: \S+)? nam\b/.test(foldText(t.slice(comma + 1)));
}

/**
 * A note opening a line of its own under the table: "Ghi chú: (*) Số liệu ước tính …", "* Lưu ý:".
 * The mark (":" or "*") must be in the first words, so a title that merely contains "ghi chú" is
 * not one.
 */
export function isNoteUnder(text: string): boolean {
  const t = text.trim();
  return (
    /[:*]/.test(t.slice(0, 12)) && NOTE_UNDER.test(foldText(t.slice(0, 80)).replace(/^\*\s*/, ''))
  );
}

/** A short cell of the signature block: "NGƯỜI LẬP BIỂU", "TM. UBND", "PHÓ CHỦ TỊCH". */
export function isSignatureText(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 60) return false;
  const folded = foldText(t);
  return startsWithAny(folded, FOOTER_STARTS) || startsWithAny(folded, SIGNER_TITLES);
}

/**
 * A total row of a task list, a report log or a roster, matched on folded text (no punctuation):
 * "Tổng cộng", "Tổng số: 12", "Tổng:", "Cộng" — not "Tổng kết công tác năm" (a task) nor "Tổng
 * công ty Điện lực" (a unit).
 */
export const TOTAL_ROW = /^(?:tong cong(?! ty\b)|tong so)\b|^(?:tong|cong|tong hop)(?: \d|$)/;

/**
 * A row naming the whole area or body a table of units adds up: "Toàn huyện", "Cả tỉnh", "Chung
 * toàn xã", and the body over its branches, "Toàn Cục" (a department over its sub-departments),
 * "Toàn Chi cục", "Toàn Sở", "Toàn hệ thống", "Toàn trường" — not "Toàn dân …" (a movement).
 */
export const WHOLE_AREA_ROW =
  /^(?:chung )?(?:toan|ca) (?:huyen|tinh|thanh pho|thi xa|quan|xa|phuong|thi tran|nganh|don vi|khoi|cuc|chi cuc|so|ban|vien|hoi|he thong|tap doan|tong cong ty|cong ty|truong|quoc)\b/;

/**
 * A total row of an indicator table: as TOTAL_ROW, but "Tổng số hộ nghèo" and "Tổng sản lượng"
 * name indicators; "Tổng số chỉ tiêu", "Tổng số: 12 chỉ tiêu" and "Tổng số" alone are totals.
 */
export const TOTAL_INDICATOR_ROW =
  /^(?:tong cong(?! ty\b)|tong so chi tieu|tong hop chung)\b|^(?:tong|cong|tong so|tong hop)(?: \d|$)/;

/** What `closesTable` needs to know of a row besides its cells. */
export interface RowAtEnd {
  /** The row's non-empty cells, left to right. */
  readonly cells: readonly Cell[];
  /** The row carries a number in the table's index column: a record, never the end. */
  readonly numbered: boolean;
  /** The text under the table's main column (task title, indicator, unit). */
  readonly main: string;
  /** The table's notes column: "Ghi chú: …" there is a note on a record, not under the table. */
  readonly noteCol?: number;
}

/**
 * Whether a row closes the table, for every table kind: "Nơi nhận", the place-and-date line, a
 * note opening a line of its own under the table, or the signature block laid over the columns (a
 * role or "NGƯỜI LẬP BIỂU" anywhere on a row whose main cell is empty or part of the block). A
 * numbered row is a record.
 */
export function closesTable(row: RowAtEnd): boolean {
  const first = row.cells[0];
  if (!first) return false;
  const firstText = first.text.trim();
  if (/^noi nhan\b/.test(foldText(firstText.slice(0, 20)))) return true;
  if (row.numbered) return false;
  if (row.cells.some((c) => isPlaceDateLine(c.text))) return true;
  if (first.col !== row.noteCol && isNoteUnder(firstText)) return true;
  const main = row.main.trim();
  if ((main === '' || isSignatureText(main)) && row.cells.some((c) => isSignatureText(c.text)))
    return true;
  // the drafting office heads its side of the block in capitals, beside the signer's title in
  // capitals ("PHÒNG KẾ HOẠCH - KỸ THUẬT" | "GIÁM ĐỐC"), with no figure on the row
  return (
    inCapitals(main) &&
    row.cells.every((c) => typeof c.value !== 'number') &&
    row.cells.some((c) => c.text.trim() !== main && inCapitals(c.text) && isSignatureText(c.text))
  );
}

/** Text written in capitals: a letter, none in lower case. */
function inCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
