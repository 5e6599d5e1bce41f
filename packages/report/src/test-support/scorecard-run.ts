/**
 * A district's batch for the scorecards, checked by the core as of 01/7/2024: Phòng Nội vụ's sheet
 * (5 tasks: 3 on time, 1 late, 1 overdue), a commune written two ways across two workbooks, a
 * department at 66,7 % with a task done that had no deadline, two rows with no agency, and a file
 * that could not be read.
 */
import { checkSheets, createChecker, d, gridSheet, type Pack } from '@dondoc/core';
import type { ReportInput } from '../input.js';

const pack: Pack = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };
const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];

export function scorecardRun(): ReportInput {
  const checker = createChecker({ pack, asOf: { year: 2024, month: 7, day: 1 } });
  const district = checkSheets(checker, 'ubnd-huyen.xlsx', [
    gridSheet('Nhiệm vụ', [
      HEADER,
      [
        1,
        'Rà soát, sắp xếp tổ chức bộ máy',
        'Phòng Nội vụ',
        '15/5/2024',
        d(2024, 5, 10),
        'Hoàn thành',
      ],
      [
        2,
        'Kế hoạch cải cách hành chính',
        'Phòng Nội vụ',
        '31/5/2024',
        d(2024, 5, 30),
        'Hoàn thành',
      ],
      [3, 'Đánh giá, xếp loại công chức', 'Phòng Nội vụ', '10/6/2024', d(2024, 6, 5), 'Hoàn thành'],
      [4, 'Báo cáo thi đua 6 tháng', 'Phòng Nội vụ', '20/6/2024', d(2024, 6, 25), 'Hoàn thành'],
      [5, 'Rà soát vị trí việc làm', 'Phòng Nội vụ', '25/6/2024', null, 'Đang thực hiện'],
      [
        6,
        'Lập dự toán ngân sách năm 2025',
        'Phòng Tài chính - Kế hoạch',
        '15/6/2024',
        d(2024, 6, 14),
        'Hoàn thành',
      ],
      [
        7,
        'Quyết toán kinh phí quý I',
        'Phòng Tài chính - Kế hoạch',
        '30/4/2024',
        d(2024, 4, 28),
        'Hoàn thành',
      ],
      [
        8,
        'Báo cáo giải ngân vốn đầu tư công',
        'Phòng Tài chính - Kế hoạch',
        '31/5/2024',
        d(2024, 6, 3),
        'Hoàn thành',
      ],
      [9, 'Sơ kết công tác dân vận', null, '10/6/2024', null, 'Hoàn thành'],
      [10, 'Phân công trực ban dịp Quốc khánh', null, '30/8/2024', null, 'Đã hoàn thành'],
      // done, with no deadline to judge it against: not on time, not in the share
      [
        11,
        'Tổng hợp ý kiến, kiến nghị của cử tri',
        'Phòng Tài chính - Kế hoạch',
        null,
        d(2024, 6, 28),
        'Hoàn thành',
      ],
    ]),
  ]);
  const commune = checkSheets(checker, 'xa-tan-lap.xlsx', [
    gridSheet('Nhiệm vụ', [
      HEADER,
      [
        1,
        'Kiện toàn Ban Chỉ đạo chuyển đổi số',
        'UBND xã Tân Lập',
        '30/6/2024',
        d(2024, 6, 20),
        'Hoàn thành',
      ],
      [
        2,
        'Cập nhật, làm sạch dữ liệu dân cư',
        'Ủy ban nhân dân xã Tân Lập',
        '15/6/2024',
        null,
        'Chưa thực hiện',
      ],
      [
        3,
        'Tuyên truyền phòng, chống cháy rừng',
        'Ủy ban nhân dân xã Tân Lập',
        '31/7/2024',
        null,
        'Đang thực hiện',
      ],
    ]),
  ]);
  const broken = checker.unreadable('xa-nam-xe.xlsx', {
    vi: 'Tệp không phải là sổ Excel (.xlsx).',
    en: 'The file is not an Excel workbook (.xlsx).',
  });
  const workbooks = [district, commune, broken];
  return { report: checker.report(workbooks), workbooks };
}
