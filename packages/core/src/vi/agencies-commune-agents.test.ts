/**
 * Who acts for a commune in its reports (`BODY_PARTS` in agencies.ts, 'commune-agent'): a log of
 * the communes' reports names the sender as the person or the command that sent it — its
 * extension worker, its officials, its disaster-prevention command — while the roster lists the
 * commune once. Such a line is the commune's, when the set holds exactly one unit at that place;
 * a body of its own kind at the place (a health station, an association) is never read so. Other
 * wordings than those of the set that raised the class (held-out set 17).
 */
import { describe, expect, it } from 'vitest';
import { createAgencyMatcher, type AgencyMatchHow } from './agencies.js';

const communes = [
  { id: 'xa-phu-lac', name: 'Xã Phú Lạc' },
  { id: 'ubnd-nam-hoa', name: 'UBND xã Nam Hòa' },
  { id: 'ubnd-tan-an', name: 'UBND phường Tân An' },
  { id: 'ubnd-ha-lam', name: 'Ủy ban nhân dân thị trấn Hà Lâm' },
];

describe('who acts for a commune is the commune', () => {
  const matcher = createAgencyMatcher(communes);
  it.each<[string, string | undefined, AgencyMatchHow | undefined]>([
    ['Khuyến nông viên xã Phú Lạc', 'xa-phu-lac', 'commune-agent'],
    ['Thú y viên xã Phú Lạc', 'xa-phu-lac', 'commune-agent'],
    ['Công chức Văn hóa - Xã hội phường Tân An', 'ubnd-tan-an', 'commune-agent'],
    ['CB Địa chính thị trấn Hà Lâm', 'ubnd-ha-lam', 'commune-agent'],
    ['BCH PCTT&TKCN xã Nam Hòa', 'ubnd-nam-hoa', 'commune-agent'],
    ['Ban Chỉ huy phòng, chống thiên tai phường Tân An', 'ubnd-tan-an', 'commune-agent'],
    ['Ban CH PCLB xã Phú Lạc', 'xa-phu-lac', 'commune-agent'],
    ['BCH phường Tân An', 'ubnd-tan-an', 'commune-agent'],
    ['Ban CHQS thị trấn Hà Lâm', 'ubnd-ha-lam', 'commune-agent'],
    // …but a Ban Chấp hành is its organisation's
    ['BCH Đoàn xã Nam Hòa', undefined, undefined],
    // a body of its own kind at the place is not the commune
    ['Trạm Y tế xã Nam Hòa', undefined, undefined],
    ['Cán bộ Hội Nông dân xã Phú Lạc', undefined, undefined],
    ['Chi hội Khuyến nông xã Phú Lạc', undefined, undefined],
    // a commune the set does not hold
    ['Khuyến nông viên xã Đông Cao', undefined, undefined],
  ])('%j → %s (%s)', (text, id, how) => {
    const m = matcher.match(text);
    expect(m?.agency.id).toBe(id);
    expect(m?.how).toBe(how);
  });

  it('leaves the line alone when the set holds two units at the place', () => {
    const two = createAgencyMatcher([
      ...communes,
      { id: 'du-nam-hoa', name: 'Đảng ủy xã Nam Hòa' },
    ]);
    expect(two.match('BCH PCTT xã Nam Hòa')).toBeUndefined();
  });

  it('keeps an agent itself when the set lists the agents', () => {
    const workers = createAgencyMatcher([
      { id: 'knv-phu-lac', name: 'Khuyến nông viên xã Phú Lạc' },
      { id: 'knv-nam-hoa', name: 'Khuyến nông viên xã Nam Hòa' },
      ...communes,
    ]);
    expect(workers.match('KNV xã Nam Hòa')?.agency.id).toBe('knv-nam-hoa');
  });
});

describe('a kind written before a place name, its middle words left out', () => {
  const stations = createAgencyMatcher([
    { id: 'tram-bac-son', name: 'Trạm Khuyến nông Bắc Sơn' },
    { id: 'tram-dong-tien', name: 'Trạm Khuyến nông Đồng Tiến' },
    { id: 'truong-dong-tien', name: 'Trường Mầm non Đồng Tiến' },
  ]);
  it.each<[string, string | undefined]>([
    ['Trạm Bắc Sơn', 'tram-bac-son'],
    ['Trạm Đồng Tiến', 'tram-dong-tien'],
    ['Trường Đồng Tiến', 'truong-dong-tien'],
    // a kind the set does not hold at the place
    ['Trạm Cao Lộc', undefined],
  ])('%j → %s', (text, id) => {
    expect(stations.match(text)?.agency.id).toBe(id);
  });
});

describe('a name cut short that two units hold whole is no guess', () => {
  const units = createAgencyMatcher([
    { id: 'htx-nn-phu-my', name: 'Hợp tác xã nông nghiệp Phú Mỹ' },
    { id: 'htx-ts-phu-my', name: 'Hợp tác xã thủy sản Phú Mỹ' },
    { id: 'htx-nn-an-hoa', name: 'Hợp tác xã nông nghiệp An Hòa' },
    { id: 'tram-kn-cao-loc', name: 'Trạm Khuyến nông Cao Lộc' },
    { id: 'tram-ty-cao-loc', name: 'Trạm Thú y Cao Lộc' },
  ]);
  it.each<[string, string | undefined]>([
    ['HTX Phú Mỹ', undefined],
    ['Trạm Cao Lộc', undefined],
    // the words that tell them apart, written short or whole
    ['HTX NN Phú Mỹ', 'htx-nn-phu-my'],
    ['HTX thủy sản Phú Mỹ', 'htx-ts-phu-my'],
    ['HTX An Hòa', 'htx-nn-an-hoa'],
  ])('%j → %s', (text, id) => {
    expect(units.match(text)?.agency.id).toBe(id);
  });
});
