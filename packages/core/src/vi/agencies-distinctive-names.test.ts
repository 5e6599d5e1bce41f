import { describe, expect, it } from 'vitest';
import { createAgencyMatcher, expandAgencyAbbreviations } from './agencies.js';

/**
 * A log of units that share a kind writes each by what tells it from the others, the kind left
 * out: the faculty "Điện - Điện tử" for "Khoa Điện - Điện tử", the branch "Hà Tĩnh" for "Chi cục
 * Dự trữ Nhà nước Hà Tĩnh" (layouts held-out set 21, h10 and h11). Matched when the words end
 * exactly one unit's name and what they leave before them opens another unit's name too.
 */
const matcherOf = (names: readonly string[]) =>
  createAgencyMatcher(names.map((name) => ({ id: name, name })));

describe('a unit written by the name that tells it from its kind', () => {
  const wards = matcherOf([
    'Khoa Nội tổng hợp',
    'Khoa Ngoại chấn thương',
    'Khoa Hồi sức cấp cứu',
    'Khoa Y học cổ truyền',
    'Phòng Kế hoạch tổng hợp',
  ]);
  const taxOffices = matcherOf([
    'Chi cục Thuế khu vực Bắc Nguyên',
    'Chi cục Thuế khu vực Sông Mây',
    'Chi cục Thuế khu vực Trà Lâm',
  ]);
  it.each([
    [wards, 'Hồi sức cấp cứu', 'Khoa Hồi sức cấp cứu'],
    [wards, 'Y học cổ truyền', 'Khoa Y học cổ truyền'],
    [wards, 'Ngoại chấn thương', 'Khoa Ngoại chấn thương'],
    [taxOffices, 'Sông Mây', 'Chi cục Thuế khu vực Sông Mây'],
    [taxOffices, 'Trà Lâm', 'Chi cục Thuế khu vực Trà Lâm'],
  ])('%#: %j is %j', (matcher, text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it.each([
    // the end of a name whose rest opens no other unit's: "Cấp cứu" leaves "Khoa Hồi sức"
    [wards, 'Cấp cứu'],
    // the one unit of its kind ("Phòng"): nothing to tell it from
    [wards, 'Kế hoạch tổng hợp'],
    // a word that ends two names
    [matcherOf(['Khoa Nội tổng hợp', 'Phòng Kế hoạch tổng hợp']), 'Tổng hợp'],
    // a level and a place is read by the place rules, not as a name
    [taxOffices, 'huyện Sông Mây'],
    // not written as a name
    [wards, 'cấp cứu'],
  ])('%#: %j is no unit', (matcher, text) => {
    expect(matcher.match(text)).toBeUndefined();
  });
});

/** Management boards and the zones they manage, written short (set 21, h12). */
describe('a management board written short', () => {
  it.each([
    ['BQL các KCN', 'Ban Quản lý các khu công nghiệp'],
    ['Ban QL KKT Nghi Sơn', 'Ban Quản lý khu kinh tế Nghi Sơn'],
    ['BQLDA ĐTXD huyện Phú Giáo', 'Ban Quản lý dự án đầu tư xây dựng huyện Phú Giáo'],
    ['BQL CCN Tân Bình', 'Ban Quản lý cụm công nghiệp Tân Bình'],
  ])('%j → %j', (text, expanded) => {
    expect(expandAgencyAbbreviations(text)).toBe(expanded);
  });

  it('is the one board of the set, its province left out', () => {
    const matcher = matcherOf([
      'Sở Tài nguyên và Môi trường',
      'Ủy ban nhân dân huyện Phú Giáo',
      'Ban Quản lý các khu công nghiệp tỉnh Hà Vân',
    ]);
    expect(matcher.match('BQL các KCN')?.agency.name).toBe(
      'Ban Quản lý các khu công nghiệp tỉnh Hà Vân',
    );
  });
});

describe('a place with its level and nothing else: the one unit of the set there', () => {
  const branches = [
    'Hội Người mù thành phố Tam Kỳ',
    'Hội Người mù huyện Núi Thành',
    'Hội Người mù thị xã Điện Bàn',
  ].map((name, i) => ({ id: `h${i}`, name }));
  const matcher = createAgencyMatcher(branches);
  it.each([
    ['Thị xã Điện Bàn', 'Hội Người mù thị xã Điện Bàn'],
    ['TX Điện Bàn', 'Hội Người mù thị xã Điện Bàn'],
    ['TX. Điện Bàn', 'Hội Người mù thị xã Điện Bàn'],
    ['Huyện Núi Thành', 'Hội Người mù huyện Núi Thành'],
    ['TP Tam Kỳ', 'Hội Người mù thành phố Tam Kỳ'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it('names no unit where the set holds several at that place', () => {
    const commune = createAgencyMatcher(
      ['UBND xã Bình Dương', 'Hội Nông dân xã Bình Dương', 'UBND xã Bình Trị'].map((name, i) => ({
        id: `c${i}`,
        name,
      })),
    );
    expect(commune.match('Xã Bình Dương')).toBeUndefined();
    expect(commune.match('Xã Bình Trị')?.agency.name).toBe('UBND xã Bình Trị');
  });
});
