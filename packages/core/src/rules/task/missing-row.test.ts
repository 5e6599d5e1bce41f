import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { taskMissingRow } from './missing-row.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const QUOTE =
  'Tổ chức hội nghị cán bộ chủ chốt quán triệt Chỉ thị 32-CT/TW, hoàn thành trong tháng 5/2024';
const PACK = {
  id: 'quan-triet-ct32',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
  tasks: [
    {
      id: 't-hoi-nghi',
      title: 'Tổ chức hội nghị cán bộ chủ chốt quán triệt Chỉ thị 32-CT/TW',
      due: 'tháng 5/2024',
      source: { quote: QUOTE },
    },
    { id: 't-so-ket', title: 'Sơ kết việc thực hiện Chỉ thị 32-CT/TW' },
  ],
};
const tester = new RuleTester(taskMissingRow, {
  pack: PACK,
  asOf: '2024-07-01',
  workbook: 'theo-doi.xlsx',
});
const HOI_NGHI = [1, 'Hội nghị cán bộ chủ chốt quán triệt Chỉ thị 32-CT/TW', 'BTG', 'tháng 5/2024'];
const SO_KET = [2, 'Sơ kết việc thực hiện Chỉ thị 32-CT/TW', 'VP', 'quý IV/2024'];

const valid: RuleCase[] = [
  { name: 'every task has a row', sheets: { 'Nhiệm vụ': [HEADER, HOI_NGHI, SO_KET] } },
];

const invalid: InvalidCase[] = [
  {
    name: "a task with a deadline has no row: the quote is the document's",
    sheets: { 'Nhiệm vụ': [HEADER, SO_KET] },
    errors: [
      {
        messageId: 'missingWithDeadline',
        data: {
          title: 'Tổ chức hội nghị cán bộ chủ chốt quán triệt Chỉ thị 32-CT/TW',
          due: 'tháng 5/2024',
          workbook: 'theo-doi.xlsx',
        },
      },
    ],
  },
  {
    name: 'a task without a deadline has no row',
    sheets: { 'Nhiệm vụ': [HEADER, HOI_NGHI] },
    errors: [
      {
        messageId: 'missing',
        data: { title: 'Sơ kết việc thực hiện Chỉ thị 32-CT/TW', workbook: 'theo-doi.xlsx' },
      },
    ],
  },
];

describe('task/missing-row', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
