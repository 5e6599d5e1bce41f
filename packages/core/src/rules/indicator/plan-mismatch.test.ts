import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { indicatorPlanMismatch } from './plan-mismatch.js';
import { forestSheet, INDICATOR_PACK, Y2024 } from './test-support/forest.js';

const tester = new RuleTester(indicatorPlanMismatch, { pack: INDICATOR_PACK, asOf: '2025-02-10' });

const valid: RuleCase[] = [
  { name: "the plan column says the document's figure", sheets: forestSheet('52', 53) },
  { name: 'the plan column says it in words', sheets: forestSheet('Đạt 52%', 53) },
  { name: 'no plan column value', sheets: forestSheet(null, 53) },
];

const invalid: InvalidCase[] = [
  {
    name: 'the sheet plans 50 where the document sets 52',
    sheets: forestSheet('50', 53),
    errors: [
      {
        messageId: 'mismatch',
        data: {
          title: 'Tỷ lệ che phủ rừng',
          plan: '50',
          target: { vi: '≥ 52%', en: 'at least 52%' },
          period: Y2024,
        },
        cell: 'D2',
      },
    ],
  },
];

describe('indicator/plan-mismatch', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
