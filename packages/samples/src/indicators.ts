/**
 * An indicator report for seed 004 as a provincial office writes it: title block, a two-row header
 * ("Năm 2024" over "Kế hoạch | Ước thực hiện"), group rows "I. Nhóm chỉ tiêu về kinh tế", the 27
 * numbered indicators with the plan as the document words it, sub-rows "- Trường mầm non" for the
 * multi-part ones, a percent-formatted cell, and planted problems. Checked with the bundled pack
 * `quang-ngai-kl14-2024` as of 10/02/2025.
 */
import ExcelJS from 'exceljs';
import type { ExpectedFinding } from './generate.js';

export const INDICATOR_SAMPLE_AS_OF = '2025-02-10';
export const INDICATOR_SAMPLE_PACK = 'quang-ngai-kl14-2024';
const SHEET = 'Chỉ tiêu 2024';

type Outcome = 'met' | 'unmet' | 'exceeded' | 'invalid' | 'missing' | 'plan-mismatch';

/** [STT, title, unit, plan as written, actual, what the check must say] */
type Line = readonly [string, string, string, string | number, number | string | null, Outcome];

const GROUPS: ReadonlyArray<readonly [string, string, readonly Line[]]> = [
  [
    'I',
    'Nhóm chỉ tiêu về kinh tế',
    [
      ['1', 'Tốc độ tăng trưởng GRDP', '%', '2,5 - 3', 2.1, 'unmet'],
      ['2', 'GRDP bình quân đầu người', 'USD', 'Khoảng 4.460', 4500, 'met'],
      ['3', 'Tỷ trọng công nghiệp - xây dựng, dịch vụ trong GRDP', '%', '70 - 71', 70.5, 'met'],
      ['', '- Trong đó: công nghiệp - xây dựng', '%', '43 - 44', 42, 'unmet'],
      ['4', 'Năng suất lao động xã hội tăng', '%', '2 - 3', 3.4, 'exceeded'],
      ['5', 'Vốn đầu tư thực hiện trên địa bàn', 'tỷ đồng', '38.000 - 39.000', 38500, 'met'],
      ['6', 'Tỷ lệ đô thị hóa', '%', 38.5, 38.5, 'met'],
      ['7', 'Thu ngân sách vượt mức chỉ tiêu Trung ương giao', '%', 'Trên 5', 'Đạt', 'invalid'],
    ],
  ],
  [
    'II',
    'Nhóm chỉ tiêu về văn hóa, xã hội',
    [
      ['8', 'Số xã đạt chuẩn quốc gia về nông thôn mới', 'xã', 3, 3, 'met'],
      [
        '9',
        'Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội',
        '%',
        'Còn khoảng 32,1',
        29.8,
        'exceeded',
      ],
      ['10', 'Tỷ lệ lao động qua đào tạo', '%', 'Khoảng 64,4', 64.4, 'met'],
      ['11', 'Tỷ lệ thất nghiệp ở khu vực thành thị', '%', 'Khoảng 1,5', 1.5, 'met'],
      ['12', 'Tỷ lệ trường đạt chuẩn quốc gia', '', '', null, 'met'],
      ['', '- Trường mầm non', '%', 57.97, 58, 'exceeded'],
      ['', '- Trường tiểu học', '%', 87.42, 85, 'unmet'],
      ['', '- Trường trung học cơ sở', '%', 89.92, 89.92, 'met'],
      ['', '- Trường tiểu học - trung học cơ sở', '%', 36.54, 40, 'exceeded'],
      ['', '- Trường trung học phổ thông', '%', 69.23, 69.23, 'met'],
      ['13', 'Số bác sĩ/vạn dân', 'bác sĩ', 7.91, 8, 'exceeded'],
      ['14', 'Số giường bệnh/vạn dân (không tính trạm y tế xã)', 'giường', 31.8, 31.8, 'met'],
      ['15', 'Tỷ lệ tham gia bảo hiểm y tế', '% dân số', 95.2, 0.938, 'unmet'],
      [
        '16',
        'Tỷ lệ tham gia bảo hiểm xã hội trên lực lượng lao động trong độ tuổi',
        '%',
        '24 - 25',
        24.5,
        'met',
      ],
      ['17', 'Tỷ lệ hộ nghèo toàn tỉnh giảm', '%', '1,58 - 1,6', 1.59, 'met'],
      ['', '- Miền núi giảm', '%', '6 - 7', 6.5, 'met'],
      ['', '- Đồng bằng giảm', '%', '0,4 - 0,6', 0.5, 'met'],
    ],
  ],
  [
    'III',
    'Nhóm chỉ tiêu về tài nguyên, môi trường',
    [
      ['18', 'Tỷ lệ dân số đô thị được sử dụng nước sạch', '%', 89.9, 89.9, 'met'],
      ['19', 'Tỷ lệ dân số nông thôn được sử dụng nguồn nước hợp vệ sinh', '%', 99, 99, 'met'],
      ['', '- Trong đó sử dụng nước sạch', '%', 70, 68, 'unmet'],
      ['20', 'Tỷ lệ chất thải nguy hại được thu gom, xử lý đạt chuẩn', '%', 64, 64, 'met'],
      ['21', 'Tỷ lệ chất thải y tế được xử lý đạt chuẩn', '%', 95, 95, 'met'],
      ['22', 'Tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt ở đô thị', '%', 90, null, 'missing'],
      ['23', 'Tỷ lệ che phủ rừng', '%', 50, 52, 'plan-mismatch'],
    ],
  ],
  [
    'IV',
    'Nhóm chỉ tiêu về quốc phòng, an ninh',
    [
      [
        '24',
        'Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng',
        '%',
        'Khoảng 95',
        95,
        'met',
      ],
      ['', '- Vững mạnh toàn diện', '%', 'Khoảng 65', 65, 'met'],
      [
        '25',
        'Tỷ lệ xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn an toàn về an ninh trật tự',
        '%',
        'Ít nhất 80',
        80,
        'met',
      ],
    ],
  ],
  [
    'V',
    'Nhóm chỉ tiêu về xây dựng Đảng',
    [
      [
        '26',
        'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ',
        '%',
        'Từ 80 trở lên',
        82,
        'exceeded',
      ],
      ['', '- Hoàn thành xuất sắc nhiệm vụ', '%', 'Khoảng 20', 20, 'met'],
      ['27', 'Kết nạp đảng viên mới trên tổng số đảng viên', '%', 3.5, 3.5, 'met'],
    ],
  ],
];

const RULE: Partial<Record<Outcome, { rule: string; column: 'D' | 'E' }>> = {
  unmet: { rule: 'indicator/unmet', column: 'E' },
  exceeded: { rule: 'indicator/exceeded', column: 'E' },
  invalid: { rule: 'cell/invalid-number', column: 'E' },
  missing: { rule: 'indicator/missing-value', column: 'E' },
  'plan-mismatch': { rule: 'indicator/plan-mismatch', column: 'D' },
};

/** Writes the sample and returns the findings the check must report. */
export async function writeIndicatorSample(path: string): Promise<ExpectedFinding[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  const bold = { bold: true, name: 'Times New Roman', size: 12 };
  ws.getCell('A1').value = 'TỈNH ỦY QUẢNG NGÃI';
  ws.getCell('E1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  ws.mergeCells('A3:G3');
  ws.getCell('A3').value = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024';
  ws.getCell('A3').font = bold;
  ws.mergeCells('A4:G4');
  ws.getCell('A4').value = '(Kèm theo Báo cáo của Ban Thường vụ Tỉnh ủy, tháng 12/2024)';
  // Two-row header.
  const top = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2024', null, 'Đánh giá', 'Ghi chú'];
  const sub = [null, null, null, 'Kế hoạch', 'Ước thực hiện', null, null];
  ws.getRow(6).values = top;
  ws.getRow(7).values = sub;
  for (const range of ['A6:A7', 'B6:B7', 'C6:C7', 'D6:E6', 'F6:F7', 'G6:G7']) ws.mergeCells(range);
  ws.getRow(6).font = bold;
  ws.getRow(7).font = bold;
  [6, 60, 12, 16, 16, 14, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const expected: ExpectedFinding[] = [];
  let r = 8;
  for (const [roman, group, lines] of GROUPS) {
    ws.getRow(r).values = [roman, group];
    ws.getRow(r).font = bold;
    r++;
    for (const [stt, title, unit, plan, actual, outcome] of lines) {
      ws.getRow(r).values = [
        stt === '' ? null : Number(stt),
        title,
        unit,
        plan === '' ? null : plan,
        actual,
      ];
      // (15) is kept as Excel keeps a percentage: 0,938 shown as 93,8%.
      if (stt === '15') ws.getCell(r, 5).numFmt = '0.0%';
      const planted = RULE[outcome];
      if (planted)
        expected.push({ rule: planted.rule, sheet: SHEET, cell: `${planted.column}${r}` });
      r++;
    }
  }
  await wb.xlsx.writeFile(path);
  return expected;
}
