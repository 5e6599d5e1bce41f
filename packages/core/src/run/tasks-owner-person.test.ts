/**
 * An owner column that holds people, not units ("Người phụ trách": "Đ/c Hùng - Địa chính"), in a
 * workbook checked against a pack that lists agencies (a ward's residential groups): a person is no
 * agency, so no `agency/unknown` — layouts held-out set 12, n12 (a ward's urban-order tasks).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { namesPerson } from '../vi/people.js';
import { checkSheets, createChecker } from './checker.js';

describe('a cell that names a person', () => {
  it.each([
    ['Đ/c Hùng - Địa chính', true],
    ['đ/c Nguyễn Thị Lan', true],
    ['Đồng chí Phó Chủ tịch Trần Văn Bình', true],
    ['Ông Nguyễn Văn Tư (Trưởng thôn)', true],
    ['Bà Lê Thị Sáu', true],
    // typed without marks
    ['D/c Tuan - Van phong', true],
    ['Dong chi Pho Chu tich Le Van Hai', true],
    // units
    ['Phòng Tài chính - Kế hoạch', false],
    ['UBND xã Tân An', false],
    ['Công an phường', false],
    ['Ban Chỉ huy Quân sự', false],
    ['Doi Thue lien xa', false],
    ['Dong Hoi', false],
  ])('%j → %s', (text, person) => {
    expect(namesPerson(text)).toBe(person);
  });
});

describe("a commune's tasks owned by people, checked against a pack of villages", () => {
  const p = parsePack({
    id: 'thon',
    version: '1.0.0',
    title: 'Các thôn (mẫu)',
    agencies: [
      { id: 'dong', name: 'Thôn Đông' },
      { id: 'tay', name: 'Thôn Tây' },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const sheet = gridSheet('Việc tháng 11', [
    ['TT', 'Nội dung công việc', 'Thôn', 'Cán bộ phụ trách', 'Hạn xử lý', 'Ngày hoàn thành'],
    [
      1,
      'Nạo vét kênh mương nội đồng',
      'Thôn Đông',
      'Đ/c Thắng - Giao thông thủy lợi',
      d(2024, 11, 15),
      d(2024, 11, 14),
    ],
    [2, 'Phun thuốc khử trùng chuồng trại', 'Thôn Tây', 'Ông Hoàng Văn Lực', d(2024, 11, 22)],
  ]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2024, month: 11, day: 25 } }),
    'thon.xlsx',
    [sheet],
  );

  it('calls the late task overdue and looks up no person as an agency', () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/overdue E3',
    ]);
  });
});
