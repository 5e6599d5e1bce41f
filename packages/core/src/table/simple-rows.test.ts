import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { classifySimpleRow } from './simple-rows.js';

// a log of received reports: STT | Đơn vị | Tên báo cáo | Ngày nhận
const kind = (values: GridValue[]) =>
  classifySimpleRow(gridSheet('Nhận báo cáo', [values]).rows[0] ?? { number: 1, cells: [] }, {
    index: 1,
    unit: 2,
  });

describe('classifySimpleRow', () => {
  it.each<[string, GridValue[], ReturnType<typeof classifySimpleRow>]>([
    ['a log line', [1, 'UBND xã Kỳ Tân', 'Báo cáo tháng 6', '18/6/2024'], 'record'],
    ['a unit named "Tổng công ty"', [2, 'Tổng công ty Điện lực', 'Báo cáo quý II'], 'record'],
    ['the total', [null, 'Tổng cộng: 12 đơn vị'], 'total'],
    ['"Cộng"', [null, 'Cộng', 3], 'total'],
    ['a group row', ['I', 'Khối Đảng, đoàn thể'], 'section'],
    ['a heading alone', ['KHỐI CHÍNH QUYỀN'], 'section'],
    ['the place-and-date line', [null, null, 'Kỳ Anh, ngày 25 tháng 8 năm 2024'], 'footer'],
    ['the recipients', ['Nơi nhận:', null, 'TM. ỦY BAN NHÂN DÂN'], 'footer'],
    ['the signature block', [null, 'NGƯỜI LẬP BIỂU', 'CHÁNH VĂN PHÒNG'], 'footer'],
    ['a note under the table', ['Ghi chú: số liệu tính đến ngày 20/8/2024'], 'footer'],
    ['nothing', [], 'blank'],
  ])('%s', (_, values, expected) => {
    expect(kind(values)).toBe(expected);
  });
});
