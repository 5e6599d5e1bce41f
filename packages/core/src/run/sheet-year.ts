import type { Row } from '../model/sheet.js';
import { readPeriodText } from '../table/periods.js';
import { findDateExpressions, type DateExpression } from '../vi/dates.js';
import { compareDates, type PlainDate } from '../model/plain-date.js';
import { yearOfTetNamed } from '../calendar/due.js';
import { testAsTyped } from '../vi/text.js';

/** The texts of the title block: every text cell above the header's first row. */
function* titleTexts(rows: readonly Row[], headerRow: number): Generator<string> {
  for (const row of rows) {
    if (row.number >= headerRow) return;
    for (const cell of row.cells) if (typeof cell.value === 'string') yield cell.text;
  }
}

/**
 * The year a sheet's title block works in ("BẢNG THEO DÕI … NĂM 2024", "Đức Thọ, ngày 01 tháng 7
 * năm 2024", "(Kèm theo Kế hoạch số 25-KH/HU ngày 10/5/2024 …)"): the latest year written in full
 * above the header. Deadlines written without a year ("30/6", "trước 15/7") are read in it.
 */
export function titleYear(rows: readonly Row[], headerRow: number): number | undefined {
  let year: number | undefined;
  for (const text of titleTexts(rows, headerRow)) {
    for (const match of findDateExpressions(text)) {
      if (!match.explicitYear) continue;
      const y = yearOfExpression(match.expression);
      if (year === undefined || y > year) year = y;
    }
  }
  return year;
}

function yearOfExpression(expression: DateExpression): number {
  return expression.kind === 'day' ? expression.date.year : expression.year;
}

/**
 * The Tết a sheet's title block is about ("TIẾN ĐỘ TRANG TRÍ … PHỤC VỤ TẾT NGUYÊN ĐÁN GIÁP THÌN
 * 2024"), by the Gregorian year it falls in: "Trước Tết" and days of tháng Chạp in its rows are of it.
 */
export function titleTet(rows: readonly Row[], headerRow: number): number | undefined {
  for (const text of titleTexts(rows, headerRow)) {
    const year = yearOfTetNamed(text);
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * The school year a sheet's title block names ("KẾT QUẢ … NĂM HỌC 2023 - 2024"), by the year it
 * ends in: a table of a school year reports on it, not on the calendar year, so its figures are
 * final once the school year has ended (31 May), not at the end of December.
 */
export function titleSchoolYear(rows: readonly Row[], headerRow: number): number | undefined {
  for (const text of titleTexts(rows, headerRow)) {
    const period = readPeriodText(text);
    if (period.sub === 'SY' && period.year !== undefined) return period.year;
  }
  return undefined;
}

/**
 * The one month a sheet's title block names with its year ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11 NĂM
 * 2024"): a month's programme whose deadlines give the day alone ("Ngày 26", "Trước ngày 30") is in
 * it. Undefined when the title names no month, or several.
 */
export function titleMonth(
  rows: readonly Row[],
  headerRow: number,
): { readonly year: number; readonly month: number } | undefined {
  const found = new Set<string>();
  for (const text of titleTexts(rows, headerRow)) {
    for (const match of findDateExpressions(text)) {
      if (match.explicitYear && match.expression.kind === 'month')
        found.add(`${match.expression.year}-${match.expression.month}`);
    }
  }
  if (found.size !== 1) return undefined;
  const [year, month] = [...found][0]!.split('-').map(Number);
  return { year: year!, month: month! };
}

/** What joins a run's two days: "đến (hết) (ngày)", "tới", "-", "–" ("den ngay" typed with no marks). */
const RUN_JOIN = testAsTyped(/^\s*(?:-|–|—|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?$/iu);

/**
 * The last day of the one run of days a sheet's title block says the table reports on ("NĂM CÔNG
 * TÁC 2024 (Từ ngày 01/12/2023 đến ngày 30/11/2024)", "Kỳ báo cáo: 15/12/2023 - 14/12/2024"): a
 * work year of the courts and procuracies, a reporting period of the statistics, that ends before
 * the calendar year does. Undefined when the title names no such run, or several.
 */
export function titleRun(rows: readonly Row[], headerRow: number): PlainDate | undefined {
  const found = new Map<string, PlainDate>();
  for (const text of titleTexts(rows, headerRow)) {
    // the one date reader finds the days; a run is two days in full joined by "đến" or a dash
    const days = findDateExpressions(text).filter(
      (m) => m.explicitYear && m.expression.kind === 'day',
    );
    for (let i = 1; i < days.length; i++) {
      const [from, until] = [days[i - 1]!, days[i]!];
      if (from.expression.kind !== 'day' || until.expression.kind !== 'day') continue;
      if (!RUN_JOIN(text.slice(from.end, until.start))) continue;
      if (compareDates(from.expression.date, until.expression.date) >= 0) continue;
      const last = until.expression.date;
      found.set(`${last.year}-${last.month}-${last.day}`, last);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
