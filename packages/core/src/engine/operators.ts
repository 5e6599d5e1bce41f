/**
 * The operators of the condition language.
 *
 * The ten json-rules-engine operators keep json-rules-engine's own definitions (the compiled
 * evaluator reproduces them, see compile.ts). dondoc's operators are defined here once, as a
 * fact-value validator plus a test, exactly the shape json-rules-engine's `Operator` takes, so the
 * reference engine (reference.ts) and the compiled evaluator register the very same functions.
 * None of them can throw on any JSON value.
 */
import { isValidDate } from '../model/plain-date.js';
import { foldText } from '../vi/text.js';

export const JSON_RULES_ENGINE_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

export const DONDOC_OPERATORS = [
  'matches',
  'isEmpty',
  'dateBefore',
  'dateOnOrBefore',
  'dateAfter',
  'dateOnOrAfter',
] as const;

export const OPERATORS = [...JSON_RULES_ENGINE_OPERATORS, ...DONDOC_OPERATORS] as const;

export type JsonRulesEngineOperator = (typeof JSON_RULES_ENGINE_OPERATORS)[number];
export type DondocOperator = (typeof DONDOC_OPERATORS)[number];
export type OperatorName = (typeof OPERATORS)[number];

const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS);

export function isOperatorName(name: unknown): name is OperatorName {
  return typeof name === 'string' && OPERATOR_SET.has(name);
}

/** A dondoc operator: `validate(factValue) && test(factValue, value)`, as in json-rules-engine. */
export interface CustomOperator {
  readonly name: DondocOperator;
  readonly validate: (factValue: unknown) => boolean;
  readonly test: (factValue: unknown, value: unknown) => boolean;
}

// --- matches ---------------------------------------------------------------------------------

const FOLD_CACHE_LIMIT = 10_000;
const foldCache = new Map<string, string>();

/**
 * `foldText` with a bounded memo: rows repeat the same status words and agency names, and folding
 * (two Unicode normalisations) costs far more than a map lookup.
 */
export function foldCached(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/**
 * `matches`: the folded value is a substring of the folded fact ("Đang thực hiện" matches
 * "dang thuc"). Plain substring search, never a regular expression. Only text facts match.
 */
export function matchesText(factValue: unknown, value: unknown): boolean {
  return (
    typeof factValue === 'string' &&
    typeof value === 'string' &&
    foldCached(factValue).includes(foldCached(value))
  );
}

// --- isEmpty ---------------------------------------------------------------------------------

/** Missing, null, blank text (spaces only) or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** `isEmpty` with value `true` holds for empty facts, with `false` for the others; any other value never holds. */
export function isEmptyTest(factValue: unknown, value: unknown): boolean {
  if (value === true) return isEmptyValue(factValue);
  if (value === false) return !isEmptyValue(factValue);
  return false;
}

// --- dates -----------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written "YYYY-MM-DD" (no time, no zone). Valid ISO dates compare as strings. */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length === 10 &&
    ISO_DATE.test(value) &&
    isValidDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)))
  );
}

const noValidation = (): boolean => true;

export const CUSTOM_OPERATORS: readonly CustomOperator[] = [
  { name: 'matches', validate: noValidation, test: matchesText },
  { name: 'isEmpty', validate: noValidation, test: isEmptyTest },
  { name: 'dateBefore', validate: isIsoDate, test: (a, b) => isIsoDate(b) && (a as string) < b },
  {
    name: 'dateOnOrBefore',
    validate: isIsoDate,
    test: (a, b) => isIsoDate(b) && (a as string) <= b,
  },
  { name: 'dateAfter', validate: isIsoDate, test: (a, b) => isIsoDate(b) && (a as string) > b },
  {
    name: 'dateOnOrAfter',
    validate: isIsoDate,
    test: (a, b) => isIsoDate(b) && (a as string) >= b,
  },
];

export const CUSTOM_OPERATOR_BY_NAME: ReadonlyMap<string, CustomOperator> = new Map(
  CUSTOM_OPERATORS.map((op) => [op.name, op]),
);

/**
 * json-rules-engine's fact validator for lessThan, lessThanInclusive, greaterThan and
 * greaterThanInclusive: `Number.parseFloat(factValue).toString() !== 'NaN'`. So `"12 ngày"` and
 * `[5]` pass (parseFloat reads a leading number), `true`, `null` and `""` do not.
 */
export function isNumericFact(factValue: unknown): boolean {
  if (typeof factValue === 'number') return factValue === factValue;
  return !Number.isNaN(Number.parseFloat(String(factValue)));
}
