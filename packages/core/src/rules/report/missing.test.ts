import { describe, expect, it } from 'vitest';
import { d } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { dueText, duty, log, LOG, PACK } from './test-support/fixture.js';
import { reportMissing } from './missing.js';

const tester = new RuleTester(reportMissing, { pack: PACK, asOf: '2024-07-01' });
const data = { ...duty, dueText, asOf: { vi: '01/07/2024', en: '2024-07-01' } };

const valid: RuleCase[] = [
  { name: 'received before the deadline', sheets: log(d(2024, 6, 20)) },
  { name: 'received late is late, not missing', sheets: log(d(2024, 6, 30)) },
  { name: 'not due yet', asOf: '2024-06-20', sheets: log(null) },
];

const invalid: InvalidCase[] = [
  {
    name: 'a log line with no received date',
    sheets: log(null, 'Chưa gửi'),
    errors: [{ messageId: 'missing', data, cell: 'E2' }],
  },
  {
    name: 'no line for the unit at all',
    sheets: {
      'Sổ nhận báo cáo': [LOG, [1, 'Đoàn Thanh niên huyện', 'Báo cáo kết quả quán triệt']],
    },
    errors: [{ messageId: 'missing', data }],
  },
];

describe('report/missing', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
