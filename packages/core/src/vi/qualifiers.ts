/**
 * The one table of qualifier words → operators, read by the checker (`parseTarget`, a cell's or a
 * pack's target text) and by the extractor (a target inside a directive's sentence), so a drafted
 * pack and the checker read "giảm xuống 15%" the same way.
 *
 * Matched case- and diacritic-insensitively; the longest qualifier that ends right before the
 * number wins (spaces between allowed):
 * - `đạt`, `là`, `ít nhất`, `tối thiểu`, `không dưới`, `từ X trở lên`, `X trở lên`, `chiếm`,
 *   `phấn đấu`, `duy trì`, `đạt và vượt` → `>=` ("có 03 xã" is a bare number: also `>=`);
 * - `trên`, `hơn`, `cao hơn`, `vượt`, `đạt trên`, `vượt … trên` → `>`;
 * - `dưới`, `thấp hơn`, `xuống dưới`, `giảm … xuống dưới`, `còn dưới` → `<` (lower is better);
 * - `không quá`, `tối đa`, `không vượt quá`, `X trở xuống` → `<=` (lower is better), and so is
 *   `không để … (vượt) quá` split by what must not go over ("không để sai sót dữ liệu quá 2%");
 * - `giảm … còn X`, `giảm … xuống X` → `<=` (lower is better). DESIGN.md writes "giảm … xuống
 *   (dưới) X → <"; we keep `<` for "xuống dưới X" but read a bare "xuống X" (reduce *to* X) as
 *   `<=`, like "còn X": reaching X exactly is reaching the target;
 * - `khoảng`, `đạt khoảng`, `xấp xỉ`, `ước đạt`, `gần` → `approx`; `còn khoảng` → `approx`, lower
 *   is better;
 * - the symbols `≥ >= > ≤ <= < =` work as well;
 * - `tăng X` and `giảm X` without "xuống"/"còn" set the size of a change ("giảm 1,58 - 1,6%" is a
 *   fall of at least that much), which is higher-is-better: `>=`.
 *
 * A range (`X - Y`, `từ X đến Y`) is `between` whatever word precedes it; that is decided by the
 * number reader, not here.
 */
import { foldWithOffsets } from './dates.js';

/** An operator a qualifier can give (a range's `between` comes from the number, not a word). */
export type BoundOp = '>=' | '>' | '<=' | '<' | '=' | 'approx';

type Rule = readonly [words: string, op: BoundOp, lowerIsBetter: boolean];

/** Qualifiers before the number, folded (lower case, no diacritics). */
const BEFORE_RULES: readonly Rule[] = (
  [
    ['>=', '>=', false],
    ['≥', '>=', false],
    ['>', '>', false],
    ['<=', '<=', true],
    ['≤', '<=', true],
    ['<', '<', true],
    ['=', '=', false],
    ['dat', '>=', false],
    ['dat muc', '>=', false],
    ['dat it nhat', '>=', false],
    ['dat va vuot', '>=', false],
    ['it nhat', '>=', false],
    ['toi thieu', '>=', false],
    ['dat toi thieu', '>=', false],
    ['khong duoi', '>=', false],
    ['khong thap hon', '>=', false],
    ['khong it hon', '>=', false],
    ['la', '>=', false],
    ['tu', '>=', false],
    ['chiem', '>=', false],
    ['phan dau', '>=', false],
    ['phan dau dat', '>=', false],
    ['duy tri', '>=', false],
    ['duy tri on dinh', '>=', false],
    ['tang', '>=', false],
    ['tang tu', '>=', false],
    ['giam', '>=', false],
    ['giam tu', '>=', false],
    ['tren', '>', false],
    ['dat tren', '>', false],
    ['hon', '>', false],
    ['dat hon', '>', false],
    ['cao hon', '>', false],
    ['lon hon', '>', false],
    ['nhieu hon', '>', false],
    ['vuot', '>', false],
    ['vuot tren', '>', false],
    ['tang tren', '>', false],
    ['duoi', '<', true],
    ['thap hon', '<', true],
    ['it hon', '<', true],
    ['xuong duoi', '<', true],
    ['giam xuong duoi', '<', true],
    ['con duoi', '<', true],
    ['giam con duoi', '<', true],
    ['xuong', '<=', true],
    ['giam xuong', '<=', true],
    ['con', '<=', true],
    ['giam con', '<=', true],
    ['chi con', '<=', true],
    ['khong qua', '<=', true],
    ['khong vuot qua', '<=', true],
    ['khong vuot', '<=', true],
    ['khong cao hon', '<=', true],
    ['khong hon', '<=', true],
    ['toi da', '<=', true],
    ['khoang', 'approx', false],
    ['dat khoang', 'approx', false],
    ['chiem khoang', 'approx', false],
    ['tang khoang', 'approx', false],
    ['xap xi', 'approx', false],
    ['chung', 'approx', false],
    ['uoc dat', 'approx', false],
    ['uoc', 'approx', false],
    ['gan', 'approx', false],
    ['dat gan', 'approx', false],
    ['con khoang', 'approx', true],
    ['giam con khoang', 'approx', true],
    ['xuong khoang', 'approx', true],
    ['giam xuong khoang', 'approx', true],
  ] as const satisfies readonly Rule[]
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Every qualifier the table knows, folded, with its operator (for docs and table tests). */
export const QUALIFIER_TABLE: readonly {
  readonly words: string;
  readonly op: BoundOp;
  readonly lowerIsBetter: boolean;
}[] = BEFORE_RULES.map(([words, op, lowerIsBetter]) => ({ words, op, lowerIsBetter }));

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A qualifier found before a number: its operator and where it starts in the text. */
export interface QualifierBefore {
  readonly op: BoundOp;
  readonly lowerIsBetter: boolean;
  /** Offset in the text where the qualifier's words start. */
  readonly start: number;
}

/** The qualifier ending right before `end` in `text` (spaces between allowed), if any. */
export function qualifierBefore(text: string, end: number): QualifierBefore | undefined {
  const folded = foldWithOffsets(text.slice(0, end));
  const f = folded.text.replace(/\s+$/, '');
  for (const [words, op, lowerIsBetter] of BEFORE_RULES) {
    if (!f.endsWith(words)) continue;
    const at = f.length - words.length;
    const isSymbol = !/[a-z]/.test(words);
    if (!isSymbol && isWordChar(f[at - 1])) continue;
    return { op, lowerIsBetter, start: folded.starts[at] ?? 0 };
  }
  // "không để sai sót dữ liệu quá 2%", "không để tỷ lệ hộ tái nghèo vượt quá 1%": "không để … (vượt)
  // quá" split by what must not go over is "không quá"
  const split = /(?:^|[^a-z0-9])(khong de(?:\s+[a-z0-9]+){1,6}?\s+(?:vuot\s+)?qua)$/.exec(f);
  if (split?.[1]) {
    const at = f.length - split[1].length;
    return { op: '<=', lowerIsBetter: true, start: folded.starts[at] ?? 0 };
  }
  return undefined;
}

/** "trở lên" / "trở xuống" right after the quantity that ends at `start`; returns its end. */
export function qualifierAfter(
  text: string,
  start: number,
): { op: '>=' | '<='; end: number } | undefined {
  const rest = text.slice(start);
  const folded = foldWithOffsets(rest);
  const m = /^\s*tro (len|xuong)(?![\p{L}\p{N}])/u.exec(folded.text);
  if (!m) return undefined;
  const end = start + (folded.ends[m[0].length - 1] ?? rest.length);
  return { op: m[1] === 'len' ? '>=' : '<=', end };
}

/**
 * The operator the words around one value give it: `before` is the text up to the value, `after`
 * the text from the end of the value (and its unit). "trở lên" after the value makes a bound `>=`
 * unless the word before already made it `>`; "trở xuống" makes it `<=` unless it was `<`.
 * Undefined when neither side has a qualifier (the caller decides what a bare number means).
 */
export function readQualifier(
  before: string,
  after: string,
): { readonly op: BoundOp; readonly lowerIsBetter: boolean } | undefined {
  const b = qualifierBefore(before, before.length);
  const a = qualifierAfter(after, 0);
  if (!a) return b && { op: b.op, lowerIsBetter: b.lowerIsBetter || b.op === '<' || b.op === '<=' };
  if (a.op === '>=') return { op: b?.op === '>' ? '>' : '>=', lowerIsBetter: false };
  return { op: b?.op === '<' ? '<' : '<=', lowerIsBetter: true };
}
