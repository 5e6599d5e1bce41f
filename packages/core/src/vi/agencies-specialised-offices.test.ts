/**
 * A district's specialised office ("phòng chuyên môn") advises its People's Committee and sends
 * that committee's reports: a province's log of the districts' reports names the sender as the
 * office ("Phòng TC-KH huyện Định Hóa", "Phòng NN&PTNT Võ Nhai"), while the roster lists the
 * committees. Such a line is the committee's at that district; an office of another body (the
 * police, a department of the province) is not, and a set listing offices reads them as units.
 * Wordings other than those of the set that raised the class (held-out set 18).
 */
import { describe, expect, it } from 'vitest';
import { createAgencyMatcher } from './agencies.js';

const districts = [
  { id: 'ubnd-dinh-hoa', name: 'UBND huyện Định Hóa' },
  { id: 'ubnd-vo-nhai', name: 'Ủy ban nhân dân huyện Võ Nhai' },
  { id: 'ubnd-song-cong', name: 'UBND thành phố Sông Công' },
  { id: 'ubnd-pho-yen', name: 'UBND thị xã Phổ Yên' },
];

describe("a district's specialised office sends for its People's Committee", () => {
  const matcher = createAgencyMatcher(districts);
  it.each<[string, string | undefined]>([
    ['Phòng TC-KH huyện Định Hóa', 'ubnd-dinh-hoa'],
    ['Phòng Tài chính - Kế hoạch huyện Định Hóa', 'ubnd-dinh-hoa'],
    // the district by its name alone, after an office written short or in full
    ['Phòng NN&PTNT Võ Nhai', 'ubnd-vo-nhai'],
    ['Phòng Lao động - Thương binh và Xã hội Võ Nhai', 'ubnd-vo-nhai'],
    ['Phòng Quản lý đô thị TP Sông Công', 'ubnd-song-cong'],
    ['Phòng Y tế thị xã Phổ Yên', 'ubnd-pho-yen'],
    // an office of another body at the district is not the committee's
    ['Phòng Cảnh sát giao thông Công an huyện Định Hóa', undefined],
    ['Phòng Kế hoạch Sở Y tế', undefined],
    // an office with no district, or a district the set does not hold
    ['Phòng Nội vụ', undefined],
    ['Phòng Tư pháp huyện Đại Từ', undefined],
  ])('%j → %s', (text, id) => {
    const m = matcher.match(text);
    expect(m?.agency.id).toBe(id);
    if (id) expect(m?.how).toBe('specialised-office');
  });

  it('takes the committee among the units of the district', () => {
    const both = createAgencyMatcher([
      ...districts,
      { id: 'hu-dinh-hoa', name: 'Huyện ủy Định Hóa' },
    ]);
    expect(both.match('Phòng Văn hóa và Thông tin huyện Định Hóa')?.agency.id).toBe(
      'ubnd-dinh-hoa',
    );
  });

  it('reads offices as units of their own when the set lists them', () => {
    const offices = createAgencyMatcher([
      { id: 'noi-vu', name: 'Phòng Nội vụ huyện Định Hóa' },
      ...districts,
    ]);
    expect(offices.match('Phòng Tư pháp huyện Định Hóa')?.agency.id).not.toBe('ubnd-dinh-hoa');
  });
});
