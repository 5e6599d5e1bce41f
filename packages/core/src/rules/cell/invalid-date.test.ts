import { describe, expect, it } from 'vitest';
import { parseDateCell } from '../../vi/dates.js';
import { parseDueCell } from '../../calendar/due.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { cellInvalidDate } from './invalid-date.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const tester = new RuleTester(cellInvalidDate, {
  pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
  asOf: '2024-07-01',
});
const TITLE = 'Sơ kết việc thực hiện';
const row = (due: string, done: string | null = null) => ({
  'Nhiệm vụ': [HEADER, [1, TITLE, 'Văn phòng Huyện ủy', due, done, null]],
});
/** The parser's own explanation, which the message carries. */
const reasonOfDue = (text: string) => {
  const parsed = parseDueCell(text, text, { beforeIsInclusive: false });
  if (parsed.kind !== 'invalid') throw new Error(`"${text}" is a readable deadline`);
  return parsed.reason;
};
const reasonOfDate = (text: string) => {
  const parsed = parseDateCell(text, text);
  if (parsed.kind !== 'invalid') throw new Error(`"${text}" is a readable date`);
  return parsed.reason;
};

const valid: RuleCase[] = [
  { name: 'day-month dates', sheets: row('30/4/2024', '29/4/2024') },
  { name: 'words the parser knows', sheets: row('Thường xuyên') },
];

const invalid: InvalidCase[] = [
  {
    name: 'April has 30 days',
    sheets: row('31/4/2024'),
    errors: [
      {
        messageId: 'invalidDate',
        data: { column: '"Thời hạn"', reason: reasonOfDue('31/4/2024') },
        cell: 'D2',
      },
    ],
  },
  {
    name: 'a completion date written month first',
    sheets: row('30/6/2024', '6/25/2024'),
    errors: [
      {
        messageId: 'invalidDate',
        data: { column: '"Ngày hoàn thành"', reason: reasonOfDate('6/25/2024') },
        cell: 'E2',
      },
    ],
  },
];

describe('cell/invalid-date', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
