/**
 * Targets announced with their growth over the same period, as a district's news item restates a
 * year's plan ("Theo đó, Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng,
 * tăng 4,18% so với cùng kỳ. Giá trị sản xuất công nghiệp … đạt 6.605 tỷ đồng, tăng 6,57% so với
 * cùng kỳ."): the comparison with the same period is the target's growth, not a result. Sentences
 * written for these tests after a real portal item (Bà Rịa - Vũng Tàu, 12/2024), not lines of a
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';

const targets = (text: string) =>
  extractDirective(text)
    .items.filter((i) => i.kind === 'indicator')
    .map(({ name, op, value, unit, year }) => ({ name, op, value, unit, year }));

const PLAN =
  'Hội nghị đã công bố quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế, xã hội năm 2026. Theo đó, huyện Tân Phước phấn đấu đưa giá trị sản xuất nông nghiệp đạt 2.150 tỷ đồng, tăng 4,5% so với cùng kỳ. Doanh thu thương mại, dịch vụ đạt 8.200 tỷ đồng, tăng 9% so với cùng kỳ. Thu ngân sách gần 540 tỷ đồng.';

describe('a target announced with its growth over the same period', () => {
  it('reads each value as a target, and each growth as its own, named by the target', () => {
    expect(targets(PLAN)).toEqual([
      {
        name: 'Giá trị sản xuất nông nghiệp',
        op: '>=',
        value: 2150,
        unit: 'tỷ đồng',
        year: '2026',
      },
      {
        name: 'Giá trị sản xuất nông nghiệp (tăng so với cùng kỳ)',
        op: '>=',
        value: 4.5,
        unit: '%',
        year: '2026',
      },
      {
        name: 'Doanh thu thương mại, dịch vụ',
        op: '>=',
        value: 8200,
        unit: 'tỷ đồng',
        year: '2026',
      },
      {
        name: 'Doanh thu thương mại, dịch vụ (tăng so với cùng kỳ)',
        op: '>=',
        value: 9,
        unit: '%',
        year: '2026',
      },
      { name: 'Thu ngân sách', op: 'approx', value: 540, unit: 'tỷ đồng', year: '2026' },
    ]);
  });

  it.each([
    // the same wording about a year already over, or estimated, or done, is a result
    'Năm 2025, giá trị sản xuất nông nghiệp đạt 2.057 tỷ đồng, tăng 4,1% so với cùng kỳ.',
    'Giá trị sản xuất nông nghiệp năm 2025 ước đạt 2.057 tỷ đồng, tăng 4,1% so với cùng kỳ.',
    'Trong năm, huyện đã đạt giá trị sản xuất nông nghiệp 2.057 tỷ đồng, tăng 4,1% so với cùng kỳ.',
  ])('%s → no target', (text) => {
    expect(targets(text)).toEqual([]);
  });
});

describe("a photo's caption that restates a target", () => {
  it('"… đạt 2.150 tỷ đồng. Trong ảnh: …" is the photo\'s caption, not a second target', () => {
    const text = `Tân Phước giao chỉ tiêu năm 2026\n\nHuyện Tân Phước phấn đấu đưa giá trị sản xuất nông nghiệp năm 2026 đạt 2.150 tỷ đồng. Trong ảnh: Nông dân xã Mỹ Lợi thu hoạch lúa.\n\n${PLAN}`;
    expect(targets(text).filter((t) => t.value === 2150)).toEqual([
      {
        name: 'Giá trị sản xuất nông nghiệp',
        op: '>=',
        value: 2150,
        unit: 'tỷ đồng',
        year: '2026',
      },
    ]);
  });
});
