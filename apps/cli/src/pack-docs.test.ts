import { parsePack } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { packDocsMarkdown } from './pack-docs.js';

describe('pack docs: report schedules in words', () => {
  it.each<[Record<string, unknown>, string]>([
    [
      { every: 'week', due: { weekday: 5 }, from: '2025-03-03' },
      'hằng tuần, hạn thứ Sáu trong tuần',
    ],
    [
      { every: 'week', due: { weekday: 1, before: true }, from: '2025-03-03' },
      'hằng tuần, hạn trước thứ Hai trong tuần',
    ],
    [
      { every: 'month', due: { day: 20, monthOffset: 0 }, from: '2025-01-01' },
      'hằng tháng, hạn ngày 20 tháng cuối kỳ',
    ],
  ])('%j', (schedule, words) => {
    const parsed = parsePack({
      id: 'bao-cao',
      version: '1.0.0',
      title: 'Báo cáo',
      agencies: [{ id: 'xa', name: 'UBND xã Tân Lập' }],
      reports: [{ id: 'bc', title: 'Báo cáo tình hình dịch bệnh', from: ['xa'], schedule }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(packDocsMarkdown(parsed.pack)).toContain(words);
  });
});
