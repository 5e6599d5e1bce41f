/**
 * Indicator targets as directives write them ("đạt 84,3% vào năm 2025", "xuống dưới 15%",
 * "2,5 - 3%", "từ 80% trở lên") and how an actual value compares with them.
 *
 * Qualifier words → operators live in one table, `qualifiers.ts`, shared with the extractor.
 * `X - Y` and `từ X đến Y` are `between` whatever word precedes them (the qualifier is kept); a
 * bare number ("100%") means "đạt": `>=`.
 *
 * In a longer sentence the target is the first quantity with a qualifier, else the first one;
 * years ("năm 2025", "2021 - 2030"), ages ("dưới 5 tuổi", but not a life expectancy), dates,
 * document numbers and list markers ("(12)") are never targets, and durations ("6 tháng") only when nothing else is there.
 */
import type { Message } from '../model/findings.js';
import { foldWithOffsets } from './dates.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import type { BoundOp } from './qualifiers.js';
import { cleanNumber, formatEnNumber, formatViNumber, scanQuantities } from './numbers.js';
import type { QuantityScan } from './numbers.js';
import { foldText, normalizeText, removeDiacritics } from './text.js';

export type Operator = BoundOp | 'between';

export type Target =
  | { readonly op: Exclude<Operator, 'between'>; readonly value: number; readonly unit?: string }
  | { readonly op: 'between'; readonly min: number; readonly max: number; readonly unit?: string };

export interface ParsedTarget {
  readonly target: Target;
  /** The qualifier as written: "đạt trên", "xuống dưới", "từ … trở lên"; absent for a bare number. */
  readonly qualifier?: string;
  /** True for targets that go down: "dưới", "không quá", "giảm … còn", "xuống dưới". */
  readonly lowerIsBetter: boolean;
  /** The target as written, qualifier included: "đạt trên 99,1%". */
  readonly text: string;
}

/** A target found in a longer text; offsets are into `normalizeText(text)`. */
export interface TargetMatch extends ParsedTarget {
  readonly start: number;
  readonly end: number;
}

type Op = Exclude<Operator, 'between'>;

const TIME_UNITS = new Set(['ngay', 'thang', 'nam', 'gio', 'lan']);

function foldedUnit(scan: QuantityScan): string {
  return scan.quantity.unit === undefined ? '' : foldWithOffsets(scan.quantity.unit).text;
}

function buildMatch(nfc: string, scan: QuantityScan): TargetMatch & { qualified: boolean } {
  const q = scan.quantity;
  const before = qualifierBefore(nfc, scan.start);
  const after = qualifierAfter(nfc, scan.end);
  let op: Op = before?.op ?? '>=';
  let lowerIsBetter = before?.lowerIsBetter ?? false;
  if (after) {
    if (after.op === '>=') {
      if (op !== '>') op = '>=';
      lowerIsBetter = false;
    } else {
      if (op !== '<') op = '<=';
      lowerIsBetter = true;
    }
  }
  if (op === '<' || op === '<=') lowerIsBetter = true;
  const start = before?.start ?? scan.start;
  const end = after?.end ?? scan.end;
  let qualifier: string | undefined;
  const beforeText = before ? nfc.slice(before.start, scan.start).trim() : undefined;
  const afterText = after ? nfc.slice(scan.end, after.end).trim() : undefined;
  if (beforeText && afterText) qualifier = `${beforeText} … ${afterText}`;
  else qualifier = beforeText ?? afterText;
  const unit = q.unit === undefined ? {} : { unit: q.unit };
  const target: Target =
    q.min !== undefined && q.max !== undefined
      ? { op: 'between', min: q.min, max: q.max, ...unit }
      : { op, value: q.value ?? 0, ...unit };
  const base = { target, lowerIsBetter, text: nfc.slice(start, end), start, end };
  return {
    ...(qualifier === undefined ? base : { ...base, qualifier }),
    qualified: before !== undefined || after !== undefined,
  };
}

function candidates(text: string): { nfc: string; scans: QuantityScan[] } {
  const nfc = normalizeText(text);
  const scans = scanQuantities(nfc).filter(
    (s) =>
      !s.yearLike &&
      // an age is no target ("trẻ em dưới 5 tuổi"), but the age a life expectancy reaches is
      // ("Tuổi thọ bình quân đạt khoảng 75,5 tuổi")
      (foldedUnit(s) !== 'tuoi' || /tuổi thọ/iu.test(nfc.slice(0, s.start))),
  );
  return { nfc, scans };
}

/** Every target in a text, in order: "đạt 84,3% vào năm 2025 và 85% vào năm 2030" gives two. */
export function findTargets(text: string): TargetMatch[] {
  const { nfc, scans } = candidates(text);
  return scans.map((s) => {
    const { qualified: _qualified, ...match } = buildMatch(nfc, s);
    return match;
  });
}

/**
 * The target a phrase or sentence sets: the first quantity with a qualifier, else the first
 * quantity; durations ("6 tháng") only when there is nothing else. Undefined when there is none.
 */
export function parseTarget(text: string): ParsedTarget | undefined {
  const { nfc, scans } = candidates(text);
  const all = scans.map((s) => ({
    match: buildMatch(nfc, s),
    time: TIME_UNITS.has(foldedUnit(s)),
  }));
  const best =
    all.find((c) => c.match.qualified && !c.time) ??
    all.find((c) => !c.time) ??
    all.find((c) => c.match.qualified) ??
    all[0];
  if (!best) return undefined;
  const { target, qualifier, lowerIsBetter, text: phrase } = best.match;
  return qualifier === undefined
    ? { target, lowerIsBetter, text: phrase }
    : { target, qualifier, lowerIsBetter, text: phrase };
}

/**
 * The base a relative target is measured from, when the text sets one: "Giảm 10% so với năm 2023"
 * → "năm 2023", "tăng 8% so với cùng kỳ" → "cùng kỳ". Such a target is a change from a figure the
 * text does not give, so the number in it is not the value to reach.
 */
export function relativeBase(text: string): string | undefined {
  // read by its letters, so that a text typed with no marks reads the same ("Giam 10% so voi nam
  // 2023"); the base is given as written
  const nfc = text.normalize('NFC');
  const letters = lettersOf(nfc);
  const m = /(?:^|[^\p{L}])so\s+(voi|cung)(?![\p{L}])\s*(.*)$/iu.exec(letters);
  if (!m) return undefined;
  const rest = nfc
    .slice(m.index + m[0].length - m[2]!.length)
    .trim()
    .replace(/[.;]$/, '');
  if (m[1]!.toLowerCase() !== 'cung') return rest || 'so với';
  const word = m.index + m[0].indexOf(m[1]!);
  return `${nfc.slice(word, word + m[1]!.length).toLowerCase()} ${rest}`.trim();
}

/**
 * A text's letters without their marks, one character for each of the text's (NFC): a match on it
 * is at the same place in the text as written.
 */
function lettersOf(nfc: string): string {
  const plain = removeDiacritics(nfc);
  return plain.length === nfc.length ? plain : nfc;
}

/** A change from a base: "Giảm 5% so với năm 2023", "tăng ít nhất 10% so với cùng kỳ". */
export interface RelativeChange {
  readonly direction: 'increase' | 'decrease';
  /** The change: a share of the base when `percent`, else in the base's own unit. */
  readonly amount: number;
  readonly percent: boolean;
  /** The base as written: "năm 2023", "cùng kỳ". */
  readonly base: string;
}

// matched on the text's letters without their marks (`lettersOf`)
const RELATIVE_CHANGE =
  /^(?:phan dau\s+)?(?:keo\s+)?(giam|tang)\s+(?:(?:it nhat|toi thieu|tu)\s+)?(\d+(?:[.,]\d+)?)\s*(%)?(?:\s+(?!so\s)\p{L}+){0,3}?\s+so\s+(?:voi|cung)(?!\p{L})/iu;

/**
 * The change a relative target asks for, when it is one number: "Giảm 5% so với năm 2023" is a
 * decrease of 5 % from the figure of 2023. A range ("tăng 5 - 7%") or a text with no base gives
 * undefined: it is not turned into a value to reach.
 */
export function relativeChange(text: string): RelativeChange | undefined {
  const base = relativeBase(text);
  if (base === undefined) return undefined;
  const m = RELATIVE_CHANGE.exec(lettersOf(normalizeText(text)));
  if (!m) return undefined;
  const amount = Number(m[2]!.replace(',', '.'));
  if (!Number.isFinite(amount)) return undefined;
  return {
    direction: m[1]!.toLowerCase() === 'giam' ? 'decrease' : 'increase',
    amount,
    percent: m[3] === '%',
    base,
  };
}

/**
 * The value a relative change sets from its base's figure: a decrease of 5 % from 40 is at most
 * 38, an increase of 10 % from 200 at least 220, a decrease of 5 from 40 at most 35.
 */
export function targetFromBase(change: RelativeChange, base: number): Target {
  const delta = change.percent ? (base * change.amount) / 100 : change.amount;
  return change.direction === 'decrease'
    ? { op: '<=', value: cleanNumber(base - delta) }
    : { op: '>=', value: cleanNumber(base + delta) };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export type TargetOutcome = 'met' | 'exceeded' | 'unmet';

export interface TargetEvaluation {
  readonly outcome: TargetOutcome;
  /** How far the actual value is from the bound that decided (0 when it sits on it or in a range). */
  readonly distance: number;
  /** The target in words, with the band of an approximate target. */
  readonly expected: Message;
}

export interface EvaluateOptions {
  /** Relative tolerance of `approx` targets: 0.05 accepts 76–84 for "khoảng 80". */
  readonly tolerance: number;
  /**
   * Which side is better, for `approx`, `between` and the strict side of `>=`/`<=` bounds.
   * Defaults to true for `<` and `<=` targets and false otherwise.
   */
  readonly lowerIsBetter?: boolean;
}

/** -1, 0 or 1, with a relative epsilon so that 84.30000000000001 equals 84.3. */
function compare(a: number, b: number): -1 | 0 | 1 {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  const d = a - b;
  if (Math.abs(d) <= 1e-9 * scale) return 0;
  return d < 0 ? -1 : 1;
}

/**
 * Compares an actual value with a target.
 *
 * - `>=`: below is unmet; on the bound is met; above is exceeded (met when lower is better).
 * - `<=`: above is unmet; on the bound is met; below is exceeded when lower is better (the
 *   default for `<=`), else met.
 * - `>` and `<`: the bound itself and the other side are unmet; a value beyond the bound is
 *   strictly better than it, so exceeded ("trên 95%" with 96,2 %; "dưới 2%" with 1,6 % when
 *   lower is better), met when the bound's side is the worse one. DESIGN.md's rule: exceeded is
 *   strictly better than the bound (docs/decisions/0010).
 * - `=`: met only on the value (relative epsilon 1e-9), unmet otherwise.
 * - `approx`: met inside value ± |value| × tolerance; outside the band, the better side is
 *   exceeded and the other unmet; the distance is from the value itself.
 * - `between`: met inside [min, max] (distance 0); beyond max is exceeded (unmet when lower is
 *   better), below min is unmet (exceeded when lower is better); the distance is to the nearer end.
 */
export function evaluateTarget(
  target: Target,
  actual: number,
  options: EvaluateOptions,
): TargetEvaluation {
  const lowerIsBetter = options.lowerIsBetter ?? (target.op === '<' || target.op === '<=');
  const better = (side: 'above' | 'below'): TargetOutcome =>
    (side === 'below') === lowerIsBetter ? 'exceeded' : 'unmet';
  const result = (outcome: TargetOutcome, bound: number): TargetEvaluation => ({
    outcome,
    distance: cleanNumber(Math.abs(actual - bound)),
    expected: describeExpected(target, options.tolerance),
  });
  switch (target.op) {
    case '>=': {
      const c = compare(actual, target.value);
      if (c < 0) return result('unmet', target.value);
      if (c === 0) return result('met', target.value);
      return result(lowerIsBetter ? 'met' : 'exceeded', target.value);
    }
    case '<=': {
      const c = compare(actual, target.value);
      if (c > 0) return result('unmet', target.value);
      if (c === 0) return result('met', target.value);
      return result(lowerIsBetter ? 'exceeded' : 'met', target.value);
    }
    case '>':
      if (compare(actual, target.value) <= 0) return result('unmet', target.value);
      return result(lowerIsBetter ? 'met' : 'exceeded', target.value);
    case '<':
      if (compare(actual, target.value) >= 0) return result('unmet', target.value);
      return result(lowerIsBetter ? 'exceeded' : 'met', target.value);
    case '=':
      return result(compare(actual, target.value) === 0 ? 'met' : 'unmet', target.value);
    case 'approx': {
      const [low, high] = approxBand(target.value, options.tolerance);
      if (compare(actual, low) < 0) return result(better('below'), target.value);
      if (compare(actual, high) > 0) return result(better('above'), target.value);
      return result('met', target.value);
    }
    case 'between': {
      if (compare(actual, target.min) < 0) return result(better('below'), target.min);
      if (compare(actual, target.max) > 0) return result(better('above'), target.max);
      return { outcome: 'met', distance: 0, expected: describeExpected(target, options.tolerance) };
    }
  }
}

function approxBand(value: number, tolerance: number): [number, number] {
  const slack = Math.abs(value) * Math.max(0, tolerance);
  return [cleanNumber(value - slack), cleanNumber(value + slack)];
}

function describeExpected(target: Target, tolerance: number): Message {
  const plain = describeTarget(target);
  if (target.op !== 'approx') return plain;
  const [low, high] = approxBand(target.value, tolerance);
  const pct = cleanNumber(tolerance * 100);
  const unit = target.unit;
  return {
    vi: `${plain.vi} (±${formatViNumber(pct)}%: ${describeTarget({ op: 'between', min: low, max: high }, unit).vi})`,
    en: `${plain.en} (±${formatEnNumber(pct)}%: ${formatEnNumber(low)} to ${withUnit(formatEnNumber(high), unit)})`,
  };
}

// ---------------------------------------------------------------------------------------------
// Words

/**
 * A figure and its unit, the one way every message writes it: "93,5%", "93,5% dân số", "2,1%/năm"
 * (a percent sign closes up to the figure), "25 em", "1.260 người".
 */
export function withUnit(n: string, unit: string | undefined): string {
  if (!unit) return n;
  return unit.startsWith('%') ? `${n}${unit}` : `${n} ${unit}`;
}

/** "≥ 84,3%" / "at least 84.3%", "từ 2,5 đến 3%" / "from 2.5 to 3%". `unit` overrides the target's. */
export function describeTarget(target: Target, unit?: string): Message {
  const u = unit ?? target.unit;
  if (target.op === 'between') {
    return {
      vi: `từ ${formatViNumber(target.min)} đến ${withUnit(formatViNumber(target.max), u)}`,
      en: `from ${formatEnNumber(target.min)} to ${withUnit(formatEnNumber(target.max), u)}`,
    };
  }
  const vi = withUnit(formatViNumber(target.value), u);
  const en = withUnit(formatEnNumber(target.value), u);
  switch (target.op) {
    case '>=':
      return { vi: `≥ ${vi}`, en: `at least ${en}` };
    case '>':
      return { vi: `> ${vi}`, en: `more than ${en}` };
    case '<=':
      return { vi: `≤ ${vi}`, en: `at most ${en}` };
    case '<':
      return { vi: `< ${vi}`, en: `less than ${en}` };
    case '=':
      return { vi: `= ${vi}`, en: `exactly ${en}` };
    case 'approx':
      return { vi: `khoảng ${vi}`, en: `about ${en}` };
  }
}

/**
 * A cell written as a verdict rather than a figure: "Đạt", "Đạt chuẩn", "Đạt yêu cầu", "Hoàn
 * thành" read as met; "Chưa đạt", "Không đạt (chuẩn)", "Chưa hoàn thành" as not met. Offices write
 * yes/no targets so ("Xã đạt chuẩn tiếp cận pháp luật": Đạt / Chưa đạt).
 */
export function readVerdict(text: string): 'met' | 'unmet' | undefined {
  const folded = foldText(text);
  const m = /^(chua |khong )?(dat|hoan thanh)( chuan| yeu cau| muc tieu)?$/.exec(folded);
  if (!m) return undefined;
  return m[1] === undefined ? 'met' : 'unmet';
}

/**
 * A count written out of its total: "10/12" (thôn), "11 / 12", "8/8 xã". Not a date: both parts
 * are whole numbers and the total is at least the count (a "12/10" is a day and month, not read).
 */
export function readCountOfTotal(
  text: string,
): { readonly count: number; readonly total: number } | undefined {
  const m = /^\s*(\d{1,5})\s*\/\s*(\d{1,5})(?:\s+[\p{L}][\p{L}\s]*)?\s*$/u.exec(
    normalizeText(text),
  );
  if (!m) return undefined;
  const count = Number(m[1]);
  const total = Number(m[2]);
  return total > 0 && count <= total ? { count, total } : undefined;
}

/**
 * A target written at the end of an indicator's name, as a resolution lists them ("Thu nhập bình
 * quân đầu người đạt 62 triệu đồng/người/năm", "Tỷ lệ hộ nghèo giảm còn dưới 2,5%"): a qualifier
 * and a figure that close the name (a short unit tail such as "/năm" may follow). A figure inside
 * the name ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng") is no target.
 */
export function targetInName(name: string): ParsedTarget | undefined {
  return targetClosingName(name) ?? targetOpeningName(name);
}

/**
 * A target opening the name, before what it counts, as an association's year targets are written
 * ("Phấn đấu 95% hộ gia đình hội viên …", "Giúp 15 hộ phụ nữ nghèo thoát nghèo", "Kết nạp mới 120
 * hội viên", "100% chi hội …"): more is better. A change ("Giảm 3% …", "Tăng 5% …") is none: its
 * base is not in the name.
 */
const OPENING_TARGET =
  /^((?:(?:phan dau|phan dau dat|giup|giup do|ket nap|ket nap moi|van dong|ho tro|thu hut|dat)\s+)*)(\d{1,3}(?:[.,]\d+)?)\s*(%)?\s+(?=[a-z])/;

function targetOpeningName(name: string): ParsedTarget | undefined {
  const folded = foldText(normalizeText(name));
  const m = OPENING_TARGET.exec(folded);
  if (!m) return undefined;
  const parsed = parseTarget(`${m[2]}${m[3] ?? ''}`);
  if (parsed === undefined || parsed.target.op !== '>=') return undefined;
  const words = m[1]!.trim();
  return {
    ...parsed,
    qualifier: words === '' ? 'đạt' : words,
    lowerIsBetter: false,
  };
}

function targetClosingName(name: string): ParsedTarget | undefined {
  const parsed = parseTarget(name);
  if (parsed === undefined || parsed.qualifier === undefined) return undefined;
  // the phrase was found in the normalised name: spaces typed twice, a no-break space copied from
  // a web page or a line break typed inside the cell must not hide where it sits
  const nfc = normalizeText(name);
  const at = nfc.lastIndexOf(parsed.text);
  if (at < 0) return undefined;
  const rest = nfc.slice(at + parsed.text.length).trim();
  return /^(?:\/\s*\p{L}+)?[.;]?$/u.test(rest) ? parsed : undefined;
}
