import { describe, expect, it } from 'vitest';
import { TextCollector, decodeBytes, xmlText, xmlTextOfBytes } from './xml-bytes.js';

/** The decoder before it was one pass over code units: a regular-expression replace. */
function replaceDecoder(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[entity] !== undefined) return named[entity];
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('xmlText', () => {
  it.each([
    ['Qu&#225;n tri&#7879;t h&#7885;c t&#7853;p', 'Quán triệt học tập'],
    ['&#x110;&#x1EA3;ng &#X1EE7;y', 'Đảng &#X1EE7;y'],
    ['Tom &amp; Jerry &lt;b&gt; &quot;x&quot; &apos;y&apos;', 'Tom & Jerry <b> "x" \'y\''],
    ['&nbsp; &amp &#; &#x; &#12a; &&#65;', '&nbsp; &amp &#; &#x; &#12a; &A'],
    ['&#128512; &#x1F600;', '😀 😀'],
    ['&#1114111;&#1114112;&#99999999999999999999;', '\u{10ffff}&#1114112;&#99999999999999999999;'],
    ['&#0000065;&#55296;', 'A\ud800'],
    ['dòng 1\r\ndòng 2\rdòng 3 &#13;', 'dòng 1\ndòng 2\ndòng 3 \r'],
    ['', ''],
    ['&', '&'],
    ['&#', '&#'],
    ['&#6', '&#6'],
    ['&am', '&am'],
  ])('decodes %j', (raw, text) => {
    expect(xmlText(raw)).toBe(text);
    expect(replaceDecoder(raw)).toBe(text);
    expect(xmlTextOfBytes(bytes(raw), 0, bytes(raw).length)).toBe(text);
  });

  it('gives what the replace-based decoder gave, on generated texts (strings and bytes)', () => {
    const pieces = [
      '&#225;',
      '&#7879;',
      '&#x1EC7;',
      '&#x1ec7;',
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&apos;',
      '&',
      '#',
      ';',
      'x',
      '1',
      'a',
      'F',
      '&#',
      '&#x',
      'Quán',
      'ệ',
      '😀',
      '\r',
      '\n',
      '\r\n',
      ' ',
      '&#1114112;',
      '&#55357;',
      '&nbsp;',
      'amp',
      '&#0;',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 5000; n++) {
      let raw = '';
      for (let i = next() % 14; i > 0; i--) raw += pieces[next() % pieces.length];
      const expected = replaceDecoder(raw);
      expect(xmlText(raw)).toBe(expected);
      // As the reader meets it: the bytes of the cell somewhere inside a chunk.
      const inner = bytes(raw);
      const chunk = new Uint8Array(inner.length + 6);
      chunk.set(bytes('<t>'), 0);
      chunk.set(inner, 3);
      chunk.set(bytes('</t'), 3 + inner.length);
      expect(xmlTextOfBytes(chunk, 3, 3 + inner.length)).toBe(expected);
      expect(xmlTextOfBytes(chunk, 3, 3 + inner.length)).toBe(
        xmlText(decodeBytes(chunk, 3, 3 + inner.length)),
      );
    }
  });

  it('decodes a text longer than its buffer and than one call of fromCharCode', () => {
    const raw = 'Qu&#225;n tri&#7879;t '.repeat(3000);
    expect(xmlText(raw)).toBe('Quán triệt '.repeat(3000));
    expect(xmlTextOfBytes(bytes(raw), 0, raw.length)).toBe('Quán triệt '.repeat(3000));
  });

  it('reads a text whose bytes come in several chunks as one', () => {
    const collector = new TextCollector(1 << 20);
    collector.start();
    const raw = bytes('Qu&#225;n tri&#78');
    const rest = bytes('79;t &amp; ệ');
    collector.add(raw, 0, raw.length, false);
    collector.add(rest, 0, rest.length, false);
    expect(collector.take()).toBe('Quán triệt & ệ');
  });

  it.each([
    // pieces as [text, raw (CDATA)], and what the element's text is
    [[], undefined],
    [[['Đ&#227; xong', false]], 'Đã xong'],
    [[['a &amp; b\r\nc', true]], 'a &amp; b\nc'], // CDATA: as written, line ends normalised
    [
      [
        ['Ngh&#7883; ', false],
        ['quy&#7871;t', false],
      ],
      'Nghị quyết',
    ],
    [
      [
        ['&lt;', false],
        ['&amp;', true],
        [' &gt;', false],
      ],
      '<&amp; >',
    ],
    [
      [
        ['', false],
        ['x&#224;', false],
      ],
      'xà',
    ], // an empty piece counts for nothing
  ] as const)('%j → %j, and the collector is empty for the next element', (pieces, text) => {
    const collector = new TextCollector(1 << 20);
    for (let round = 0; round < 2; round++) {
      collector.start();
      for (const [piece, raw] of pieces) {
        // each piece inside a larger chunk, as the tokenizer hands it over
        const chunk = bytes(`<t>${piece}</t>`);
        collector.add(chunk, 3, chunk.length - 4, raw);
      }
      expect(collector.take()).toBe(text);
    }
  });
});
