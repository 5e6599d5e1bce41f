import { describe, expect, it } from 'vitest';
import { hungKingsDate, lunarYearName, tetDate, yearsOfLunarName } from './lunar.js';
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
