import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternate, spread } from './bench-process.js';

describe('spread', () => {
  it.each([
    [[3], 3, 3, 3],
    [[5, 1, 3], 3, 1, 5],
    [[4, 1, 3, 2], 2.5, 1, 4],
    [[7, 7, 1, 9, 2], 7, 1, 9],
  ])('%j: median %d, min %d, max %d', (values, median, min, max) => {
    expect(spread(values)).toEqual({ median, min, max });
  });
});

describe('alternate', () => {
  it('runs the variants in turn, each round starting one further on, and reads each process’s usage', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-bench-test-'));
    const order = path.join(dir, 'order.txt');
    const variant = (name: string) => ({
      name,
      args: ['-e', `require('node:fs').appendFileSync(${JSON.stringify(order)}, '${name}')`],
    });
    const [a, b, c] = alternate([variant('A'), variant('B'), variant('C')], 2);
    expect(readFileSync(order, 'utf8')).toBe('ABCBCA');
    for (const s of [a!, b!, c!]) {
      expect(s.runs).toBe(2);
      expect(s.cpuMs.min).toBeGreaterThan(0);
      expect(s.maxRssMb.min).toBeGreaterThan(10); // a Node process's own peak, in MB
      expect(s.wallMs.max).toBeGreaterThanOrEqual(s.wallMs.min);
    }
  });
});
