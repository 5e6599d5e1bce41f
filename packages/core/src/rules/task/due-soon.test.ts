import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { taskDueSoon } from './due-soon.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const GENERIC = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };
const tester = new RuleTester(taskDueSoon, { pack: GENERIC, asOf: '2024-07-01' });
const TITLE = 'Tuyên truyền trên hệ thống loa truyền thanh cơ sở';
const row = (due: string, status: string | null = 'Đang thực hiện') => ({
  'Nhiệm vụ': [HEADER, [1, TITLE, 'Trung tâm VH-TT&TT huyện', due, null, status]],
});

const valid: RuleCase[] = [
  { name: 'due in ten days, beyond the default seven', sheets: row('11/7/2024') },
  { name: 'already done', sheets: row('5/7/2024', 'Hoàn thành') },
  { name: 'already overdue', sheets: row('30/6/2024') },
  {
    name: 'the pack shortens "due soon" to three days',
    pack: { ...GENERIC, settings: { dueSoonDays: 3 } },
    sheets: row('5/7/2024'),
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'four days left',
    sheets: row('5/7/2024'),
    errors: [
      {
        messageId: 'dueSoon',
        data: {
          title: TITLE,
          left: { vi: 'còn 4 ngày', en: '4 day(s) left' },
          dueText: '5/7/2024',
          due: { vi: '05/07/2024', en: '2024-07-05' },
        },
        cell: 'D2',
      },
    ],
  },
  {
    name: 'today is the last day',
    sheets: row('chậm nhất ngày 01/7/2024'),
    errors: [
      {
        messageId: 'dueSoon',
        data: {
          title: TITLE,
          left: { vi: 'hôm nay là hạn cuối', en: 'today is the last day' },
          dueText: 'chậm nhất ngày 01/7/2024',
          due: { vi: '01/07/2024', en: '2024-07-01' },
        },
        cell: 'D2',
      },
    ],
  },
];

describe('task/due-soon', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
