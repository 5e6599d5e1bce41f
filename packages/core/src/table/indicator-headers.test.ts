import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from './indicator-headers.js';

const header = (rows: GridValue[][]) => detectIndicatorHeader(gridSheet('Biểu', rows).rows);

describe('detectIndicatorHeader', () => {
  it('reads abbreviated plan and actual columns with their period ("KH năm 2024", "TH quý III")', () => {
    const h = header([
      ['MỘT SỐ CHỈ TIÊU NĂM 2024 CỦA XÃ'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'TH năm 2024', 'Ghi chú'],
      [1, 'Sản lượng thủy sản', 'Tấn', '38.000 - 39.000', '38.450'],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, unit: 3, plan: 4, actual: 5, note: 6 });
    expect(h?.year).toBe(2024);
    const quarter = header([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'KH quý III/2024', 'TH quý III/2024'],
      [1, 'Thu ngân sách', 'Tỷ đồng', 50, 48],
    ]);
    expect(quarter?.values.map((v) => [v.role, v.period])).toEqual([
      ['plan', { year: 2024, sub: 'Q3' }],
      ['actual', { year: 2024, sub: 'Q3' }],
    ]);
  });

  it('reads "Chỉ tiêu NQ" as the resolution target, not as a second title', () => {
    const h = header([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu NQ', 'Kết quả', 'Ghi chú'],
      [1, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 95, 93.8],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, plan: 4, actual: 5 });
  });

  it('takes the row of column numbers under the header into it', () => {
    const h = header([
      [
        'STT',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Kế hoạch năm 2024',
        'Ước thực hiện năm 2024',
        'So sánh (%)',
      ],
      ['A', 'B', 1, 2, 3, '4=3/2'],
      [1, 'Tốc độ tăng giá trị sản xuất', '%', 8.5, 8.1, 95.3],
    ]);
    expect(h?.lastHeaderRow).toBe(2);
  });

  it('reads a second header row of sub-headers under merged groups, and a ratio group as ratios', () => {
    // "Kế hoạch" merged over "Năm 2024 | 6 tháng"; "So sánh (%)" over "Cùng kỳ | KH năm": the
    // half-year plan is a plan of its own period, and "KH năm" there is a share, not a plan.
    const h = header([
      ['MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 6 THÁNG ĐẦU NĂM 2024'],
      [
        'TT',
        'Chỉ tiêu chủ yếu',
        'ĐVT',
        'Kế hoạch',
        null,
        'Thực hiện 6 tháng đầu năm 2024',
        'So sánh (%)',
      ],
      [null, null, null, 'Năm 2024', '6 tháng', null, 'Cùng kỳ', 'KH năm'],
      [1, 'Tổng thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', 420, 190, 201.5, 108.3, 48],
    ]);
    expect(h?.rows).toEqual([2, 3]);
    expect(h?.values.map((v) => [v.col, v.role, v.period])).toEqual([
      [4, 'plan', { year: 2024 }],
      [5, 'plan', { sub: 'H1' }],
      [6, 'actual', { year: 2024, sub: 'H1' }],
      [7, 'assessment', {}],
      [8, 'assessment', {}],
    ]);
  });

  it('keeps a single header row when the row under it is a text-only data row', () => {
    const h = header([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Ghi chú'],
      [null, 'Nhóm chỉ tiêu về kinh tế', null, null, null, 'Theo báo cáo của Chi cục Thống kê'],
      [1, 'Tổng thu ngân sách', 'Tỷ đồng', 50, 48],
    ]);
    expect(h?.rows).toEqual([1]);
  });

  it('gives each column of a merged group the year written under it', () => {
    const group = 'Kết quả đánh giá';
    const h = header([
      ['STT', 'Chỉ tiêu', 'ĐVT', group, group, group],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', 'Năm 2023', 'Năm 2024'],
      [1, 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 89, 87.5, 90.2],
    ]);
    expect(h?.lastHeaderRow).toBe(2);
    expect(h?.values.map((v) => [v.col, v.role, v.period.year])).toEqual([
      [4, 'actual', 2022],
      [5, 'actual', 2023],
      [6, 'actual', 2024],
    ]);
    expect(h?.columns.actual).toBe(6);
  });
});

describe('figures by review year under a group named for the review', () => {
  it('reads "Kết quả đánh giá" over "Năm 2022 | Năm 2023 | Năm 2024" as each year\'s figures', () => {
    const h = header([
      ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN'],
      ['STT', 'Nội dung', 'ĐVT', 'Kết quả đánh giá'],
      [null, null, null, 'Năm 2022', 'Năm 2023', 'Năm 2024'],
      [1, 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 89, 87.5, 90.2],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, unit: 3 });
    expect(h?.values.map((v) => [v.col, v.role, v.period.year])).toEqual([
      [4, 'actual', 2022],
      [5, 'actual', 2023],
      [6, 'actual', 2024],
    ]);
  });

  it('keeps "Đánh giá" an assessment when the table has figures of its own', () => {
    const h = header([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024', 'Đánh giá'],
      [1, 'Tỷ lệ hộ nghèo', '%', 2.5, 2.1, 'Đạt'],
    ]);
    expect(h?.values.map((v) => v.role)).toEqual(['plan', 'actual', 'assessment']);
  });

  it('does not take a data row for the lower row of the header', () => {
    // "Đang thực hiện" reads as "Thực hiện", but the row holds an index and a date: it is a task
    const h = header([
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
      [2, 'Kiện toàn Ban Chỉ đạo 35', 'Ban Tuyên giáo', '15/6/2024', 'Đang thực hiện'],
    ]);
    expect(h).toBeUndefined();
  });
});

describe('a column headed by a year alone', () => {
  it('right of that year’s plan, holds what was done that year; left of it, last year’s result', () => {
    const h = header([
      ['TT', 'Tiêu chí', 'Năm 2023', 'Chỉ tiêu năm 2024', 'Năm 2024'],
      [1, 'Số vụ tai nạn giao thông', 40, 'Giảm 5% so với năm 2023', 35],
    ]);
    expect(h?.values.map((v) => [v.col, v.role, v.period.year])).toEqual([
      [3, 'actual', 2023],
      [4, 'plan', 2024],
      [5, 'actual', 2024],
    ]);
  });
});

describe('a table of units by row and indicators by column group', () => {
  it('reads the units column as the rows and each group as an indicator', () => {
    const h = header([
      ['TT', 'Xã, thị trấn', 'Tỷ lệ dân số tham gia BHYT (%)', null, 'Số hộ nghèo giảm (hộ)', null],
      [null, null, 'Chỉ tiêu giao', 'Thực hiện', 'Chỉ tiêu giao', 'Thực hiện'],
      [1, 'Thị trấn Cẩm Xuyên', 95, 96.2, 40, 42],
      [2, 'Xã Cẩm Bình', 93.5, 92.1, 25, 20],
    ]);
    expect(h?.rowsAre).toBe('units');
    expect(h?.columns).toMatchObject({ index: 1, title: 2, plan: 3, actual: 4 });
    expect(h?.values.map((v) => [v.col, v.role, v.scope])).toEqual([
      [3, 'plan', 'Tỷ lệ dân số tham gia BHYT (%)'],
      [4, 'actual', 'Tỷ lệ dân số tham gia BHYT (%)'],
      [5, 'plan', 'Số hộ nghèo giảm (hộ)'],
      [6, 'actual', 'Số hộ nghèo giảm (hộ)'],
    ]);
  });

  it('does not, when the rows are not units or the groups have no plan', () => {
    const notUnits = header([
      ['TT', 'Đơn vị', 'Diện tích (ha)', null],
      [null, null, 'Kế hoạch', 'Thực hiện'],
      [1, 'Lúa', 1200, 1185],
      [2, 'Ngô', 300, 310],
    ]);
    expect(notUnits?.rowsAre).toBeUndefined();
    const noPlan = header([
      ['TT', 'Xã, thị trấn', 'Số hộ nghèo (hộ)', null],
      [null, null, 'Năm 2023', 'Năm 2024'],
      [1, 'Xã Cẩm Bình', 120, 95],
      [2, 'Xã Cẩm Thành', 80, 71],
    ]);
    expect(noPlan?.rowsAre).toBeUndefined();
  });
});

describe('a table of units by row whose role groups repeat the indicators under them', () => {
  it('pairs each target with the actual under the same leaf', () => {
    const h = header([
      ['TT', 'Phường, xã', 'Kế hoạch giao', null, 'Kết quả thực hiện', null, 'Ghi chú'],
      [null, null, 'Trẻ em', 'Người cao tuổi', 'Trẻ em', 'Người cao tuổi'],
      [1, 'Phường Ngọc Trạo', 320, 150, 318, 152],
      [2, 'Xã Quảng Thịnh', 280, 120, 281, 119],
      [null, 'Cộng', 600, 270, 599, 271],
      [],
      [null, 'Nơi nhận:', null, null, 'GIÁM ĐỐC'],
      [null, '- Sở Y tế;'],
      [null, '- Lưu: VT.'],
    ]);
    expect(h?.rowsAre).toBe('units');
    expect(h?.values.map((v) => [v.col, v.role, v.scope])).toEqual([
      [3, 'plan', 'Trẻ em'],
      [4, 'plan', 'Người cao tuổi'],
      [5, 'actual', 'Trẻ em'],
      [6, 'actual', 'Người cao tuổi'],
    ]);
  });

  it('gives no leaf its own indicator when it stands under one role only', () => {
    const h = header([
      ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', null],
      [null, null, null, 'Số lượng', 'Tỷ lệ (%)'],
      [1, 'Trẻ em được tiêm chủng đầy đủ', 600, 599, 99.8],
    ]);
    expect(h?.values.every((v) => v.scope === undefined)).toBe(true);
  });
});

describe('rows named by the kind of thing they count', () => {
  it.each(['Loại cây trồng', 'Loại vắc xin', 'Danh mục', 'Hạng mục', 'Tên sản phẩm'])(
    '%j is the item column',
    (item) => {
      const h = header([
        ['TT', item, 'ĐVT', 'Kế hoạch', 'Thực hiện'],
        [1, 'Lúa chất lượng cao', 'ha', 1200, 1185],
      ]);
      expect(h?.columns).toMatchObject({ title: 2, unit: 3, plan: 4, actual: 5 });
    },
  );
});

describe("a resolution's targets written as the indicators' names", () => {
  const rows: GridValue[][] = [
    ['TT', 'Chỉ tiêu theo Nghị quyết', 'Kết quả thực hiện năm 2024', 'Đánh giá'],
    [1, 'Tổng giá trị sản xuất tăng 8,5% trở lên', '8,9%', 'Đạt'],
    [2, 'Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm', 60.5, 'Không đạt'],
    [3, 'Tỷ lệ hộ nghèo giảm còn dưới 2,5%', '2,68%', 'Không đạt'],
  ];

  it('reads the column headed as the plan as the names, carrying the targets', () => {
    expect(header(rows)).toMatchObject({
      columns: { index: 1, title: 2, actual: 3, assessment: 4 },
      targetsInNames: true,
    });
    expect(header(rows)?.columns.plan).toBeUndefined();
  });

  it('keeps a plan column of figures as the plan', () => {
    const h = header([
      ['TT', 'Chỉ tiêu', 'Chỉ tiêu Nghị quyết', 'Kết quả thực hiện năm 2024'],
      [1, 'Thu nhập bình quân đầu người', '62 triệu đồng', 60.5],
      [2, 'Tỷ lệ hộ nghèo', 'Dưới 2,5%', 2.68],
    ]);
    expect(h).toMatchObject({ columns: { title: 2, plan: 3, actual: 4 } });
    expect(h?.targetsInNames).toBeUndefined();
  });
});

describe('one indicator over the units, named by the line above its header', () => {
  const rows = (above: GridValue[]): GridValue[][] => [
    ['TRUNG TÂM Y TẾ HUYỆN'],
    above,
    ['STT', 'Phường, xã', 'Kế hoạch (trẻ)', 'Thực hiện (trẻ)', 'Ghi chú'],
    [1, 'Phường Bắc Hồng', 210, 205, null],
    [2, 'Xã Thuận Lộc', 180, 186, null],
  ];
  it.each([
    ['1. Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi', 'Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi'],
    ['B) KHÁM SÀNG LỌC', 'KHÁM SÀNG LỌC'],
    // the words framing a title are not the indicator's name
    ['KẾT QUẢ TIÊM CHỦNG MỞ RỘNG NĂM 2024 THEO XÃ, THỊ TRẤN', 'TIÊM CHỦNG MỞ RỘNG NĂM 2024'],
    ['Tình hình thực hiện khám sàng lọc chia theo phường và xã', 'khám sàng lọc'],
    ['Tỷ lệ hộ nghèo theo chuẩn mới', 'Tỷ lệ hộ nghèo theo chuẩn mới'],
  ])('reads each row as a unit of the one indicator %j', (line, name) => {
    const h = header(rows([line]));
    expect(h?.rowsAre).toBe('units');
    expect(h?.columns).toMatchObject({ index: 1, title: 2, plan: 3, actual: 4 });
    expect(h?.values.map((v) => [v.col, v.role, v.scope])).toEqual([
      [3, 'plan', name],
      [4, 'actual', name],
    ]);
  });

  it('does not, when no line names the indicator or the rows are not units', () => {
    // a line holding several texts is no name of the table
    expect(header(rows(['Đơn vị: trẻ', null, 'Tháng 12/2024']))?.rowsAre).toBeUndefined();
    const crops = header([
      ['I. DIỆN TÍCH GIEO TRỒNG'],
      ['STT', 'Đơn vị', 'Kế hoạch (ha)', 'Thực hiện (ha)'],
      [1, 'Lúa', 1200, 1185],
      [2, 'Ngô', 300, 310],
    ]);
    expect(crops?.rowsAre).toBeUndefined();
  });
});

describe('one indicator over the units, with its actual for several periods', () => {
  const rows = (actuals: GridValue[]): GridValue[][] => [
    ['CHI CỤC THUẾ KHU VỰC PHÚ LƯƠNG - ĐẠI TỪ'],
    [],
    ['KẾT QUẢ THU NỘI ĐỊA NĂM 2024 THEO TỪNG ĐỘI THUẾ'],
    [],
    [null, null, null, 'ĐVT: triệu đồng'],
    ['TT', 'Đơn vị', 'Dự toán giao năm 2024', ...actuals],
    [null, 'Toàn Chi cục', 412000, 35100, 428300],
    [1, 'Đội Thuế liên xã Phú Lương', 160000, 14200, 171500],
    [2, 'Đội Thuế liên xã Đại Từ', 252000, 20900, 256800],
  ];

  it('reads the rows as units of the indicator the title names, past the caption of the unit', () => {
    const h = header(rows(['Thực hiện tháng 12/2024', 'Lũy kế năm 2024']));
    expect(h?.rowsAre).toBe('units');
    expect(h?.columns).toMatchObject({ title: 2, plan: 3 });
    // the words framing the title are not the indicator's name
    expect(new Set(h?.values.map((v) => v.scope))).toEqual(new Set(['THU NỘI ĐỊA NĂM 2024']));
    expect(h?.values.map((v) => [v.col, v.role, v.period])).toEqual([
      [3, 'plan', { year: 2024 }],
      [4, 'actual', { year: 2024, sub: 'M12' }],
      [5, 'actual', { year: 2024 }],
    ]);
  });

  it('does not, when two actual columns are of one period (two measures, not one indicator)', () => {
    expect(header(rows(['Thực hiện năm 2024', 'Thực hiện năm 2024 (%)']))?.rowsAre).toBeUndefined();
  });
});

describe('figures typed as text under a header', () => {
  // cells formatted as text, or figures pasted from a document: "1.240", "96,5", "-1,5"
  const table = (first: GridValue[]): GridValue[][] => [
    ['TỶ LỆ TRẺ EM DƯỚI 1 TUỔI ĐƯỢC TIÊM CHỦNG ĐẦY ĐỦ NĂM 2024 THEO XÃ'],
    [],
    ['TT', 'Xã', 'Số trẻ (trẻ)', 'Kế hoạch năm 2024 (%)', 'Thực hiện năm 2024', null],
    [null, null, null, null, 'Số trẻ', 'Tỷ lệ (%)'],
    first,
    ['2', 'Xã Quang Trung', '865', '95', '812', '93,9'],
  ];

  it.each([
    [['1', 'Xã Hồng Phong', '1.240', '96,5', '1.205', '97,2']],
    [['1', 'Xã Hồng Phong', '1240', '96.5', '1205', '97,2%']],
  ])('reads a first row of figures typed as text %j as data, not as a header row', (first) => {
    const h = header(table(first));
    expect(h?.lastHeaderRow).toBe(4);
    expect(h?.rowsAre).toBe('units');
  });
});

describe('a column headed as the item but holding targets', () => {
  it.each([
    ['Chỉ tiêu', ['≥ 95%', '≤ 10%', '100%']],
    ['Chỉ tiêu cần đạt', ['Từ 95% trở lên', 'Dưới 10%', '100%']],
  ])('reads %j over targets as the plan column', (targetHeader, targets) => {
    const h = header([
      ['TT', 'Tiêu chí', 'Nội dung', targetHeader, 'Kết quả', 'Đánh giá'],
      [1, 'Tiêm chủng', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', targets[0]!, '96,3%', 'Đạt'],
      [2, 'Dinh dưỡng', 'Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng', targets[1]!, '11,2%', 'Chưa đạt'],
      [3, 'Nước sạch', 'Tỷ lệ trạm y tế có nước sạch', targets[2]!, '100%', 'Đạt'],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, plan: 4, actual: 5 });
    expect(h?.detailCol).toBe(3);
    expect(h?.values.map((v) => [v.col, v.role])).toEqual([
      [4, 'plan'],
      [5, 'actual'],
      [6, 'assessment'],
    ]);
  });

  it('leaves a second item column of names alone', () => {
    const h = header([
      ['TT', 'Tiêu chí', 'Nội dung', 'Kết quả', 'Đánh giá'],
      [1, 'Tiêm chủng', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt trên 95%', '96,3%', 'Đạt'],
      [2, 'Dinh dưỡng', 'Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng dưới 10%', '11,2%', 'Chưa đạt'],
    ]);
    expect(h?.columns.plan).toBeUndefined();
    expect(h?.detailCol).toBeUndefined();
  });
});
