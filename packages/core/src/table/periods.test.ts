import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../model/plain-date.js';
import {
  columnPeriod,
  describePeriod,
  isPeriodOnly,
  periodEnd,
  periodKey,
  periodKeyEnd,
  readPeriodText,
  samePeriod,
  schoolYearDayYear,
  withoutPeriod,
  targetHorizon,
} from './periods.js';

describe('readPeriodText', () => {
  it.each([
    ['Kế hoạch năm 2024', { year: 2024 }],
    ['Ước thực hiện năm 2024', { year: 2024, estimate: true }],
    ['TH 2023', { year: 2023 }],
    ['Quý III/2024', { year: 2024, sub: 'Q3' }],
    ['Quý 2 năm 2025', { year: 2025, sub: 'Q2' }],
    ['6 tháng đầu năm 2024', { year: 2024, sub: 'H1' }],
    ['6 tháng cuối năm', { sub: 'H2' }],
    ['9 tháng', { sub: '9M' }],
    ['Cả năm', { sub: 'year' }],
    ['Tháng 10/2024', { year: 2024, sub: 'M10' }],
    // a running total from the year's start to the end of a quarter, half or nine months is that
    // period; to another day it is a reading taken that day, as "TH đến …" is
    ['Lũy kế đến 30/9/2024', { year: 2024, sub: '9M' }],
    ['Lũy kế từ đầu năm đến 30/6/2025', { year: 2025, sub: 'H1' }],
    ['Cộng dồn đến hết ngày 31/3/2025', { year: 2025, sub: 'Q1' }],
    ['Lũy kế đến 15/10/2024', {}],
    ['Lũy kế giải ngân đến 31/01/2025', {}],
    ['Mục tiêu đến năm 2025', { year: 2025 }],
    ['Giai đoạn 2021 - 2025', { year: 2025, span: { from: 2021, to: 2025 } }],
    ['Kế hoạch 5 năm 2021-2025', { year: 2025, span: { from: 2021, to: 2025 } }],
    ['2023', { year: 2023 }],
    ['Thực hiện', {}],
    // a cut-off day is when the figure was taken, not the period it is for
    ['Giải ngân đến 31/01/2025', {}],
    ['Lũy kế tính đến hết ngày 30/9/2024', {}],
    ['Kế hoạch vốn năm 2024', { year: 2024 }],
    // a run of days the header gives: the period ends on its last day
    ['Đợt 1 (10/3 - 25/4/2025)', { year: 2025, until: { year: 2025, month: 4, day: 25 } }],
    [
      'Chiến dịch (01/11/2024 - 15/01/2025)',
      { year: 2025, until: { year: 2025, month: 1, day: 15 } },
    ],
    // no run of days: a day alone, a run backwards, a day that is not one
    ['Số liệu ngày 30/4/2025', { year: 2025 }],
    ['Đợt 2 (25/4 - 10/3/2025)', { year: 2025 }],
    ['Đợt 3 (15/2 - 31/2/2025)', { year: 2025 }],
  ] as const)('%j → %j', (text, period) => {
    expect(readPeriodText(text)).toEqual(period);
  });
});

describe('columnPeriod', () => {
  it('takes the year of the group header over the column', () => {
    expect(columnPeriod('Kế hoạch', 'Năm 2024')).toEqual({ year: 2024 });
    expect(columnPeriod('Quý I', 'Năm 2025')).toEqual({ year: 2025, sub: 'Q1' });
  });
  it('prefers the column own year', () => {
    expect(columnPeriod('Thực hiện 2023', 'Kết quả')).toEqual({ year: 2023 });
  });
});

describe('period keys and ends', () => {
  it.each([
    [{ year: 2024 }, '2024', '2024-12-31'],
    [{ year: 2024, sub: 'year' }, '2024', '2024-12-31'],
    [{ year: 2024, sub: 'Q3' }, '2024-Q3', '2024-09-30'],
    [{ year: 2024, sub: 'H1' }, '2024-H1', '2024-06-30'],
    [{ year: 2024, sub: 'M2' }, '2024-02', '2024-02-29'],
    [{ year: 2024, sub: '9M' }, undefined, '2024-09-30'],
  ] as const)('%j → %s, ends %s', (period, key, end) => {
    expect(periodKey(period)).toBe(key);
    expect(formatIsoDate(periodEnd(period)!)).toBe(end);
    if (key) expect(formatIsoDate(periodKeyEnd(key)!)).toBe(end);
  });

  it('ends a run of days on its last day, and says so', () => {
    const campaign = readPeriodText('Vụ Thu (01/9 - 31/10/2024)');
    expect(formatIsoDate(periodEnd(campaign)!)).toBe('2024-10-31');
    expect(describePeriod(campaign)?.vi).toBe('đến hết ngày 31/10/2024');
  });

  it('has no key or end without a year', () => {
    expect(periodKey({ sub: 'Q1' })).toBeUndefined();
    expect(periodEnd({})).toBeUndefined();
  });

  it('reads back every quarter it writes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 4 }),
        (year, q) => {
          const text = `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}`;
          const period = readPeriodText(text);
          expect(periodKey(period)).toBe(`${year}-Q${q}`);
          expect(describePeriod(period)?.vi).toBe(`quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}`);
        },
      ),
    );
  });
});

describe('withoutPeriod', () => {
  it.each([
    ['KH năm 2024', 'kh'],
    ['TH năm 2023', 'th'],
    ['Ước TH 6 tháng đầu năm 2024', 'uoc th'],
    ['TH quý III/2024', 'th'],
    ['KH giai đoạn 2021 - 2025', 'kh'],
    ['Ước TH cả năm', 'uoc th'],
    ['TH tháng 10/2024', 'th'],
    ['Chỉ tiêu', 'chi tieu'],
  ])('%j → %j', (text, bare) => {
    expect(withoutPeriod(text)).toBe(bare);
  });
});

describe('targetHorizon', () => {
  it.each([
    ['Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên (hằng năm)', { kind: 'yearly' }],
    ['Tỷ lệ hộ nghèo giảm bình quân hằng năm', { kind: 'yearly' }],
    ['Kết nạp đảng viên mới (cả nhiệm kỳ)', { kind: 'term' }],
    ['Số km đường giao thông nông thôn được cứng hóa giai đoạn 2021 - 2025', { kind: 'term' }],
    ['Thu nhập bình quân đầu người đến năm 2025', { kind: 'year', year: 2025 }],
    ['Tỷ lệ tham gia bảo hiểm y tế đến hết năm 2030', { kind: 'year', year: 2030 }],
  ])('"%s"', (title, horizon) => {
    expect(targetHorizon(title)).toEqual(horizon);
  });

  it('says nothing of a name that gives no period', () => {
    expect(targetHorizon('Tỷ lệ người dân tham gia bảo hiểm y tế')).toBeUndefined();
  });
});

describe('a school year (held-out u12)', () => {
  it('reads "Năm học 2023 - 2024" as the school year ending in May 2024, not a span of years', () => {
    const p = readPeriodText('Năm học 2023 - 2024');
    expect(p).toEqual({ year: 2024, sub: 'SY' });
    expect(periodKey(p)).toBe('2024-SY');
    expect(formatIsoDate(periodEnd(p)!)).toBe('2024-05-31');
    expect(describePeriod(p)?.vi).toBe('năm học 2023 - 2024');
    expect(isPeriodOnly('Năm học 2022 - 2023')).toBe(true);
    // a plan period of several years stays a span
    expect(readPeriodText('Giai đoạn 2021 - 2025').span).toEqual({ from: 2021, to: 2025 });
  });
});

describe('a semester of a school year', () => {
  it.each<[string, object, string | undefined, string | undefined]>([
    ['Kết quả học kỳ I', { sub: 'S1' }, undefined, undefined],
    ['HK II', { sub: 'S2' }, undefined, undefined],
    ['Học kỳ I năm học 2024 - 2025', { year: 2025, sub: 'S1' }, '2025-S1', '2025-01-31'],
    ['Học kỳ 2 năm học 2023-2024', { year: 2024, sub: 'S2' }, '2024-S2', '2024-05-31'],
    // "năm học" with no years: the school year of the table's title
    ['Chỉ tiêu năm học', { sub: 'SY' }, undefined, undefined],
  ])('%j → %j', (text, period, key, end) => {
    const p = readPeriodText(text);
    expect(p).toEqual(period);
    expect(periodKey(p)).toBe(key);
    const last = periodEnd(p);
    expect(last ? formatIsoDate(last) : undefined).toBe(end);
  });

  it('describes it and leaves no name behind', () => {
    expect(describePeriod({ year: 2025, sub: 'S1' })?.vi).toBe('học kỳ I năm học 2024 - 2025');
    expect(isPeriodOnly('Học kỳ II')).toBe(true);
    expect(isPeriodOnly('Kết quả học kỳ I')).toBe(false);
  });
});

describe('a day without a year in a school year', () => {
  it.each<[string, number, number]>([
    ['trước ngày 18/10 (năm học 2010 - 2011)', 10, 2010],
    ['trước ngày 16-10 (năm học 2025 - 2026)', 10, 2025],
    ['tuyển sinh trước ngày 30/6 (năm học 2019 - 2020)', 6, 2019],
    ['sơ kết học kỳ I trước ngày 15/01 (năm học 2023 - 2024)', 1, 2024],
    ['tổng kết trước ngày 31/5 (năm học 2023 - 2024)', 5, 2024],
  ])('%s → %d', (text, month, year) => {
    const end = readPeriodText(text.replace(/^.*\(|\)$/gu, '')).year!;
    expect(schoolYearDayYear(end, month)).toBe(year);
  });
});

describe('samePeriod', () => {
  it.each([
    ['Thực hiện quý II/2025', 'Quý 2 năm 2025', true],
    ['Năm 2026', 'Kế hoạch năm 2026', true],
    ['Ước thực hiện năm 2026', 'Thực hiện năm 2026', false],
    ['Quý I/2025', 'Quý II/2025', false],
    ['6 tháng đầu năm 2025', '6 tháng cuối năm 2025', false],
    ['Tháng 3/2025', 'Tháng 3/2026', false],
    ['Giai đoạn 2021 - 2025', 'Giai đoạn 2021 - 2025', true],
    ['Giai đoạn 2021 - 2025', 'Năm 2025', false],
    ['Đợt 1 (01/9/2025 - 31/10/2025)', 'Đợt 1 (01/9/2025 - 31/10/2025)', true],
    ['Đợt 1 (01/9/2025 - 31/10/2025)', 'Đợt 2 (01/9/2025 - 30/11/2025)', false],
    ['Số hộ', 'Tỷ lệ (%)', true],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(samePeriod(readPeriodText(a), readPeriodText(b))).toBe(same);
    expect(samePeriod(readPeriodText(b), readPeriodText(a))).toBe(same);
  });
});
