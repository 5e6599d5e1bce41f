/**
 * Which rows under a report log's or a roster's header are records. The same lines close these
 * tables as close a task list: the place-and-date line, "Nơi nhận:", a note under the table, the
 * signature block ("NGƯỜI LẬP BIỂU", "TM. UBND"); a total ("Tổng cộng: 12 đơn vị") and a group row
 * ("I" | "Khối Đảng") are no unit either.
 */
import type { Row } from '../model/sheet.js';
import { foldText } from '../vi/text.js';
import { TOTAL_ROW, isNoteUnder, isPlaceDateLine, isSignatureText } from './footer.js';

export type SimpleRowKind = 'record' | 'footer' | 'total' | 'section' | 'blank';

const GROUP_INDEX = /^(?:[IVXLC]+|[A-ZĐ])[.)]?$/;

const textAt = (row: Row, col: number | undefined): string =>
  col === undefined ? '' : (row.cells.find((c) => c.col === col)?.text.trim() ?? '');

export function classifySimpleRow(
  row: Row,
  columns: { readonly unit?: number; readonly index?: number },
): SimpleRowKind {
  const nonEmpty = row.cells.filter((c) => c.text.trim() !== '');
  if (nonEmpty.length === 0) return 'blank';
  const numbered = /^\d/.test(textAt(row, columns.index));
  const first = nonEmpty[0]!.text.trim();
  const firstFolded = foldText(first.slice(0, 80));
  if (/^noi nhan\b/.test(firstFolded)) return 'footer';
  if (!numbered) {
    if (nonEmpty.some((c) => isPlaceDateLine(c.text))) return 'footer';
    if (isNoteUnder(first)) return 'footer';
    if (nonEmpty.every((c) => isSignatureText(c.text))) return 'footer';
  }
  const unit = textAt(row, columns.unit);
  if (unit === '') return nonEmpty.length === 1 && !numbered ? 'section' : 'blank';
  if (TOTAL_ROW.test(foldText(unit.slice(0, 40)))) return 'total';
  if (GROUP_INDEX.test(textAt(row, columns.index))) return 'section';
  return 'record';
}
