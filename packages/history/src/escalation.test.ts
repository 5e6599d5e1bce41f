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

  it('the next letter about the same items is "lần 2" and has the first to cite', () => {
    const e = escalationFor(
      'BAN TUYÊN GIÁO HUYỆN ỦY',
      ['task|quan triet|ban tuyen giao huyen uy'],
      [first],
    );
    expect(e).toEqual({ round: 2, earlier: [first] });
  });

  it('a third letter has both earlier ones, oldest first', () => {
    const e = escalationFor(
      'Ban Tuyên giáo Huyện ủy',
      ['task|quan triet|ban tuyen giao huyen uy'],
      [first, second],
    );
    expect(e.round).toBe(3);
    expect(e.earlier.map((r) => r.number)).toEqual(['125-CV/VPHU', '131-CV/VPHU']);
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
