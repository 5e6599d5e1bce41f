/**
 * Indicator tables as provincial and district offices keep them:
 *
 *   STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 | Thực hiện / Ước thực hiện 2024 | Đánh giá | Ghi chú
 *
 * with group rows ("I. Nhóm chỉ tiêu về kinh tế") and sub-rows that start with "-". The header may
 * span two rows ("Năm 2024" over "Kế hoạch | Ước thực hiện"). A table needs a "Chỉ tiêu" column and a
 * "Thực hiện" column.
 */
import { matchHeader, vocabularyOf } from './matcher.js';
import type { Row } from '../model/sheet.js';
import type { IndicatorField } from './vocabulary.js';

export type { IndicatorField } from './vocabulary.js';

const fieldOf = (text: string): IndicatorField | undefined =>
  matchHeader(text, vocabularyOf('indicators'))?.field;

export interface IndicatorHeader {
  readonly rows: readonly number[];
  readonly columns: Readonly<Partial<Record<IndicatorField, number>>>;
  readonly labels: Readonly<Partial<Record<IndicatorField, string>>>;
  /** A year the header names ("Kế hoạch 2024", "Năm 2024" over the columns), if any. */
  readonly year?: number;
  readonly lastHeaderRow: number;
}

function candidate(rows: readonly Row[]): IndicatorHeader & { count: number } {
  const columns: Partial<Record<IndicatorField, number>> = {};
  const labels: Partial<Record<IndicatorField, string>> = {};
  let year: number | undefined;
  const upper = new Map(rows[0]!.cells.map((c) => [c.col, c.text.trim()]));
  const lower = rows[1]
    ? new Map(rows[1].cells.map((c) => [c.col, c.text.trim()]))
    : new Map<number, string>();
  const cols = [...new Set([...upper.keys(), ...lower.keys()])].sort((a, b) => a - b);
  for (const col of cols) {
    for (const text of [lower.get(col), upper.get(col)]) {
      if (!text) continue;
      const y = /(?:^|\D)(20\d{2})(?!\d)/.exec(text)?.[1];
      if (y && (year === undefined || Number(y) > year)) year = Number(y);
    }
    const lowerText = lower.get(col);
    const upperText = upper.get(col);
    const field =
      (lowerText && fieldOf(lowerText)) || (upperText && fieldOf(upperText)) || undefined;
    if (field && columns[field] === undefined) {
      columns[field] = col;
      labels[field] = (lowerText && fieldOf(lowerText) ? lowerText : upperText) ?? '';
    }
  }
  const last = rows[rows.length - 1]!.number;
  return {
    rows: rows.map((r) => r.number),
    columns,
    labels,
    ...(year !== undefined ? { year } : {}),
    lastHeaderRow: last,
    count: Object.keys(columns).length,
  };
}

/** The indicator table's header among the first rows of a sheet, if there is one. */
export function detectIndicatorHeader(rows: readonly Row[]): IndicatorHeader | undefined {
  let best: (IndicatorHeader & { count: number }) | undefined;
  for (let i = 0; i < rows.length; i++) {
    const single = candidate([rows[i]!]);
    const next = rows[i + 1];
    const pair =
      next && next.number === rows[i]!.number + 1 ? candidate([rows[i]!, next]) : undefined;
    const lowerAlone = next ? candidate([next]) : undefined;
    const choice =
      pair && pair.count > single.count && pair.count > (lowerAlone?.count ?? 0) ? pair : single;
    const ok =
      choice.columns.title !== undefined &&
      choice.columns.actual !== undefined &&
      choice.count >= 3;
    if (ok && (!best || choice.count > best.count)) best = choice;
  }
  if (!best) return undefined;
  const { count: _count, ...header } = best;
  return header;
}
