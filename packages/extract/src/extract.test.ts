import { readFileSync, readdirSync } from 'node:fs';
import { parsePack } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import { formatReview } from './review.js';
import { scoreItems, totalScore } from './score.js';
import type { GoldItem } from './score.js';
import type { ExtractItem } from './types.js';

const SEEDS = new URL('../../../docs/sources/', import.meta.url);
const GOLD = new URL('./gold/', import.meta.url);
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');
const gold = (name: string): GoldItem[] =>
  JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.json'), GOLD), 'utf8')) as GoldItem[];

const pick = (i: ExtractItem): Partial<ExtractItem> =>
  Object.fromEntries(
    Object.entries(i).filter(
      ([k, v]) =>
        v !== null &&
        !['quote', 'span', 'confidence', 'task', 'name', 'kind', 'context'].includes(k),
    ),
  );

describe('extractDirective on sentences of the seeds', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a drafted plan sent to a body by a day is a report (decision 0012), its sender the agency heading',
      'V. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban nhân dân huyện\n\nCăn cứ chương trình hành động số 48-CTr/TU của Tỉnh ủy, tham mưu Ban Thường vụ xây dựng kế hoạch thực hiện Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị, gửi Huyện ủy (qua Ban Tuyên giáo Huyện ủy) trước ngày **20/5/2024**.',
      [
        {
          from: 'Ủy ban nhân dân huyện',
          to: 'Huyện ủy',
          via: 'Ban Tuyên giáo Huyện ủy',
          due: '2024-05-19',
          dueText: 'trước ngày 20/5/2024',
          period: 'once',
        },
      ],
    ],
    [
      'a month deadline after "X:"',
      'II. TỔ CHỨC QUÁN TRIỆT, HỌC TẬP\n\n1. Cấp huyện: Triển khai học tập, quán triệt tại Hội nghị cán bộ chủ chốt tháng 5/2024.',
      [{ owner: 'Cấp huyện', due: '2024-05-31', dueText: 'tháng 5/2024' }],
    ],
    [
      'a one-off report with via',
      '4. Các chi, đảng bộ cơ sở\n\nKết thúc đợt học tập, quán triệt UBMTTQ và các đoàn thể huyện; các chi, đảng bộ cơ sở gửi báo cáo kết quả quán triệt về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy) **trước ngày 30/6/2024.**',
      [
        {
          from: 'UBMTTQ và các đoàn thể huyện; các chi, đảng bộ cơ sở',
          to: 'Ban Thường vụ Huyện ủy',
          via: 'Ban Tuyên giáo Huyện ủy',
          due: '2024-06-29',
          dueText: 'trước ngày 30/6/2024',
          period: 'once',
        },
      ],
    ],
    [
      'a periodic report ("định kỳ" only)',
      'IV- TỔ CHỨC THỰC HIỆN\n\n4. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan đôn đốc, theo dõi; tham mưu sơ kết việc thực hiện Chỉ thị số 28-CT/TW và Chương trình này, định kỳ báo cáo Ban Thường vụ Tỉnh ủy kết quả triển khai thực hiện.',
      [{ from: 'Ban Tuyên giáo Tỉnh ủy', to: 'Ban Thường vụ Tỉnh ủy', dueText: 'định kỳ' }],
    ],
    [
      'targets for two years with an elided qualifier',
      'II- MỤC TIÊU\n\n- Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo đạt trên 99,1% vào năm 2025 và 99,9% vào năm 2030.',
      [
        { op: '>', value: 99.1, unit: '%', year: '2025' },
        { op: '>', value: 99.9, unit: '%', year: '2030' },
      ],
    ],
    [
      'a numbered list item with a range, under a heading that gives the year',
      'B. MỤC TIÊU, CHỈ TIÊU NĂM 2024\n\nII. CÁC CHỈ TIÊU CHỦ YẾU\n\n- (17) Tỷ lệ hộ nghèo toàn tỉnh giảm 1,58 - 1,6%; trong đó, miền núi giảm từ 6 - 7%, đồng bằng giảm 0,4 - 0,6% (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025).',
      [
        { op: 'between', min: 1.58, max: 1.6, unit: '%', year: '2024' },
        { op: 'between', min: 6, max: 7, unit: '%', year: '2024' },
        { op: 'between', min: 0.4, max: 0.6, unit: '%', year: '2024' },
      ],
    ],
    [
      'operators of DESIGN.md',
      '2. Một số mục tiêu cụ thể đến năm 2030\n\n- Tỷ lệ hộ nghèo giảm còn 3%. Đạt 28 giường bệnh/vạn dân; trên 9 bác sĩ/vạn dân. Thu ngân sách Nhà nước đạt 900 - 1.000 tỷ đồng/năm.',
      [
        { op: '<=', value: 3, unit: '%', year: '2030' },
        { op: '>=', value: 28, unit: 'giường bệnh/vạn dân', year: '2030' },
        { op: '>', value: 9, unit: 'bác sĩ/vạn dân', year: '2030' },
        { op: 'between', min: 900, max: 1000, unit: 'tỷ đồng/năm', year: '2030' },
      ],
    ],
    [
      'no items from history, distribution lists or cited documents',
      'A. VỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023\n\nNăm 2023 kết nạp 1.967/1.910 đảng viên mới; GRDP ước đạt 59.169 tỷ đồng, tăng 3,03%.\n\nB. NHIỆM VỤ\n\n- Tiếp tục thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 về phát triển đến năm 2030.\n\nNơi nhận:\n\n- Bộ Chính trị, Ban Bí thư (báo cáo),',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(extractDirective(text).items.map(pick)).toEqual(expected);
  });
});

describe('directives the extractor was not written against', () => {
  it("reads a news item restating a letter's schedule, years from the document date", () => {
    const text = [
      'CÔNG VĂN',
      'Hà Tĩnh, ngày 02 tháng 3 năm 2025',
      'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:',
      '1. Sở Nội vụ chủ trì tham mưu kế hoạch sắp xếp, gửi Ủy ban nhân dân tỉnh trước ngày 15/3.',
      '2. Các huyện, thành phố gửi báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) hằng quý.',
    ].join('\n\n');
    const { items } = extractDirective(text);
    expect(items.map(pick)).toEqual([
      // a plan drafted and sent to a body by a day is a report (decision 0012)
      {
        from: 'Sở Nội vụ',
        to: 'Ủy ban nhân dân tỉnh',
        due: '2025-03-14',
        dueText: 'trước ngày 15/3',
        period: 'once',
      },
      {
        from: 'Các huyện, thành phố',
        to: 'Ủy ban nhân dân tỉnh',
        via: 'Sở Nội vụ',
        period: 'quarterly',
        dueText: 'hằng quý',
      },
    ]);
  });
});

describe('on the seeds', () => {
  it.each(seedNames)('%s: every quote is the text at its span, and the pack is valid', (name) => {
    const text = seed(name);
    const { items, pack } = extractDirective(text, { fileName: name });
    for (const i of items) expect(text.slice(i.span[0], i.span[1])).toBe(i.quote);
    const parsed = parsePack(pack);
    expect(parsed.ok ? [] : parsed).toEqual([]);
    const sources = [
      ...(pack.tasks ?? []),
      ...(pack.reports ?? []),
      ...(pack.indicators ?? []),
    ].map((x) => x.source);
    for (const s of sources) expect(s && s.span && text.slice(s.span[0], s.span[1])).toBe(s?.quote);
  });

  it.each(seedNames)('%s: every gold quote is the seed text at its span', (name) => {
    const text = seed(name);
    for (const g of gold(name)) expect(text.slice(g.span[0], g.span[1])).toBe(g.quote);
  });

  it('reaches precision and recall of 0.9 per kind over the four seeds', () => {
    const total = totalScore(
      seedNames.map((n) => scoreItems(extractDirective(seed(n)).items, gold(n))),
    );
    for (const k of ['deadline', 'report', 'indicator'] as const) {
      expect(total[k].precision, k).toBeGreaterThanOrEqual(0.9);
      expect(total[k].recall, k).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('prints a review with each quote beside its fields', () => {
    const review = formatReview(extractDirective(seed('003_238ef3c35850272d.txt')), 'vi');
    expect(review).toContain('[Báo cáo]');
    expect(review).toContain('Gửi: Ban Thường vụ Tỉnh ủy');
    expect(review).toContain('Hạn cuối: 2021-04-30');
  });
});
