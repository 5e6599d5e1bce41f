import type { NotEvaluated } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { listed, type ExpectedNotEvaluated } from './pack-test.js';

const reason = {
  vi: 'Đã hoàn thành nhưng không ghi ngày hoàn thành.',
  en: 'Done, no day written.',
};
// one done row with no completion day, listed at its status cell I11
const single: NotEvaluated = {
  scope: 'task/late',
  location: { workbook: 'tong-dai.xlsx', sheet: 'Tổng đài 1022', cell: 'I11', row: 11 },
  reason,
};
// three such rows listed as one item at their status cells
const grouped: NotEvaluated = {
  scope: 'task/late',
  location: { workbook: 'nhiem-vu.xlsx', sheet: 'Nhiệm vụ', cell: 'G7', row: 7 },
  cells: ['G7', 'G12', 'G15'],
  reason,
};

describe('an expected not-evaluated entry matches a listed item', () => {
  it.each<[string, ExpectedNotEvaluated, readonly NotEvaluated[], boolean]>([
    ['at the very cell', { sheet: 'Tổng đài 1022', cell: 'I11' }, [single], true],
    ['at another cell of its row', { sheet: 'Tổng đài 1022', cell: 'H11' }, [single], true],
    ['not at another row', { sheet: 'Tổng đài 1022', cell: 'H12' }, [single], false],
    ['not on another sheet', { sheet: 'Nhiệm vụ', cell: 'I11' }, [single], false],
    ['of a grouped item, at one of its cells', { sheet: 'Nhiệm vụ', cell: 'G12' }, [grouped], true],
    [
      'of a grouped item, at another cell of one of its rows',
      { sheet: 'Nhiệm vụ', cell: 'F15' },
      [grouped],
      true,
    ],
    [
      'of a grouped item, not at a row it does not cover',
      { sheet: 'Nhiệm vụ', cell: 'F13' },
      [grouped],
      false,
    ],
    [
      'of an item naming its cell only, at another cell of that row',
      { sheet: 'Tổng đài 1022', cell: 'H11' },
      [
        {
          scope: 'task/late',
          location: { workbook: 'a.xlsx', sheet: 'Tổng đài 1022', cell: 'I11' },
          reason,
        },
      ],
      true,
    ],
    ['by scope only', { sheet: 'Nhiệm vụ', scope: 'task/late' }, [grouped], true],
    [
      'not of another scope',
      { sheet: 'Nhiệm vụ', scope: 'task/overdue', cell: 'G7' },
      [grouped],
      false,
    ],
  ])('%s', (_, want, items, expected) => expect(listed(want, items)).toBe(expected));
});
