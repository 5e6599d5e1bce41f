/**
 * A text copied from a web page, a PDF or another editor brings its own spaces and line ends:
 * no-break spaces, Windows line ends, a tab after a list's dash. Every corpus text (the held-out and
 * unseen sets) must give the same items written either way, and at the same places: the spans
 * still point into the text as it was given.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import type { ExtractItem } from './types.js';

const SRC = new URL('./', import.meta.url);
const corpusTexts = readdirSync(SRC)
  .filter((d) => /^(?:unseen|heldout)\d*$/.test(d))
  .sort()
  .flatMap((d) =>
    readdirSync(new URL(`./${d}/`, SRC))
      .filter((f) => (f.endsWith('.txt') || f.endsWith('.md')) && f !== 'README.md')
      .sort()
      .map((f) => ({ name: `${d}/${f}`, text: readFileSync(new URL(`./${d}/${f}`, SRC), 'utf8') })),
  );

/** What an item says, whatever spaces its quote holds. */
const said = (i: ExtractItem): string =>
  JSON.stringify({ ...i, quote: i.quote.replace(/\s+/gu, ' '), context: undefined });

const CHANGES: ReadonlyArray<{ how: string; change: (text: string) => string }> = [
  // every third space a no-break space, as a page copied from a browser gives them
  {
    how: 'with no-break spaces',
    change: (t) => t.replace(/ /g, (s, at: number) => (at % 3 === 0 ? '\u00a0' : s)),
  },
  { how: 'with Windows line ends', change: (t) => t.replace(/\n/g, '\r\n') },
  { how: "with a tab after a list's dash", change: (t) => t.replace(/^([ \t]*[-+•]) /gm, '$1\t') },
];

describe.each(CHANGES)('every corpus text $how', ({ change }) => {
  it('gives the same items', () => {
    const differences: Array<{ text: string; lost: string[]; gained: string[] }> = [];
    for (const { name, text } of corpusTexts) {
      const changed = change(text);
      // the spans are the changed text's own (a change of one character for one keeps them; a
      // line end of two moves them): compare what the items say, at the changed text's places
      const asWritten = extractDirective(text).items.map((i) => said({ ...i, span: [0, 0] }));
      const items = extractDirective(changed).items;
      for (const i of items) expect(changed.slice(i.span[0], i.span[1])).toBe(i.quote);
      const read = items.map((i) => said({ ...i, span: [0, 0] }));
      const lost = asWritten.filter((k) => !read.includes(k));
      const gained = read.filter((k) => !asWritten.includes(k));
      if (lost.length + gained.length > 0) differences.push({ text: name, lost, gained });
    }
    expect(differences).toEqual([]);
  }, 120_000);
});

describe('a polling day written with its spaces as a page gives them', () => {
  it.each([
    ['no-break spaces', '\u00a0'],
    ['spaces typed twice', '  '],
  ])('counts a report from it, %s', (_how, space) => {
    const text = [
      'Cuộc bầu cử đại biểu Hội đồng nhân dân xã được tiến hành vào Chủ nhật, ngày 22/3/2026.',
      `Tổ bầu cử gửi biên bản kết quả kiểm phiếu về Ban bầu cử chậm nhất 02 ngày sau ngày${space}bầu${space}cử.`,
    ].join('\n');
    const report = extractDirective(text).items.find((i) => i.kind === 'report');
    expect(report?.due).toBe('2026-03-24');
  });
});
