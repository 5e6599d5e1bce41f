import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  clampedDate,
  fromEpochDay,
  formatDate,
  formatIsoDate,
  formatIsoText,
  formatViDate,
  formatViLongDate,
  fromExcelSerial,
  parseDateArgument,
  toEpochDay,
  toExcelSerial,
} from './plain-date.js';
import type { DateForm, PlainDate } from './plain-date.js';

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe('Excel serials', () => {
  it.each<[number, boolean, PlainDate | undefined]>([
    [1, false, d(1900, 1, 1)],
    [59, false, d(1900, 2, 28)],
    [60, false, undefined], // 29/02/1900 never existed
    [61, false, d(1900, 3, 1)],
    [45468, false, d(2024, 6, 25)],
    [0, true, undefined],
    [1, true, d(1904, 1, 2)],
    [44006, true, d(2024, 6, 25)],
  ])('%d (1904: %s) is %j', (serial, date1904, date) => {
    expect(fromExcelSerial(serial, date1904)).toEqual(date);
  });

  it('round-trips in both date systems', () => {
    const from1900 = fc
      .integer({ min: toEpochDay(d(1900, 3, 1)), max: toEpochDay(d(9999, 12, 31)) })
      .map(fromEpochDay);
    const from1904 = fc
      .integer({ min: toEpochDay(d(1904, 1, 2)), max: toEpochDay(d(9999, 12, 31)) })
      .map(fromEpochDay);
    fc.assert(
      fc.property(from1900, (x) => {
        expect(fromExcelSerial(toExcelSerial(x, false), false)).toEqual(x);
      }),
    );
    fc.assert(
      fc.property(from1904, (x) => {
        expect(fromExcelSerial(toExcelSerial(x, true), true)).toEqual(x);
      }),
    );
    fc.assert(
      fc.property(from1904, (x) => {
        expect(toExcelSerial(x, false) - toExcelSerial(x, true)).toBe(1462);
      }),
    );
  });
});

describe('clampedDate and addMonths', () => {
  it.each<[number, number, number, PlainDate]>([
    [2024, 4, 31, d(2024, 4, 30)],
    [2023, 2, 30, d(2023, 2, 28)],
    [2024, 13, 5, d(2025, 1, 5)],
    [2024, 0, 5, d(2023, 12, 5)],
    [2024, 6, 10, d(2024, 6, 10)],
  ])('clampedDate(%d, %d, %d)', (year, month, day, expected) => {
    expect(clampedDate(year, month, day)).toEqual(expected);
  });

  it.each<[PlainDate, number, PlainDate]>([
    [d(2024, 1, 31), 1, d(2024, 2, 29)],
    [d(2024, 3, 31), -1, d(2024, 2, 29)],
    [d(2024, 12, 15), 1, d(2025, 1, 15)],
    [d(2024, 5, 20), 12, d(2025, 5, 20)],
  ])('addMonths(%j, %d)', (date, n, expected) => {
    expect(addMonths(date, n)).toEqual(expected);
  });
});

describe('Vietnamese date forms', () => {
  // Decree 30/2020/NĐ-CP, Phụ lục I: "đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải
  // ghi thêm số 0 phía trước": "ngày 01 tháng 02 năm …", "ngày 05 tháng 7 năm …".
  it.each<[PlainDate, string, string, string, string, string]>([
    [
      d(2024, 7, 5),
      '2024-07-05',
      '20240705',
      '05/07/2024',
      'ngày 05 tháng 7 năm 2024',
      '05/7/2024',
    ],
    [
      d(2023, 2, 1),
      '2023-02-01',
      '20230201',
      '01/02/2023',
      'ngày 01 tháng 02 năm 2023',
      '01/02/2023',
    ],
    [
      d(2025, 1, 9),
      '2025-01-09',
      '20250109',
      '09/01/2025',
      'ngày 09 tháng 01 năm 2025',
      '09/01/2025',
    ],
    [
      d(2024, 3, 10),
      '2024-03-10',
      '20240310',
      '10/03/2024',
      'ngày 10 tháng 3 năm 2024',
      '10/3/2024',
    ],
    [
      d(2024, 12, 31),
      '2024-12-31',
      '20241231',
      '31/12/2024',
      'ngày 31 tháng 12 năm 2024',
      '31/12/2024',
    ],
    [
      d(2024, 10, 1),
      '2024-10-01',
      '20241001',
      '01/10/2024',
      'ngày 01 tháng 10 năm 2024',
      '01/10/2024',
    ],
  ])('%j is %s, %s, %s, "%s" and %s', (date, iso, basic, dmy, document, cited) => {
    expect(formatDate(date, 'iso')).toBe(iso);
    expect(formatDate(date, 'basic')).toBe(basic);
    expect(formatDate(date, 'dmy')).toBe(dmy);
    expect(formatDate(date, 'document')).toBe(document);
    expect(formatDate(date, 'cited')).toBe(cited);
    expect(formatIsoDate(date)).toBe(iso);
    expect(formatViDate(date)).toBe(dmy);
    expect(formatViLongDate(date)).toBe(document);
  });

  const anyDate = fc.integer({ min: 0, max: 2_932_896 }).map(fromEpochDay); // 1970 … 9999
  const forms: readonly DateForm[] = ['iso', 'basic', 'dmy', 'document', 'cited'];

  it('pads the day always, the month only in ISO, dd/mm/yyyy and for January and February', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const m = /^ngày (\d+) tháng (\d+) năm (\d+)$/.exec(formatDate(date, 'document'))!;
        expect(m[1]).toHaveLength(2);
        expect(m[2]).toHaveLength(date.month <= 2 || date.month >= 10 ? 2 : 1);
        expect(m.slice(1).map(Number)).toEqual([date.day, date.month, date.year]);
        expect(formatDate(date, 'cited')).toBe(`${m[1]}/${m[2]}/${m[3]}`);
        expect(formatDate(date, 'basic')).toBe(formatDate(date, 'iso').replace(/-/g, ''));
      }),
    );
  });

  it('writes different days differently in every form', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.constantFrom(...forms), (a, b, form) => {
        fc.pre(toEpochDay(a) !== toEpochDay(b));
        expect(formatDate(a, form)).not.toBe(formatDate(b, form));
      }),
    );
  });

  it('orders ISO and basic texts as the days they name', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const byDay = Math.sign(toEpochDay(a) - toEpochDay(b));
        const iso = formatDate(a, 'iso').localeCompare(formatDate(b, 'iso'));
        expect(Math.sign(iso)).toBe(byDay);
        expect(formatDate(a, 'basic') < formatDate(b, 'basic')).toBe(byDay < 0);
      }),
    );
  });

  it('reformats an ISO text, and leaves any other text as it is', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...forms), (date, form) => {
        expect(formatIsoText(formatIsoDate(date), form)).toBe(formatDate(date, form));
      }),
    );
    expect(formatIsoText('2024-02-30', 'dmy')).toBe('2024-02-30');
    expect(formatIsoText('quý IV/2024', 'document')).toBe('quý IV/2024');
  });

  it.each([
    [{ year: 2024, month: 7, day: 5 }, 'ngày 05 tháng 7 năm 2024'],
    [{ year: 2024, month: 12, day: 15 }, 'ngày 15 tháng 12 năm 2024'],
    [{ year: 2025, month: 2, day: 15 }, 'ngày 15 tháng 02 năm 2025'],
    [{ year: 2025, month: 1, day: 9 }, 'ngày 09 tháng 01 năm 2025'],
    [{ year: 2025, month: 10, day: 10 }, 'ngày 10 tháng 10 năm 2025'],
  ])('a document dated %j reads "%s" (Decree 30/2020 zero rules)', (date, text) => {
    expect(formatViLongDate(date)).toBe(text);
  });

  it.each([
    ['2024-07-01', { year: 2024, month: 7, day: 1 }],
    ['01/07/2024', { year: 2024, month: 7, day: 1 }],
    ['1/7/2024', { year: 2024, month: 7, day: 1 }],
    ['05-07-2024', { year: 2024, month: 7, day: 5 }],
    ['05.07.2024', { year: 2024, month: 7, day: 5 }],
    ['31/02/2024', undefined],
    ['05/07-2024', undefined],
    ['07/2024', undefined],
    ['hôm nay', undefined],
  ])('parseDateArgument(%j)', (text, expected) => {
    expect(parseDateArgument(text)).toEqual(expected);
  });

  it('reads back every date it writes, in either form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), (n) => {
        const date = fromEpochDay(n);
        expect(parseDateArgument(formatViDate(date))).toEqual(date);
        expect(parseDateArgument(formatIsoDate(date))).toEqual(date);
      }),
    );
  });
});
