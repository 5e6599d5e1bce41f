import { describe, expect, it } from 'vitest';
import { createAgencyMatcher, expandAgencyAbbreviations } from './agencies.js';

/**
 * A provincial procuracy's and a customs department's logs write their units short: "VKS" (Viện
 * Kiểm sát), "HQ" (Hải quan), "HQ CK" (Hải quan cửa khẩu), "H." before a district's name (huyện).
 */
describe('procuracies and customs branches written short', () => {
  it.each([
    ['VKS TP Thanh Hóa', 'Viện Kiểm sát Thành phố Thanh Hóa'],
    ['VKS H. Nga Sơn', 'Viện Kiểm sát huyện Nga Sơn'],
    ['VKSND huyện Hậu Lộc', 'Viện Kiểm sát nhân dân huyện Hậu Lộc'],
    ['Chi cục HQ CK Cầu Treo', 'Chi cục Hải quan cửa khẩu Cầu Treo'],
    ['HQ CK quốc tế Cha Lo', 'Hải quan cửa khẩu quốc tế Cha Lo'],
    ['Chi cục HQ Vũng Áng', 'Chi cục Hải quan Vũng Áng'],
    // "CK" alone is no border gate, "H." no district when no name follows
    ['Công ty CK Hà Tĩnh', 'Công ty CK Hà Tĩnh'],
    ['Nguyễn Văn H.', 'Nguyễn Văn H.'],
  ])('%j → %j', (text, expanded) => {
    expect(expandAgencyAbbreviations(text)).toBe(expanded);
  });
});

const UNITS = [
  'Viện Kiểm sát nhân dân thành phố Thanh Hóa',
  'Viện Kiểm sát nhân dân huyện Nga Sơn',
  'Viện Kiểm sát nhân dân huyện Hậu Lộc',
  'Chi cục Hải quan cửa khẩu Cầu Treo',
  'Chi cục Hải quan cửa khẩu quốc tế Cha Lo',
  'Chi cục Hải quan Vũng Áng',
];

describe('against the units listed', () => {
  const matcher = createAgencyMatcher(UNITS.map((name) => ({ id: name, name })));
  it.each([
    ['VKS TP Thanh Hóa', UNITS[0]],
    ['VKS H. Nga Sơn', UNITS[1]],
    ['VKSND huyện Hậu Lộc', UNITS[2]],
    ['Chi cục HQ CK Cầu Treo', UNITS[3]],
    ['Chi cục HQ CK quốc tế Cha Lo', UNITS[4]],
    ['Chi cục HQ Vũng Áng', UNITS[5]],
    ['VKS H. Hoằng Hóa', undefined],
  ])('%j → %j', (text, unit) => {
    expect(matcher.match(text)?.agency.name).toBe(unit);
  });
});
