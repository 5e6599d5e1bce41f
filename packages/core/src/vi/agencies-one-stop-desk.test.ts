/**
 * A commune's one-stop desk ("Bộ phận một cửa", "Bộ phận tiếp nhận và trả kết quả") is part of its
 * People's Committee and sends the committee's reports on administrative procedures: in a log
 * whose roster lists the committees, the desk is its committee (issue 13, held-out set 13, p09).
 */
import { describe, expect, it } from 'vitest';
import { matchHeaderAnyKind } from '../table/matcher.js';
import { createAgencyMatcher } from './agencies.js';

const committees = [
  { id: 'hoang-ninh', name: 'UBND xã Hoàng Ninh' },
  { id: 'quang-minh', name: 'UBND xã Quang Minh' },
  { id: 'nham-bien', name: 'UBND thị trấn Nham Biền' },
  { id: 'tan-an', name: 'UBND xã Tân An' },
  { id: 'tan-an-phuong', name: 'UBND phường Tân An' },
];

describe("a one-stop desk for its People's Committee", () => {
  const matcher = createAgencyMatcher(committees);
  it.each<[string, string | undefined]>([
    ['BPMC xã Hoàng Ninh', 'hoang-ninh'],
    ['Bộ phận một cửa xã Quang Minh', 'quang-minh'],
    ['Bộ phận Một cửa liên thông xã Quang Minh', 'quang-minh'],
    ['Bộ phận TN&TKQ xã Hoàng Ninh', 'hoang-ninh'],
    ['Bộ phận tiếp nhận và trả kết quả TT Nham Biền', 'nham-bien'],
    ['Một cửa TT Nham Biền', 'nham-bien'],
    // no level word: the set holds one Quang Minh
    ['BPMC Quang Minh', 'quang-minh'],
    // two Tân An (a commune and a ward): the level decides, and without it there is no guess
    ['BPMC phường Tân An', 'tan-an-phuong'],
    ['BPMC Tân An', undefined],
    // a place the set does not hold is no committee of it
    ['BPMC xã Hoàng Lương', undefined],
  ])('%j → %s', (text, id) => {
    expect(matcher.match(text)?.agency.id).toBe(id);
  });

  it('is the desk itself when the set lists desks as units of their own', () => {
    const desks = createAgencyMatcher([
      ...committees,
      { id: 'desk-quang-minh', name: 'Bộ phận một cửa xã Quang Minh' },
    ]);
    expect(desks.match('Bộ phận một cửa xã Quang Minh')?.agency.id).toBe('desk-quang-minh');
    expect(desks.match('BPMC xã Hoàng Ninh')?.agency.id).toBeUndefined();
  });

  it('reads a log column headed by the desk that sends', () => {
    expect(matchHeaderAnyKind('Bộ phận một cửa gửi').reports?.field).toBe('unit');
    expect(matchHeaderAnyKind('Bộ phận gửi báo cáo').reports?.field).toBe('unit');
  });
});
