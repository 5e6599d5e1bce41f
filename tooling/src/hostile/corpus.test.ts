/**
 * The hostile-input corpus, fast cases (issue 15): every case through the real binary, with the
 * promises of run.ts. The slow ones run in `npm run test:hostile` (corpus.hostile.ts).
 */
import { expect, it } from 'vitest';
import { hostileCases } from './cases.js';
import { describeCases } from './corpus.js';

const all = hostileCases();

it('holds at least a hundred cases, each with a unique id', () => {
  expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  expect(all.length).toBeGreaterThanOrEqual(100);
});

describeCases(
  'hostile inputs through dondoc (fast)',
  all.filter((c) => !c.slow),
);
