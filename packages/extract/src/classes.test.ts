/**
 * Issue 19's wording classes, one table row per class: each row is a sentence of the kind found on
 * public directive pages (not a corpus text), with what a careful reader draws from it.
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

describe('numbers in context', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a count with a thousands dot is not a year',
      'CÁC CHỈ TIÊU NĂM 2026\n- Giải quyết việc làm mới cho 2.030 lao động.\n- Trồng mới 1.995 ha rừng.',
      [
        { op: '>=', value: 2030, unit: 'lao động', year: '2026' },
        { op: '>=', value: 1995, unit: 'ha', year: '2026' },
      ],
    ],
    [
      'a term of office and an ordinal are not targets',
      'CHỈ TIÊU CHỦ YẾU\nNgày 10/12, HĐND xã nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 12 quyết định các chỉ tiêu năm 2026: tỷ lệ hộ nghèo giảm còn dưới 1,2%.',
      [{ op: '<', value: 1.2, unit: '%', year: '2026' }],
    ],
    [
      'lettered sub-items ("a.") under a numbered lead-in are targets of its period',
      '2. Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030:\na. Tốc độ tăng trưởng kinh tế bình quân đạt 9 - 10%/năm.\nb. Tỷ lệ đô thị hóa đạt khoảng 45%.',
      [
        { op: 'between', min: 9, max: 10, unit: '%/năm', year: '2030' },
        { op: 'approx', value: 45, unit: '%', year: '2030' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});
