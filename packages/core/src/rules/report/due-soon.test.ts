import { describe, expect, it } from 'vitest';
import { d, type GridValue } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { reportDueSoon } from './due-soon.js';

const PACK = {
  id: 'quan-triet-ct32',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
  agencies: [
    { id: 'ubmttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', aliases: ['UBMTTQ huyện'] },
  ],
  reports: [
    {
      id: 'bc-quan-triet',
      title: 'Báo cáo kết quả quán triệt',
      from: ['ubmttq'],
      due: 'trước ngày 30/6/2024',
    },
  ],
};
const LOG = ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận', 'Ghi chú'];
const tester = new RuleTester(reportDueSoon, { pack: PACK, asOf: '2024-07-01' });
const log = (received: GridValue, note: string | null = null) => ({
  'Sổ nhận báo cáo': [LOG, [1, 'UBMTTQ huyện', 'Báo cáo kết quả quán triệt', null, received, note]],
});
const data = {
  unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
  what: {
    vi: 'báo cáo "Báo cáo kết quả quán triệt"',
    en: 'report "Báo cáo kết quả quán triệt"',
  },
  due: { vi: '29/06/2024', en: '2024-06-29' },
};

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
