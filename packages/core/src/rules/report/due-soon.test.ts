import { describe, expect, it } from 'vitest';
import { d } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { duty, log, PACK } from './test-support/fixture.js';
import { reportDueSoon } from './due-soon.js';

const tester = new RuleTester(reportDueSoon, { pack: PACK, asOf: '2024-07-01' });
const data = duty;

const valid: RuleCase[] = [
  { name: 'already received', asOf: '2024-06-25', sheets: log(d(2024, 6, 20)) },
  { name: 'due in more than seven days', asOf: '2024-06-15', sheets: log(null) },
  { name: 'past due: missing, not due soon', sheets: log(null) },
];

const invalid: InvalidCase[] = [
  {
    name: 'four days left',
    asOf: '2024-06-25',
    sheets: log(null),
    errors: [
      {
        messageId: 'dueSoon',
        data: { ...data, left: { vi: 'còn 4 ngày', en: '4 day(s) left' } },
        cell: 'E2',
      },
    ],
  },
  {
    name: 'today is the last day',
    asOf: '2024-06-29',
    sheets: log(null),
    errors: [
      {
        messageId: 'dueSoon',
        data: { ...data, left: { vi: 'hôm nay là hạn cuối', en: 'today is the last day' } },
        cell: 'E2',
      },
    ],
  },
];

describe('report/due-soon', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
