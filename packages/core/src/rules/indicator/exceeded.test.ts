import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { indicatorExceeded } from './exceeded.js';
import { forestSheet, INDICATOR_PACK, Y2024 } from './test-support/forest.js';

const tester = new RuleTester(indicatorExceeded, { pack: INDICATOR_PACK, asOf: '2025-02-10' });

const valid: RuleCase[] = [
  { name: 'exactly on the bound is met, not exceeded', sheets: forestSheet('52', 52) },
  { name: 'below the bound is unmet', sheets: forestSheet('52', 50) },
];

const invalid: InvalidCase[] = [
  {
    name: 'strictly better than "đạt 52%"',
    sheets: forestSheet('52', 55),
    errors: [
      {
        messageId: 'exceeded',
        data: {
          title: 'Tỷ lệ che phủ rừng',
          actual: { vi: '55%', en: '55%' },
          target: { vi: '≥ 52%', en: 'at least 52%' },
          period: Y2024,
        },
        cell: 'E2',
      },
    ],
  },
];

describe('indicator/exceeded', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
