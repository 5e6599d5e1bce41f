/**
 * One qualifier table (issue 14, item 3): every qualifier phrase of DESIGN.md and every indicator
 * target of the four seeds is read with the same operator by the checker (@dondoc/core's
 * `parseTarget` / `findTargets`) and by the extractor.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { findTargets, parseTarget } from '@dondoc/core';
import type { Target } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import type { GoldItem } from './score.js';

const SEEDS = new URL('../../../docs/sources/', import.meta.url);
const GOLD = new URL('./gold/', import.meta.url);

/** DESIGN.md, "Vietnamese numbers": each qualifier it names, in a target phrase. */
const DESIGN_PHRASES: readonly [phrase: string, op: Target['op']][] = [
  ['đạt 84,3%', '>='],
  ['trên 95%', '>'],
  ['hơn 95%', '>'],
  ['dưới 15%', '<'],
  ['ít nhất 80%', '>='],
  ['tối thiểu 80%', '>='],
  ['từ 80% trở lên', '>='],
  ['không quá 5%', '<='],
  ['tối đa 5%', '<='],
  ['khoảng 40%', 'approx'],
  ['2,5 - 3%', 'between'],
  ['giảm xuống dưới 15%', '<'],
  ['giảm xuống 15%', '<='],
  ['giảm còn 15%', '<='],
  ['còn 15%', '<='],
  ['38.000 - 39.000 tấn', 'between'],
];

/** The extractor's operator for a phrase set as a year's target in a short resolution. */
function extractorOp(phrase: string): string | null | undefined {
  const text = `Các chỉ tiêu chủ yếu năm 2025: tỷ lệ hộ nghèo ${phrase}.`;
  const items = extractDirective(text).items.filter((i) => i.kind === 'indicator');
  return items.length === 1 ? items[0]?.op : `${items.length} targets`;
}

describe('one qualifier table: DESIGN.md phrases', () => {
  it.each(DESIGN_PHRASES)('%s → %s for the checker and the extractor', (phrase, op) => {
    expect(parseTarget(phrase)?.target.op).toBe(op);
    expect(extractorOp(phrase)).toBe(op);
  });
});

const full = (op: string | null, value: number | null, unit: string | null | undefined): string =>
  value === 100 && (unit ?? '').startsWith('%') && (op === '>=' || op === '=') ? '=' : (op ?? '');

describe('one qualifier table: every indicator target of the seeds', () => {
  const cases = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((file) => {
      const goldItems = JSON.parse(
        readFileSync(new URL(file.replace(/\.txt$/, '.json'), GOLD), 'utf8'),
      ) as GoldItem[];
      return goldItems
        .filter((g) => g.kind === 'indicator')
        .map((g) => [file, g.quote.slice(0, 70), g] as const);
    });
  it('has the seeds’ targets', () => expect(cases.length).toBeGreaterThan(60));
  it.each(cases)('%s: «%s»', (_file, _quote, g) => {
    // the checker reading the quote: the target with the gold value
    const checker = findTargets(g.quote).find((t) =>
      t.target.op === 'between'
        ? t.target.min === g.min && t.target.max === g.max
        : t.target.value === g.value,
    );
    expect(checker, 'the checker finds the value').toBeDefined();
    const t = checker?.target;
    if (checker?.qualifier === undefined && t?.op !== 'between' && /^\d/.test(g.quote)) {
      // "đạt trên 99,1% vào năm 2025 và 99,9% vào năm 2030": the second value has no qualifier of
      // its own; the elided verb's operator is the extractor's reading of the sentence (below)
      return;
    }
    expect(full(t?.op ?? null, g.value, g.unit)).toBe(full(g.op, g.value, g.unit));
  });
  it('the extractor gives each of them the gold operator', () => {
    const wrong: string[] = [];
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, SEEDS), 'utf8');
      const goldItems = JSON.parse(
        readFileSync(new URL(file.replace(/\.txt$/, '.json'), GOLD), 'utf8'),
      ) as GoldItem[];
      const items = extractDirective(text).items.filter((i) => i.kind === 'indicator');
      for (const g of goldItems.filter((x) => x.kind === 'indicator')) {
        const p = items.find(
          (i) =>
            i.span[0] < g.span[1] &&
            g.span[0] < i.span[1] &&
            (g.op === 'between' ? i.min === g.min && i.max === g.max : i.value === g.value),
        );
        if (!p || full(p.op, p.value, p.unit) !== full(g.op, g.value, g.unit))
          wrong.push(`${file}: ${g.quote.slice(0, 60)} → ${p?.op ?? 'not found'}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
