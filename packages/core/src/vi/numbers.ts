/**
 * Vietnamese numbers and quantities as directives and tracking sheets write them.
 *
 * Numbers (`parseViNumber`):
 * - the comma is the decimal mark and the dot groups thousands: `84,3` is 84.3, `517,995` is
 *   517.995, `1.967` is 1967, `1.234.567,5` is 1234567.5; leading zeros are fine (`03` is 3);
 * - a dot groups thousands only when every group after it has exactly three digits and the first
 *   group has one to three digits and does not start with 0; otherwise a single dot is a decimal
 *   point written the English way (`1.5` is 1.5, `0.843` is 0.843, `1234.5` is 1234.5);
 * - with both marks, the last one is the decimal mark and the other must group thousands properly:
 *   `1.234,5` and (English) `1,234.5` are both 1234.5; `1,5.3` is rejected;
 * - several commas are English thousands (`1,234,567`) only when grouped properly;
 * - a sign (`-`, `+` or the minus sign `−`) may lead; anything else (`abc`, `1..2`, `1.2.3`, ``) is
 *   rejected with undefined.
 *
 * Quantities (`parseQuantity`, `scanQuantities`): a number or a range (`2,5 - 3%`, `38.000 - 39.000
 * tỷ đồng`, `từ -3,5% đến -3%`) followed by its unit as written (`%`, `%/năm`, `tỷ đồng`,
 * `bác sĩ/vạn dân`, `xã` …). Dates (`25/6/2024`, `01-8-2019`, `tháng 4-2021`), document numbers
 * (`26-NQ/TW`, `81/2023/QH15`), actual/plan pairs (`1.967/1.910`) and list markers (`(1)`) are
 * not quantities.
 *
 * Cells (`parseNumericCell`): an empty cell, a dash (`-`, `–`, `--`, `…`) and the words that say
 * there is no figure (`Không`, `x`, `N/A`, `chưa có số liệu`, `không áp dụng` …) are empty: the
 * missing value is judged by the indicator check, which knows whether the period has ended. Any
 * other text that is not one number with an optional unit is invalid, with a reason.
 */
import type { Message } from '../model/findings.js';
import type { CellValue } from '../model/sheet.js';
import { foldWithOffsets } from './dates.js';
import { normalizeText } from './text.js';

// ---------------------------------------------------------------------------------------------
// Numbers

const NUMBER_TEXT = /^([-+\u2212\u2013]?)(\d+(?:[.,]\d+)*)$/;

/** True when `body` is digits grouped by `sep` in threes: "1.234.567" with ".". */
function isGrouped(body: string, sep: string): boolean {
  const parts = body.split(sep);
  if (parts.length < 2) return false;
  const [first, ...rest] = parts;
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  if (first.length > 1 && first.startsWith('0')) return false;
  if (first === '0') return false;
  return rest.every((p) => p.length === 3);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n += 1;
  return n;
}

function parseUnsigned(body: string): number | undefined {
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return Number(body);
  if (dots > 0 && commas > 0) {
    const decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimalMark);
    const whole = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (whole.includes(decimalMark) || !isGrouped(whole, groupMark)) return undefined;
    return Number(`${whole.split(groupMark).join('')}.${fraction}`);
  }
  if (dots > 0) {
    if (isGrouped(body, '.')) return Number(body.split('.').join(''));
    return dots === 1 ? Number(body) : undefined;
  }
  if (commas === 1) return Number(body.replace(',', '.'));
  return isGrouped(body, ',') ? Number(body.split(',').join('')) : undefined;
}

/** A number written the Vietnamese way (or unambiguously the English way); undefined otherwise. */
export function parseViNumber(text: string): number | undefined {
  const m = NUMBER_TEXT.exec(normalizeText(text));
  if (!m) return undefined;
  const value = parseUnsigned(m[2] ?? '');
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const negative = m[1] !== '' && m[1] !== '+';
  return negative ? (value === 0 ? 0 : -value) : value;
}

/** Removes binary noise: 0.843 * 100 is 84.30000000000001, this gives 84.3. */
export function cleanNumber(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

function plainDigits(n: number): { sign: string; whole: string; fraction: string } {
  const clean = cleanNumber(n);
  const abs = Math.abs(clean);
  let s = String(abs);
  if (s.includes('e'))
    s = abs >= 1 ? abs.toLocaleString('en-US', { useGrouping: false }) : abs.toFixed(20);
  const [whole = '0', fraction = ''] = s.split('.');
  return { sign: clean < 0 ? '-' : '', whole, fraction: fraction.replace(/0+$/, '') };
}

function group(whole: string, sep: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 1967 → "1.967", 84.3 → "84,3", -2.5 → "-2,5", 1234567.5 → "1.234.567,5". */
export function formatViNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const { sign, whole, fraction } = plainDigits(n);
  return `${sign}${group(whole, '.')}${fraction ? `,${fraction}` : ''}`;
}

/** 1967 → "1,967", 84.3 → "84.3": the English rendering used in English messages. */
export function formatEnNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const { sign, whole, fraction } = plainDigits(n);
  return `${sign}${group(whole, ',')}${fraction ? `.${fraction}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Quantities

export interface Quantity {
  /** The single value; absent for a range. */
  readonly value?: number;
  /** Bounds of a range (`2,5 - 3%`): min ≤ max. */
  readonly min?: number;
  readonly max?: number;
  /** The unit as written: "%", "%/năm", "tỷ đồng", "bác sĩ/vạn dân", "xã" … */
  readonly unit?: string;
  readonly percent: boolean;
  /** The words of the quantity as written: "38.000 - 39.000 tỷ đồng". */
  readonly text: string;
}

/** A quantity found in a text; offsets are UTF-16 indices into `normalizeText(text)`. */
export interface QuantityScan {
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
  /** Plain four-digit number(s) 1900–2199 with no unit: most likely a year ("năm 2025"). */
  readonly yearLike: boolean;
}

/**
 * Units a quantity may carry, lower case as written. Matching is exact with diacritics, or
 * diacritic-free when the text is written without them ("03 xa").
 */
export const QUANTITY_UNITS: readonly string[] = [
  'tỷ đồng',
  'tỉ đồng',
  'triệu đồng',
  'nghìn đồng',
  'ngàn đồng',
  'đồng',
  'tỷ usd',
  'triệu usd',
  'usd',
  'triệu tấn',
  'nghìn tấn',
  'tấn',
  'kg',
  'ha',
  'km',
  'm2',
  'm²',
  'm3',
  'giường bệnh',
  'giường',
  'bác sĩ',
  'người',
  'lượt người',
  'lượt',
  'lao động',
  'xã',
  'phường',
  'thị trấn',
  'huyện',
  'hộ gia đình',
  'hộ',
  'trường',
  'học sinh',
  'trẻ em',
  'đảng viên',
  'chỉ tiêu',
  'doanh nghiệp',
  'hợp tác xã',
  'dự án',
  'công trình',
  'cơ sở',
  'đơn vị',
  'thôn',
  'bản',
  'tổ chức',
  'sản phẩm',
  'lần',
  'tuổi',
  'giờ',
  'ngày',
  'tháng',
  'năm',
];

/** What may follow a unit after a slash: "/vạn dân", "/năm", "/người". Folded. */
const PER = [
  'van dan',
  'nghin dan',
  '1.000 dan',
  '1000 dan',
  'nguoi dan',
  'nguoi',
  'dan',
  'nam',
  'thang',
  'quy',
  'ngay',
  'ho',
  'lop',
  'ha',
  'km2',
];

const STOP_WORDS = new Set([
  'tro',
  'vao',
  'den',
  'trong',
  'dat',
  'so',
  'cua',
  'tai',
  'tu',
  'va',
  'nam',
  'tang',
  'giam',
  'tren',
  'duoi',
  'theo',
  'voi',
]);

interface FoldedUnit {
  readonly unit: string;
  readonly folded: string;
}

const FOLDED_UNITS: readonly FoldedUnit[] = QUANTITY_UNITS.map((unit) => ({
  unit,
  folded: foldWithOffsets(unit).text,
})).sort((a, b) => b.folded.length - a.folded.length);

const ASCII_ONLY = /^[\x20-\x7e]*$/;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Source {
  readonly nfc: string;
  readonly f: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

function source(text: string): Source {
  const nfc = normalizeText(text);
  const folded = foldWithOffsets(nfc);
  return { nfc, f: folded.text, starts: folded.starts, ends: folded.ends };
}

/** The original text of the folded span [start, end). */
function original(src: Source, start: number, end: number): string {
  if (end <= start) return '';
  return src.nfc.slice(src.starts[start] ?? 0, src.ends[end - 1] ?? src.nfc.length);
}

interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly plain: boolean;
}

const NUMBER_AT = /[-+\u2212]?\d+(?:[.,]\d+)*/y;

function readNumber(f: string, at: number): { end: number; value?: number; plain: boolean } {
  NUMBER_AT.lastIndex = at;
  const m = NUMBER_AT.exec(f);
  if (!m) return { end: at + 1, plain: false };
  return {
    end: at + m[0].length,
    value: parseViNumber(m[0]),
    plain: /^\d+$/.test(m[0]),
  };
}

function skipToken(f: string, at: number): number {
  let i = at;
  while (i < f.length && /[\p{L}\p{N}.,/\-\u2212+]/u.test(f[i] ?? '')) i += 1;
  return Math.max(i, at + 1);
}

/** Reads "%", "%/năm" or a known unit (with "/vạn dân"…) at `at`; returns its folded end. */
function readUnit(src: Source, at: number): { end: number; percent: boolean } | undefined {
  const { f } = src;
  let u = at;
  if (f[u] === ' ') u += 1;
  if (f[u] === '%') {
    let end = u + 1;
    const per = /\s*\/\s*(nam|thang|quy|ngay)(?![\p{L}\p{N}])/uy;
    per.lastIndex = end;
    const m = per.exec(f);
    if (m) end += m[0].length;
    return { end, percent: true };
  }
  for (const { unit, folded } of FOLDED_UNITS) {
    if (!f.startsWith(folded, u) || isWordChar(f[u + folded.length])) continue;
    const written = original(src, u, u + folded.length);
    if (written.toLowerCase() !== unit && !ASCII_ONLY.test(written)) continue;
    let end = u + folded.length;
    for (const per of PER) {
      const re = new RegExp(`\\s*/\\s*${per.replace('.', '\\.')}(?![\\p{L}\\p{N}])`, 'uy');
      re.lastIndex = end;
      const m = re.exec(f);
      if (m) {
        end += m[0].length;
        break;
      }
    }
    return { end, percent: false };
  }
  return undefined;
}

/** A short run of words ending the text ("12 câu lạc bộ"): the unit when no known one fits. */
function readTailUnit(src: Source, at: number): number | undefined {
  const rest = src.f.slice(at);
  const m = /^ ([\p{L} /]+?)[ .;,]*$/u.exec(rest);
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if (STOP_WORDS.has(w)) break;
    kept.push(w);
  }
  if (kept.length === 0 || kept.length > 4 || kept.length !== words.length) return undefined;
  return at + 1 + kept.join(' ').length;
}

/** Units that are never what a count of a whole counts: times, and targets themselves. */
const NOT_COUNTED = new Set(['ngay', 'thang', 'nam', 'gio', 'lan', 'tuoi', 'chi tieu']);

/**
 * After "3" at the "/" of "3/4 trường học": the end of the whole ("/4") when a plain whole of at
 * most three digits, not below the count, is followed by a unit of things counted.
 */
function countOfWhole(src: Source, slash: number, count: number): number | undefined {
  const { f } = src;
  // "trước 5/10 xã …", "từ 3/4": a day after a time word, not a count
  const word = /(?:^|[^\p{L}\p{N}])(\p{L}+) \d+$/u.exec(f.slice(Math.max(0, slash - 20), slash));
  if (word?.[1] && /^(?:truoc|sau|den|tu|toi|nhat|han|luc|vao|ngay)$/u.test(word[1]))
    return undefined;
  const m = /\/(\d{1,3})(?![\d/.,-])/y;
  m.lastIndex = slash;
  const found = m.exec(f);
  if (!found?.[1]) return undefined;
  const end = slash + found[0].length;
  if (Number(found[1]) < count || f[end] !== ' ') return undefined;
  const unit = readUnit(src, end);
  if (!unit || unit.percent) return undefined;
  const folded =
    f
      .slice(end + 1, unit.end)
      .split('/')[0]
      ?.trim() ?? '';
  return NOT_COUNTED.has(folded) ? undefined : end;
}

/** A larger scale, a count of a thousandth of it and that scale: "tỷ 250 triệu", "triệu 450 ngàn". */
const COMPOUND_AMOUNT = / ?(ty|ti|trieu) (\d{1,3}) (trieu|ngan|nghin)(?![\p{L}\p{N}])/uy;

/**
 * "68 triệu 450 ngàn đồng/năm", "1 tỷ 250 triệu đồng": an amount written in two scales is one value
 * in the larger scale (68,45 triệu đồng/năm), its unit the larger scale and the words after; read
 * at `at`, right after the first number. The one reading of such an amount, for the checker and
 * the extractor alike.
 */
function compoundAmountAt(
  src: Source,
  at: number,
): { lower: number; unit: string; end: number } | undefined {
  COMPOUND_AMOUNT.lastIndex = at;
  const m = COMPOUND_AMOUNT.exec(src.f);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  if ((m[1] === 'trieu') !== (m[3] === 'ngan' || m[3] === 'nghin')) return undefined;
  const scaleAt = at + m[0].indexOf(m[1]);
  const scale = original(src, scaleAt, scaleAt + m[1].length);
  const after = at + m[0].length;
  const rest = readUnit(src, after);
  if (!rest || rest.percent) return { lower: Number(m[2]), unit: scale, end: after };
  const restText = original(src, src.f[after] === ' ' ? after + 1 : after, rest.end);
  return { lower: Number(m[2]), unit: `${scale} ${restText}`, end: rest.end };
}

/**
 * The second scale of an amount, read on the text right after its first number ("68" then " triệu
 * 450 ngàn đồng/năm"): the thousandth written after the larger scale (450), the unit (the larger
 * scale and the words after: "triệu đồng/năm") and how many characters of `after` it spans.
 */
export function readCompoundAmount(
  after: string,
): { readonly lower: number; readonly unit: string; readonly length: number } | undefined {
  // the text is read trimmed: its opening spaces count in the length, not in the reading
  const opening = /^\s*/u.exec(after)?.[0].length ?? 0;
  const src = source(after);
  const found = compoundAmountAt(src, 0);
  if (!found) return undefined;
  return { lower: found.lower, unit: found.unit, length: opening + (src.ends[found.end - 1] ?? 0) };
}

const DATE_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])(?:ngay|thang|nam|quy|so) $/u;
const RATE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:hang|moi) (?:ngay|thang|nam|quy) $/u;

const RANGE_DASH = /\s*[-\u2013\u2014]\s*/y;
const RANGE_WORD = /\s+(?:den|toi)\s+/y;

/**
 * Every quantity in a text, in order. Offsets are into `normalizeText(text)`, so callers that
 * need the surrounding words should normalise the same way.
 */
export function scanQuantities(text: string): QuantityScan[] {
  const src = source(text);
  const { f } = src;
  const out: QuantityScan[] = [];
  let i = 0;
  while (i < f.length) {
    const c = f[i];
    const signed = (c === '-' || c === '+' || c === '\u2212') && isDigit(f[i + 1]);
    if (!isDigit(c) && !signed) {
      i += 1;
      continue;
    }
    const prev = f[i - 1];
    if (signed && prev !== undefined && prev !== ' ' && prev !== '(') {
      i += 1;
      continue;
    }
    if (
      isWordChar(prev) ||
      prev === '/' ||
      prev === '.' ||
      prev === ',' ||
      (prev === '-' && isWordChar(f[i - 2]))
    ) {
      i = skipToken(f, i);
      continue;
    }
    // "ngày 10", "tháng 4", "năm 2025", "quý 2", "số 12": parts of dates and document numbers
    // ("hằng năm 10 - 11%", "mỗi tháng 2 lượt" are rates: the number after them is a value)
    if (
      DATE_WORD_BEFORE.test(f.slice(Math.max(0, i - 6), i)) &&
      !RATE_BEFORE.test(f.slice(Math.max(0, i - 12), i))
    ) {
      i = skipToken(f, i);
      continue;
    }
    const first = readNumber(f, i);
    if (first.value === undefined) {
      i = skipToken(f, i);
      continue;
    }
    let p = first.end;
    // "3/4 trường học", "04/09 thôn": a count of a whole, when a unit of things counted follows
    // (the count is the value; "24/25 chỉ tiêu" stays an actual/plan pair, "15/10" a date)
    const whole = f[p] === '/' && first.plain ? countOfWhole(src, p, first.value) : undefined;
    if (whole !== undefined) p = whole;
    // dates, fractions, actual/plan pairs and document numbers are not quantities
    else if (
      (f[p] === '/' && isDigit(f[p + 1])) ||
      (f[p] === '-' && /[a-z]/.test(f[p + 1] ?? ''))
    ) {
      i = skipToken(f, i);
      continue;
    }
    if (
      f[p] === '-' &&
      (/^-\d{1,2}-\d{2,4}/.test(f.slice(p)) ||
        (first.value <= 12 && /^-(19|20|21)\d\d(?!\d)/.test(f.slice(p))))
    ) {
      i = skipToken(f, i);
      continue;
    }
    if (prev === '(' && f[p] === ')') {
      i = p + 1;
      continue;
    }
    if (i === 0 && f[p] === '.' && f[p + 1] === ' ' && first.plain) {
      i = p + 1;
      continue;
    }
    const tokens: NumberToken[] = [{ start: i, end: p, value: first.value, plain: first.plain }];
    let firstPercent = false;
    let afterFirst = p;
    {
      const q = f[p] === ' ' ? p + 1 : p;
      if (f[q] === '%') {
        firstPercent = true;
        afterFirst = q + 1;
      }
    }
    // a range: "2,5 - 3%", "38.000 - 39.000", "từ -3,5% đến -3%"
    for (const [re, signAllowed] of [
      [RANGE_DASH, false],
      [RANGE_WORD, true],
    ] as const) {
      re.lastIndex = afterFirst;
      const m = re.exec(f);
      if (!m) continue;
      const at = afterFirst + m[0].length;
      if (!isDigit(f[at]) && !(signAllowed && /[-\u2212]/.test(f[at] ?? '') && isDigit(f[at + 1])))
        continue;
      const second = readNumber(f, at);
      if (second.value === undefined) break;
      const next = f[second.end];
      if ((next === '/' || next === '-') && isDigit(f[second.end + 1])) break; // a date
      if (second.value < first.value) break;
      tokens.push({ start: at, end: second.end, value: second.value, plain: second.plain });
      p = second.end;
      break;
    }
    const isRange = tokens.length === 2;
    let end = p;
    let unit: string | undefined;
    let percent = false;
    let value = first.value;
    const compound = isRange ? undefined : compoundAmountAt(src, p);
    const read = compound ? undefined : readUnit(src, p);
    if (compound) {
      value = Math.round(first.value * 1000 + compound.lower) / 1000;
      unit = compound.unit;
      end = compound.end;
    } else if (read) {
      end = read.end;
      percent = read.percent;
      unit = original(src, f[p] === ' ' ? p + 1 : p, end);
    } else if (isRange && firstPercent) {
      percent = true;
      unit = '%';
    } else {
      const tail = readTailUnit(src, p);
      if (tail !== undefined) {
        unit = original(src, p + 1, tail);
        end = tail;
      }
    }
    if (isRange && firstPercent) percent = true;
    const startOrig = src.starts[i] ?? 0;
    const endOrig = src.ends[end - 1] ?? src.nfc.length;
    const [a, b] = tokens;
    const quantity: Quantity =
      b !== undefined && a !== undefined
        ? { min: a.value, max: b.value, unit, percent, text: src.nfc.slice(startOrig, endOrig) }
        : { value, unit, percent, text: src.nfc.slice(startOrig, endOrig) };
    const yearLike =
      unit === undefined &&
      tokens.every((t) => t.plain && t.end - t.start === 4 && t.value >= 1900 && t.value <= 2199);
    out.push({ start: startOrig, end: endOrig, quantity: dropUndefined(quantity), yearLike });
    i = end;
  }
  return out;
}

function dropUndefined(q: Quantity): Quantity {
  const copy: { -readonly [K in keyof Quantity]: Quantity[K] } = { ...q };
  if (copy.unit === undefined) delete copy.unit;
  return copy;
}

/**
 * The first quantity of a text: "84,3%", "2,5 - 3%", "38.000 - 39.000 tỷ đồng", "8 - 10%/năm",
 * "khoảng 4.460 USD", "trên 9 bác sĩ/vạn dân", "03 xã". Undefined when the text has none.
 */
export function parseQuantity(text: string): Quantity | undefined {
  return scanQuantities(text)[0]?.quantity;
}

// ---------------------------------------------------------------------------------------------
// Actual/plan pairs

export interface ActualPlan {
  readonly actual: number;
  readonly plan: number;
  readonly unit?: string;
}

const PAIR =
  /^([-+\u2212]?\d+(?:[.,]\d+)*)\s*(%?)\s*\/\s*([-+\u2212]?\d+(?:[.,]\d+)*)\s*(%?)\s*([\p{L}][\p{L} ]{0,40})?$/u;

/**
 * "1.967/1.910" → { actual: 1967, plan: 1910 }; "24/25 chỉ tiêu" → { actual: 24, plan: 25, unit:
 * "chỉ tiêu" }. The whole text must be the pair, so a date ("24/5/2024") is never one. Note that
 * "24/5" alone is read as a pair: dates need a year to be told apart, which is why this parser is
 * meant for cells and phrases known to hold actual/plan figures.
 */
export function parseActualPlan(text: string): ActualPlan | undefined {
  const m = PAIR.exec(normalizeText(text));
  if (!m) return undefined;
  const actual = parseViNumber(m[1] ?? '');
  const plan = parseViNumber(m[3] ?? '');
  if (actual === undefined || plan === undefined) return undefined;
  const unit = m[2] || m[4] ? '%' : m[5]?.trim();
  return unit ? { actual, plan, unit } : { actual, plan };
}

// ---------------------------------------------------------------------------------------------
// Cells

export type NumericCellParse =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly unit?: string;
      readonly percent: boolean;
    }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: Message };

/** Dashes and words that mean "no figure", folded. */
const NO_DATA = new Set([
  '',
  '-',
  '--',
  '---',
  '\u2013',
  '\u2014',
  '...',
  '\u2026',
  '/',
  'x',
  'k',
  'khong',
  'khong co',
  'n/a',
  'na',
  'n a',
  'chua co',
  'chua co so lieu',
  'khong co so lieu',
  'chua co du lieu',
  'khong co du lieu',
  'chua cap nhat',
  'chua bao cao',
  'khong ap dung',
  'kad',
  'chua danh gia',
  'chua thong ke',
]);

/** Words a figure may be written after in a cell: "ước đạt 85%", "khoảng 80%". Folded. */
const CELL_PREFIX = /^(?:uoc dat|uoc tinh|uoc|dat|khoang|duoc)\s+/;

/** True when the number format shows values as percentages ("0.0%", not a quoted or escaped %). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

const EXPECTED_NUMBER: Message = {
  vi: 'Cần một số, ví dụ 84,3 hoặc 84,3% hoặc 1.967.',
  en: 'Expected a number such as 84,3 or 84,3% or 1.967 (comma decimals, dot thousands).',
};

function invalid(text: string, vi: string, en: string): NumericCellParse {
  return {
    kind: 'invalid',
    text,
    reason: { vi: `${vi} ${EXPECTED_NUMBER.vi}`, en: `${en} ${EXPECTED_NUMBER.en}` },
  };
}

/**
 * A cell of an indicator column: numbers as they are (a percent-formatted 0.843 is 84.3 %), text
 * read as a Vietnamese number with an optional unit ("84,3%", "1.967", "95 %", "16.000 tỷ đồng").
 * Dashes and no-data words are empty (see the module notes); other text is invalid with a reason.
 */
export function parseNumericCell(
  value: CellValue,
  text: string,
  numFmt?: string,
): NumericCellParse {
  if (value === null) {
    return text.trim() === '' ? { kind: 'empty' } : parseNumericText(text);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return invalid(
        text || String(value),
        'Ô không chứa số hữu hạn.',
        'The cell holds no finite number.',
      );
    return isPercentFormat(numFmt)
      ? { kind: 'number', value: cleanNumber(value * 100), unit: '%', percent: true }
      : { kind: 'number', value, percent: false };
  }
  if (typeof value === 'string') return parseNumericText(text.trim() !== '' ? text : value);
  if (typeof value === 'boolean') {
    return invalid(
      text || String(value),
      `Ô chứa giá trị đúng/sai ("${text || String(value)}"), không phải số.`,
      `The cell holds a true/false value ("${text || String(value)}"), not a number.`,
    );
  }
  if (value.kind === 'error') {
    return invalid(
      text || value.code,
      `Ô bị lỗi ${value.code}, không có số.`,
      `The cell shows the error ${value.code}, not a number.`,
    );
  }
  return invalid(
    text,
    `Ô chứa ngày ("${text}"), không phải số.`,
    `The cell holds a date ("${text}"), not a number.`,
  );
}

function parseNumericText(raw: string): NumericCellParse {
  const text = normalizeText(raw);
  const folded = foldWithOffsets(text)
    .text.replace(/[.;:]+$/, '')
    .trim();
  if (NO_DATA.has(folded) || NO_DATA.has(folded.replace(/[()]/g, '').trim()))
    return { kind: 'empty' };
  const direct = parseViNumber(text);
  if (direct !== undefined) return { kind: 'number', value: direct, percent: false };
  if (parseActualPlan(text) !== undefined) {
    return invalid(
      text,
      `"${text}" là cặp thực hiện/kế hoạch, không phải một số; hãy tách thành hai cột.`,
      `"${text}" is an actual/plan pair, not one number; put the two figures in separate columns.`,
    );
  }
  const prefix = CELL_PREFIX.exec(foldWithOffsets(text).text);
  const body = prefix ? text.slice(originalLength(text, prefix[0].length)) : text;
  const scans = scanQuantities(body);
  const only = scans[0];
  if (scans.length === 1 && only && only.start === 0 && only.end === body.length) {
    const q = only.quantity;
    if (q.value === undefined) {
      return invalid(
        text,
        `"${text}" là một khoảng, không phải một giá trị thực hiện.`,
        `"${text}" is a range, not an actual value.`,
      );
    }
    return q.unit === undefined
      ? { kind: 'number', value: q.value, percent: q.percent }
      : { kind: 'number', value: q.value, unit: q.unit, percent: q.percent };
  }
  return invalid(text, `"${text}" không phải là số.`, `"${text}" is not a number.`);
}

/** Length in `text` of its first `foldedLength` folded characters. */
function originalLength(text: string, foldedLength: number): number {
  const folded = foldWithOffsets(text);
  return folded.ends[foldedLength - 1] ?? text.length;
}
