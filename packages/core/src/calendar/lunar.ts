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

/*
 * Any day of the lunar calendar, for deadlines written in it ("Trước 23 tháng Chạp", "mùng 10
 * tháng Giêng"): the astronomical rules of the Vietnamese calendar — a month begins on the day of
 * the new moon at UTC+7; the month holding the winter solstice is the eleventh; in a year of
 * thirteen months the first month with no major solar term is the leap one. New moons and the sun's
 * longitude come from Jean Meeus's "Astronomical Algorithms" (the shortened series Hồ Ngọc Đức's
 * published description of the Vietnamese calendar uses), accurate to well under a day for
 * 1900–2100. Checked against the table above (every Tết and every Giỗ Tổ of 2020–2035, lunar.test.ts).
 */

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
const RAD = Math.PI / 180;

/** The Julian day number of a Gregorian date. */
function julianDay(date: PlainDate): number {
  const a = Math.floor((14 - date.month) / 12);
  const y = date.year + 4800 - a;
  const m = date.month + 12 * a - 3;
  return (
    date.day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian date of a Julian day number. */
function fromJulianDay(jd: number): PlainDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: b * 100 + d - 4800 + Math.floor(m / 10),
  };
}

/** The Julian day number (local, UTC+7) of the k-th new moon after 1 January 1900. */
function newMoonDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's anomaly
  const mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's latitude
  const c =
    (0.1734 - 0.000393 * t) * Math.sin(m * RAD) +
    0.0021 * Math.sin(2 * m * RAD) -
    0.4068 * Math.sin(mp * RAD) +
    0.0161 * Math.sin(2 * mp * RAD) -
    0.0004 * Math.sin(3 * mp * RAD) +
    0.0104 * Math.sin(2 * f * RAD) -
    0.0051 * Math.sin((m + mp) * RAD) -
    0.0074 * Math.sin((m - mp) * RAD) +
    0.0004 * Math.sin((2 * f + m) * RAD) -
    0.0004 * Math.sin((2 * f - m) * RAD) -
    0.0006 * Math.sin((2 * f + mp) * RAD) +
    0.001 * Math.sin((2 * f - mp) * RAD) +
    0.0005 * Math.sin((2 * mp + m) * RAD);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return Math.floor(jd + c - deltaT + 0.5 + TIME_ZONE / 24);
}

/** Which of the twelve 30° arcs the sun is in at the start of a local day (0: 0°–30° …). */
function sunArc(jdn: number): number {
  const t = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m * RAD) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m * RAD) +
    0.00029 * Math.sin(3 * m * RAD);
  let l = (l0 + dl) * RAD;
  l -= 2 * Math.PI * Math.floor(l / (2 * Math.PI));
  return Math.floor((l / Math.PI) * 6);
}

/** The first day (Julian day number) of the eleventh lunar month, the one holding December's solstice. */
function eleventhMonthStart(year: number): number {
  const off = julianDay({ year, month: 12, day: 31 }) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunArc(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a thirteen-month year from `a11`, how many months after the eleventh the leap month comes. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunArc(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunArc(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The Gregorian date of a day of the lunar calendar: `day` of lunar `month` (1 tháng Giêng … 12
 * tháng Chạp) of the lunar year that begins in Gregorian `lunarYear`, the leap month when `leap`.
 * Undefined for a leap month the year does not have, or a day past 30.
 */
export function lunarToGregorian(
  day: number,
  month: number,
  lunarYear: number,
  leap = false,
): PlainDate | undefined {
  if (day < 1 || day > 30 || month < 1 || month > 12) return undefined;
  const [a11, b11] =
    month < 11
      ? [eleventhMonthStart(lunarYear - 1), eleventhMonthStart(lunarYear)]
      : [eleventhMonthStart(lunarYear), eleventhMonthStart(lunarYear + 1)];
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) return undefined;
  const start = newMoonDay(k + off);
  // a day past the month's last (the 30th of a 29-day month) is no day
  const next = newMoonDay(k + off + 1);
  if (start + day - 1 >= next) return undefined;
  return fromJulianDay(start + day - 1);
}
