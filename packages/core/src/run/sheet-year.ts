import type { Row } from '../model/sheet.js';
import { findDateExpressions, type DateExpression } from '../vi/dates.js';

/**
 * The year a sheet's title block works in ("BẢNG THEO DÕI … NĂM 2024", "Đức Thọ, ngày 01 tháng 7
 * năm 2024", "(Kèm theo Kế hoạch số 25-KH/HU ngày 10/5/2024 …)"): the latest year written in full
 * above the header. Deadlines written without a year ("30/6", "trước 15/7") are read in it.
 */
export function titleYear(rows: readonly Row[], headerRow: number): number | undefined {
  let year: number | undefined;
  for (const row of rows) {
    if (row.number >= headerRow) break;
    for (const cell of row.cells) {
      if (typeof cell.value !== 'string') continue;
      for (const match of findDateExpressions(cell.text)) {
        if (!match.explicitYear) continue;
        const y = yearOfExpression(match.expression);
        if (year === undefined || y > year) year = y;
      }
    }
  }
  return year;
}

function yearOfExpression(expression: DateExpression): number {
  return expression.kind === 'day' ? expression.date.year : expression.year;
}
