import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { forestSheet, INDICATOR_PACK, Y2024 } from './test-support/forest.js';
import { indicatorUnmet } from './unmet.js';

const tester = new RuleTester(indicatorUnmet, { pack: INDICATOR_PACK, asOf: '2025-02-10' });
const target = { vi: '≥ 52%', en: 'at least 52%' };

const valid: RuleCase[] = [
  { name: 'on the bound', sheets: forestSheet('52', 52) },
  { name: 'above the bound (that is exceeded)', sheets: forestSheet('52', 55) },
  { name: 'no actual value yet', sheets: forestSheet('52', null) },
  {
    name: 'below the target while the year still runs: not yet a miss',
    asOf: '2024-10-01',
    sheets: forestSheet('52', 50),
  },
  {
    name: "last year's actual is never judged against this year's target",
    sheets: {
      'Chỉ tiêu': [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2023', 'Kế hoạch 2024', 'Thực hiện 2024'],
        [1, 'Tỷ lệ che phủ rừng', '%', 49, 52, 52],
      ],
    },
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a number cell below the target',
    sheets: forestSheet('52', 50.5),
    errors: [
      {
        messageId: 'unmet',
        data: {
          title: 'Tỷ lệ che phủ rừng',
          actual: { vi: '50,5%', en: '50.5%' },
          target,
          period: Y2024,
        },
        cell: 'E2',
      },
    ],
  },
  {
    name: 'a text cell written the Vietnamese way',
    sheets: forestSheet('52', '49,8'),
    errors: [
      {
        messageId: 'unmet',
        data: {
          title: 'Tỷ lệ che phủ rừng',
          actual: { vi: '49,8%', en: '49.8%' },
          target,
          period: Y2024,
        },
        cell: 'E2',
      },
    ],
  },
  {
    name: "a quarter's actual against the plan of the same quarter, named by its period",
    sheets: {
      'Chỉ tiêu': [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch quý III/2024', 'Thực hiện quý III/2024'],
        [1, 'Tỷ lệ che phủ rừng', '%', 52, 51],
      ],
    },
    errors: [
      {
        messageId: 'unmet',
        data: {
          title: 'Tỷ lệ che phủ rừng',
          actual: { vi: '51%', en: '51%' },
          target,
          period: { vi: 'quý III/2024', en: 'Q3 2024' },
        },
        cell: 'E2',
      },
    ],
  },
];

describe('indicator/unmet', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
