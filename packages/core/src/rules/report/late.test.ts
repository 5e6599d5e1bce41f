import { describe, expect, it } from 'vitest';
import { d } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { dueText, duty, log, PACK } from './test-support/fixture.js';
import { reportLate } from './late.js';

const tester = new RuleTester(reportLate, { pack: PACK, asOf: '2024-07-01' });
const data = { ...duty, dueText };

const valid: RuleCase[] = [
  { name: 'received on the last day', sheets: log(d(2024, 6, 29)) },
  { name: 'not received: missing, not late', sheets: log(null) },
];

const invalid: InvalidCase[] = [
  {
    name: 'received four days after the last day',
    asOf: '2024-07-05',
    sheets: log(d(2024, 7, 3)),
    errors: [
      {
        messageId: 'late',
        data: { ...data, days: 4, received: { vi: '03/07/2024', en: '2024-07-03' } },
        cell: 'E2',
      },
    ],
  },
  {
    name: 'received late, written as text',
    sheets: log('30/6/2024'),
    errors: [
      {
        messageId: 'late',
        data: { ...data, days: 1, received: { vi: '30/06/2024', en: '2024-06-30' } },
        cell: 'E2',
      },
    ],
  },
  {
    name: 'marked late in the log, with no day received',
    sheets: log(null, 'Đã gửi chậm'),
    errors: [
      {
        messageId: 'lateMarked',
        data: { ...data, said: 'Đã gửi chậm' },
        cell: 'E2',
      },
    ],
  },
];

describe('report/late', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
