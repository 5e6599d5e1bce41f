/**
 * Texts no directive is, which the extraction must still finish on, in bounded work, with a draft
 * that loads as a pack (issue 15, classes 1 and 8): one endless line, thousands of duties with one
 * title, more reports than a pack holds, a quote longer than the schema allows.
 */
import { parsePack, type Pack } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import { fitToSchema } from './pack.js';
import { MAX_BLOCK_CHARS, prepareText } from './prepare.js';

const DUTY = 'Ủy ban nhân dân các huyện báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024';

describe('bounded extraction', () => {
  it('cuts a text on one line into blocks of bounded length, each mapped to the original', () => {
    const text = `${DUTY}, `.repeat(2_000);
    const { blocks } = prepareText(text);
    expect(blocks.length).toBeGreaterThan(text.length / MAX_BLOCK_CHARS);
    for (const b of blocks) {
      expect(b.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
      // every character of a block is the original's character at its mapped offset
      for (let i = 0; i < b.text.length; i += 97) expect(text[b.map[i]!]).toBe(b.text[i]);
    }
    // nothing is lost: the blocks hold every word, in order
    expect(blocks.map((b) => b.text).join(' ')).toBe(text.trim());
  });

  it('keeps a text of real paragraphs in the blocks it had', () => {
    const text = `I. NHIỆM VỤ\n\n1. ${DUTY}.\n\n2. ${DUTY}.`;
    expect(prepareText(text).blocks.map((b) => b.text)).toEqual([
      'I. NHIỆM VỤ',
      `1. ${DUTY}.`,
      `2. ${DUTY}.`,
    ]);
  });

  it('drafts a valid pack from more reports than a pack may hold, saying what it cut', () => {
    // the shortest duty that still names a sender, a recipient and a day: the work is in the count
    const text = Array.from(
      { length: 5_200 },
      () => 'Các huyện báo cáo Sở Nội vụ trước ngày 15/12/2024.',
    ).join(' ');
    const result = extractDirective(text);
    expect(result.items.filter((i) => i.kind === 'report').length).toBeGreaterThan(5_000);
    expect(result.cut).toEqual([{ pointer: '/reports', kind: 'list', length: 5_200, max: 5_000 }]);
    expect(parsePack(result.pack).ok).toBe(true);
    // one title thousands of times: ids stay unique, numbered in order
    const ids = result.pack.reports!.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual([ids[0], `${ids[0]}-2`, `${ids[0]}-3`]);
  });

  it('cuts a quote longer than the schema allows at a word, its span following it', () => {
    const original = `${'Ủy ban nhân dân huyện chỉ đạo thực hiện '.repeat(600)}trước ngày 15/12/2024.`;
    const draft: Pack = {
      id: 'van-ban',
      version: '0.1.0-draft',
      title: 'Văn bản',
      tasks: [
        {
          id: 't-1',
          title: 'Chỉ đạo thực hiện',
          source: { quote: original, span: [0, original.length], confidence: 0.5 },
        },
      ],
    };
    expect(parsePack(draft).ok).toBe(false);
    const { pack, cut } = fitToSchema(draft);
    expect(parsePack(pack).ok).toBe(true);
    const source = pack.tasks![0]!.source!;
    expect(source.quote.length).toBeLessThanOrEqual(20_000);
    expect(source.quote.length).toBeGreaterThan(19_000);
    // still the document's own words, at its span
    expect(original.slice(source.span![0], source.span![1])).toBe(source.quote);
    expect(source.quote.endsWith('huyện') || source.quote.endsWith('hiện')).toBe(true);
    expect(cut).toEqual([
      { pointer: '/tasks/0/source/quote', kind: 'text', length: original.length, max: 20_000 },
    ]);
    // the draft given is left as it was
    expect(draft.tasks![0]!.source!.quote).toBe(original);
  });

  it('leaves a draft that fits as it is', () => {
    const result = extractDirective(`1. ${DUTY}.`);
    expect(result.cut).toEqual([]);
    expect(fitToSchema(result.pack).pack).toEqual(result.pack);
  });
});
