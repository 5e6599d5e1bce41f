import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, dayInfo } from './holidays.js';
import { formatIsoDate, fromEpochDay, toEpochDay } from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';

const d = (iso: string): PlainDate => {
  const [y, m, day] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: day ?? 0 };
};

describe('dayInfo', () => {
  it.each([
    ['2024-01-01', 'holiday'], // Tết Dương lịch, Monday
    ['2024-02-09', 'holiday'], // decreed Tết break 8/2–14/2/2024
    ['2024-02-14', 'holiday'],
    ['2024-02-15', 'working'],
    ['2024-04-18', 'holiday'], // Giỗ Tổ Hùng Vương 2024
    ['2024-04-30', 'holiday'],
    ['2024-05-01', 'holiday'],
    ['2024-04-29', 'uncertain'], // Monday between the weekend and 30/4 (swapped by decree in 2024)
    ['2024-09-02', 'holiday'],
    ['2024-09-03', 'holiday'], // decreed neighbour of 2/9 in 2024
    ['2024-09-07', 'weekend'],
    ['2024-11-05', 'working'],
    ['2028-01-26', 'holiday'], // mùng 1 Tết Mậu Thân, no decree in the table
    ['2028-01-24', 'uncertain'], // around Tết 2028: left to the decree
    ['2027-09-01', 'uncertain'], // 1/9 or 3/9: left to the decree
  ])('%s is %s', (iso, kind) => {
    expect(dayInfo(d(iso)).kind).toBe(kind);
  });

  it('moves a holiday that falls on a weekend to the next working day (nghỉ bù)', () => {
    // 1/1/2023 was a Sunday
    expect(dayInfo(d('2023-01-01')).kind).toBe('holiday');
    expect(dayInfo(d('2023-01-02'))).toEqual({ kind: 'holiday', name: 'Nghỉ bù Tết Dương lịch' });
    // 30/4/2023 Sunday, 1/5 Monday: the make-up day is Tuesday 2/5
    expect(dayInfo(d('2023-05-02')).kind).toBe('holiday');
  });
});

describe('addWorkingDays', () => {
  it.each([
    // start day not counted (BLDS 2015 Điều 147)
    ['2024-11-05', 10, '2024-11-19'], // Tuesday + 10 working days, two weekends
    ['2024-11-08', 1, '2024-11-11'], // Friday → Monday
    ['2024-02-06', 3, '2024-02-16'], // Wed 7/2, then the Tết Giáp Thìn break 8–14/2, then Thu 15 and Fri 16
    ['2024-08-29', 3, '2024-09-05'], // across 2–3/9/2024
    ['2024-12-27', 3, '2025-01-02'], // across Tết Dương lịch 2025 (Wednesday)
  ])('%s + %i working days is %s', (start, n, end) => {
    const r = addWorkingDays(d(start), n);
    expect(r.kind === 'date' ? formatIsoDate(r.date) : r.reason.vi).toBe(end);
  });

  it('names the holidays it skipped', () => {
    const r = addWorkingDays(d('2024-04-26'), 3);
    // 29/4/2024 may be swapped: the count depends on it, so the answer is unknown
    expect(r.kind).toBe('unknown');
    const s = addWorkingDays(d('2024-02-06'), 3);
    expect(s.kind === 'date' && s.skipped[0]).toBe('08/02/2024 Tết Nguyên đán Giáp Thìn');
  });

  it('says unknown, with the doubtful days, when the count depends on a decree not in the table', () => {
    const r = addWorkingDays(d('2028-01-20'), 5);
    expect(r.kind).toBe('unknown');
    expect(r.kind === 'unknown' && r.reason.vi).toMatch(/Tết Nguyên đán Mậu Thân/);
  });

  it('says unknown outside the lunar table', () => {
    expect(addWorkingDays(d('2040-03-01'), 5).kind).toBe('unknown');
    expect(addWorkingDays(d('2024-03-01'), 0).kind).toBe('unknown');
  });

  it('property: the end is a working day after the start, never on a weekend or holiday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay(d('2020-01-01')), max: toEpochDay(d('2034-12-31')) }),
        fc.integer({ min: 1, max: 40 }),
        (epoch, n) => {
          const start = fromEpochDay(epoch);
          const r = addWorkingDays(start, n);
          if (r.kind !== 'date') return;
          expect(toEpochDay(r.date)).toBeGreaterThan(epoch + n - 1);
          expect(dayInfo(r.date).kind).toBe('working');
          const more = addWorkingDays(start, n + 1);
          if (more.kind === 'date')
            expect(toEpochDay(more.date)).toBeGreaterThan(toEpochDay(r.date));
        },
      ),
    );
  });
});
