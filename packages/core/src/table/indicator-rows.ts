/**
 * Which rows under an indicator-table header are indicators. Not these:
 *
 * - group rows: "I" | "CHỈ TIÊU KINH TẾ", "II. Nhóm chỉ tiêu xã hội", with no figures;
 * - a label that only opens sub-rows: "Trong đó:", "Bao gồm:";
 * - total and summary rows: "Tổng cộng", "Cộng", "Tổng số chỉ tiêu: 12; đạt và vượt: 9";
 * - the header printed again (on a new page, or its lower row repeating a merged upper one) and
 *   the row of column numbers ("A | B | 1 | 2 | 3 | 4 | 5=4/3"), skipped;
 * - and, ending the table, whatever closes it: a note under it ("Ghi chú: (*) Số liệu ước tính"),
 *   the place-and-date line, the signature block ("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"), or the
 *   header row of another table below it ("STT | Nhiệm vụ | Chủ trì | Thời hạn").
 */
import type { Cell, Row } from '../model/sheet.js';
import { parseViNumber } from '../vi/numbers.js';
import { foldText, testAsTyped } from '../vi/text.js';
import { TOTAL_INDICATOR_ROW, WHOLE_AREA_ROW, closesTable } from './footer.js';

/**
 * The opening of a grand total's label, as written in capitals: "TỔNG THU …", "TỔNG SỐ …" ("TONG
 * THU …" typed with no marks).
 */
const GRAND_TOTAL = testAsTyped(/^\s*TỔNG\s/u);
import { isColumnNumberingRow } from './headers.js';
import type { IndicatorField, IndicatorHeader } from './indicator-headers.js';
import { matchHeaderAnyKind } from './matcher.js';
import { rowStructure, type RowStructure } from './sub-rows.js';

export type IndicatorRowKind =
  'indicator' | 'group' | 'label' | 'total' | 'header' | 'end' | 'blank';

export type IndicatorCells = Partial<Record<IndicatorField, Cell>>;

export interface IndicatorRowClass {
  readonly kind: IndicatorRowKind;
  /** The row's structure (sub-row mark, title without it), for indicator rows. */
  readonly structure: RowStructure;
  /** Set on an 'end' row that is the header of another table below this one. */
  readonly otherHeader?: true;
}

const ROMAN_INDEX = /^[IVX]+\.?$/;
const ROMAN_TITLE = /^[IVX]+\.\s/;

const hasText = (c: Cell) => c.text.trim() !== '' || (c.value !== null && c.value !== '');

/**
 * A figure, stored as a number or typed as text ("260", "92,6", "3.920"); a year alone ("2024") is
 * a header's period, never a figure.
 */
function isFigure(c: Cell): boolean {
  if (typeof c.value === 'number') return true;
  const text = c.text.trim();
  return !/^(?:19|20)\d\d$/.test(text) && parseViNumber(text) !== undefined;
}

/**
 * A header row: no figure (stored or typed as text), and at least three cells that name a column of some table kind, or
 * three texts one of which repeats the title column's header. It is this table's header printed
 * again when it repeats the title column's header and every text over a figure column is part of
 * that column's header; a header that only shares the first columns ("STT | Phường, xã | Tổng số
 * người cao tuổi | Được giao khám" under "STT | Phường, xã | Kế hoạch (trẻ) | Thực hiện (trẻ)")
 * is another table's, and ends this one.
 */
function headerRowKind(nonEmpty: readonly Cell[], titleText: string, header: IndicatorHeader) {
  if (nonEmpty.length < 3 || nonEmpty.some(isFigure)) return undefined;
  const own = header.labels.title;
  // (a row naming its items' column as the header does is a header whatever its other words)
  const sameTitle = own !== undefined && foldText(titleText) === foldText(own);
  if (!sameTitle) {
    let named = 0;
    for (const c of nonEmpty) {
      if (Object.keys(matchHeaderAnyKind(c.text.trim())).length > 0) named++;
    }
    return named < 3 ? undefined : 'end';
  }
  const figuresAgree = header.values.every((v) => {
    const text = nonEmpty.find((c) => c.col === v.col)?.text.trim() ?? '';
    return text === '' || foldText(v.label).includes(foldText(text));
  });
  return figuresAgree ? 'header' : 'end';
}

/** Classifies a row below the header, given its cells under the header's columns. */
export function classifyIndicatorRow(
  row: Row,
  header: IndicatorHeader,
  cells: IndicatorCells,
): IndicatorRowClass {
  const index = cells.index?.text.trim() ?? '';
  const titleText = cells.title?.text.trim() ?? '';
  const structure = rowStructure(index, cells.title?.text ?? '');
  const of = (kind: IndicatorRowKind): IndicatorRowClass => ({ kind, structure });
  const nonEmpty = row.cells.filter(hasText);
  if (nonEmpty.length === 0) return of('blank');
  // "A | B | 1 | 2 | 3 | 4 | 5=4/3": the columns' numbers, under the header or printed again.
  if (isColumnNumberingRow(row)) return of('header');
  const numbered = /^\d/.test(index);
  const figures = header.values.some((v) => nonEmpty.some((c) => c.col === v.col));

  if (!numbered) {
    const first = nonEmpty[0]!;
    const noteCol = header.columns.note;
    if (
      closesTable({
        cells: nonEmpty,
        numbered,
        main: titleText,
        ...(noteCol !== undefined ? { noteCol } : {}),
      })
    )
      return of('end');
    const again = headerRowKind(nonEmpty, titleText, header);
    if (again === 'end') return { kind: 'end', structure, otherHeader: true };
    if (again) return of(again);
    // the total's label may sit in the first column rather than under "Chỉ tiêu"
    const label = titleText !== '' ? titleText : first.text.trim();
    if (TOTAL_INDICATOR_ROW.test(foldText(label.slice(0, 60)))) return of('total');
    // a grand total typed in capitals with no number ("TỔNG THU NSNN TRÊN ĐỊA BÀN", "TỔNG CHI"):
    // the sum of the numbered indicators, above or below them, not one of them
    if (GRAND_TOTAL(label) && label === label.toLocaleUpperCase('vi')) return of('total');
    // in a table of units by row, the row of the whole district or province adds them up, also
    // when it says so ("Cộng toàn huyện", "Tổng cộng toàn tỉnh")
    if (
      header.rowsAre === 'units' &&
      WHOLE_AREA_ROW.test(foldText(label).replace(/^(?:tong cong|tong|cong) /, ''))
    )
      return of('total');
    // a heading alone in another column ("PHẦN II. CÁC NHIỆM VỤ TRỌNG TÂM") heads a part
    if (titleText === '' && nonEmpty.length === 1 && !figures) return of('group');
  }
  if (titleText === '') return of('blank');
  if (structure.labelOnly && !figures) return of('label');
  if (!cells.actual && !cells.plan && (ROMAN_INDEX.test(index) || ROMAN_TITLE.test(titleText))) {
    return of('group');
  }
  return of('indicator');
}
