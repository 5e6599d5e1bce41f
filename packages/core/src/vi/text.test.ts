import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldChar,
  foldText,
  normalizeText,
  removeDiacritics,
  spellingKey,
  testAsTyped,
  tidyCellText,
  writtenWithoutMarks,
} from './text.js';

describe('foldText', () => {
  it.each([
    ['Nội dung  công việc', 'noi dung cong viec'],
    ['NỘI DUNG CÔNG VIỆC', 'noi dung cong viec'],
    ['Đơn vị chủ trì', 'don vi chu tri'],
    ['Thời hạn\nhoàn thành', 'thoi han hoan thanh'],
    ['Nội dung'.normalize('NFD'), 'noi dung'],
  ])('%j folds to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('composes NFD text and drops control characters', () => {
    expect(normalizeText('Ban Tuyên giáo\u0007 Huyện ủy'.normalize('NFD'))).toBe(
      'Ban Tuyên giáo Huyện ủy',
    );
  });
});

describe('tidyCellText', () => {
  it.each([
    // a no-break space pasted from a web page, spaces typed twice, a tab from a copied table
    ['Chỉ\u00a0tiêu\u00a0giao\u00a0năm\u00a02025', 'Chỉ tiêu giao năm 2025'],
    ['Tỷ lệ  hộ nghèo   giảm còn  dưới 3%', 'Tỷ lệ hộ nghèo giảm còn dưới 3%'],
    ['Phòng Nội vụ\tchủ trì', 'Phòng Nội vụ chủ trì'],
    ['Đã hoàn thành\u202f ', 'Đã hoàn thành'],
    // the line breaks of a cell listing units, one per line, are kept; the spaces around them go
    ['Phòng Tư pháp  \r\n  Công an xã', 'Phòng Tư pháp\nCông an xã'],
    // the spaces that indent a sub-row's title are kept
    ['    - Trường  mầm non', '    - Trường mầm non'],
    ['\u00a0\u00a0Trường tiểu học', '  Trường tiểu học'],
    // nothing to tidy: the same string
    ['Trong đó: Lúa', 'Trong đó: Lúa'],
  ])('%j → %j', (input, expected) => {
    expect(tidyCellText(input)).toBe(expected);
  });

  it('reads the same as normalizeText once the indentation and line breaks are set aside (property)', () => {
    const text = fc
      .array(fc.constantFrom(...'aăđêơư ĐÔ1,.:-\t\n\u00a0\u2003'.split('')), { maxLength: 40 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const tidied = tidyCellText(input);
        expect(normalizeText(tidied)).toBe(normalizeText(input));
        // one kind of space, never two in a row after the indentation
        expect(tidied.trimStart()).not.toMatch(/ {2}|[\t\u00a0\u2003]/);
        // idempotent
        expect(tidyCellText(tidied)).toBe(tidied);
      }),
    );
  });
});

describe('foldText, the fast path', () => {
  // The definition foldText had before it was made fast: normalise, lower-case, strip marks.
  const reference = (input: string) =>
    removeDiacritics(normalizeText(input).toLowerCase())
      .replace(/[^a-z0-9%/&]+/g, ' ')
      .trim();
  const vietnamese = fc.constantFrom(
    ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
    ...' \t\n\u00a0.,;:-/()%&"\'0123456789',
    '\u0301',
    '\u0323',
    '\u200b',
    '\u0007',
  );

  it('gives the same key as the reference on any mix of Vietnamese letters, marks and punctuation', () => {
    fc.assert(
      fc.property(fc.array(vietnamese, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(foldText(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  // foldText as it was before it went by code units and skipped normalising NFC text.
  const before = (input: string) => {
    const piece = (ch: string) =>
      // eslint-disable-next-line no-control-regex -- the control characters foldText drops
      /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\ufeff]$/.test(ch) ||
      /^[\u0300-\u036f]$/.test(ch)
        ? ''
        : [...foldChar(ch)].map((c) => (/^[a-z0-9%/&]$/.test(c) ? c : ' ')).join('');
    let out = '';
    let space = true;
    for (const ch of input.normalize('NFC')) {
      for (const c of piece(ch)) {
        if (c === ' ') {
          if (!space) out += ' ';
          space = true;
        } else {
          out += c;
          space = false;
        }
      }
    }
    return space && out.endsWith(' ') ? out.slice(0, -1) : out;
  };
  const anything = fc.constantFrom(
    ...'Quán triệt Nghị quyết số 26-NQ/TU (Đảng ủy) {ĐOÀN} THANH NIÊN ƯỚC',
    ...'ỳỹỵẠặƯơĐđ–—…“”ßǄﬁ\t\n\r\u00a0\u00ff\u02ff',
    '\u0300',
    '\u0301',
    '\u0323',
    '\u0340',
    '\u2126',
    '\u212b',
    '\u200b',
    '\ufeff',
    '\u0007',
    'e\u0301',
    'D\u0323',
    '\ud83d\ude00',
    '\ud835\udc00', // mathematical bold A: one character of two code units
    '\ud83d',
    '\ude00',
  );

  it('gives, character by character, the key of each character folded alone, joined as before', () => {
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(foldText(text)).toBe(before(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Hội nghị báo cáo viên', 'hoi nghi bao cao vien'],
    ['  THỜI GIAN HOÀN THÀNH  ', 'thoi gian hoan thanh'],
    ['Ban Tuyên giáo Huyện ủy (BTG)', 'ban tuyen giao huyen uy btg'],
    ['TT VH-TT&TT', 'tt vh tt&tt'],
  ])('%s → %s', (input, key) => expect(foldText(input)).toBe(key));
});

describe('writtenWithoutMarks', () => {
  it.each([
    ['Da khac phuc', true],
    ['UBND xa Tan Lap', true],
    ['Đã khắc phục', false],
    ['Dang uy xa', true],
    ['Đảng ủy xã', false],
    // đ alone is a mark: whoever typed it had a Vietnamese keyboard
    ['Dang uy xa Đong Son', false],
    ['Đã khắc phục'.normalize('NFD'), false],
    ['', true],
  ])('%j → %s', (text, expected) => expect(writtenWithoutMarks(text)).toBe(expected));
});

describe('spellingKey', () => {
  it.each([
    // where the tone mark sits is a style: one word
    ['hoà', 'hòa', true],
    ['Thuỷ', 'thủy', true],
    ['Uỷ', 'ủy', true],
    ['HOÀN', 'hoàn', true],
    ['Hoàn'.normalize('NFD'), 'hoàn', true],
    // a different tone mark, or a mark against none, is another word
    ['hàng', 'hạng', false],
    ['từ', 'TU', false],
    ['giáo', 'giao', false],
    ['Trưởng', 'trường', false],
    ['đến', 'đèn', false],
    // the marks on the letters themselves count too
    ['tư', 'tu', false],
    ['đạt', 'dat', false],
  ])('%s and %s: one word %s', (a, b, same) =>
    expect(spellingKey(a) === spellingKey(b)).toBe(same),
  );

  it('a tone mark on either vowel of a syllable is the same word; another tone is another word', () => {
    const vowels = ['a', 'ă', 'â', 'e', 'ê', 'ơ', 'u', 'ư'];
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    fc.assert(
      fc.property(
        fc.constantFrom(...vowels),
        fc.constantFrom(...tones),
        fc.constantFrom(...tones),
        (vowel, t1, t2) => {
          const onSecond = `ho${vowel}${t1}n`.normalize('NFC');
          const onFirst = `ho${t2}${vowel}n`.normalize('NFC');
          expect(spellingKey(onSecond) === spellingKey(onFirst)).toBe(t1 === t2);
        },
      ),
    );
  });
});

describe('testAsTyped', () => {
  const count = testAsTyped(/^số\s+\p{L}/iu);
  it.each([
    ['Số chi bộ', true],
    ['So chi bo', true], // no mark at all: read by its letters
    ['Sơ kết 6 tháng', false], // written with its marks: read as written
    ['Sở Tài chính', false],
    ['So ket 6 tháng', false], // one mark typed: read as written
  ] as const)('%j → %s', (text, counts) => {
    expect(count(text)).toBe(counts);
  });
});
