import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { forestSheet, INDICATOR_PACK } from './test-support/forest.js';
import { indicatorUnmet } from './unmet.js';

const tester = new RuleTester(indicatorUnmet, { pack: INDICATOR_PACK, asOf: '2025-02-10' });
const target = { vi: '≥ 52 %', en: 'at least 52%' };

const valid: RuleCase[] = [
  { name: 'on the bound', sheets: forestSheet('52', 52) },
  { name: 'above the bound (that is exceeded)', sheets: forestSheet('52', 55) },
  { name: 'no actual value yet', sheets: forestSheet('52', null) },
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
          year: '2024',
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
          year: '2024',
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
