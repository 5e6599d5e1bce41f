import { describe, expect, it } from 'vitest';
import { d } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { taskOverdue } from './overdue.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const GENERIC = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };
const tester = new RuleTester(taskOverdue, { pack: GENERIC, asOf: '2024-07-01' });
const TITLE = 'Xây dựng kế hoạch thực hiện Chỉ thị số 28-CT/TW';

const valid: RuleCase[] = [
  {
    name: 'done, with a completion date before the deadline',
    sheets: {
      'Nhiệm vụ': [
        HEADER,
        [1, TITLE, 'UBND huyện', 'trước ngày 20/5/2024', d(2024, 5, 10), 'Hoàn thành'],
      ],
    },
  },
  {
    name: 'done by its status word alone',
    sheets: {
      'Nhiệm vụ': [HEADER, [1, TITLE, 'UBND huyện', 'tháng 5/2024', null, 'Đã hoàn thành']],
    },
  },
  {
    name: 'the deadline is still ahead',
    sheets: {
      'Nhiệm vụ': [HEADER, [1, TITLE, 'UBND huyện', 'quý III/2024', null, 'Đang thực hiện']],
    },
  },
  {
    name: 'ongoing work has no single deadline',
    sheets: { 'Nhiệm vụ': [HEADER, [1, TITLE, 'UBND huyện', 'Thường xuyên', null, null]] },
  },
  {
    name: 'switched off by the pack',
    pack: { ...GENERIC, severity: { 'task/overdue': 'off' } },
    sheets: { 'Nhiệm vụ': [HEADER, [1, TITLE, 'UBND huyện', 'trước ngày 20/5/2024', null, null]] },
  },
];

const invalid: InvalidCase[] = [
  {
    name: '"trước ngày 20/5/2024" means the 19th is the last day',
    sheets: {
      'Nhiệm vụ': [
        HEADER,
        [1, TITLE, 'UBND huyện', 'trước ngày 20/5/2024', null, 'Đang thực hiện'],
      ],
    },
    errors: [
      {
        messageId: 'overdue',
        data: {
          title: TITLE,
          days: 43,
          dueText: 'trước ngày 20/5/2024',
          due: { vi: '19/05/2024', en: '2024-05-19' },
          asOf: { vi: '01/07/2024', en: '2024-07-01' },
        },
        cell: 'D2',
      },
    ],
  },
  {
    name: 'a month means its last day',
    sheets: { 'Nhiệm vụ': [HEADER, [1, TITLE, 'UBND huyện', 'tháng 5/2024', null, null]] },
    errors: [
      {
        messageId: 'overdue',
        data: {
          title: TITLE,
          days: 31,
          dueText: 'tháng 5/2024',
          due: { vi: '31/05/2024', en: '2024-05-31' },
          asOf: { vi: '01/07/2024', en: '2024-07-01' },
        },
        cell: 'D2',
      },
    ],
  },
];

describe('task/overdue', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
