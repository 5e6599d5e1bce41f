/**
 * A commune's year-end report as offices lay it out, for the "Cách đọc các bảng" panel: one sheet
 * holding an indicator table (previous year's actual, this year's plan and estimate, section rows,
 * a total row) and a task table under it ending in a place-and-date line and a signature title; a
 * form nobody filled in, whose header reads as well as indicators as tasks (uncertain, so not
 * evaluated); a sheet of notes with no table.
 */
import ExcelJS from 'exceljs';

export const READING_SAMPLE_FILE = 'bao-cao-nam-2024-xa-dong-son.xlsx';
export const READING_SAMPLE_AS_OF = '2025-01-10';

type Value = string | number | Date | null;

const REPORT: readonly (readonly Value[])[] = [
  ['BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NĂM 2024'],
  ['PHẦN I. CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU'],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
  ['I', 'CHỈ TIÊU VỀ KINH TẾ'],
  [1, 'Tổng thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 11250, 12000, 12640],
  [2, 'Thu nhập bình quân đầu người', 'Triệu đồng', 52, 58, 57.5],
  ['II', 'CHỈ TIÊU VỀ XÃ HỘI'],
  [3, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 92.4, 95, 93.8],
  ['Tổng số: 3 chỉ tiêu'],
  [],
  ['PHẦN II. CÁC NHIỆM VỤ TRỌNG TÂM'],
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện'],
  [
    1,
    'Tổ chức đại hội chi bộ các thôn nhiệm kỳ 2025-2027',
    'Đảng ủy xã',
    new Date(Date.UTC(2024, 11, 15)),
    'Chưa tổ chức',
  ],
  [
    2,
    'Kiểm tra đảng viên chấp hành Điều lệ Đảng',
    'Ủy ban kiểm tra Đảng ủy',
    new Date(Date.UTC(2024, 10, 30)),
    'Đã hoàn thành ngày 25/11/2024',
  ],
  [],
  ['Đông Sơn, ngày 10 tháng 01 năm 2025'],
  ['NGƯỜI LẬP BIỂU'],
];

export function readingSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const report = wb.addWorksheet('Báo cáo');
  REPORT.forEach((values, i) => {
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = report.getCell(i + 1, c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  const form = wb.addWorksheet('Mẫu');
  form.addRow(['BIỂU TỔNG HỢP KẾT QUẢ (mẫu gửi các thôn)']);
  form.addRow(['STT', 'Nội dung', 'Đơn vị', 'Chỉ tiêu', 'Kết quả', 'Ghi chú']);
  wb.addWorksheet('Ghi chú').addRow(['Số liệu do Văn phòng Đảng ủy xã tổng hợp.']);
  return wb;
}
