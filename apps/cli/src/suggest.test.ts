import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

const PACKS = ['generic', 'quan-triet-ct32-ctr48', 'quang-ngai-kl14-2024', 'tinh-uy-thang-4-2021'];

describe('suggest', () => {
  it.each([
    ['generc', ['generic']],
    ['gneeric', ['generic']],
    ['quan-triet-ct23-ctr48', ['quan-triet-ct32-ctr48']],
    ['quang-ngai', ['quang-ngai-kl14-2024']],
    ['hoan-toan-khac', []],
    ['', []],
  ])('"%s" → %j', (typed, expected) => {
    expect(suggest(typed, PACKS)).toEqual(expected);
  });

  it('distance is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
