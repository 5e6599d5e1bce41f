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

/** Comparison key: case-, diacritic- and punctuation-insensitive. */
export function foldText(input: string): string {
  return removeDiacritics(normalizeText(input).toLowerCase())
    .replace(/[^a-z0-9%/&]+/g, ' ')
    .trim();
}
