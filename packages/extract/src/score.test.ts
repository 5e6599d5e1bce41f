import { describe, expect, it } from 'vitest';
import { sameAgencies, sameUnit, scoreItems } from './score.js';
import { EMPTY_ITEM } from './types.js';
import type { ExtractItem } from './types.js';

const ind = (over: Partial<ExtractItem>): ExtractItem => ({
  ...EMPTY_ITEM,
  kind: 'indicator',
  quote: 'x',
  span: [0, 10],
  confidence: 1,
  op: '>=',
  value: 84.3,
  unit: '%',
  year: '2025',
  ...over,
});

describe('score', () => {
  it.each([
    ['UBMTTQ và các đoàn thể huyện', 'Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện', true],
    ['Ban Tuyên giáo Huyện ủy', 'BTG HU', true],
    ['Ban Tuyên giáo Huyện ủy', 'Ban Tuyên giáo Tỉnh ủy', false],
    ['Ban Thường vụ Huyện ủy; các chi bộ', 'các chi bộ; Ban Thường vụ Huyện ủy', true],
  ])('agencies %j ~ %j: %s', (a, b, same) => expect(sameAgencies(a, b)).toBe(same));

  it.each([
    ['bác sĩ', 'bác sĩ/vạn dân', true],
    ['%', '% dân số', true],
    ['tỷ đồng', 'tỷ', true],
    ['tỷ đồng', 'USD', false],
    ['%', null, false],
  ])('units %j ~ %j: %s', (a, b, same) => expect(sameUnit(a, b)).toBe(same));

  it('counts a wrong value, operator or year as a miss, and matches each gold item once', () => {
    const gold = [ind({}) as never];
    expect(scoreItems([ind({})], gold).byKind.indicator).toMatchObject({
      matched: 1,
      precision: 1,
      recall: 1,
    });
    expect(scoreItems([ind({ value: 84 })], gold).byKind.indicator.matched).toBe(0);
    expect(scoreItems([ind({ op: '>' })], gold).byKind.indicator.matched).toBe(0);
    expect(scoreItems([ind({ year: '2030' })], gold).byKind.indicator.matched).toBe(0);
    expect(scoreItems([ind({ span: [20, 30] })], gold).byKind.indicator.matched).toBe(0);
    expect(scoreItems([ind({}), ind({})], gold).byKind.indicator).toMatchObject({
      matched: 1,
      precision: 0.5,
    });
  });

  it('a report matches a gold reading of its recipient listed under accept.to, and no other', () => {
    const report = (to: string): ExtractItem => ({
      ...EMPTY_ITEM,
      kind: 'report',
      quote: 'x',
      span: [0, 10],
      confidence: 1,
      to,
      period: 'once',
      due: '2018-04-26',
    });
    const gold = {
      ...report('Bộ Tài nguyên và Môi trường'),
      accept: { to: ['Bộ'] },
    } as never;
    expect(scoreItems([report('Bộ')], [gold]).byKind.report.matched).toBe(1);
    expect(scoreItems([report('Bộ Tài nguyên và Môi trường')], [gold]).byKind.report.matched).toBe(
      1,
    );
    expect(scoreItems([report('Sở Tài chính')], [gold]).byKind.report.matched).toBe(0);
  });
});
