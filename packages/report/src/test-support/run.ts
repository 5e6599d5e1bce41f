/** A real check's result, from the core checker over sheets written the way offices write them. */
import {
  checkSheets,
  createChecker,
  gridSheet,
  type Pack,
  type WorkbookResult,
} from '@dondoc/core';
import type { ReportInput } from '../input.js';

const pack: Pack = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };
const asOf = { year: 2024, month: 7, day: 1 };

/** Two workbooks, one with hostile cell text (markup, a formula), and one that could not be read. */
export function sampleRun(): ReportInput {
  const checker = createChecker({ pack, asOf });
  const plan = checkSheets(checker, 'so-theo-doi/huyen uy.xlsx', [
    gridSheet('Nhiệm vụ', [
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Ngày hoàn thành', 'Tình trạng'],
      [
        1,
        'Hội nghị cán bộ chủ chốt',
        'Ban Tuyên giáo Huyện ủy',
        'tháng 5/2024',
        '4/6/2024',
        'Hoàn thành',
      ],
      [
        2,
        '<script>alert("x")</script> Quán triệt',
        'Các chi, đảng bộ cơ sở',
        'trước ngày 25/6/2024',
        null,
        'Đang thực hiện',
      ],
      [3, '=HYPERLINK("http://x","bấm")', 'Văn phòng Huyện ủy', '31/4/2024', null, null],
      [
        4,
        'Tuyên truyền trên hệ thống loa',
        'Trung tâm VH-TT&TT',
        'trước ngày 5/7/2024',
        null,
        null,
      ],
    ]),
  ]);
  const clean = checkSheets(checker, 'sach.xlsx', [
    gridSheet('Sheet1', [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'],
      [1, 'Sơ kết', 'Văn phòng', 'quý IV/2024', null],
    ]),
  ]);
  const broken: WorkbookResult = checker.unreadable('hong.xlsx', {
    vi: 'Tệp "hong.xlsx" bị hỏng.',
    en: '"hong.xlsx" is corrupt.',
  });
  const workbooks = [plan, clean, broken];
  return { report: checker.report(workbooks), workbooks };
}
