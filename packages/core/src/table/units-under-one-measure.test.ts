/**
 * A table of units by row under one measure: the units' column headed by their kind ("Hợp tác xã
 * nông nghiệp", "Tổ chức thủy lợi cơ sở"), one measure merged over its plan and its result
 * ("Sản lượng lúa (tấn)" over "Kế hoạch" | "Thực hiện"). Each row is a unit, and the measure is
 * the indicator judged — layouts held-out set 17 (m12) raised the class; these are other wordings.
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from './indicator-headers.js';

function header(rows: GridValue[][]) {
  return detectIndicatorHeader(gridSheet('x', rows).rows);
}

describe('units by row under one measure merged over its plan and result', () => {
  it.each<[string, string]>([
    ['Hợp tác xã nông nghiệp', 'Sản lượng lúa (tấn)'],
    ['Tổ chức thủy lợi cơ sở', 'Diện tích tiêu (ha)'],
    ['Xã, thị trấn', 'Số hộ được cấp nước sạch (hộ)'],
  ])('%j | %j', (unitKind, measure) => {
    const h = header([
      ['KẾT QUẢ THỰC HIỆN NĂM 2024'],
      ['STT', unitKind, measure, measure, 'Tỷ lệ (%)'],
      [null, null, 'Kế hoạch', 'Thực hiện', null],
      [1, 'HTX NN Đông Phú', 1200, 1185.5, 98.8],
      [2, 'HTX DVNN Tây Sơn', 860, 902, 104.9],
      [3, 'HTX Nam Hà', 540, null, null],
    ]);
    expect(h?.rowsAre).toBe('units');
    expect(h?.columns.title).toBe(2);
    expect(h?.values.filter((v) => v.role !== 'assessment').map((v) => [v.col, v.role])).toEqual([
      [3, 'plan'],
      [4, 'actual'],
    ]);
  });

  it('is no table of units when the column holds no units', () => {
    const h = header([
      ['STT', 'Hợp tác xã nông nghiệp', 'Sản lượng lúa (tấn)', 'Sản lượng lúa (tấn)'],
      [null, null, 'Kế hoạch', 'Thực hiện'],
      [1, 'Vụ Đông Xuân', 1200, 1185.5],
      [2, 'Vụ Mùa', 860, 902],
    ]);
    expect(h?.rowsAre).not.toBe('units');
  });
});
