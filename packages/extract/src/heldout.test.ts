/**
 * Short directives written for evaluation, in the styles the extractor will meet (a follow-up
 * letter, a conclusion notice, a commune resolution's targets, a plan's reporting duties, a news
 * item, a meeting notice). Their gold lists were written before the extractor was run on them.
 * The totals must not fall below what was reached (see README, "Measured").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldOutDir, heldOutDir2, runBench } from './bench.js';
import type { GoldItem } from './score.js';

describe.each([
  ['held-out set 1', heldOutDir],
  ['held-out set 2', heldOutDir2],
])('%s', (_label, dir) => {
  const { total, perDocument } = runBench(dir, dir);

  it('has a gold list for each text, every quote exactly at its span', () => {
    expect(Object.keys(perDocument).length).toBeGreaterThanOrEqual(4);
    for (const stem of Object.keys(perDocument)) {
      const text = readFileSync(join(dir, `${stem}.md`), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, `${stem}.json`), 'utf8')) as GoldItem[];
      for (const g of gold) expect(text.slice(g.span[0], g.span[1])).toBe(g.quote);
    }
  });

  it.each(['deadline', 'report', 'indicator'] as const)(
    'keeps precision and recall of %s at 0.85 or more',
    (kind) => {
      expect(total[kind]!.precision).toBeGreaterThanOrEqual(0.85);
      expect(total[kind]!.recall).toBeGreaterThanOrEqual(0.85);
    },
  );
});
