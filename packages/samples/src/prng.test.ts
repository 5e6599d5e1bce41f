import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from './prng.js';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and another one for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(
      Array.from({ length: 20 }, () => b.next()),
    );
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('keeps int() within its bounds and next() within [0, 1)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const rng = createRng(seed);
          for (let i = 0; i < 20; i++) {
            const n = rng.int(min, min + span);
            expect(n >= min && n <= min + span && Number.isInteger(n)).toBe(true);
            const x = rng.next();
            expect(x >= 0 && x < 1).toBe(true);
          }
        },
      ),
    );
  });

  it('shuffles without losing or adding items, and never picks a zero weight', () => {
    const rng = createRng(9);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    for (let i = 0; i < 200; i++)
      expect(
        rng.weighted([
          ['a', 1],
          ['b', 0],
          ['c', 2],
        ] as const),
      ).not.toBe('b');
    expect(() => rng.pick([])).toThrow();
  });
});
