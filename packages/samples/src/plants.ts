/**
 * What goes into the timing cells of one task row (deadline, completion date, status), and which
 * findings that row must produce. Every variant is built to trigger exactly the findings it lists
 * under the checker's semantics (as of `asOf`, dueSoonDays = 7):
 *
 * - task/overdue (deadline cell): D < asOf, no completion date, status empty or not done;
 * - task/late (completion cell): completion C > D;
 * - task/due-soon (deadline cell): not done, 0 ≤ D − asOf ≤ 7;
 * - task/status-conflict (status cell): a not-done word with a completion date, C ≤ D < asOf;
 * - cell/invalid-date (the bad cell): a date text that is no valid day-month date; nothing else
 *   in that row (an invalid deadline has no date to be late against, an invalid completion date
 *   sits in a row whose status says done).
 *
 * Clean variants produce no finding: done on time, done on the deadline day itself, done with no
 * completion date, not done with D − asOf ≥ 8, recurring work, no deadline at all.
 */
import { addDays, compareDates, daysBetween } from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';
import {
  DEFAULT_FORM_WEIGHTS,
  RECURRING_TEXTS,
  deadlineInRange,
  deadlineOn,
  invalidDateTexts,
  writeCompletion,
} from './deadlines.js';
import type { DeadlineCell, DeadlineForm, SampleValue } from './deadlines.js';
import type { Rng } from './prng.js';
import type { FixedDue } from './tasks.js';

export type PlantRule =
  'task/overdue' | 'task/late' | 'task/due-soon' | 'task/status-conflict' | 'cell/invalid-date';

export const PLANT_RULES: readonly PlantRule[] = [
  'task/overdue',
  'task/late',
  'task/due-soon',
  'task/status-conflict',
  'cell/invalid-date',
];

export type PlantVariant =
  | 'overdue'
  /** D = asOf − 1: the first overdue day. */
  | 'overdue-by-one-day'
  | 'late-date-cell'
  | 'late-text'
  /** D = asOf. */
  | 'due-today'
  /** D = asOf + 7: the last due-soon day. */
  | 'due-in-7-days'
  | 'status-conflict'
  | 'invalid-due'
  | 'invalid-completion';

export type CleanVariant =
  | 'done-on-time'
  /** C = D: not late. */
  | 'done-on-deadline-day'
  | 'done-without-date'
  | 'pending-future'
  /** D = asOf + 8: one day beyond due-soon. */
  | 'pending-8-days'
  | 'recurring'
  | 'no-deadline';

export type RowVariant = PlantVariant | CleanVariant;

/** The variants planted for each rule when a sample includes that rule. */
export const PLANT_VARIANTS: Readonly<Record<PlantRule, readonly PlantVariant[]>> = {
  'task/overdue': ['overdue', 'overdue-by-one-day'],
  'task/late': ['late-date-cell', 'late-text'],
  'task/due-soon': ['due-today', 'due-in-7-days'],
  'task/status-conflict': ['status-conflict'],
  'cell/invalid-date': ['invalid-due', 'invalid-completion'],
};

/** Clean rows sitting right on a boundary of the semantics. */
export const BOUNDARY_VARIANTS: readonly CleanVariant[] = [
  'done-on-deadline-day',
  'pending-8-days',
];

export const CLEAN_VARIANTS: readonly CleanVariant[] = [
  'done-on-time',
  'done-on-deadline-day',
  'done-without-date',
  'pending-future',
  'pending-8-days',
  'recurring',
  'no-deadline',
];

/** How often each clean variant fills the rows left over once the plants are placed. */
export const DEFAULT_CLEAN_WEIGHTS: Readonly<Record<CleanVariant, number>> = {
  'done-on-time': 36,
  'done-on-deadline-day': 3,
  'done-without-date': 10,
  'pending-future': 28,
  'pending-8-days': 1,
  recurring: 7,
  'no-deadline': 4,
};

export const DONE_WORDS = ['Hoàn thành', 'Đã hoàn thành', 'Xong'] as const;
export const NOT_DONE_WORDS = ['Đang thực hiện', 'Chưa thực hiện', 'Chưa hoàn thành'] as const;

export type TimingField = 'due' | 'completedOn' | 'status';

export interface PlannedTiming {
  readonly variant: RowVariant;
  readonly due: DeadlineCell;
  readonly completedOn: SampleValue;
  /** The completion date when `completedOn` holds a valid one. */
  readonly completedDate?: PlainDate;
  readonly status: string;
  /** The findings this row must produce, each pointing at one of its cells. */
  readonly expected: ReadonlyArray<{ readonly rule: PlantRule; readonly field: TimingField }>;
}

export interface PlanContext {
  readonly rng: Rng;
  readonly asOf: PlainDate;
  /** The deadline the source document gives for this task; absent when the generator may choose. */
  readonly fixedDue?: FixedDue;
  readonly formWeights?: Readonly<Record<DeadlineForm, number>>;
  /** Share of completion dates written as date cells rather than text. */
  readonly dateCellShare?: number;
}

/** Whether a task whose document fixes its deadline to `fixed` can carry `variant`. */
export function fitsFixedDue(
  variant: RowVariant,
  fixed: FixedDue | undefined,
  asOf: PlainDate,
): boolean {
  if (fixed === undefined) return true;
  if (fixed.kind === 'none') return variant === 'no-deadline';
  if (fixed.kind === 'recurring') return variant === 'recurring';
  const days = daysBetween(asOf, fixed.due); // D − asOf
  switch (variant) {
    case 'overdue':
    case 'late-date-cell':
    case 'late-text':
    case 'status-conflict':
    case 'done-on-deadline-day':
      return days < 0;
    case 'overdue-by-one-day':
      return days === -1;
    case 'due-today':
      return days === 0;
    case 'due-in-7-days':
      return days === 7;
    case 'pending-future':
      return days >= 8;
    case 'pending-8-days':
      return days === 8;
    case 'invalid-due':
    case 'invalid-completion':
    case 'done-on-time':
    case 'done-without-date':
      return true;
    case 'recurring':
    case 'no-deadline':
      return false;
  }
}

const earlier = (a: PlainDate, b: PlainDate) => (compareDates(a, b) <= 0 ? a : b);

function dayIn(rng: Rng, from: PlainDate, to: PlainDate): PlainDate {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/** Plans the timing cells of one row for `variant`, using the document's own deadline when it fits. */
export function planTiming(variant: RowVariant, ctx: PlanContext): PlannedTiming {
  const { rng, asOf } = ctx;
  const weights = ctx.formWeights ?? DEFAULT_FORM_WEIGHTS;
  const dateCellShare = ctx.dateCellShare ?? 0.6;
  const fixed =
    ctx.fixedDue && fitsFixedDue(variant, ctx.fixedDue, asOf) ? ctx.fixedDue : undefined;
  const fixedCell = (): DeadlineCell | undefined => {
    if (!fixed) return undefined;
    if (fixed.kind === 'due')
      return { kind: 'due', form: 'fixed', value: fixed.text, due: fixed.due };
    if (fixed.kind === 'recurring') return { kind: 'recurring', value: fixed.text };
    return { kind: 'none', value: null };
  };
  const inRange = (fromDays: number, toDays: number): DeadlineCell & { kind: 'due' } => {
    const cell = fixedCell();
    if (cell?.kind === 'due') return cell;
    return deadlineInRange(rng, addDays(asOf, fromDays), addDays(asOf, toDays), weights);
  };
  const onDay = (offset: number): DeadlineCell & { kind: 'due' } => {
    const cell = fixedCell();
    if (cell?.kind === 'due') return cell;
    return deadlineOn(rng, addDays(asOf, offset), weights);
  };
  const notDoneOrEmpty = () => rng.pick(['', '', ...NOT_DONE_WORDS]);
  const done = () => rng.pick(DONE_WORDS);

  switch (variant) {
    case 'overdue': {
      const due = inRange(-100, -2);
      return {
        variant,
        due,
        completedOn: null,
        status: notDoneOrEmpty(),
        expected: [{ rule: 'task/overdue', field: 'due' }],
      };
    }
    case 'overdue-by-one-day': {
      const due = onDay(-1);
      return {
        variant,
        due,
        completedOn: null,
        status: notDoneOrEmpty(),
        expected: [{ rule: 'task/overdue', field: 'due' }],
      };
    }
    case 'late-date-cell':
    case 'late-text': {
      const due = inRange(-120, -3);
      const completedDate = dayIn(rng, addDays(due.due, 1), earlier(addDays(due.due, 30), asOf));
      const completedOn =
        variant === 'late-date-cell' ? completedDate : writeCompletion(completedDate, rng, 0);
      return {
        variant,
        due,
        completedOn,
        completedDate,
        status: done(),
        expected: [{ rule: 'task/late', field: 'completedOn' }],
      };
    }
    case 'due-today':
    case 'due-in-7-days': {
      const due = onDay(variant === 'due-today' ? 0 : 7);
      return {
        variant,
        due,
        completedOn: null,
        status: notDoneOrEmpty(),
        expected: [{ rule: 'task/due-soon', field: 'due' }],
      };
    }
    case 'status-conflict': {
      const due = inRange(-90, -1);
      const completedDate = dayIn(rng, addDays(due.due, -20), due.due);
      return {
        variant,
        due,
        completedOn: writeCompletion(completedDate, rng, dateCellShare),
        completedDate,
        status: rng.pick(NOT_DONE_WORDS),
        expected: [{ rule: 'task/status-conflict', field: 'status' }],
      };
    }
    case 'invalid-due': {
      return {
        variant,
        due: { kind: 'invalid', value: rng.pick(invalidDateTexts(asOf.year)) },
        completedOn: null,
        status: rng.pick(['', 'Đang thực hiện', 'Chưa thực hiện']),
        expected: [{ rule: 'cell/invalid-date', field: 'due' }],
      };
    }
    case 'invalid-completion': {
      const due = inRange(-90, 30);
      return {
        variant,
        due,
        completedOn: rng.pick(invalidDateTexts(earlier(due.due, asOf).year)),
        status: done(),
        expected: [{ rule: 'cell/invalid-date', field: 'completedOn' }],
      };
    }
    case 'done-on-time': {
      const due = inRange(-150, 120);
      const last = earlier(due.due, asOf);
      const completedDate = dayIn(rng, addDays(last, -25), last);
      return {
        variant,
        due,
        completedOn: writeCompletion(completedDate, rng, dateCellShare),
        completedDate,
        status: done(),
        expected: [],
      };
    }
    case 'done-on-deadline-day': {
      const due = inRange(-60, -1);
      return {
        variant,
        due,
        completedOn: writeCompletion(due.due, rng, dateCellShare),
        completedDate: due.due,
        status: done(),
        expected: [],
      };
    }
    case 'done-without-date': {
      const due = inRange(-150, 60);
      return { variant, due, completedOn: null, status: done(), expected: [] };
    }
    case 'pending-future': {
      const due = inRange(8, 540);
      return { variant, due, completedOn: null, status: notDoneOrEmpty(), expected: [] };
    }
    case 'pending-8-days': {
      const due = onDay(8);
      return { variant, due, completedOn: null, status: notDoneOrEmpty(), expected: [] };
    }
    case 'recurring': {
      const cell = fixedCell();
      const due: DeadlineCell =
        cell?.kind === 'recurring' ? cell : { kind: 'recurring', value: rng.pick(RECURRING_TEXTS) };
      return {
        variant,
        due,
        completedOn: null,
        status: rng.pick(['Đang thực hiện', '']),
        expected: [],
      };
    }
    case 'no-deadline':
      return {
        variant,
        due: { kind: 'none', value: null },
        completedOn: null,
        status: rng.pick(['Đang thực hiện', 'Chưa thực hiện', '']),
        expected: [],
      };
  }
}

/** Sanity rule the generator relies on: a completion date never lies after the as-of date. */
export function completionNotAfter(timing: PlannedTiming, asOf: PlainDate): boolean {
  return timing.completedDate === undefined || compareDates(timing.completedDate, asOf) <= 0;
}
