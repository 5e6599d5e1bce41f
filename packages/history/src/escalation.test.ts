import { describe, expect, it } from 'vitest';
import { escalatedItems, escalationFor, type SentReminder } from './escalation.js';

const first: SentReminder = {
  agency: 'Ban Tuyên giáo Huyện ủy',
  number: '125-CV/VPHU',
  date: '2024-07-02',
  recordedAt: '2024-07-02T08:00:00Z',
  items: [{ key: 'task|quan triet|ban tuyen giao huyen uy', title: 'Quán triệt Chỉ thị 32' }],
};
const second: SentReminder = {
  ...first,
  number: '131-CV/VPHU',
  date: '2024-07-09',
  recordedAt: '2024-07-09T08:00:00Z',
};

describe('escalationFor', () => {
  it('a first letter is round 1 and cites nothing', () => {
    expect(
      escalationFor('Ban Tuyên giáo Huyện ủy', ['task|quan triet|ban tuyen giao huyen uy'], []),
    ).toEqual({
      round: 1,
      earlier: [],
    });
  });

  it('the next letter about the same items is "lần 2" and cites the first by number and date', () => {
    const e = escalationFor(
      'BAN TUYÊN GIÁO HUYỆN ỦY',
      ['task|quan triet|ban tuyen giao huyen uy'],
      [first],
    );
    expect(e.round).toBe(2);
    expect(e.citation?.vi).toBe(
      'Văn phòng đã có Công văn số 125-CV/VPHU ngày 02/7/2024 đôn đốc BAN TUYÊN GIÁO HUYỆN ỦY thực hiện các nội dung được giao; đến nay các nội dung dưới đây vẫn chưa được thực hiện.',
    );
  });

  it('letters to another agency, or about other items, do not count', () => {
    expect(
      escalationFor('UBND huyện', ['task|quan triet|ban tuyen giao huyen uy'], [first]).round,
    ).toBe(1);
    expect(
      escalationFor('Ban Tuyên giáo Huyện ủy', ['task|khac|ban tuyen giao huyen uy'], [first])
        .round,
    ).toBe(1);
  });

  it('a letter without a number is cited by the day it was recorded', () => {
    const { number: _n, date: _d, ...unnumbered } = first;
    const e = escalationFor(
      'Ban Tuyên giáo Huyện ủy',
      ['task|quan triet|ban tuyen giao huyen uy'],
      [unnumbered],
    );
    expect(e.citation?.vi).toMatch(/^Văn phòng đã có Công văn ngày 02\/7\/2024 đôn đốc/);
  });
});

describe('escalatedItems', () => {
  const open = [
    {
      agency: 'Ban Tuyên giáo Huyện ủy',
      key: 'task|quan triet|ban tuyen giao huyen uy',
      title: 'Quán triệt Chỉ thị 32',
    },
    { agency: 'UBND huyện', key: 'task|so ket|ubnd huyen', title: 'Sơ kết' },
  ];
  it.each([
    [1, ['Quán triệt Chỉ thị 32']],
    [2, ['Quán triệt Chỉ thị 32']],
    [3, []],
  ])('after %i reminder(s) or more: %j', (threshold, titles) => {
    expect(escalatedItems(open, [first, second], threshold).map((i) => i.title)).toEqual(titles);
  });
});
