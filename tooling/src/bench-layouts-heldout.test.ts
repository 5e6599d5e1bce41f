import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS_DIR, dirArgument, formatLayoutScores, scoreLayouts } from './bench-layouts.js';

/**
 * The held-out sets: layouts dondoc was not developed on (fixtures/layouts-heldout/README.md), and
 * the third to twenty-second sets, built blind with their expectations committed before dondoc ran on
 * them (fixtures/layouts-heldout3/README.md … fixtures/layouts-heldout22/README.md). Each gates its passing workbooks; the ones listed in its
 * known-failing.json are measured, not gated.
 */
const HELD_OUT_SETS = [
  'layouts-heldout',
  'layouts-heldout3',
  'layouts-heldout4',
  'layouts-heldout5',
  'layouts-heldout6',
  'layouts-heldout7',
  'layouts-heldout8',
  'layouts-heldout9',
  'layouts-heldout10',
  'layouts-heldout11',
  'layouts-heldout12',
  'layouts-heldout13',
  'layouts-heldout14',
  'layouts-heldout15',
  'layouts-heldout16',
  'layouts-heldout17',
  'layouts-heldout18',
  'layouts-heldout19',
  'layouts-heldout20',
  'layouts-heldout21',
  'layouts-heldout22',
];

describe.each(HELD_OUT_SETS)('the held-out set fixtures/%s', (folder) => {
  const dir = path.resolve(LAYOUTS_DIR, '..', folder);
  const knownFailing = JSON.parse(
    readFileSync(path.join(dir, 'known-failing.json'), 'utf8'),
  ) as string[];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''));

  it('holds 12 to 16 workbooks, each with its expectations and its public model', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names.length).toBeLessThanOrEqual(16);
    const files = new Set(readdirSync(dir));
    for (const name of names) {
      expect(files.has(`${name}.xlsx`), name).toBe(true);
      const spec = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as {
        modelledOn: string;
        classes: string[];
      };
      expect(spec.modelledOn, name).toMatch(/^https?:\/\//);
      expect(spec.classes.length, name).toBeGreaterThan(0);
    }
  });

  it('gives exactly what each workbook expects, except the ones listed as known failing', async () => {
    const scores = await scoreLayouts(dir);
    expect(scores.fixtures).toBe(names.length);
    expect(scores.outcomes.filter((o) => o.error !== undefined)).toEqual([]);
    expect(formatLayoutScores(scores, false, dir)).toContain(
      `(fixtures/${folder}): ${scores.passed}/${names.length} workbooks`,
    );
    const known = new Set(knownFailing);
    const regressions = scores.outcomes
      .filter((o) => !o.passed && !known.has(o.workbook.replace(/\.xlsx$/, '')))
      .map((o) => ({
        workbook: o.workbook,
        missing: [...o.missing, ...o.notEvaluated.filter((n) => !n.listed).map((n) => n.key)],
        unexpected: o.extra,
        tables: o.tables.filter((t) => t.found !== t.expected),
      }));
    expect(regressions).toEqual([]);
  }, 180_000);

  it('lists as known failing only workbooks of the set', () => {
    expect(knownFailing.filter((n) => !names.includes(n))).toEqual([]);
  });
});

describe('dirArgument', () => {
  it.each([
    { argv: ['--diffs'], want: LAYOUTS_DIR },
    {
      argv: ['--dir', 'fixtures/layouts-heldout', '--diffs'],
      want: '/repo/fixtures/layouts-heldout',
    },
    { argv: ['--diffs', '--dir', '/abs/x'], want: '/abs/x' },
  ])('$argv', ({ argv, want }) => {
    expect(dirArgument(argv, '/repo')).toBe(want);
  });

  it('refuses --dir without a folder', () => {
    expect(() => dirArgument(['--dir'])).toThrow(/--dir needs a folder/);
    expect(() => dirArgument(['--dir', '--diffs'])).toThrow(/--dir needs a folder/);
  });
});
