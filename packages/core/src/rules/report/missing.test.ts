import { describe, expect, it } from 'vitest';
import { d, type GridValue } from '../../testing/grid.js';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { reportMissing } from './missing.js';

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
const tester = new RuleTester(reportMissing, { pack: PACK, asOf: '2024-07-01' });
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
  asOf: { vi: '01/07/2024', en: '2024-07-01' },
};

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
