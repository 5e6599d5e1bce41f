/**
 * One table of the parts of a body that stand for the body (`BODY_PARTS` in agencies.ts): a
 * council's or a Party committee's standing body and a commune's one-stop desk send their body's
 * reports, so in a set that lists no such part as a unit of its own, the part is its body. Other
 * wordings than those of the sets that raised each kind (held-out sets 13 and 14).
 */
import { describe, expect, it } from 'vitest';
import { createAgencyMatcher, type AgencyMatchHow } from './agencies.js';

const units = [
  { id: 'hdnd-huyen', name: 'HĐND huyện' },
  { id: 'ubnd-huyen', name: 'UBND huyện' },
  { id: 'dang-uy-tan-lap', name: 'Đảng ủy xã Tân Lập' },
  { id: 'hdnd-tan-lap', name: 'HĐND xã Tân Lập' },
  { id: 'ubnd-tan-lap', name: 'UBND xã Tân Lập' },
  { id: 'ubnd-phu-loi', name: 'UBND phường Phú Lợi' },
  { id: 'thanh-uy', name: 'Thành ủy' },
];

describe('a part of a body for the body, one table', () => {
  const matcher = createAgencyMatcher(units);
  it.each<[string, string | undefined, AgencyMatchHow | undefined]>([
    // standing bodies, however written
    ['Thường trực Đảng ủy xã Tân Lập', 'dang-uy-tan-lap', 'standing-body'],
    ['TT ĐU xã Tân Lập', 'dang-uy-tan-lap', 'standing-body'],
    ['Thường trực Hội đồng nhân dân xã Tân Lập', 'hdnd-tan-lap', 'standing-body'],
    ['Thường trực HĐND huyện', 'hdnd-huyen', 'standing-body'],
    ['TT Thành ủy', 'thanh-uy', 'standing-body'],
    // one-stop desks, however written
    ['Bộ phận tiếp nhận và trả kết quả xã Tân Lập', 'ubnd-tan-lap', 'one-stop-desk'],
    ['Bộ phận một cửa liên thông phường Phú Lợi', 'ubnd-phu-loi', 'one-stop-desk'],
    ['BP một cửa xã Tân Lập', 'ubnd-tan-lap', 'one-stop-desk'],
    ['Bộ phận TN&TKQ phường Phú Lợi', 'ubnd-phu-loi', 'one-stop-desk'],
    // not parts of one body in the table: the office of both the council and the committee, a
    // party committee's office and standing committee, a desk's officer, the Front's standing body
    ['Văn phòng HĐND-UBND huyện', undefined, undefined],
    ['Văn phòng HĐND và UBND xã Tân Lập', undefined, undefined],
    ['Văn phòng Đảng ủy xã Tân Lập', undefined, undefined],
    ['Ban Thường vụ Đảng ủy xã Tân Lập', undefined, undefined],
    ['Công chức một cửa xã Tân Lập', undefined, undefined],
    ['Thường trực MTTQ xã Tân Lập', undefined, undefined],
    // a part with no place of its own is no body
    ['Bộ phận một cửa', undefined, undefined],
  ])('%j → %s (%s)', (text, id, how) => {
    const m = matcher.match(text);
    expect(m?.agency.id).toBe(id);
    expect(m?.how).toBe(how);
  });

  it('reads the parts a cell lists', () => {
    const parts = matcher.split('BPMC xã Tân Lập; Thường trực HĐND xã Tân Lập, TT Thành ủy');
    expect(parts.map((p) => p.match?.agency.id)).toEqual([
      'ubnd-tan-lap',
      'hdnd-tan-lap',
      'thanh-uy',
    ]);
  });

  it('keeps a part itself when the set lists such parts as units of their own', () => {
    const listed = createAgencyMatcher([
      ...units,
      { id: 'tt-hdnd-huyen', name: 'Thường trực HĐND huyện' },
    ]);
    expect(listed.match('Thường trực HĐND huyện')?.agency.id).toBe('tt-hdnd-huyen');
    // another standing body is a unit the set does not hold, not its council
    expect(listed.match('TT HĐND xã Tân Lập')?.agency.id).toBeUndefined();
    // a set that lists standing bodies still reads a desk as its committee
    expect(listed.match('BPMC xã Tân Lập')?.agency.id).toBe('ubnd-tan-lap');
  });
});
