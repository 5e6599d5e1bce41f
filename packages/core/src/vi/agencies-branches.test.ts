import { describe, expect, it } from 'vitest';
import { createAgencyMatcher, expandAgencyAbbreviations } from './agencies.js';

/**
 * An association's log of its own branches' reports writes them short: "Chi hội NCT thôn Đông Phú"
 * (NCT: người cao tuổi), "CH NCT Tây Phú" (CH: chi hội), or with the association left out ("Chi hội
 * thôn Nam Hòa") — layouts held-out set 11, l11.
 */
describe('the elderly association and a branch written short', () => {
  it.each([
    ['Chi hội NCT thôn Đông Phú', 'Chi hội Người cao tuổi thôn Đông Phú'],
    ['CH NCT Tây Phú', 'Chi hội Người cao tuổi Tây Phú'],
    ['Hội NCT xã Hồng Thái Tây', 'Hội Người cao tuổi xã Hồng Thái Tây'],
    ['HNCT huyện Đông Triều', 'Hội Người cao tuổi huyện Đông Triều'],
    ['CH PN thôn 3', 'Chi hội Phụ nữ thôn 3'],
    ['CH CCB thôn Đông', 'Chi hội Cựu chiến binh thôn Đông'],
    // "CH" alone is no branch
    ['CH Đông Phú', 'CH Đông Phú'],
  ])('%j → %j', (text, expanded) => {
    expect(expandAgencyAbbreviations(text)).toBe(expanded);
  });
});

const BRANCHES = [
  'Chi hội Người cao tuổi thôn Đông Phú',
  'Chi hội Người cao tuổi thôn Tây Phú',
  'Chi hội Người cao tuổi thôn Nam Hòa',
  'Chi hội Người cao tuổi thôn Bắc Hòa',
];

describe('a branch named against the branches listed', () => {
  const matcher = createAgencyMatcher(BRANCHES.map((name) => ({ id: name, name })));
  it.each([
    ['Chi hội NCT thôn Đông Phú', 'Chi hội Người cao tuổi thôn Đông Phú'],
    ['CH NCT Tây Phú', 'Chi hội Người cao tuổi thôn Tây Phú'],
    // the association left out, its branch's village kept whole
    ['Chi hội thôn Nam Hòa', 'Chi hội Người cao tuổi thôn Nam Hòa'],
    ['Chi hội NCT Bắc Hòa', 'Chi hội Người cao tuổi thôn Bắc Hòa'],
    // the association and the level word left out together
    ['Chi hội Đông Phú', 'Chi hội Người cao tuổi thôn Đông Phú'],
    // …but another level is another unit
    ['Chi hội xã Đông Phú', undefined],
    // a village no branch has, or only a part of a village's name
    ['Chi hội thôn Trung Lập', undefined],
    ['Chi hội thôn Hòa', undefined],
  ])('%j → %j', (text, unit) => {
    expect(matcher.match(text)?.agency.name).toBe(unit);
  });

  it('does not take a cut name for one of two branches it could be', () => {
    const two = createAgencyMatcher(
      [
        'Chi hội Người cao tuổi thôn Nam Hòa',
        'Chi hội Cựu chiến binh thôn Nam Hòa',
        'Chi hội Người cao tuổi thôn Đông Phú',
      ].map((name) => ({ id: name, name })),
    );
    expect(two.match('Chi hội thôn Nam Hòa')).toBeUndefined();
    expect(two.match('Chi hội Nam Hòa')).toBeUndefined();
  });
});
