import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, formatIsoDate, formatViDate } from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';
import { isPlainDate } from './deadlines.js';
import type { SampleValue } from './deadlines.js';
import {
  CLEAN_VARIANTS,
  PLANT_VARIANTS,
  completionNotAfter,
  fitsFixedDue,
  planTiming,
} from './plants.js';
import type { PlannedTiming, RowVariant } from './plants.js';
import { createRng } from './prng.js';
import type { FixedDue } from './tasks.js';
import { coreFacts } from './test-support/core-parse.js';
import { expectedFindings } from './test-support/oracle.js';

const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const ASOF = date(2024, 7, 1);
const ALL_VARIANTS: RowVariant[] = [...Object.values(PLANT_VARIANTS).flat(), ...CLEAN_VARIANTS];

const text = (value: SampleValue) =>
  value === null ? '' : isPlainDate(value) ? formatViDate(value) : String(value);

function oracleOf(t: PlannedTiming, asOf: PlainDate) {
  return expectedFindings(
    {
      dueText: text(t.due.value),
      ...(t.due.kind === 'due' ? { due: formatIsoDate(t.due.due) } : {}),
      completedText: text(t.completedOn),
      ...(t.completedDate ? { completedOn: formatIsoDate(t.completedDate) } : {}),
      status: t.status,
    },
    asOf,
  );
}

describe('planTiming', () => {
  const arbAsOf = fc.integer({ min: 0, max: 4000 }).map((n) => addDays(date(2019, 1, 1), n));

  it.each(ALL_VARIANTS.map((v) => [v]))(
    '%s: its findings are exactly what the semantics say',
    (variant) => {
      fc.assert(
        fc.property(arbAsOf, fc.integer(), (asOf, seed) => {
          const t = planTiming(variant, { rng: createRng(seed), asOf });
          const listed = t.expected.map((e) => [e.rule, e.field]);
          expect(listed).toEqual(oracleOf(t, asOf));
          expect(completionNotAfter(t, asOf)).toBe(true);
          // The core reads the cells as the generator meant them.
          const facts = coreFacts(asOf, {
            due: t.due.value,
            completedOn: t.completedOn,
            status: t.status,
          });
          expect(facts.due).toBe(t.due.kind === 'due' ? formatIsoDate(t.due.due) : null);
          expect(facts.completedOn).toBe(t.completedDate ? formatIsoDate(t.completedDate) : null);
        }),
        { numRuns: 80 },
      );
    },
  );

  it.each<[RowVariant, number]>([
    ['overdue-by-one-day', -1],
    ['due-today', 0],
    ['due-in-7-days', 7],
    ['pending-8-days', 8],
  ])('%s puts the deadline %i days from the as-of date', (variant, days) => {
    for (let seed = 0; seed < 20; seed++) {
      const t = planTiming(variant, { rng: createRng(seed), asOf: ASOF });
      expect(t.due.kind === 'due' && formatIsoDate(t.due.due)).toBe(
        formatIsoDate(addDays(ASOF, days)),
      );
    }
  });

  it('plants every clean variant with no finding and every plant with exactly one', () => {
    for (const v of CLEAN_VARIANTS)
      expect(planTiming(v, { rng: createRng(3), asOf: ASOF }).expected).toEqual([]);
    for (const v of Object.values(PLANT_VARIANTS).flat()) {
      expect(planTiming(v, { rng: createRng(3), asOf: ASOF }).expected).toHaveLength(1);
    }
  });
});

describe("the seed documents' own deadlines (001, as of 01/7/2024)", () => {
  const before25June: FixedDue = {
    kind: 'due',
    text: 'trước ngày 25/6/2024',
    due: date(2024, 6, 24),
  };
  const before1July: FixedDue = {
    kind: 'due',
    text: 'trước ngày 01/7/2024',
    due: date(2024, 6, 30),
  };
  const regular: FixedDue = { kind: 'recurring', text: 'Thường xuyên' };

  it.each<[FixedDue, RowVariant, boolean]>([
    [before25June, 'overdue', true],
    [before25June, 'late-text', true],
    [before25June, 'status-conflict', true],
    [before25June, 'overdue-by-one-day', false],
    [before1July, 'overdue-by-one-day', true],
    [before25June, 'due-today', false],
    [before25June, 'pending-future', false],
    [before25June, 'done-on-time', true],
    [regular, 'recurring', true],
    [regular, 'overdue', false],
    [{ kind: 'none' }, 'no-deadline', true],
    [{ kind: 'none' }, 'done-on-time', false],
  ])('%o can carry %s: %s', (fixed, variant, fits) => {
    expect(fitsFixedDue(variant, fixed, ASOF)).toBe(fits);
  });

  it('keeps the document text when it fits: "trước ngày 25/6/2024" overdue on the deadline cell', () => {
    const t = planTiming('overdue', { rng: createRng(1), asOf: ASOF, fixedDue: before25June });
    expect(t.due.value).toBe('trước ngày 25/6/2024');
    expect(t.completedOn).toBeNull();
    expect(t.expected).toEqual([{ rule: 'task/overdue', field: 'due' }]);
  });

  it('late against "trước ngày 25/6/2024": completed between 25/6 and 01/7/2024', () => {
    for (let seed = 0; seed < 30; seed++) {
      const t = planTiming('late-date-cell', {
        rng: createRng(seed),
        asOf: ASOF,
        fixedDue: before25June,
      });
      const done = formatIsoDate(t.completedDate as PlainDate);
      expect(done >= '2024-06-25' && done <= '2024-07-01').toBe(true);
    }
  });
});
