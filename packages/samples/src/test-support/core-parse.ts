/**
 * How the core reads a deadline or completion cell, through its exported task-facts builder: the
 * generator's idea of each cell's date is cross-checked against it.
 */
import { buildTaskFacts, formatViDate } from '@dondoc/core';
import type { Cell, PlainDate, TaskFacts } from '@dondoc/core';
import { isPlainDate } from '../deadlines.js';
import type { SampleValue } from '../deadlines.js';

function cellOf(col: number, value: SampleValue): Cell | undefined {
  if (value === null || value === '') return undefined;
  if (isPlainDate(value))
    return {
      col,
      value: { kind: 'date', date: value },
      text: formatViDate(value),
      numFmt: 'dd/mm/yyyy',
    };
  return { col, value, text: String(value) };
}

export function coreFacts(
  asOf: PlainDate,
  cells: { due?: SampleValue; completedOn?: SampleValue; status?: string },
): TaskFacts {
  const due = cellOf(5, cells.due ?? null);
  const completedOn = cellOf(6, cells.completedOn ?? null);
  const status = cellOf(7, cells.status ?? null);
  const title = cellOf(2, 'Nhiệm vụ');
  return buildTaskFacts(
    {
      ...(title ? { title } : {}),
      ...(due ? { due } : {}),
      ...(completedOn ? { completedOn } : {}),
      ...(status ? { status } : {}),
    },
    { sheet: 'S', row: 10, asOf, beforeIsInclusive: false, dueSoonDays: 7 },
  ).facts;
}
