import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { indicatorMissingValue } from './missing-value.js';
import { forestSheet, INDICATOR_PACK } from './test-support/forest.js';

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
      { messageId: 'missing', data: { title: 'Tỷ lệ che phủ rừng', year: '2024' }, cell: 'E2' },
    ],
  },
];

describe('indicator/missing-value', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
