import { describe, expect, it } from 'vitest';
import { d, type GridValue } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { taskLate } from './late.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const tester = new RuleTester(taskLate, {
  pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
  asOf: '2024-07-01',
});
const TITLE = 'Quán triệt học tập cho toàn thể cán bộ, đảng viên';
const row = (due: string, done: GridValue) => ({
  'Nhiệm vụ': [HEADER, [1, TITLE, 'Các chi, đảng bộ cơ sở', due, done, 'Hoàn thành']],
});

const valid: RuleCase[] = [
  { name: 'completed on the last day', sheets: row('trước ngày 25/6/2024', d(2024, 6, 24)) },
  { name: 'completed early', sheets: row('tháng 6/2024', d(2024, 6, 2)) },
  {
    name: '"chậm nhất ngày D" lets D itself pass',
    sheets: row('chậm nhất ngày 25/6/2024', d(2024, 6, 25)),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'completed four days after "trước ngày 25/6/2024"',
    sheets: row('trước ngày 25/6/2024', d(2024, 6, 28)),
    errors: [
      {
        messageId: 'late',
        data: {
          title: TITLE,
          days: 4,
          completedOn: { vi: '28/06/2024', en: '2024-06-28' },
          dueText: 'trước ngày 25/6/2024',
          due: { vi: '24/06/2024', en: '2024-06-24' },
        },
        cell: 'E2',
      },
    ],
  },
  {
    name: 'a completion written as text',
    sheets: row('quý I/2024', '2/4/2024'),
    errors: [
      {
        messageId: 'late',
        data: {
          title: TITLE,
          days: 2,
          completedOn: { vi: '02/04/2024', en: '2024-04-02' },
          dueText: 'quý I/2024',
          due: { vi: '31/03/2024', en: '2024-03-31' },
        },
        cell: 'E2',
      },
    ],
  },
];

describe('task/late', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
