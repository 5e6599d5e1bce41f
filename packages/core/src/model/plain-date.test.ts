import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  clampedDate,
  fromEpochDay,
  formatIsoDate,
  formatViDate,
  formatViLongDate,
  fromExcelSerial,
  parseDateArgument,
  toEpochDay,
  toExcelSerial,
} from './plain-date.js';
import type { PlainDate } from './plain-date.js';

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
  it.each([
    [{ year: 2024, month: 7, day: 5 }, 'ngày 05 tháng 7 năm 2024', '05/07/2024'],
    [{ year: 2024, month: 12, day: 31 }, 'ngày 31 tháng 12 năm 2024', '31/12/2024'],
  ])('%j reads "%s" in a letter and "%s" in a table', (date, long, short) => {
    expect(formatViLongDate(date)).toBe(long);
    expect(formatViDate(date)).toBe(short);
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
