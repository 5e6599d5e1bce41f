/**
 * A council's or a Party committee's standing body ("Thường trực", "TT") sends that body's reports:
 * a log line from "Thường trực HĐND xã …" is the council's when the units listed are the councils —
 * layouts held-out set 14, q10 (a district council's log of the commune councils' session reports).
 */
import { describe, expect, it } from 'vitest';
import { createAgencyMatcher } from './agencies.js';

const councils = createAgencyMatcher([
  { id: 'hoa-khanh', name: 'HĐND phường Hòa Khánh' },
  { id: 'hoa-minh', name: 'HĐND phường Hòa Minh' },
  { id: 'cau-giat', name: 'Hội đồng nhân dân thị trấn Cầu Giát' },
  { id: 'nghia-dong', name: 'Đảng ủy xã Nghĩa Đồng' },
  { id: 'huyen-uy', name: 'Huyện ủy' },
]);

describe('a standing body the set does not list stands for its council or committee', () => {
  it.each([
    ['Thường trực HĐND phường Hòa Khánh', 'hoa-khanh'],
    ['TT HĐND phường Hòa Minh', 'hoa-minh'],
    ['TT. HĐND TT Cầu Giát', 'cau-giat'],
    ['Thường trực Đảng ủy xã Nghĩa Đồng', 'nghia-dong'],
    ['TT Huyện ủy', 'huyen-uy'],
    ['TTHU', 'huyen-uy'],
  ])('%j is %s', (written, id) => {
    const m = councils.match(written);
    expect(m?.agency.id).toBe(id);
    expect(m?.confidence).toBe(1);
  });

  it("another place's council is no match", () => {
    expect(councils.match('Thường trực HĐND phường Hòa Hiệp Bắc')?.agency.id).toBeUndefined();
  });

  it('a standing body the set lists stays itself', () => {
    const both = createAgencyMatcher([
      { id: 'tt-hu', name: 'Thường trực Huyện ủy' },
      { id: 'huyen-uy', name: 'Huyện ủy' },
      { id: 'btv-hu', name: 'Ban Thường vụ Huyện ủy' },
    ]);
    expect(both.match('TT Huyện ủy')?.agency.id).toBe('tt-hu');
    expect(both.match('Huyện ủy')?.agency.id).toBe('huyen-uy');
    expect(both.match('Ban Thường vụ Huyện ủy')?.agency.id).toBe('btv-hu');
  });
});
