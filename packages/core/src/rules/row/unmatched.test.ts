import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { rowUnmatched } from './unmatched.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const PACK = {
  id: 'quan-triet-ct32',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
  tasks: [
    { id: 't-so-ket', title: 'Sơ kết việc thực hiện Chỉ thị 32-CT/TW' },
    { id: 't-hoi-nghi', title: 'Tổ chức hội nghị quán triệt cho cán bộ chủ chốt' },
  ],
};
const HOI_NGHI = [2, 'Tổ chức hội nghị quán triệt cho cán bộ chủ chốt', 'BTG', 'quý III/2024'];
const tester = new RuleTester(rowUnmatched, { pack: PACK, asOf: '2024-07-01' });
const SO_KET = [1, 'Sơ kết việc thực hiện Chỉ thị 32-CT/TW', 'VP', 'quý IV/2024'];

const valid: RuleCase[] = [
  { name: "the row is the pack's task", sheets: { 'Nhiệm vụ': [HEADER, SO_KET, HOI_NGHI] } },
  {
    name: "every task has its row: the office's own rows are not listed",
    sheets: {
      'Nhiệm vụ': [
        HEADER,
        SO_KET,
        HOI_NGHI,
        [3, 'Trồng cây xanh dịp Tết', 'UBND xã', 'quý I/2025'],
      ],
    },
  },
  {
    name: 'a pack with no tasks matches no rows',
    pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
    sheets: { 'Nhiệm vụ': [HEADER, [1, 'Trồng cây xanh', 'UBND xã', 'quý IV/2024']] },
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a task has no row: the rows no task explains are listed',
    sheets: {
      'Nhiệm vụ': [HEADER, SO_KET, [2, 'Trồng cây xanh dịp Tết', 'UBND xã', 'quý I/2025']],
    },
    errors: [
      {
        messageId: 'unmatched',
        data: { title: 'Trồng cây xanh dịp Tết', pack: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW' },
        cell: 'B3',
      },
    ],
  },
  {
    name: 'a sub-row that matches none of its indicator parts',
    pack: {
      id: 'giao-duc-2024',
      version: '1.0.0',
      title: 'Chỉ tiêu giáo dục năm 2024',
      indicators: [
        {
          id: 'truong-chuan',
          number: '12',
          title: 'Tỷ lệ trường đạt chuẩn quốc gia',
          unit: '%',
          targets: [],
          parts: [
            {
              id: 'mam-non',
              title: 'Trường mầm non',
              unit: '%',
              targets: [{ period: '2024', op: '>=', value: 57.97 }],
            },
          ],
        },
      ],
    },
    asOf: '2025-02-10',
    sheets: {
      'Chỉ tiêu': [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'],
        [12, 'Tỷ lệ trường đạt chuẩn quốc gia', null, null, null],
        [null, '- Trường mầm non', '%', 57.97, 58],
        [null, '- Nhà văn hóa thôn đạt chuẩn', '%', 60, 40],
      ],
    },
    errors: [
      {
        messageId: 'subRow',
        data: { title: 'Nhà văn hóa thôn đạt chuẩn', parent: 'Tỷ lệ trường đạt chuẩn quốc gia' },
        cell: 'B4',
      },
    ],
  },
];

describe('row/unmatched', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
