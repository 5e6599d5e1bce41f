import { describe, expect, it } from 'vitest';
import { namesPlaceOf } from './agencies.js';

/**
 * A commune's own logs name its villages bare ("Nà Pài" for "Thôn Nà Pài", "Bản Chang" for "Thôn
 * Bản Chang"), as a district's name its communes: the village words (thôn, ấp, xóm, buôn, sóc, tổ
 * dân phố, khu phố, khu dân cư) stand before a place's name like "xã" and "thị trấn" (layouts
 * held-out set 10, k11).
 */
describe('a village named bare, against the villages listed', () => {
  it.each([
    ['Nà Pài', 'Thôn Nà Pài', true],
    ['Bản Chang', 'Thôn Bản Chang', true],
    ['Thôn Nà Pài', 'UBND thôn Nà Pài', true],
    ['3', 'Ấp 3', true],
    ['Mỹ Lợi', 'Ấp Mỹ Lợi', true],
    ['Tân Tiến', 'Tổ dân phố Tân Tiến', true],
    ['Đông', 'Khu phố Đông', true],
    ['Ea Sar', 'Buôn Ea Sar', true],
    // a part of the village's name, another village, a board named like a place
    ['Pài', 'Thôn Nà Pài', false],
    ['Nà Búng', 'Thôn Nà Pài', false],
    ['Dân vận', 'Ban Dân vận', false],
  ])('%j of %j → %s', (text, unit, expected) => {
    expect(namesPlaceOf(text, unit)).toBe(expected);
  });
});
