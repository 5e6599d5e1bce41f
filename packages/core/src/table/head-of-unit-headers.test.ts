/**
 * Folding marks away makes "Trưởng" (the head of a unit) "Trường" (a school): a column of the
 * heads ("Trưởng thôn", "Trưởng văn phòng / Trưởng phòng", "Thủ trưởng đơn vị") holds people, never
 * the units a roster or a log lists (layouts held-out sets 9, v11, and 10, k11).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import { matchHeaderAnyKind, vocabularyOf } from './matcher.js';
import { detectSimpleHeader } from './simple-headers.js';

describe('a header naming the head of a unit', () => {
  it.each([
    'Trưởng thôn',
    'Trưởng văn phòng / Trưởng phòng',
    'Phó trưởng ban',
    'Thủ trưởng đơn vị',
  ])('%j names no column of any table kind', (text) => {
    expect(matchHeaderAnyKind(text)).toEqual({});
  });

  it.each([
    ['Trường', 'unit'],
    ['Tên trường', 'unit'],
    ['Truong', 'unit'], // written without marks: as it was
  ])('%j is still a school', (text, field) => {
    expect(matchHeaderAnyKind(text).roster?.field).toBe(field);
  });

  it("reads a roster's units, not its heads", () => {
    const sheet = gridSheet('DS đơn vị', [
      ['STT', 'Trưởng đơn vị', 'Đơn vị', 'Điện thoại'],
      [1, 'Nguyễn Văn An', 'Phòng Nội vụ', '0912 111 222'],
      [2, 'Lê Thị Bình', 'Phòng Tư pháp', '0912 333 444'],
    ]);
    expect(detectSimpleHeader(sheet.rows, vocabularyOf('roster'), ['unit'])?.columns.unit).toBe(3);
  });
});
