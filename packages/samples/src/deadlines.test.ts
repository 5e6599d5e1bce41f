import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, formatIsoDate, lastDayOfMonth } from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';
import {
  DEADLINE_FORMS,
  RECURRING_TEXTS,
  canExpress,
  deadlineInRange,
  deadlineOn,
  invalidDateTexts,
  writeDeadline,
} from './deadlines.js';
import type { DeadlineForm } from './deadlines.js';
import { createRng } from './prng.js';
import { coreFacts } from './test-support/core-parse.js';

const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const ASOF = date(2024, 7, 1);

describe('writeDeadline', () => {
  // The forms of the seed documents (001: "trước ngày 25/6/2024", "tháng 5/2024"; 003: "quý I-2021",
  // "tháng 4-2021", "01-8-2019") with the last acceptable day each one means.
  it.each<[DeadlineForm, PlainDate, RegExp]>([
    ['before', date(2024, 6, 24), /^trước ngày 0?25\/0?6\/2024$/],
    ['before', date(2024, 5, 19), /^trước ngày 0?20\/0?5\/2024$/],
    ['before', date(2024, 6, 30), /^trước ngày 0?1\/0?7\/2024$/],
    ['no-later-than', date(2024, 6, 15), /^chậm nhất ngày 15\/0?6\/2024$/],
    ['month-slash', date(2024, 5, 31), /^tháng 5\/2024$/],
    ['month-dash', date(2021, 4, 30), /^tháng 4-2021$/],
    ['quarter-dash', date(2021, 3, 31), /^quý I-2021$/],
    ['quarter-slash', date(2024, 9, 30), /^quý III\/2024$/],
    ['half-year', date(2024, 6, 30), /^6 tháng đầu năm 2024$/],
    ['half-year', date(2024, 12, 31), /^6 tháng cuối năm 2024$/],
    ['year', date(2025, 12, 31), /^năm 2025$/],
    ['long', date(2024, 4, 10), /^ngày 10 tháng 4 năm 2024$/],
    ['dmy-dash', date(2019, 8, 1), /^0?1-0?8-2019$/],
    ['dmy-slash', date(2024, 6, 25), /^25\/0?6\/2024$/],
  ])('%s for %o is written %s', (form, due, pattern) => {
    for (let seed = 0; seed < 8; seed++)
      expect(writeDeadline(form, due, createRng(seed))).toMatch(pattern);
  });

  it('writes a date cell as the date itself', () => {
    expect(writeDeadline('date-cell', date(2024, 6, 25), createRng(1))).toEqual(date(2024, 6, 25));
  });

  it.each<[DeadlineForm, PlainDate]>([
    ['month-slash', date(2024, 5, 30)],
    ['quarter-dash', date(2024, 5, 31)],
    ['half-year', date(2024, 9, 30)],
    ['year', date(2024, 11, 30)],
  ])('refuses %s for %o, which it cannot express', (form, due) => {
    expect(canExpress(form, due)).toBe(false);
    expect(() => writeDeadline(form, due, createRng(1))).toThrow();
  });
});

describe('the core reads every written deadline as the day the generator meant', () => {
  const arbDate = fc
    .record({
      year: fc.integer({ min: 2019, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) =>
      day > lastDayOfMonth(year, month).day ? lastDayOfMonth(year, month) : { year, month, day },
    );

  it.each(DEADLINE_FORMS.map((f) => [f]))('%s', (form) => {
    fc.assert(
      fc.property(arbDate, fc.integer(), (due, seed) => {
        const target = canExpress(form, due) ? due : lastDayOfMonth(due.year, 12);
        const value = writeDeadline(form, target, createRng(seed));
        const facts = coreFacts(ASOF, { due: value });
        expect({ value, due: facts.due }).toEqual({ value, due: formatIsoDate(target) });
      }),
      { numRuns: 60 },
    );
  });

  it.each(RECURRING_TEXTS.map((t) => [t]))('"%s" is recurring, with no single deadline', (text) => {
    const facts = coreFacts(ASOF, { due: text });
    expect([facts.recurring, facts.hasDue, facts.dueInvalid]).toEqual([true, false, false]);
  });

  it.each(invalidDateTexts(2024).map((t) => [t]))(
    '"%s" is an invalid deadline and an invalid completion date',
    (text) => {
      expect(coreFacts(ASOF, { due: text }).dueInvalid).toBe(true);
      expect(coreFacts(ASOF, { due: date(2024, 6, 1), completedOn: text }).completionInvalid).toBe(
        true,
      );
    },
  );

  it('adds 29/02 to the invalid texts only in a common year', () => {
    expect(invalidDateTexts(2023)).toContain('29/02/2023');
    expect(invalidDateTexts(2024)).not.toContain('29/02/2024');
  });
});

describe('deadlineInRange and deadlineOn', () => {
  it('always lands inside the range, whatever the form', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: 0, max: 400 }),
        (seed, start, span) => {
          const from = addDays(ASOF, start);
          const to = addDays(from, span);
          const cell = deadlineInRange(createRng(seed), from, to);
          expect(
            formatIsoDate(cell.due) >= formatIsoDate(from) &&
              formatIsoDate(cell.due) <= formatIsoDate(to),
          ).toBe(true);
          expect(coreFacts(ASOF, { due: cell.value }).due).toBe(formatIsoDate(cell.due));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses period forms when the day is a period end (30/6/2024: month, quarter, half-year)', () => {
    const forms = new Set<string>();
    for (let seed = 0; seed < 300; seed++)
      forms.add(deadlineOn(createRng(seed), date(2024, 6, 30)).form);
    expect([...forms].sort()).toEqual([...DEADLINE_FORMS].filter((f) => f !== 'year').sort());
  });
});
