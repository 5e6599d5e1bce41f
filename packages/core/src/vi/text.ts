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

/** Comparison key: case-, diacritic- and punctuation-insensitive. */
export function foldText(input: string): string {
  let out = '';
  let space = true; // drops leading spaces and collapses runs
  for (const ch of input.normalize('NFC')) {
    const piece = ch.length === 1 && ch >= 'a' && ch <= 'z' ? ch : keyPiece(ch);
    for (const c of piece) {
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
}
