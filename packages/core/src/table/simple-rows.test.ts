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
    // a list typed under the table restates it: its lead-in closes the table
    ['a lead-in to a list under the table', [null, 'Các đơn vị chưa gửi báo cáo:'], 'footer'],
    ['a lead-in "gồm:"', [null, 'Đơn vị gửi chậm gồm:'], 'footer'],
    ['a numbered line ending in a colon', [3, 'Các xã chưa gửi báo cáo:'], 'record'],
    ['nothing', [], 'blank'],
  ])('%s', (_, values, expected) => {
    expect(kind(values)).toBe(expected);
  });
});

it('a group row ending in a colon does not close the table', () => {
  expect(kind([null, 'Khối cơ quan Đảng, đoàn thể:'])).not.toBe('footer');
  expect(kind(['Các xã, thị trấn:'])).not.toBe('footer');
});
