import { describe, expect, it } from 'vitest';
import { d, type GridValue } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { taskStatusConflict } from './status-conflict.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const tester = new RuleTester(taskStatusConflict, {
  pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
  asOf: '2024-07-01',
});
const TITLE = 'Biên tập tài liệu tuyên truyền';
const row = (done: GridValue, status: string | null) => ({
  'Nhiệm vụ': [HEADER, [1, TITLE, 'UBMTTQ huyện', '30/6/2024', done, status]],
});

const valid: RuleCase[] = [
  { name: 'a completion date and "Hoàn thành"', sheets: row(d(2024, 6, 15), 'Hoàn thành') },
  { name: 'a completion date and no status', sheets: row(d(2024, 6, 15), null) },
  { name: 'no completion date, still in progress', sheets: row(null, 'Đang thực hiện') },
];

const invalid: InvalidCase[] = [
  {
    name: 'a completion date but "Chưa thực hiện"',
    sheets: row(d(2024, 6, 15), 'Chưa thực hiện'),
    errors: [
      {
        messageId: 'conflict',
        data: {
          title: TITLE,
          status: 'Chưa thực hiện',
          completedOn: { vi: '15/06/2024', en: '2024-06-15' },
        },
        cell: 'F2',
      },
    ],
  },
  {
    name: 'a completion date after the as-of date',
    sheets: row(d(2024, 7, 10), 'Hoàn thành'),
    errors: [
      {
        messageId: 'conflict',
        data: {
          title: TITLE,
          status: 'Hoàn thành',
          completedOn: { vi: '10/07/2024', en: '2024-07-10' },
        },
        cell: 'F2',
      },
    ],
  },
];

describe('task/status-conflict', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
