/**
 * Task tables inside a directive's text, in the two forms pages give them: a row a line with "|"
 * between the cells, and flattened one cell a paragraph with each row's number alone on its line.
 * The texts are written for these tests in the shape of plans' appendices, a meeting conclusion's
 * table of assigned work and an election timetable as public pages print them.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import { prepareText } from './prepare.js';
import { isDueCell, textTables } from './tables.js';
import type { ExtractItem } from './types.js';

const deadlines = (text: string) =>
  extractDirective(text)
    .items.filter((i) => i.kind === 'deadline')
    .map((i) => ({ owner: i.owner, task: i.task, due: i.due }));

const reports = (text: string): Partial<ExtractItem>[] =>
  extractDirective(text)
    .items.filter((i) => i.kind === 'report')
    .map((i) => ({ from: i.from, to: i.to, due: i.due }));

const PIPES = `KẾ HOẠCH
Thực hiện chuyển đổi số năm 2025

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 41/KH-UBND ngày 10/3/2025 của UBND huyện Tân Hòa)

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| --- | --- | --- | --- | --- |
| 1 | Rà soát, làm sạch dữ liệu hộ tịch trên địa bàn | Phòng Tư pháp | UBND các xã, thị trấn | Tháng 6/2025 |
| 2 | Xây dựng kho dữ liệu dùng chung của huyện | Phòng Văn hóa và Thông tin | Các phòng, ban | Quý III/2025 |
| 3 | Duy trì vận hành hệ thống quản lý văn bản | Văn phòng HĐND và UBND huyện | | Thường xuyên |
| 4 | Báo cáo kết quả thực hiện Kế hoạch về UBND huyện (qua Phòng Văn hóa và Thông tin) | UBND các xã, thị trấn | | Trước ngày 05/12/2025 |
`;

/** The same appendix as a web page's table comes out when copied: one cell a paragraph. */
const FLATTENED = `PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 41/KH-UBND ngày 10/3/2025 của UBND huyện Tân Hòa)

STT

Nội dung nhiệm vụ

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian hoàn thành

1

Rà soát, làm sạch dữ liệu hộ tịch trên địa bàn

Phòng Tư pháp

UBND các xã, thị trấn

Tháng 6/2025

2

Xây dựng kho dữ liệu dùng chung của huyện

Phòng Văn hóa và Thông tin

 

30/9/2025

3

Duy trì vận hành hệ thống quản lý văn bản

Văn phòng HĐND và UBND huyện

 

Thường xuyên
`;

/** What both forms of the appendix give: a deadline of the lead column's agency for each dated row. */
const APPENDIX_DEADLINES = [
  {
    owner: 'Phòng Tư pháp',
    task: 'Rà soát, làm sạch dữ liệu hộ tịch trên địa bàn',
    due: '2025-06-30',
  },
  {
    owner: 'Phòng Văn hóa và Thông tin',
    task: 'Xây dựng kho dữ liệu dùng chung của huyện',
    due: '2025-09-30',
  },
];

describe('a task table written with "|"', () => {
  it('reads the owner from the lead column, the deadline from its own column', () => {
    expect(deadlines(PIPES)).toEqual(APPENDIX_DEADLINES);
  });

  it('reads a row whose work is to report as a report from the lead column', () => {
    expect(reports(PIPES)).toEqual([
      { from: 'UBND các xã, thị trấn', to: 'UBND huyện', due: '2025-12-04' },
    ]);
  });
});

describe('a task table flattened one cell a paragraph', () => {
  it('places the cells under the header although the empty ones are gone', () => {
    expect(deadlines(FLATTENED)).toEqual(APPENDIX_DEADLINES);
  });

  it('keeps each row number aside from the text, so no number is read as a page', () => {
    const tables = textTables(prepareText(FLATTENED), (t) => isDueCell(t, 2025));
    expect(tables.map((t) => t.rows.map((r) => r.number))).toEqual([['1', '2', '3']]);
    expect(tables[0]?.header.map((h) => h.field)).toEqual([
      'index',
      'title',
      'owner',
      'coordinators',
      'due',
    ]);
  });

  it('reads an election timetable whose work runs over two paragraphs, beside a column of day counts', () => {
    const text = `TT

Nội dung công việc

Số ngày trước ngày bầu cử

Ngày chậm nhất phải hoàn thành

1

Triển khai công tác bầu cử ở huyện

Mở hội nghị triển khai công tác bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp ở huyện.

 

25/01/2026

2

Thành lập Ủy ban bầu cử ở xã

UBND xã quyết định thành lập sau khi thống nhất với Thường trực HĐND và Ban thường trực Ủy ban MTTQ Việt Nam xã.

80 ngày

20/12/2025
`;
    expect(deadlines(text).map((d) => [d.task?.split('. ')[0], d.due])).toEqual([
      ['Triển khai công tác bầu cử ở huyện', '2026-01-25'],
      ['Thành lập Ủy ban bầu cử ở xã', '2025-12-20'],
    ]);
  });

  it('reads "Thời gian" over "Bắt đầu" and "Hoàn thành" with the second as the deadline', () => {
    const text = `TT

Nhiệm vụ

Đơn vị chủ trì

Bắt đầu

Hoàn thành

1

Kiểm tra công tác phòng cháy tại các chợ

Công an huyện

01/4/2025

30/4/2025
`;
    expect(deadlines(text)).toEqual([
      {
        owner: 'Công an huyện',
        task: 'Kiểm tra công tác phòng cháy tại các chợ',
        due: '2025-04-30',
      },
    ]);
  });
});

describe('what is no task table', () => {
  it('leaves three labels on their own lines over running text to the text reader', () => {
    const text = `Nội dung

Thời gian

Địa điểm

Hội nghị tổng kết được tổ chức tại hội trường UBND huyện.
`;
    expect(textTables(prepareText(text), (t) => isDueCell(t, 2025))).toEqual([]);
  });

  it('needs a deadline column: a list of members with their units is no task table', () => {
    const text = `| TT | Họ và tên | Chức vụ | Đơn vị |
| 1 | Nguyễn Văn An | Trưởng ban | UBND huyện |
`;
    expect(textTables(prepareText(text), (t) => isDueCell(t, 2025))).toEqual([]);
  });
});

describe('where a flattened table ends', () => {
  it('reads the paragraph after the last row as running text, with its own report', () => {
    const text = `${FLATTENED}
Trên đây là Kế hoạch thực hiện chuyển đổi số năm 2025 của UBND huyện Tân Hòa.

Yêu cầu UBND các xã, thị trấn báo cáo kết quả thực hiện về UBND huyện trước ngày 10/12/2025.
`;
    expect(deadlines(text)).toHaveLength(2);
    expect(reports(text)).toEqual([
      { from: 'UBND các xã, thị trấn', to: 'UBND huyện', due: '2025-12-09' },
    ]);
  });
});

describe('a row whose work is a document submitted to a body (decision 0012)', () => {
  it('is a report timed by the row’s time cell, from the lead column', () => {
    const text = `TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành
1 | Xây dựng Đề án nâng cao chất lượng sinh hoạt chi bộ, trình Ban Thường vụ Đảng ủy | Ban Tổ chức Đảng ủy | Quý I/2026
2 | Ban hành Quy chế làm việc của Ban Chấp hành | Văn phòng Đảng ủy | Tháng 10/2025
`;
    expect(reports(text)).toEqual([
      { from: 'Ban Tổ chức Đảng ủy', to: 'Ban Thường vụ Đảng ủy', due: '2026-03-31' },
    ]);
    expect(deadlines(text).map((d) => d.owner)).toEqual(['Văn phòng Đảng ủy']);
  });
});

describe('the signature block after a flattened table', () => {
  const table = (owner: string, after: string) => `STT

Nội dung nhiệm vụ

Cơ quan chủ trì

Thời gian hoàn thành

1

Tổ chức hội nghị sơ kết 6 tháng

${owner}

15/7/2026

${after}
`;

  it('ends the table at "Nơi nhận" and the signature, whose lines are no cells of its last row', () => {
    const text = table(
      'Văn phòng HĐND và UBND huyện',
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH',
    );
    const [t] = textTables(prepareText(text), (x) => isDueCell(x, 2026));
    expect(t?.rows.map((r) => Object.keys(r.cells).sort())).toEqual([['due', 'owner', 'title']]);
    expect(deadlines(text)).toEqual([
      {
        owner: 'Văn phòng HĐND và UBND huyện',
        task: 'Tổ chức hội nghị sơ kết 6 tháng',
        due: '2026-07-15',
      },
    ]);
  });

  it('reads a head of office in the owner column as the owner, before the row has its deadline', () => {
    expect(deadlines(table('Lãnh đạo UBND huyện', '')).map((d) => d.owner)).toEqual([
      'Lãnh đạo UBND huyện',
    ]);
  });
});
