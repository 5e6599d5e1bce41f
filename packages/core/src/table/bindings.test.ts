/**
 * A binding's sheet pattern is a glob (issue 15, class 9): `*` is any run of characters, everything
 * else is itself, case and composition ignored; matched without backtracking, whatever the pattern.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetMatches } from './bindings.js';

/**
 * The matcher packs had before: the pattern compiled into a regular expression. The glob matcher
 * must say what it said on every pattern it could answer in reasonable time.
 */
function regexMatches(pattern: string, name: string): boolean {
  if (!pattern) return true;
  const escaped = pattern
    .normalize('NFC')
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'iu').test(name.normalize('NFC'));
}

describe('sheetMatches', () => {
  it.each([
    [undefined, 'Bất kỳ trang nào', true],
    ['', 'Bất kỳ trang nào', true],
    ['Nhiệm vụ', 'Nhiệm vụ', true],
    ['Nhiệm vụ', 'nhiệm VỤ', true],
    ['Nhiệm vụ', 'Nhiệm vụ 2024', false],
    ['Chỉ tiêu*', 'Chỉ tiêu KT-XH', true],
    ['Chỉ tiêu*', 'Chỉ tiêu', true],
    ['Chỉ tiêu*', 'Bảng chỉ tiêu', false],
    ['*tiêu*', 'Bảng chỉ tiêu năm 2024', true],
    ['*2024', 'Kế hoạch 2024', true],
    ['*2024', 'Kế hoạch 2024 (bản sao)', false],
    ['Tháng *-2024', 'Tháng 5-2024', true],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['**', '', true],
    // composed and decomposed Vietnamese are the same letters
    ['Nhi\u0065\u0323\u0302m vụ*', 'Nhiệm vụ UBND tỉnh giao', true],
    // no character but * is special: these are the names themselves
    ['Số liệu (2024)', 'Số liệu (2024)', true],
    ['Số liệu (2024)', 'Số liệu 2024', false],
    ['Tuần ?', 'Tuần ?', true],
    ['Tuần ?', 'Tuần 1', false],
    ['[Bản nháp]*', '[Bản nháp] Nhiệm vụ', true],
    ['[Bản nháp]*', 'B Nhiệm vụ', false],
    ['Q.1', 'Q.1', true],
    ['Q.1', 'Qx1', false],
    ['(a+)+$', '(a+)+$', true],
  ] as const)('%j on %j is %j', (pattern, name, expected) => {
    expect(sheetMatches(pattern, name)).toBe(expected);
  });

  it('says what the regular-expression matcher said, on any pattern of few stars', () => {
    const letters = fc.constantFrom(
      'a',
      'B',
      'ệ',
      'Ệ',
      ' ',
      '.',
      '(',
      '[',
      '?',
      '+',
      '$',
      '\\',
      '*',
    );
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 8 }).map((a) => a.join('')),
        fc.array(fc.constantFrom('a', 'b', 'ệ', 'Ệ', ' ', '.', '(', '[', '?', '+', '$', '\\'), {
          maxLength: 12,
        }),
        (pattern, name) => {
          const text = name.join('');
          expect(sheetMatches(pattern, text)).toBe(regexMatches(pattern, text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('answers at once a pattern that sends a regular expression into exponential backtracking', () => {
    // '*a*a…*a*b' against 'aaa…': the old matcher took seconds at 12 stars and grew
    // exponentially; the pattern schema allows 200 characters (100 stars). No clock is read: the
    // test's own time limit is the only ceiling, far above what a linear matcher needs.
    const pattern = `${'*a'.repeat(99)}*b`;
    expect(pattern.length).toBeLessThanOrEqual(200);
    for (let i = 0; i < 1000; i += 1) {
      expect(sheetMatches(pattern, 'a'.repeat(31 + (i % 200)))).toBe(false);
    }
    expect(sheetMatches(pattern, `${'a'.repeat(99)}b`)).toBe(true);
    // a sheet name as long as a workbook may hold (64 KB tags): still linear
    expect(sheetMatches(pattern, 'a'.repeat(60_000))).toBe(false);
  });
});
