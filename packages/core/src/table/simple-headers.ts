/**
 * Header detection for the small side tables of a tracking workbook: the roster of reporting units
 * ("STT | Tên đơn vị | Khối") and the log of received reports ("Đơn vị | Báo cáo | Kỳ báo cáo |
 * Ngày nhận | Số, ký hiệu | Ghi chú"). One header row; the most specific alias names a column.
 */
import { foldText } from '../vi/text.js';
import { cellAddress, type Row } from './model.js';

export interface SimpleHeader<F extends string> {
  readonly row: number;
  readonly columns: Readonly<Partial<Record<F, number>>>;
}

export function headerField<F extends string>(
  text: string,
  aliases: ReadonlyArray<readonly [F, readonly string[]]>,
): F | undefined {
  const header = foldText(text)
    .replace(/\s*\/\s*/g, ' ')
    .trim();
  if (header === '' || header.length > 80) return undefined;
  let best: { field: F; length: number; exact: boolean } | undefined;
  for (const [field, names] of aliases) {
    for (const name of names) {
      const alias = foldText(name);
      const exact = header === alias;
      const found =
        exact ||
        (alias.length > 3 &&
          (header.startsWith(alias + ' ') ||
            header.endsWith(' ' + alias) ||
            header.includes(' ' + alias + ' ')));
      if (!found) continue;
      if (!best || (exact && !best.exact) || (exact === best.exact && alias.length > best.length)) {
        best = { field, length: alias.length, exact };
      }
    }
  }
  return best?.field;
}

/** The first row among `rows` whose cells name all `required` fields. */
export function detectSimpleHeader<F extends string>(
  rows: readonly Row[],
  aliases: ReadonlyArray<readonly [F, readonly string[]]>,
  required: readonly F[],
): SimpleHeader<F> | undefined {
  for (const row of rows) {
    const columns: Partial<Record<F, number>> = {};
    for (const cell of row.cells) {
      if (typeof cell.value !== 'string') continue;
      const field = headerField(cell.text, aliases);
      if (field !== undefined && columns[field] === undefined) columns[field] = cell.col;
    }
    if (required.every((f) => columns[f] !== undefined)) return { row: row.number, columns };
  }
  return undefined;
}

export type RosterField = 'index' | 'unit' | 'group';
export const ROSTER_ALIASES: ReadonlyArray<readonly [RosterField, readonly string[]]> = [
  ['index', ['STT', 'TT']],
  [
    'unit',
    [
      'Tên đơn vị',
      'Đơn vị',
      'Tên cơ quan, đơn vị',
      'Cơ quan, đơn vị',
      'Tên chi bộ, đảng bộ',
      'Tên cơ quan',
    ],
  ],
  ['group', ['Khối', 'Nhóm', 'Thuộc khối', 'Loại hình', 'Khối, nhóm']],
];

export type LogField = 'index' | 'unit' | 'report' | 'period' | 'received' | 'number' | 'note';
export const LOG_ALIASES: ReadonlyArray<readonly [LogField, readonly string[]]> = [
  ['index', ['STT', 'TT']],
  [
    'unit',
    ['Đơn vị báo cáo', 'Đơn vị gửi', 'Đơn vị', 'Cơ quan, đơn vị', 'Tên đơn vị', 'Cơ quan gửi'],
  ],
  [
    'report',
    ['Báo cáo', 'Tên báo cáo', 'Nội dung báo cáo', 'Nội dung', 'Loại báo cáo', 'Trích yếu'],
  ],
  ['period', ['Kỳ báo cáo', 'Kỳ']],
  ['received', ['Ngày nhận', 'Ngày gửi', 'Ngày báo cáo', 'Ngày nhận báo cáo', 'Ngày đến']],
  ['number', ['Số, ký hiệu', 'Số, ký hiệu văn bản', 'Số văn bản', 'Số hiệu']],
  ['note', ['Ghi chú']],
];

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
