/**
 * The findings of every sample and fixture, with every bundled pack, are the ones checked in under
 * tooling/findings-baseline/ (captured before the core was restructured into model/, run/ and
 * rules/). A change of findings must be deliberate: regenerate with
 * `node tooling/dist/findings-baseline.js` and say in the commit why the findings changed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findingsBaseline } from './findings-baseline.js';

const baselineDir = fileURLToPath(new URL('../findings-baseline/', import.meta.url));

describe('findings of every sample and fixture', () => {
  it('are byte for byte the ones checked in', async () => {
    const now = await findingsBaseline();
    const stored = (await readdir(baselineDir)).filter((f) => f.endsWith('.json')).sort();
    expect([...now.keys()].map((k) => `${k}.json`).sort()).toEqual(stored);
    const drifted: string[] = [];
    for (const file of stored) {
      const before = await readFile(new URL(file, `file://${baselineDir}`), 'utf8');
      if (now.get(file.replace(/\.json$/, '')) !== before) drifted.push(file);
    }
    expect(drifted).toEqual([]);
  }, 180_000);
});
