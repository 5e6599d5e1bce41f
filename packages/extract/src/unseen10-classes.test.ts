/**
 * Issue 19's wording classes met in the tenth unseen set, one table row per class: each row is a
 * sentence of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import type { ExtractItem } from './types.js';

const FIELDS = [
  'owner',
  'due',
  'from',
  'to',
  'period',
  'op',
  'value',
  'min',
  'max',
  'unit',
  'year',
] as const;

const fieldsOf = (i: ExtractItem): Partial<ExtractItem> =>
  Object.fromEntries(FIELDS.filter((k) => i[k] !== null).map((k) => [k, i[k]]));

const itemsOf = (text: string, kind: ExtractItem['kind']): Partial<ExtractItem>[] =>
  extractDirective(text)
    .items.filter((i) => i.kind === kind)
    .map(fieldsOf);

describe('dates spaced around their dashes (set 10 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a half-year report due on a spaced date is one report on that day',
      'HĐND huyện giao các Ban HĐND huyện gửi báo cáo kết quả giám sát 6 tháng đầu năm về Thường trực HĐND huyện trước ngày 20 - 6 - 2026.',
      'report',
      [
        {
          due: '2026-06-19',
          from: 'các Ban HĐND huyện',
          to: 'Thường trực HĐND huyện',
          period: 'once',
        },
      ],
    ],
    [
      'a deadline on a spaced date with an en dash',
      'UBND các xã hoàn thành việc rà soát hộ nghèo chậm nhất ngày 5 – 12 – 2025.',
      'deadline',
      [{ owner: 'UBND các xã', due: '2025-12-05' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
