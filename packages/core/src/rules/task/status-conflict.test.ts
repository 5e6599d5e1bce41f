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
  // lateness the dates confirm is task/late's to report, not a contradiction
  {
    name: '"Quá hạn" and a completion date after the deadline',
    sheets: row(d(2024, 7, 1), 'Quá hạn'),
  },
  {
    name: '"Hoàn thành (chậm)" done after the deadline',
    sheets: row(d(2024, 7, 1), 'Hoàn thành (chậm)'),
  },
  { name: '"Đúng hạn" done on the deadline', sheets: row(d(2024, 6, 30), 'Đã xong - Đúng hạn') },
];

// A table with no status column: the notes say the status ("Đang tổng hợp").
const NOTES_HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Đơn vị thực hiện',
  'Thời hạn',
  'Ngày hoàn thành',
  'Ghi chú',
];
const noted = (done: GridValue, note: string) => ({
  'Nhiệm vụ': [NOTES_HEADER, [1, TITLE, 'Phòng Văn hóa và Thông tin', '30/6/2024', done, note]],
});

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

  {
    name: 'the status says late ("Quá hạn") but the work was done before the deadline',
    sheets: row(d(2024, 6, 20), 'Quá hạn'),
    errors: [
      {
        messageId: 'saysLate',
        data: {
          title: TITLE,
          status: 'Quá hạn',
          completedOn: { vi: '20/06/2024', en: '2024-06-20' },
          due: { vi: '30/06/2024', en: '2024-06-30' },
        },
        cell: 'F2',
      },
    ],
  },
  {
    name: 'an e-office status "Đã xử lý - Trễ hạn" on a row done on its deadline day',
    sheets: row(d(2024, 6, 30), 'Đã xử lý - Trễ hạn'),
    errors: [
      {
        messageId: 'saysLate',
        data: {
          title: TITLE,
          status: 'Đã xử lý - Trễ hạn',
          completedOn: { vi: '30/06/2024', en: '2024-06-30' },
          due: { vi: '30/06/2024', en: '2024-06-30' },
        },
        cell: 'F2',
      },
    ],
  },
  {
    name: 'a status read from the notes is quoted and pointed at there',
    sheets: noted(d(2024, 6, 15), 'Đang tổng hợp số liệu'),
    errors: [
      {
        messageId: 'conflict',
        data: {
          title: TITLE,
          status: 'Đang tổng hợp số liệu',
          completedOn: { vi: '15/06/2024', en: '2024-06-15' },
        },
        cell: 'F2',
      },
    ],
  },
  {
    name: 'a completion date with an empty status cell says "—"',
    sheets: row(d(2024, 7, 5), null),
    errors: [
      {
        messageId: 'conflict',
        data: { title: TITLE, status: '—', completedOn: { vi: '05/07/2024', en: '2024-07-05' } },
        cell: 'F2',
      },
    ],
  },
];

describe('task/status-conflict', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
