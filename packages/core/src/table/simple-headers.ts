/**
 * Header detection for the small side tables of a tracking workbook: the roster of reporting units
 * ("STT | Tên đơn vị | Khối") and the log of received reports ("Đơn vị | Báo cáo | Kỳ báo cáo |
 * Ngày nhận | Số, ký hiệu | Ghi chú"). One header row; the most specific alias names a column.
 */
import { cellAddress, type Row } from '../model/sheet.js';
import { matchHeader, vocabularyOf, type CompiledVocabulary } from './matcher.js';

export type { LogField, RosterField } from './vocabulary.js';

export interface SimpleHeader<F extends string> {
  readonly row: number;
  readonly columns: Readonly<Partial<Record<F, number>>>;
}

/**
 * The first row among `rows` whose cells name all `required` fields (`names`: a pack's own
 * wordings, tried first; `headerRow`: only that row is looked at).
 */
export function detectSimpleHeader<F extends string>(
  rows: readonly Row[],
  vocabulary: CompiledVocabulary<F>,
  required: readonly F[],
  names?: CompiledVocabulary<F>,
  headerRow?: number,
): SimpleHeader<F> | undefined {
  for (const row of rows) {
    if (headerRow !== undefined && row.number !== headerRow) continue;
    const columns: Partial<Record<F, number>> = {};
    for (const cell of row.cells) {
      if (typeof cell.value !== 'string') continue;
      const field = matchHeader(cell.text, vocabulary, names)?.field;
      if (field !== undefined && columns[field] === undefined) columns[field] = cell.col;
    }
    if (required.every((f) => columns[f] !== undefined)) return { row: row.number, columns };
  }
  return undefined;
}

/** The roster of reporting units ("STT | Tên đơn vị | Khối"). */
export const ROSTER_ALIASES = vocabularyOf('roster');
/** The log of received reports, or an e-office register of incoming documents. */
export const LOG_ALIASES = vocabularyOf('reports');

/** A row's cells by field, under a simple header. */
export function cellsByField<F extends string>(
  row: Row,
  header: SimpleHeader<F>,
): Partial<Record<F, { text: string; value: Row['cells'][number]['value']; address: string }>> {
  const out: Partial<
    Record<F, { text: string; value: Row['cells'][number]['value']; address: string }>
  > = {};
  for (const [field, col] of Object.entries(header.columns) as Array<[F, number]>) {
    const cell = row.cells.find((c) => c.col === col);
    if (cell && (cell.value !== null || cell.text.trim() !== '')) {
      out[field] = {
        text: cell.text.trim(),
        value: cell.value,
        address: cellAddress(row.number, col),
      };
    }
  }
  return out;
}
