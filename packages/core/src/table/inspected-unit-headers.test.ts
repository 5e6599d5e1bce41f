/**
 * An inspection plan names each inspection by the unit it inspects ("Đơn vị được kiểm tra"), beside
 * the unit in charge ("Đơn vị chủ trì") and the time: the inspected unit is the row's item, the unit
 * in charge its owner — never the other way round (text set 10, t11).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import { detectTaskHeader } from './headers.js';
import { matchHeader, vocabularyOf } from './matcher.js';

describe('the unit an inspection plan inspects', () => {
  it.each([
    'Đơn vị được kiểm tra',
    'Đơn vị được thanh tra',
    'Cơ quan, đơn vị được kiểm tra',
    'Đối tượng thanh tra',
    'Đối tượng kiểm tra',
    // whoever is inspected, named by the passive
    'Cơ sở được thanh tra',
    'Doanh nghiệp, hộ kinh doanh được kiểm tra',
    'Tên cơ sở được kiểm tra',
  ])('%j is the item of a task row', (text) => {
    expect(matchHeader(text, vocabularyOf('tasks'))?.field).toBe('title');
  });

  it('a plan of inspections reads its item, owner and deadline columns', () => {
    const sheet = gridSheet('Lịch kiểm tra', [
      ['TT', 'Đơn vị được kiểm tra', 'Đơn vị chủ trì', 'Thời gian'],
      [1, 'Các xã Phước Hòa, Tân Lập', 'Phòng Nội vụ', 'Quý II/2026'],
      [
        2,
        'Các cơ quan chuyên môn thuộc UBND huyện',
        'Văn phòng HĐND và UBND huyện',
        'Tháng 8/2026',
      ],
    ]);
    const header = detectTaskHeader(sheet.rows);
    expect(header?.columns).toMatchObject({ title: 2, owner: 3, due: 4 });
  });
});
