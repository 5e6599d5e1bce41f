import { describe, expect, it } from 'vitest';
import { d, type GridValue } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { reportLate } from './late.js';

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
const tester = new RuleTester(reportLate, { pack: PACK, asOf: '2024-07-01' });
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
  dueText: 'trước ngày 30/6/2024',
};

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
];

describe('report/late', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
