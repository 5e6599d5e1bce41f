/**
 * Vietnamese text normalisation shared by every matcher (headers, status words, agencies).
 *
 * - `normalizeText` keeps the text readable: Unicode NFC, no control characters, single spaces.
 * - `foldText` is for comparison only: lower case, diacritics removed (đ → d), punctuation
 *   turned into spaces, runs of spaces collapsed. "Nội dung  công việc" and "NOI DUNG CONG VIEC"
 *   fold to the same key.
 */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\ufeff]/g;

export function normalizeText(input: string): string {
  return input
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * A space other than " " that a single space stands for: no-break (as a web page copied gives
 * it), the ogham and typographic widths, the ideographic space. One character each.
 */
export const OTHER_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** A space other than " " (one of those, a tab, a carriage return), or a run of two or more. */
const UNTIDY_SPACE = new RegExp(`[\\t\\r${OTHER_SPACE.source.slice(1, -1)}]| {2}`);

/**
 * A cell's text with its spaces as one writer would type them: a no-break space pasted from a web
 * page, a tab or a typographic space becomes " ", a run of spaces inside the text one space, spaces
 * around a line break (Alt+Enter) and at the end go. What the spaces mean is kept: the spaces that
 * indent the start of a title (a sub-row, `table/sub-rows.ts`) and each line break (a cell listing
 * several units, one per line). Text with nothing to tidy is returned as it is.
 */
export function tidyCellText(input: string): string {
  if (!UNTIDY_SPACE.test(input)) return input;
  const spaced = input.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(OTHER_SPACE, ' ');
  const indent = /^ */.exec(spaced)![0];
  return (
    indent +
    spaced
      .slice(indent.length)
      .replace(/ *\n */g, '\n')
      .replace(/ {2,}/g, ' ')
      .trimEnd()
  );
}

export function removeDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * Whether a text was typed with no Vietnamese marks at all ("Da khac phuc", "UBND xa Tan Lap"):
 * such a text can only be read by its letters, while a text written with its marks is read as
 * written ("Đảng ủy" is no "Đang …"). The letter đ counts as a mark.
 */
export function writtenWithoutMarks(text: string): boolean {
  return removeDiacritics(text) === text.normalize('NFC');
}

/**
 * A test of a pattern written with its marks that reads a text typed with no mark at all by its
 * letters ("So du an" is "Số dự án"): a text with its marks is matched as written, so "Sơ kết" is
 * no "Số …". `unmarked` is the pattern for such a text, when it must say more than the written
 * pattern with its marks taken out (which it is by default).
 */
export function testAsTyped(
  pattern: RegExp,
  unmarked: RegExp = new RegExp(removeDiacritics(pattern.source), pattern.flags),
): (text: string) => boolean {
  return (text) => pattern.test(text) || (writtenWithoutMarks(text) && unmarked.test(text));
}

/** The five tone marks, as combining characters: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word as written, in lower case, with its tone mark moved to its end: two spellings of one word
 * ("hoà" / "hòa", "thuỷ" / "thủy": where the mark sits on the vowels is a style) give one key, two
 * words that differ by a mark ("hàng" / "hạng", "từ" / "tu", "giáo" / "giao") two keys. A word
 * without marks is its own key.
 */
export function spellingKey(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  if (writtenWithoutMarks(lower)) return lower;
  const decomposed = lower.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  const letters = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  return tones ? letters + tones.join('') : letters;
}

/**
 * One character (code point) folded: lower case, without diacritics, đ → d; a lone combining mark
 * folds to ''. Memoised per character: folding runs on every cell of every row, and a per-string
 * NFD/NFC round trip was the checker's hottest path (measured in `npm run bench`).
 */
const CHAR_FOLDS = new Map<string, string>();
export function foldChar(ch: string): string {
  let folded = CHAR_FOLDS.get(ch);
  if (folded === undefined) {
    folded = ch
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd');
    if (CHAR_FOLDS.size < 65_536) CHAR_FOLDS.set(ch, folded);
  }
  return folded;
}

const KEEP = /^[a-z0-9%/&]$/;
/** Character → its comparison key piece: itself, a space (punctuation, spaces) or '' (controls). */
const BMP_PIECES: Array<string | undefined> = [];
function keyPiece(ch: string): string {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  let piece = code >= 0 ? BMP_PIECES[code] : undefined;
  if (piece === undefined) {
    if (CONTROL_CHAR.test(ch) || /^[\u0300-\u036f]$/.test(ch)) piece = '';
    else piece = [...foldChar(ch)].map((c) => (KEEP.test(c) ? c : ' ')).join('');
    if (code >= 0) BMP_PIECES[code] = piece;
  }
  return piece;
}
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHAR = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\ufeff]$/;

/**
 * True when `input` is NFC whatever it holds, known from one look at each code unit: characters
 * below the combining marks (U+0300) and precomposed Latin letters (U+1E00–U+1EFF, every
 * Vietnamese letter with its marks), which no mark follows.
 */
function isSurelyNfc(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/** Comparison key: case-, diacritic- and punctuation-insensitive. */
export function foldText(input: string): string {
  // One code unit at a time (no string per character); a surrogate pair is one character.
  const text = isSurelyNfc(input) ? input : input.normalize('NFC');
  let out = '';
  let space = true; // drops leading spaces and collapses runs
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) {
      out += text[i];
      space = false;
      continue;
    }
    let piece: string;
    const next = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
    if (next >= 0xdc00 && next <= 0xdfff) {
      piece = keyPiece(text.slice(i, i + 2));
      i++;
    } else piece = BMP_PIECES[code] ?? keyPiece(text[i]!);
    // a piece is ASCII: letters, digits, %, /, & and spaces
    for (let k = 0; k < piece.length; k++) {
      if (piece.charCodeAt(k) === 0x20) {
        if (!space) out += ' ';
        space = true;
      } else {
        out += piece[k];
        space = false;
      }
    }
  }
  return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}
