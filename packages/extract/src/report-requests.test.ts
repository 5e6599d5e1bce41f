/**
 * A request for a report as a portal's news item prints it, one class a row: the span the
 * reported results cover, an hour written "10h00'", the body named two ways. Sentences written for
 * these tests, not lines of a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import type { ExtractItem } from './types.js';

const itemsOf = (text: string, kind: ExtractItem['kind']): Partial<ExtractItem>[] =>
  extractDirective(text)
    .items.filter((i) => i.kind === kind)
    .map((i) =>
      Object.fromEntries(
        (['from', 'to', 'due', 'period'] as const)
          .filter((k) => i[k] !== null)
          .map((k) => [k, i[k]]),
      ),
    );

describe('a request for a report on a portal: the span its results cover, an hour written "10h00\'", the body written two ways', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the span of the reported results is no time to report by',
      'UBND huyện yêu cầu các xã báo cáo kết quả thực hiện công tác phòng, chống dịch từ ngày 01/3/2026 đến ngày 31/5/2026 (theo đề cương gửi kèm).',
      [{ from: 'các xã', to: 'UBND huyện' }],
    ],
    [
      'a window to submit in, right after the verb, still ends on its deadline',
      'Các trường nộp hồ sơ đề nghị công nhận về Phòng Giáo dục và Đào tạo từ ngày 01/3/2026 đến ngày 15/3/2026.',
      [{ from: 'Các trường', to: 'Phòng Giáo dục và Đào tạo', due: '2026-03-15', period: 'once' }],
    ],
    [
      'an hour written with a minute mark before the day',
      "Báo cáo gửi về Ủy ban nhân dân huyện chậm nhất 10h00' ngày 27/4/2026.",
      [{ to: 'Ủy ban nhân dân huyện', due: '2026-04-27', period: 'once' }],
    ],
    [
      'a request without a time, then its time in the next sentence naming the body in full',
      'UBND tỉnh yêu cầu các sở, ngành báo cáo kết quả thực hiện. Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) trước 14h00 ngày 28/4/2026.',
      [
        {
          from: 'các sở, ngành',
          to: 'Ủy ban nhân dân tỉnh',
          due: '2026-04-28',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('who compiles and sends: the body assigned, not the bodies it urges', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the body assigned urges the units and compiles the report it sends',
      'Giao Sở Y tế chịu trách nhiệm đôn đốc các đơn vị, địa phương, tổng hợp báo cáo gửi về UBND tỉnh trước 14h00 ngày 28/4/2026.',
      [{ from: 'Sở Y tế', to: 'UBND tỉnh', due: '2026-04-28', period: 'once' }],
    ],
    [
      'the bodies urged report when no one compiles',
      'Giao Phòng Nội vụ đôn đốc các xã báo cáo UBND huyện trước ngày 20/5/2026.',
      [{ from: 'các xã', to: 'UBND huyện', due: '2026-05-19', period: 'once' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});
