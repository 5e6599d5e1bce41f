/**
 * Every bundled pack is traceable: each item's quote, and each target's words, are in the directive
 * it encodes, verbatim (docs/sources holds the four documents).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getBundledPack } from './index.js';

const SOURCES: Readonly<Record<string, string>> = {
  'quang-ngai-kl14-2024': '004_3d0b40d64c084379.txt',
  'quan-triet-ct32-ctr48': '001_2e79d0e49d538470.txt',
  'tinh-uy-thang-4-2021': '003_238ef3c35850272d.txt',
  'thach-ha-nq26': '002_b78420045af7397d.txt',
};

const flat = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ');

describe.each(Object.entries(SOURCES))('%s', (id, file) => {
  const text = flat(
    readFileSync(fileURLToPath(new URL(`../../../docs/sources/${file}`, import.meta.url)), 'utf8'),
  );
  const pack = getBundledPack(id)!;

  it('is bundled', () => expect(pack).toBeDefined());

  it('quotes the document verbatim for every item, target and sub-target', () => {
    const quotes: string[] = [];
    for (const i of pack.indicators ?? []) {
      quotes.push(i.source!.quote, ...i.targets.flatMap((t) => (t.text ? [t.text] : [])));
      for (const p of i.parts ?? [])
        quotes.push(p.source!.quote, ...p.targets.flatMap((t) => (t.text ? [t.text] : [])));
    }
    for (const t of pack.tasks ?? []) if (t.source) quotes.push(t.source.quote);
    for (const r of pack.reports ?? []) if (r.source) quotes.push(r.source.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(text, q).toContain(flat(q));
  });
});

describe('quang-ngai-kl14-2024', () => {
  const pack = getBundledPack('quang-ngai-kl14-2024')!;
  it('has all 27 numbered indicators for 2024, with the multi-part ones as sub-targets', () => {
    expect(pack.indicators?.map((i) => i.number)).toEqual(
      Array.from({ length: 27 }, (_, i) => String(i + 1)),
    );
    const parts = Object.fromEntries(
      (pack.indicators ?? []).map((i) => [i.number, i.parts?.length ?? 0]),
    );
    expect(parts).toMatchObject({ '12': 5, '17': 2, '19': 1, '24': 1 });
    for (const i of pack.indicators ?? []) {
      for (const t of [...i.targets, ...(i.parts ?? []).flatMap((p) => p.targets)])
        expect(t.period).toBe('2024');
    }
  });
});

describe('quan-triet-ct32-ctr48', () => {
  const pack = getBundledPack('quan-triet-ct32-ctr48')!;
  it("has the district plan's dated tasks, its two reporting duties and the 2025/2030 child-care targets", () => {
    expect(pack.tasks?.map((t) => t.due)).toEqual([
      'tháng 5/2024',
      'trước ngày 25/6/2024',
      'trước ngày 25/6/2024',
      'trước ngày 25/6/2024',
      'trước ngày 25/6/2024',
      'trước ngày 20/5/2024',
      'tháng 5/2024',
    ]);
    expect(pack.reports?.map((r) => r.id)).toEqual([
      'bc-dinh-ky-ban-tuyen-giao',
      'bc-ket-qua-quan-triet',
    ]);
    expect(pack.reports?.[0]?.assumption).toContain('giả định');
    const periods = new Set((pack.indicators ?? []).flatMap((i) => i.targets.map((t) => t.period)));
    expect([...periods].sort()).toEqual(['2025', '2030']);
  });
});

describe('tinh-uy-thang-4-2021', () => {
  const pack = getBundledPack('tinh-uy-thang-4-2021')!;
  it('has the four work items of the month, due at its end, and the reporting duty with its assumption', () => {
    expect(pack.tasks?.map((t) => [t.code, t.due])).toEqual([
      ['1', 'tháng 4-2021'],
      ['2', 'tháng 4-2021'],
      ['3', 'tháng 4-2021'],
      ['4', 'tháng 4-2021'],
    ]);
    expect(pack.reports?.[0]?.assumption).toContain('Văn bản không nêu hạn báo cáo');
  });
});

describe('thach-ha-nq26', () => {
  const pack = getBundledPack('thach-ha-nq26')!;
  it('has the 2030 targets and the five responsibilities of "IV. TỔ CHỨC THỰC HIỆN"', () => {
    expect(pack.indicators).toHaveLength(14);
    for (const i of pack.indicators ?? []) expect(i.targets[0]?.period).toBe('2030');
    expect(pack.tasks?.map((t) => t.source?.section)).toEqual(
      Array(5).fill('IV. TỔ CHỨC THỰC HIỆN'),
    );
    expect(pack.tasks?.every((t) => t.due === undefined && t.assumption !== undefined)).toBe(true);
  });
});
