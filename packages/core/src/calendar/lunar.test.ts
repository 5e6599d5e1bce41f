import { describe, expect, it } from 'vitest';
import {
  LUNAR_TABLE_FIRST_YEAR,
  LUNAR_TABLE_LAST_YEAR,
  hungKingsDate,
  lunarToGregorian,
  lunarYearName,
  tetDate,
  yearsOfLunarName,
} from './lunar.js';
import { formatIsoDate } from '../model/plain-date.js';

describe('tetDate', () => {
  it.each([
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'], // Tết Giáp Thìn
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2030, '2030-02-02'], // Vietnam (UTC+7); China has 3/2/2030
    [2035, '2035-02-08'],
  ])('Tết of %i is %s', (year, iso) => {
    const d = tetDate(year);
    expect(d && formatIsoDate(d)).toBe(iso);
  });

  it('is unknown outside the checked table', () => {
    expect(tetDate(2019)).toBeUndefined();
    expect(tetDate(2036)).toBeUndefined();
  });

  it('falls between 21 January and 20 February every year of the table', () => {
    for (let y = 2020; y <= 2035; y += 1) {
      const d = tetDate(y);
      expect(d).toBeDefined();
      const md = (d?.month ?? 0) * 100 + (d?.day ?? 0);
      expect(md).toBeGreaterThanOrEqual(121);
      expect(md).toBeLessThanOrEqual(220);
    }
  });

  it('Giỗ Tổ (10/3 âm lịch) is 68 or 69 days after Tết, or one lunar month more in a leap year', () => {
    for (let y = 2020; y <= 2035; y += 1) {
      const tet = tetDate(y);
      const hung = hungKingsDate(y);
      expect(tet && hung).toBeTruthy();
      if (!tet || !hung) continue;
      const days =
        (Date.UTC(y, hung.month - 1, hung.day) - Date.UTC(y, tet.month - 1, tet.day)) / 864e5;
      // two lunar months (58–60 days) + 9 days, or three when a leap month comes before tháng Ba
      expect([67, 68, 69, 96, 97, 98, 99]).toContain(days);
    }
  });
});

describe('lunarYearName', () => {
  it.each([
    [2024, 'Giáp Thìn'],
    [2025, 'Ất Tỵ'],
    [2026, 'Bính Ngọ'],
    [2020, 'Canh Tý'],
    [2023, 'Quý Mão'],
  ])('%i is %s', (year, name) => {
    expect(lunarYearName(year)).toBe(name);
  });

  it('finds the years of a name, diacritics and "Mẹo"/"Tị" spellings tolerated', () => {
    expect(yearsOfLunarName('Giáp Thìn', 2000, 2100)).toEqual([2024, 2084]);
    expect(yearsOfLunarName('giap thin', 2020, 2035)).toEqual([2024]);
    expect(yearsOfLunarName('Quý Mẹo', 2020, 2035)).toEqual([2023]);
    expect(yearsOfLunarName('Ất Tị', 2020, 2035)).toEqual([2025]);
    expect(yearsOfLunarName('Thìn', 2020, 2035)).toEqual([]);
  });
});

describe('any day of the lunar calendar', () => {
  // differential: the algorithm against the checked table, every year of it
  it.each(
    Array.from(
      { length: LUNAR_TABLE_LAST_YEAR - LUNAR_TABLE_FIRST_YEAR + 1 },
      (_, i) => LUNAR_TABLE_FIRST_YEAR + i,
    ),
  )('mùng 1 tháng Giêng and 10 tháng Ba of %i are the table’s Tết and Giỗ Tổ', (year) => {
    expect(lunarToGregorian(1, 1, year)).toEqual(tetDate(year));
    expect(lunarToGregorian(10, 3, year)).toEqual(hungKingsDate(year));
  });

  it.each([
    // ông Công ông Táo (23 tháng Chạp) of Quý Mão, before Tết Giáp Thìn
    [23, 12, 2023, false, { year: 2024, month: 2, day: 2 }],
    // 30 Tết of Giáp Thìn (a 29-day Chạp: the 30th does not exist)
    [29, 12, 2024, false, { year: 2025, month: 1, day: 28 }],
    [30, 12, 2024, false, undefined],
    // Rằm tháng Giêng 2025, Tết Trung thu 2024
    [15, 1, 2025, false, { year: 2025, month: 2, day: 12 }],
    [15, 8, 2024, false, { year: 2024, month: 9, day: 17 }],
    // 2023 had a leap second month (tháng 2 nhuận): 1/2 nhuận Quý Mão was 22/3/2023
    [1, 2, 2023, true, { year: 2023, month: 3, day: 22 }],
    [1, 3, 2023, true, undefined],
  ] as const)('%i/%i of %i (leap %s) → %j', (day, month, year, leap, expected) => {
    expect(lunarToGregorian(day, month, year, leap)).toEqual(expected);
  });
});
