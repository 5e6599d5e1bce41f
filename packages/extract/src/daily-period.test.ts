/**
 * A daily report duty (decision 0013): "hằng ngày", "hàng ngày", "mỗi ngày" give the items period
 * `daily`, the hour written before or after it is its due text, and the draft pack writes it with
 * that phrase as its due and no schedule. Sentences written for these tests, not lines of a corpus.
 */
import { parsePack } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import type { ExtractItem } from './types.js';

const reportsOf = (text: string): Partial<ExtractItem>[] =>
  extractDirective(text)
    .items.filter((i) => i.kind === 'report')
    .map((i) =>
      Object.fromEntries(
        (['from', 'to', 'due', 'dueText', 'period'] as const)
          .filter((k) => i[k] !== null)
          .map((k) => [k, i[k]]),
      ),
    );

describe('a daily report duty', () => {
  it.each<[string, Partial<ExtractItem>[]]>([
    [
      'Các xã, thị trấn báo cáo tình hình mưa lũ về Phòng Nông nghiệp và Môi trường huyện trước 16 giờ hằng ngày.',
      [
        {
          from: 'Các xã, thị trấn',
          to: 'Phòng Nông nghiệp và Môi trường huyện',
          dueText: 'trước 16 giờ hằng ngày',
          period: 'daily',
        },
      ],
    ],
    [
      'Trung tâm Y tế huyện gửi báo cáo số ca mắc sốt xuất huyết về Sở Y tế hàng ngày trước 10 giờ.',
      [
        {
          from: 'Trung tâm Y tế huyện',
          to: 'Sở Y tế',
          dueText: 'hàng ngày trước 10 giờ',
          period: 'daily',
        },
      ],
    ],
    [
      'Các hạt kiểm lâm báo cáo mỗi ngày về Chi cục Kiểm lâm số điểm cháy phát hiện trong mùa khô.',
      [{ from: 'Các hạt kiểm lâm', to: 'Chi cục Kiểm lâm', dueText: 'mỗi ngày', period: 'daily' }],
    ],
  ])('%s', (text, expected) => {
    expect(reportsOf(text)).toEqual(expected);
  });

  it('a daily duty beside a weekly one gives both periods', () => {
    const text =
      'Phòng Kinh tế báo cáo giá cả thị trường về UBND huyện hằng ngày và tổng hợp báo cáo hằng tuần.';
    expect(reportsOf(text).map((r) => r.period)).toEqual(['daily', 'weekly']);
  });

  it('the draft pack writes a daily report with its phrase as its due and no schedule', () => {
    const { pack } = extractDirective(
      'Các xã báo cáo tình hình dịch bệnh trên đàn gia súc về Trạm Thú y huyện trước 15 giờ hằng ngày.',
    );
    const report = pack.reports?.[0];
    expect(report?.due).toBe('trước 15 giờ hằng ngày');
    expect(report?.schedule).toBeUndefined();
    expect(report?.assumption).toContain('Báo cáo hằng ngày');
    expect(parsePack(pack).ok).toBe(true);
  });
});
