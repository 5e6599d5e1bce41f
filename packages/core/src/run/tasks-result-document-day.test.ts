/**
 * The day of the document that closed the work, under its own column ("Văn bản báo cáo kết quả":
 * "Báo cáo số 38/BC-BQLDA ngày 28/10/2024"), is the completion day of a row done or with no status;
 * a row still in progress keeps its deadline whatever interim report it cites — layouts held-out
 * set 12, n01. Also the status wordings of a follow-up of recommendations ("Tình hình khắc phục",
 * "Tình hình xử lý": "Đã khắc phục xong", "Đang xử lý").
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

describe("a district inspectorate's follow-up of an inspection's conclusions", () => {
  const p = parsePack({
    id: 'ket-luan-tt',
    version: '1.0.0',
    title: 'Theo dõi kết luận thanh tra',
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const sheet = gridSheet('Theo dõi KL', [
    ['THANH TRA HUYỆN TƯ NGHĨA'],
    ['THEO DÕI THỰC HIỆN KẾT LUẬN THANH TRA SỐ 05/KL-TTr'],
    [],
    [
      'TT',
      'Nội dung kiến nghị',
      'Đơn vị thực hiện',
      'Hạn thực hiện',
      'Tình hình xử lý',
      'Văn bản báo cáo',
    ],
    [
      1,
      'Thu hồi tiền hỗ trợ chi sai',
      'UBND xã Nghĩa Lâm',
      d(2025, 6, 30),
      'Đã xử lý xong',
      'Báo cáo số 41/BC-UBND ngày 10/7/2025',
    ],
    [
      2,
      'Kiểm điểm trách nhiệm cán bộ địa chính',
      'UBND xã Nghĩa Sơn',
      d(2025, 7, 15),
      'Đã xử lý xong',
      'Báo cáo số 57/BC-UBND ngày 14/7/2025',
    ],
    [
      3,
      'Điều chỉnh hồ sơ giao đất sai đối tượng',
      'Phòng Tài nguyên và Môi trường',
      d(2025, 7, 31),
      'Đang xử lý',
      'Báo cáo số 60/BC-TNMT ngày 20/7/2025',
    ],
    [
      4,
      'Rà soát quy trình cấp giấy chứng nhận',
      'Phòng Tài nguyên và Môi trường',
      d(2025, 7, 31),
      null,
      'Báo cáo số 62/BC-TNMT ngày 04/8/2025',
    ],
    [
      5,
      'Chấn chỉnh công tác lưu trữ hồ sơ',
      'Văn phòng HĐND và UBND',
      d(2025, 6, 30),
      'Đã xử lý xong',
      null,
    ],
  ]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2025, month: 8, day: 20 } }),
    'tu-nghia.xlsx',
    [sheet],
  );

  it('reads each done row on its report day, the row in progress as overdue', () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/late F5',
      'task/late F8',
      'task/overdue D7',
    ]);
  });

  it('lists the done row with no report as not evaluated', () => {
    expect(result.notEvaluated.map((n) => n.reason.vi).join('\n')).toMatch(/E9/);
  });
});

describe('the result document written in the forms offices use', () => {
  const p = parsePack({
    id: 'ket-luan-tt',
    version: '1.0.0',
    title: 'Theo dõi kết luận thanh tra',
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  it.each([
    'Báo cáo số 41/BC-UBND ngày 10/7/2025',
    'BC số 41/BC-UBND ngày 10/7/2025',
    'Báo cáo số 118-BC/ĐU ngày 10 tháng 7 năm 2025',
    'Quyết định số 2610/QĐ-UBND ngày 10/7/2025',
  ])('%j after a deadline of 30/6/2025 is late', (document) => {
    const sheet = gridSheet('Theo dõi KL', [
      [
        'TT',
        'Nội dung kiến nghị',
        'Đơn vị thực hiện',
        'Hạn thực hiện',
        'Tình hình xử lý',
        'Văn bản báo cáo',
      ],
      [
        1,
        'Thu hồi tiền hỗ trợ chi sai',
        'UBND xã Nghĩa Lâm',
        d(2025, 6, 30),
        'Đã xử lý xong',
        document,
      ],
    ]);
    const result = checkSheets(
      createChecker({ pack: p.pack, asOf: { year: 2025, month: 8, day: 20 } }),
      'tu-nghia.xlsx',
      [sheet],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`)).toEqual([
      'task/late F2',
    ]);
  });
});
