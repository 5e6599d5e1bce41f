/**
 * Which rows under a report log's or a roster's header are records. The same lines close these
 * tables as close a task list: the place-and-date line, "Nơi nhận:", a note under the table, the
 * signature block ("NGƯỜI LẬP BIỂU", "TM. UBND"); a total ("Tổng cộng: 12 đơn vị") and a group row
 * ("I" | "Khối Đảng") are no unit either.
 */
import type { Row } from '../model/sheet.js';
import { foldText } from '../vi/text.js';
import { TOTAL_ROW, closesTable } from './footer.js';

export type SimpleRowKind = 'record' | 'footer' | 'total' | 'section' | 'blank';

const GROUP_INDEX = /^(?:[IVXLC]+|[A-ZĐ])[.)]?$/;
/** Words after a number: a numbered caption ("2. Báo cáo quý III/2024"), not an index alone. */
const CAPTION_WORDS = /^\d{1,2}[.)]\s*\p{L}{2,}/u;

const textAt = (row: Row, col: number | undefined): string =>
  col === undefined ? '' : (row.cells.find((c) => c.col === col)?.text.trim() ?? '');

/**
 * A sentence on a line of its own that opens a list typed under the table: "Các tổ chức cơ sở đảng
 * chưa gửi báo cáo:", "Đơn vị gửi chậm gồm:", "Cụ thể như sau:". What follows ("- Đảng bộ Sở Giáo
 * dục") restates the table; it is no record. A group row ("Khối cơ quan:") says no such thing.
 */
const LIST_LEAD_IN = /\b(?:chua|da|khong|gom|nhu sau|sau day|duoi day|cu the|danh sach)\b/;

function opensListUnder(text: string): boolean {
  if (!text.endsWith(':')) return false;
  const folded = foldText(text);
  return folded.split(' ').length >= 3 && LIST_LEAD_IN.test(folded);
}

export function classifySimpleRow(
  row: Row,
  columns: { readonly unit?: number; readonly index?: number; readonly note?: number },
): SimpleRowKind {
  const nonEmpty = row.cells.filter((c) => c.text.trim() !== '');
  if (nonEmpty.length === 0) return 'blank';
  const numbered = /^\d/.test(textAt(row, columns.index));
  const unit = textAt(row, columns.unit);
  if (
    closesTable({
      cells: nonEmpty,
      numbered,
      main: unit,
      ...(columns.note !== undefined ? { noteCol: columns.note } : {}),
    })
  )
    return 'footer';
  if (!numbered && nonEmpty.length === 1 && opensListUnder(nonEmpty[0]!.text.trim()))
    return 'footer';
  // a lone cell is a group or a caption ("Khối Đảng", "2. Báo cáo quý III/2024"), unless it is
  // only a number left without its unit
  if (unit === '')
    return nonEmpty.length === 1 && (!numbered || CAPTION_WORDS.test(nonEmpty[0]!.text))
      ? 'section'
      : 'blank';
  if (TOTAL_ROW.test(foldText(unit.slice(0, 40)))) return 'total';
  if (GROUP_INDEX.test(textAt(row, columns.index))) return 'section';
  return 'record';
}
