import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  clampedDate,
  fromEpochDay,
  fromExcelSerial,
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
