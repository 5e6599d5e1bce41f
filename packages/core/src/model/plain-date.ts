/**
 * Calendar dates without time or time zone. Inside the core every date is a PlainDate;
 * adapters turn Excel serials, JS Dates and "today in Asia/Ho_Chi_Minh" into one.
 */
export interface PlainDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Creates a date, or returns undefined when year/month/day is not a real calendar day. */
export function plainDate(year: number, month: number, day: number): PlainDate | undefined {
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** Days since 1970-01-01 (proleptic Gregorian); the basis of all date arithmetic. */
export function toEpochDay(date: PlainDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function fromEpochDay(epochDay: number): PlainDate {
  const d = new Date(epochDay * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function lastDayOfMonth(year: number, month: number): PlainDate {
  return { year, month, day: daysInMonth(year, month) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The forms dondoc writes a date in — the one place any output formats a date:
 * - `iso`: "2024-07-05" (JSON, SARIF, English text);
 * - `basic`: "20240705", ISO 8601's basic form (an iCalendar DATE);
 * - `dmy`: "05/07/2024", a date in a table and in the checker's Vietnamese messages;
 * - `document`: "ngày 05 tháng 7 năm 2024", the date line of a letter;
 * - `cited`: "05/7/2024", a date in a document's running text ("Công văn số 12 ngày 05/7/2024").
 * The last two follow Decree 30/2020/NĐ-CP (Phụ lục I, thời gian ban hành văn bản): "đối với những
 * số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước" — a day below 10 and
 * the months 1 and 2 take a leading zero (so no "1" can be turned into "11" or "21"), other months
 * do not.
 */
export type DateForm = 'iso' | 'basic' | 'dmy' | 'document' | 'cited';

export function formatDate(date: PlainDate, form: DateForm): string {
  const { year, month, day } = date;
  switch (form) {
    case 'iso':
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    case 'basic':
      return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`;
    case 'dmy':
      return `${pad(day, 2)}/${pad(month, 2)}/${year}`;
    case 'document':
      return `ngày ${pad(day, 2)} tháng ${documentMonth(month)} năm ${year}`;
    case 'cited':
      return `${pad(day, 2)}/${documentMonth(month)}/${year}`;
  }
}

/** A month as Decree 30/2020 writes it: "01", "02", then "3" … "12". */
function documentMonth(month: number): string {
  return month <= 2 ? pad(month, 2) : String(month);
}

/**
 * An ISO date text (a report's `asOf`, a letter's date) in another form; a text that is not an ISO
 * date is returned as it is.
 */
export function formatIsoText(text: string, form: DateForm): string {
  const date = parseIsoDate(text);
  return date ? formatDate(date, form) : text;
}

/** ISO 8601 calendar date, e.g. "2024-06-30". */
export function formatIsoDate(date: PlainDate): string {
  return formatDate(date, 'iso');
}

/** Vietnamese display form, e.g. "30/06/2024". */
export function formatViDate(date: PlainDate): string {
  return formatDate(date, 'dmy');
}

/**
 * The date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I, II.5.b; Hướng dẫn
 * 36-HD/VPTW): "ngày 05 tháng 7 năm 2024", "ngày 15 tháng 02 năm 2025" (see `DateForm`).
 */
export function formatViLongDate(date: PlainDate): string {
  return formatDate(date, 'document');
}

/**
 * A date typed by a person: ISO "2024-07-01" or the Vietnamese order "1/7/2024", "01/07/2024",
 * "01-07-2024", "01.07.2024". Undefined when it is neither or does not exist (31/02/2024).
 */
export function parseDateArgument(text: string): PlainDate | undefined {
  const iso = parseIsoDate(text);
  if (iso) return iso;
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return plainDate(Number(m[4]), Number(m[3]), Number(m[1]));
}

export function parseIsoDate(text: string): PlainDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  return plainDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Excel serial day number → date. In the 1900 system Excel counts the non-existent 29 Feb 1900
 * (serial 60), so serials from 61 on are one day ahead of a plain count from 1899-12-31.
 * The fractional part (time of day) is dropped.
 */
export function fromExcelSerial(serial: number, date1904 = false): PlainDate | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const whole = Math.floor(serial + 1e-9);
  if (date1904) return fromEpochDay(toEpochDay({ year: 1904, month: 1, day: 1 }) + whole);
  if (whole === 60) return undefined; // 29/02/1900 never existed
  const base = toEpochDay({ year: 1899, month: 12, day: 31 });
  return fromEpochDay(base + (whole > 60 ? whole - 1 : whole));
}

export function toExcelSerial(date: PlainDate, date1904 = false): number {
  const epoch = toEpochDay(date);
  if (date1904) return epoch - toEpochDay({ year: 1904, month: 1, day: 1 });
  const n = epoch - toEpochDay({ year: 1899, month: 12, day: 31 });
  return n >= 60 ? n + 1 : n;
}

/** The day in the given month, moved back to the month's last day when it does not exist (31/4 → 30/4). */
export function clampedDate(year: number, month: number, day: number): PlainDate {
  const total = year * 12 + (month - 1);
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { year: y, month: m, day: Math.max(1, Math.min(day, daysInMonth(y, m))) };
}

/** The same day `n` months later (or earlier), clamped to the month's length (31/1 + 1 → 29/2). */
export function addMonths(date: PlainDate, n: number): PlainDate {
  return clampedDate(date.year, date.month + n, date.day);
}
