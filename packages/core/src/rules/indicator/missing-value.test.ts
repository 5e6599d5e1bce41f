import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { indicatorMissingValue } from './missing-value.js';
import { forestSheet, INDICATOR_PACK, Y2024, YEAR } from './test-support/forest.js';

const tester = new RuleTester(indicatorMissingValue, { pack: INDICATOR_PACK, asOf: '2025-02-10' });

const valid: RuleCase[] = [
  { name: 'the year has not ended', asOf: '2024-10-01', sheets: forestSheet('52', null) },
  { name: 'a value is written', sheets: forestSheet('52', 53) },
];

const invalid: InvalidCase[] = [
  {
    name: 'no value once 2024 has ended',
    sheets: forestSheet('52', null),
    errors: [
      {
        messageId: 'missing',
        data: { title: 'Tỷ lệ che phủ rừng', period: Y2024, unit: YEAR },
        cell: 'E2',
      },
    ],
  },
  {
    name: 'no value for a first half that has ended',
    asOf: '2024-07-15',
    sheets: {
      'Chỉ tiêu': [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 6 tháng 2024', 'Thực hiện 6 tháng 2024'],
        [1, 'Tỷ lệ che phủ rừng', '%', 51, null],
      ],
    },
    errors: [
      {
        messageId: 'missing',
        data: {
          title: 'Tỷ lệ che phủ rừng',
          period: { vi: '6 tháng đầu năm 2024', en: 'H1 2024' },
          unit: { vi: 'kỳ', en: 'period' },
        },
        cell: 'E2',
      },
    ],
  },
];

describe('indicator/missing-value', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
