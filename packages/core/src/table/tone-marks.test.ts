/**
 * Marks count where they were typed: a header written with its marks names a field only through
 * words spelled the same, a header typed without marks is read by its letters.
 */
import { describe, expect, it } from 'vitest';
import { matchHeaderAnyKind } from './matcher.js';

function fields(header: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(matchHeaderAnyKind(header)).map(([kind, m]) => [kind, m.field]),
  );
}

describe('a header and a wording that differ by a mark are different words', () => {
  it.each([
    // goods ("hàng") are no rank ("Hạng"), a head ("Trưởng") no school ("Trường")
    ['Hàng', {}],
    ['Hàng mục', {}],
    ['Trưởng', {}],
    // a typo of tone is no wording either
    ['Thời hàn', {}],
    ['Đơn vì', {}],
    // "TB/TU ngày": "TU" in capitals in a header in lower case is an abbreviation, not "Từ"
    ['TU ngày', {}],
  ])('%j names nothing', (header, expected) => expect(fields(header)).toEqual(expected));

  it.each([
    ['Hạng', { roster: 'group' }],
    ['Trường', { reports: 'unit', roster: 'unit' }],
    ['Thời hạn', { tasks: 'due' }],
    ['Từ ngày', { tasks: 'start' }],
  ])('%j, spelled as the wording, names its field', (header, expected) =>
    expect(fields(header)).toEqual(expected),
  );
});

describe('where marks were not typed, letters alone are compared', () => {
  it.each([
    // a header typed without marks, in any case
    ['HANG', { roster: 'group' }],
    ['Tu ngay', { tasks: 'start' }],
    ['Thoi han', { tasks: 'due' }],
    // one word that lost its mark, in lower case or in a header in capitals
    ['Ngay hoàn thành', { tasks: 'completedOn' }],
    ['NGAY HOÀN THÀNH', { tasks: 'completedOn' }],
    // where the tone mark sits on the vowels is a style ("hoà" / "hòa")
    ['Ngày hoàn thành'.normalize('NFD'), { tasks: 'completedOn' }],
    ['Luỹ kế', { indicators: 'actual' }],
    ['Lũy kế', { indicators: 'actual' }],
  ])('%j', (header, expected) => expect(fields(header)).toEqual(expected));
});
