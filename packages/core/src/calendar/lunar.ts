/**
 * The few days of the Vietnamese lunar calendar (âm lịch) that deadlines and public holidays hang
 * on: Tết Nguyên đán (1 tháng Giêng) and Giỗ Tổ Hùng Vương (10 tháng Ba), for 2020–2035.
 *
 * A checked table, not an algorithm: the dates are those of the Vietnamese calendar (computed for
 * UTC+7, which differs from the Chinese calendar in some years: Tết Canh Tuất falls on 2/2/2030 in
 * Vietnam, on 3/2/2030 in China). They were checked against the Vietnamese-calendar tables of the
 * python-holidays project (vacanza/holidays, `holidays/calendars/chinese.py`: LUNAR_NEW_YEAR_DATES
 * and HUNG_KINGS_DATES with their VIETNAMESE_CALENDAR overrides). Outside the table the day is
 * unknown and callers say "not evaluated" rather than guess.
 */
import type { PlainDate } from '../model/plain-date.js';

export const LUNAR_TABLE_FIRST_YEAR = 2020;
export const LUNAR_TABLE_LAST_YEAR = 2035;

/** [month, day] of Tết Nguyên đán in the Gregorian calendar, per Gregorian year. */
const TET: Readonly<Record<number, readonly [number, number]>> = {
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 2],
  2031: [1, 23],
  2032: [2, 11],
  2033: [1, 31],
  2034: [2, 19],
  2035: [2, 8],
};

/** [month, day] of Giỗ Tổ Hùng Vương (10/3 âm lịch) in the Gregorian calendar. */
const HUNG_KINGS: Readonly<Record<number, readonly [number, number]>> = {
  2020: [4, 2],
  2021: [4, 21],
  2022: [4, 10],
  2023: [4, 29],
  2024: [4, 18],
  2025: [4, 7],
  2026: [4, 26],
  2027: [4, 16],
  2028: [4, 4],
  2029: [4, 23],
  2030: [4, 12],
  2031: [4, 1],
  2032: [4, 19],
  2033: [4, 9],
  2034: [4, 28],
  2035: [4, 17],
};

function fromTable(
  table: Readonly<Record<number, readonly [number, number]>>,
  year: number,
): PlainDate | undefined {
  const md = table[year];
  return md ? { year, month: md[0], day: md[1] } : undefined;
}

/** Mùng 1 Tết of the lunar year that begins in Gregorian `year`, or undefined outside the table. */
export function tetDate(year: number): PlainDate | undefined {
  return fromTable(TET, year);
}

/** Giỗ Tổ Hùng Vương (10/3 âm lịch) in Gregorian `year`, or undefined outside the table. */
export function hungKingsDate(year: number): PlainDate | undefined {
  return fromTable(HUNG_KINGS, year);
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
];

/** The can chi name of the lunar year that begins in Gregorian `year`: 2024 → "Giáp Thìn". */
export function lunarYearName(year: number): string {
  const stem = STEMS[(((year + 6) % 10) + 10) % 10] ?? '';
  const branch = BRANCHES[(((year + 8) % 12) + 12) % 12] ?? '';
  return `${stem} ${branch}`;
}

/**
 * The Gregorian years, within `[from, to]`, whose lunar year carries this can chi name ("Giáp Thìn"
 * → 2024, 1964, 2084 …). The name is compared without diacritics or case, and "Mẹo" is "Mão",
 * "Tị" is "Tỵ".
 */
export function yearsOfLunarName(name: string, from: number, to: number): number[] {
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\bmeo\b/, 'mao')
      .replace(/\bti\b/, 'ty')
      .replace(/\s+/g, ' ')
      .trim();
  const wanted = fold(name);
  const out: number[] = [];
  for (let y = from; y <= to; y += 1) if (fold(lunarYearName(y)) === wanted) out.push(y);
  return out;
}
