/**
 * The rule-condition language: json-rules-engine conditions as packs may write them.
 *
 *   { all: [...] } | { any: [...] } | { not: ... }                    (boolean nodes)
 *   { fact, operator, value, path? }                                   (leaves)
 *   value: a literal, or { fact, path? } to compare with another fact
 *
 * The top level is always a boolean node (json-rules-engine refuses a bare leaf there). Packs come
 * from other people, so the language is checked before anything runs it: only the listed
 * operators, literal values that suit their operator, fact names and dotted paths that cannot
 * reach `__proto__`, `constructor` or `prototype`, at most {@link MAX_CONDITION_DEPTH} levels and
 * {@link MAX_CONDITION_NODES} nodes. Unsupported json-rules-engine features (`priority`,
 * `params`, named `condition` references, operator decorators such as `not:in`) are refused
 * with a message rather than ignored.
 *
 * `conditionSchema` is a zod schema, so a pack's JSON Schema (for editors) comes from it. Its
 * first step is a hand-written check ({@link validateCondition}) that reports every problem at
 * its exact path with a Vietnamese and an English message (`issue.params.vi` / `.en`) and that
 * bounds depth before any recursive parsing happens; the recursive zod union after it only gives
 * the types and the JSON Schema.
 */
import { z } from 'zod';
import type { Message } from '../model/findings.js';
import { foldText } from '../vi/text.js';
import { isIsoDate, isOperatorName, OPERATORS, type OperatorName } from './operators.js';
import { FORBIDDEN_KEYS, MAX_PATH_LENGTH, pathProblem } from './path.js';

export { OPERATORS, type OperatorName } from './operators.js';

/** Deepest nesting accepted; the top-level node is level 1, a leaf under `all` level 2. */
export const MAX_CONDITION_DEPTH = 20;
/** Most nodes (boolean nodes and leaves) in one rule's conditions. */
export const MAX_CONDITION_NODES = 500;
/** Most items in a literal list (`in`, `notIn`). */
export const MAX_LIST_ITEMS = 1000;
export const MAX_FACT_NAME_LENGTH = 100;
export const MAX_TEXT_VALUE_LENGTH = 2000;
export const MAX_NAME_LENGTH = 200;

// --- types -----------------------------------------------------------------------------------

/** `value: { fact: 'due' }`: compare with another fact of the same record. */
export interface FactReference {
  readonly fact: string;
  readonly path?: string;
}

export interface LeafCondition {
  readonly fact: string;
  readonly operator: OperatorName;
  /** A literal (text, number, true/false, null, a list for `in`/`notIn`) or a {@link FactReference}. */
  readonly value: unknown;
  /** Dotted path into an object fact: `owner.name` or `$.owner.name`. */
  readonly path?: string;
  readonly name?: string;
}

export interface AllCondition {
  readonly all: readonly NestedCondition[];
  readonly name?: string;
}

export interface AnyCondition {
  readonly any: readonly NestedCondition[];
  readonly name?: string;
}

export interface NotCondition {
  readonly not: NestedCondition;
  readonly name?: string;
}

/** A rule's conditions: the top level is always all, any or not. */
export type Condition = AllCondition | AnyCondition | NotCondition;
/** Anything below the top level. */
export type NestedCondition = Condition | LeafCondition;

export function isLeafCondition(condition: NestedCondition): condition is LeafCondition {
  return !('all' in condition) && !('any' in condition) && !('not' in condition);
}

/** json-rules-engine's test for a fact reference in `value`. */
export function isFactReference(value: unknown): value is FactReference {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}

// --- validation ------------------------------------------------------------------------------

export type ConditionPath = readonly (string | number)[];

export interface ConditionProblem {
  /** Where, relative to the conditions object: `["all", 1, "operator"]`. */
  readonly path: ConditionPath;
  readonly message: Message;
}

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const LEAF_KEYS = ['fact', 'operator', 'value', 'path', 'name'] as const;
const BOOLEAN_ALLOWED = new Set<string>([...BOOLEAN_KEYS, 'name']);
const LEAF_ALLOWED = new Set<string>(LEAF_KEYS);
const REFERENCE_ALLOWED = new Set<string>(['fact', 'path']);

const OPERATOR_LIST = OPERATORS.join(', ');

const quoted = (s: string): string => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function describeValue(value: unknown): Message {
  if (value === null) return { vi: 'null', en: 'null' };
  if (Array.isArray(value)) return { vi: 'một danh sách', en: 'a list' };
  switch (typeof value) {
    case 'string':
      return { vi: `chữ ${quoted(value)}`, en: `the text ${quoted(value)}` };
    case 'number':
      return { vi: `số ${String(value)}`, en: `the number ${String(value)}` };
    case 'boolean':
      return { vi: String(value), en: String(value) };
    case 'object':
      return { vi: 'một đối tượng', en: 'an object' };
    default:
      return { vi: typeof value, en: typeof value };
  }
}

function factNameProblem(name: unknown, what: Message): Message | undefined {
  if (typeof name !== 'string') {
    return {
      vi: `${what.vi} phải là chữ (tên một dữ kiện).`,
      en: `${what.en} must be text (a fact name).`,
    };
  }
  if (name === '')
    return { vi: `${what.vi} không được để trống.`, en: `${what.en} must not be empty.` };
  if (name.length > MAX_FACT_NAME_LENGTH) {
    return {
      vi: `${what.vi} dài quá ${MAX_FACT_NAME_LENGTH} ký tự.`,
      en: `${what.en} is longer than ${MAX_FACT_NAME_LENGTH} characters.`,
    };
  }
  if (FORBIDDEN_KEYS.has(name)) {
    return {
      vi: `Không được dùng tên dữ kiện ${quoted(name)} (__proto__, constructor, prototype bị cấm).`,
      en: `The fact name ${quoted(name)} is not allowed (__proto__, constructor and prototype are refused).`,
    };
  }
  return undefined;
}

function pathMessage(path: unknown): Message | undefined {
  if (typeof path !== 'string') {
    return {
      vi: 'Đường dẫn (path) phải là chữ, ví dụ "owner.name".',
      en: 'A path must be text, e.g. "owner.name".',
    };
  }
  switch (pathProblem(path)) {
    case undefined:
      return undefined;
    case 'empty':
      return {
        vi: 'Đường dẫn (path) không được để trống; hãy bỏ trường này.',
        en: 'The path is empty; leave it out.',
      };
    case 'too-long':
      return {
        vi: `Đường dẫn (path) dài quá ${MAX_PATH_LENGTH} ký tự.`,
        en: `The path is longer than ${MAX_PATH_LENGTH} characters.`,
      };
    case 'empty-segment':
      return {
        vi: `Đường dẫn ${quoted(path)} có đoạn trống; viết dạng "owner.name" hoặc "$.owner.name" (không hỗ trợ JSONPath).`,
        en: `The path ${quoted(path)} has an empty segment; write "owner.name" or "$.owner.name" (JSONPath is not supported).`,
      };
    case 'forbidden':
      return {
        vi: `Đường dẫn ${quoted(path)} dùng __proto__, constructor hoặc prototype; các tên này bị cấm.`,
        en: `The path ${quoted(path)} uses __proto__, constructor or prototype, which are refused.`,
      };
  }
}

function nameMessage(name: unknown): Message | undefined {
  if (typeof name === 'string' && name.length <= MAX_NAME_LENGTH) return undefined;
  return {
    vi: `Tên (name) phải là chữ, tối đa ${MAX_NAME_LENGTH} ký tự.`,
    en: `A name must be text of at most ${MAX_NAME_LENGTH} characters.`,
  };
}

/** What the literal `value` of an operator must be; undefined when it fits. */
function literalValueProblem(operator: OperatorName, value: unknown): Message | undefined {
  const got = describeValue(value);
  switch (operator) {
    case 'equal':
    case 'notEqual':
    case 'contains':
    case 'doesNotContain':
      if (isScalar(value)) {
        if (typeof value === 'string' && value.length > MAX_TEXT_VALUE_LENGTH) break;
        return undefined;
      }
      return {
        vi: `Toán tử "${operator}" so với một giá trị (chữ, số, true/false hoặc null), nhận được ${got.vi}${Array.isArray(value) && operator.endsWith('qual') ? '; để so với một danh sách hãy dùng "in"' : ''}.`,
        en: `Operator "${operator}" compares with one value (text, number, true/false or null), got ${got.en}${Array.isArray(value) && operator.endsWith('qual') ? '; to compare with a list use "in"' : ''}.`,
      };
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive':
      if (typeof value === 'number' && Number.isFinite(value)) return undefined;
      return {
        vi: `Toán tử "${operator}" cần một số, nhận được ${got.vi}${isIsoDate(value) ? '; để so sánh ngày hãy dùng "dateBefore", "dateAfter"…' : ''}.`,
        en: `Operator "${operator}" needs a number, got ${got.en}${isIsoDate(value) ? '; to compare dates use "dateBefore", "dateAfter" …' : ''}.`,
      };
    case 'in':
    case 'notIn':
      if (Array.isArray(value)) {
        if (value.length > MAX_LIST_ITEMS) {
          return {
            vi: `Danh sách của "${operator}" có quá ${MAX_LIST_ITEMS} phần tử.`,
            en: `The list of "${operator}" has more than ${MAX_LIST_ITEMS} items.`,
          };
        }
        if (value.every(isScalar)) return undefined;
        return {
          vi: `Danh sách của "${operator}" chỉ được chứa chữ, số, true/false hoặc null.`,
          en: `The list of "${operator}" may hold only text, numbers, true/false or null.`,
        };
      }
      return {
        vi: `Toán tử "${operator}" cần một danh sách giá trị, ví dụ ["Hoàn thành", "Đã gửi"], nhận được ${got.vi}.`,
        en: `Operator "${operator}" needs a list of values, e.g. ["Hoàn thành", "Đã gửi"], got ${got.en}.`,
      };
    case 'matches':
      if (
        typeof value === 'string' &&
        value.length <= MAX_TEXT_VALUE_LENGTH &&
        foldText(value) !== ''
      )
        return undefined;
      return {
        vi: `Toán tử "matches" cần một đoạn chữ có chữ cái hoặc chữ số (so khớp không phân biệt hoa thường, có dấu hay không), nhận được ${got.vi}.`,
        en: `Operator "matches" needs text with a letter or a digit (matched ignoring case and diacritics), got ${got.en}.`,
      };
    case 'isEmpty':
      if (typeof value === 'boolean') return undefined;
      return {
        vi: `Toán tử "isEmpty" cần true (trống) hoặc false (có giá trị), nhận được ${got.vi}.`,
        en: `Operator "isEmpty" needs true (empty) or false (filled in), got ${got.en}.`,
      };
    case 'dateBefore':
    case 'dateOnOrBefore':
    case 'dateAfter':
    case 'dateOnOrAfter':
      if (isIsoDate(value)) return undefined;
      return {
        vi: `Toán tử "${operator}" cần một ngày viết dạng YYYY-MM-DD có thật trong lịch, ví dụ "2024-06-30", nhận được ${got.vi}.`,
        en: `Operator "${operator}" needs a calendar date written YYYY-MM-DD, e.g. "2024-06-30", got ${got.en}.`,
      };
  }
  return {
    vi: `Chữ trong "value" dài quá ${MAX_TEXT_VALUE_LENGTH} ký tự.`,
    en: `The text in "value" is longer than ${MAX_TEXT_VALUE_LENGTH} characters.`,
  };
}

function unknownKeysMessage(keys: readonly string[], allowed: Iterable<string>): Message {
  const list = keys.map((k) => quoted(k)).join(', ');
  const ok = [...allowed].join(', ');
  return {
    vi: `Trường không được phép: ${list} (chỉ dùng: ${ok}).`,
    en: `Unknown field${keys.length > 1 ? 's' : ''}: ${list} (allowed: ${ok}).`,
  };
}

/**
 * Checks a condition the way a pack writes it; returns every problem with its path (empty when
 * the condition is valid). Never recurses deeper than {@link MAX_CONDITION_DEPTH} levels and
 * stops counting after {@link MAX_CONDITION_NODES} nodes, so hostile input stays cheap.
 */
export function validateCondition(input: unknown): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  let nodes = 0;
  let tooMany = false;

  const report = (path: ConditionPath, message: Message): void => {
    if (problems.length < 100) problems.push({ path, message });
  };

  const visit = (node: unknown, path: ConditionPath, depth: number, topLevel: boolean): void => {
    if (tooMany) return;
    nodes++;
    if (nodes > MAX_CONDITION_NODES) {
      tooMany = true;
      report(path, {
        vi: `Điều kiện có quá ${MAX_CONDITION_NODES} nút; hãy tách thành nhiều quy tắc.`,
        en: `The conditions have more than ${MAX_CONDITION_NODES} nodes; split them into several rules.`,
      });
      return;
    }
    if (depth > MAX_CONDITION_DEPTH) {
      report(path, {
        vi: `Điều kiện lồng nhau quá ${MAX_CONDITION_DEPTH} cấp.`,
        en: `The conditions are nested more than ${MAX_CONDITION_DEPTH} levels deep.`,
      });
      return;
    }
    if (!isPlainObject(node)) {
      report(path, {
        vi: `Mỗi điều kiện phải là một đối tượng như { "all": [...] } hoặc { "fact": ..., "operator": ..., "value": ... }, nhận được ${describeValue(node).vi}.`,
        en: `Each condition must be an object such as { "all": [...] } or { "fact": ..., "operator": ..., "value": ... }, got ${describeValue(node).en}.`,
      });
      return;
    }
    const keys = Object.keys(node);
    const booleanKeys = BOOLEAN_KEYS.filter((k) => Object.hasOwn(node, k));
    if (booleanKeys.length > 0) {
      if (booleanKeys.length > 1) {
        report(path, {
          vi: `Một điều kiện chỉ dùng một trong all, any, not; ở đây có ${booleanKeys.join(', ')}.`,
          en: `A condition uses only one of all, any, not; this one has ${booleanKeys.join(', ')}.`,
        });
      }
      const extra = keys.filter((k) => !BOOLEAN_ALLOWED.has(k));
      if (extra.length > 0) report(path, unknownKeysMessage(extra, BOOLEAN_ALLOWED));
      if (Object.hasOwn(node, 'name')) {
        const problem = nameMessage(node.name);
        if (problem) report([...path, 'name'], problem);
      }
      const key = booleanKeys[0]!;
      const children = node[key];
      if (key === 'not') {
        if (Array.isArray(children)) {
          report([...path, 'not'], {
            vi: '"not" nhận một điều kiện, không phải một danh sách; để phủ định nhiều điều kiện hãy bọc chúng trong "all" hoặc "any".',
            en: '"not" takes one condition, not a list; wrap several in "all" or "any".',
          });
          return;
        }
        visit(children, [...path, 'not'], depth + 1, false);
        return;
      }
      if (!Array.isArray(children)) {
        report([...path, key], {
          vi: `"${key}" phải là một danh sách điều kiện.`,
          en: `"${key}" must be a list of conditions.`,
        });
        return;
      }
      for (let i = 0; i < children.length && !tooMany; i++) {
        visit(children[i], [...path, key, i], depth + 1, false);
      }
      return;
    }

    // A leaf.
    if (topLevel) {
      report(path, {
        vi: 'Cấp ngoài cùng của điều kiện phải là "all", "any" hoặc "not", ví dụ { "all": [ { "fact": ..., "operator": ..., "value": ... } ] }.',
        en: 'The top level of the conditions must be "all", "any" or "not", e.g. { "all": [ { "fact": ..., "operator": ..., "value": ... } ] }.',
      });
      return;
    }
    if (Object.hasOwn(node, 'condition')) {
      report(path, {
        vi: 'Không hỗ trợ tham chiếu điều kiện dùng chung ("condition"); hãy viết điều kiện trực tiếp.',
        en: 'Shared condition references ("condition") are not supported; write the condition inline.',
      });
      return;
    }
    const extra = keys.filter((k) => !LEAF_ALLOWED.has(k));
    if (extra.length > 0) report(path, unknownKeysMessage(extra, LEAF_ALLOWED));
    for (const required of ['fact', 'operator', 'value'] as const) {
      if (!Object.hasOwn(node, required)) {
        report([...path, required], {
          vi: `Thiếu "${required}": mỗi điều kiện lá cần "fact", "operator" và "value".`,
          en: `Missing "${required}": each leaf condition needs "fact", "operator" and "value".`,
        });
      }
    }
    if (Object.hasOwn(node, 'fact')) {
      const problem = factNameProblem(node.fact, { vi: '"fact"', en: '"fact"' });
      if (problem) report([...path, 'fact'], problem);
    }
    if (Object.hasOwn(node, 'path')) {
      const problem = pathMessage(node.path);
      if (problem) report([...path, 'path'], problem);
    }
    if (Object.hasOwn(node, 'name')) {
      const problem = nameMessage(node.name);
      if (problem) report([...path, 'name'], problem);
    }
    const operator = node.operator;
    let operatorOk = false;
    if (Object.hasOwn(node, 'operator')) {
      if (isOperatorName(operator)) operatorOk = true;
      else {
        const shown = typeof operator === 'string' ? quoted(operator) : describeValue(operator).en;
        const decorated = typeof operator === 'string' && operator.includes(':');
        report([...path, 'operator'], {
          vi: `Toán tử không được hỗ trợ: ${shown}${decorated ? ' (không hỗ trợ bộ trang trí toán tử như "not:", "someFact:")' : ''}. Các toán tử được dùng: ${OPERATOR_LIST}.`,
          en: `Unknown operator ${shown}${decorated ? ' (operator decorators such as "not:" and "someFact:" are not supported)' : ''}. Allowed operators: ${OPERATOR_LIST}.`,
        });
      }
    }
    if (!Object.hasOwn(node, 'value')) return;
    const value = node.value;
    if (isFactReference(value)) {
      const refKeys = Object.keys(value).filter((k) => !REFERENCE_ALLOWED.has(k));
      if (refKeys.length > 0)
        report([...path, 'value'], unknownKeysMessage(refKeys, REFERENCE_ALLOWED));
      const factProblem = factNameProblem(value.fact, {
        vi: '"fact" trong "value"',
        en: 'The "fact" in "value"',
      });
      if (factProblem) report([...path, 'value', 'fact'], factProblem);
      if (Object.hasOwn(value, 'path')) {
        const problem = pathMessage(value.path);
        if (problem) report([...path, 'value', 'path'], problem);
      }
      return;
    }
    if (operatorOk) {
      const problem = literalValueProblem(operator as OperatorName, value);
      if (problem) report([...path, 'value'], problem);
    }
  };

  visit(input, [], 1, true);
  return problems;
}

/** The invalid condition given to {@link compileCondition} or a rule set; `problems` says where. */
export class ConditionError extends Error {
  constructor(
    readonly messages: Message,
    readonly problems: readonly ConditionProblem[],
  ) {
    super(messages.en);
    this.name = 'ConditionError';
  }
}

/** Throws a {@link ConditionError} listing every problem; `label` names the rule. */
export function assertValidCondition(input: unknown, label?: string): asserts input is Condition {
  const problems = validateCondition(input);
  if (problems.length === 0) return;
  const where = (p: ConditionProblem): string => (p.path.length > 0 ? `${p.path.join('.')}: ` : '');
  const head: Message = label
    ? {
        vi: `Điều kiện của quy tắc "${label}" không hợp lệ`,
        en: `The conditions of rule "${label}" are invalid`,
      }
    : { vi: 'Điều kiện không hợp lệ', en: 'Invalid conditions' };
  throw new ConditionError(
    {
      vi: `${head.vi}: ${problems.map((p) => where(p) + p.message.vi).join(' ')}`,
      en: `${head.en}: ${problems.map((p) => where(p) + p.message.en).join(' ')}`,
    },
    problems,
  );
}

// --- zod schema ------------------------------------------------------------------------------

const factNameSchema = z
  .string()
  .min(1)
  .max(MAX_FACT_NAME_LENGTH)
  .describe('The name of a fact of the record, e.g. "daysPastDue", "status", "owner".');

const pathSchema = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .describe('Dotted path into an object fact: "owner.name" or "$.owner.name" (not JSONPath).');

const nameSchema = z
  .string()
  .max(MAX_NAME_LENGTH)
  .describe('A label for explanations; does not change the result.');

const factReferenceSchema = z
  .object({ fact: factNameSchema, path: pathSchema.optional() })
  .strict()
  .describe('Compare with another fact of the same record.');

const leafSchema = z
  .object({
    fact: factNameSchema,
    operator: z
      .enum(OPERATORS)
      .describe(
        'equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, in, notIn, contains, doesNotContain (json-rules-engine); matches (text contains, ignoring case and diacritics), isEmpty (true/false), dateBefore, dateOnOrBefore, dateAfter, dateOnOrAfter (dates YYYY-MM-DD).',
      ),
    value: z
      .union([
        factReferenceSchema,
        z.string(),
        z.number(),
        z.boolean(),
        z.null(),
        z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
      ])
      .describe('A literal (a list for in/notIn) or { "fact": ... } to compare with another fact.'),
    path: pathSchema.optional(),
    name: nameSchema.optional(),
  })
  .strict()
  .meta({ id: 'ConditionLeaf' });

// The schemas are recursive; their TypeScript types are declared above, so annotate them.
const nestedConditionSchema: z.ZodType<NestedCondition> = z
  .lazy(() => z.union([allSchema, anySchema, notSchema, leafSchema]))
  .meta({ id: 'NestedCondition' });

const allSchema: z.ZodType<AllCondition> = z
  .object({
    all: z
      .array(nestedConditionSchema)
      .describe('Holds when every condition holds (an empty list holds).'),
    name: nameSchema.optional(),
  })
  .strict()
  .meta({ id: 'ConditionAll' });

const anySchema: z.ZodType<AnyCondition> = z
  .object({
    any: z
      .array(nestedConditionSchema)
      .describe(
        'Holds when at least one condition holds (as in json-rules-engine, an empty list holds).',
      ),
    name: nameSchema.optional(),
  })
  .strict()
  .meta({ id: 'ConditionAny' });

const notSchema: z.ZodType<NotCondition> = z
  .object({
    not: nestedConditionSchema.describe('Holds when the condition does not.'),
    name: nameSchema.optional(),
  })
  .strict()
  .meta({ id: 'ConditionNot' });

const topLevelSchema: z.ZodType<Condition> = z.union([allSchema, anySchema, notSchema]);

/**
 * A rule's conditions as a pack writes them. Problems are zod issues with code "custom", the exact
 * path, an English `message`, and `params: { vi, en }` for the bilingual message.
 */
export const conditionSchema = z
  .preprocess((input, ctx) => {
    for (const problem of validateCondition(input)) {
      ctx.addIssue({
        code: 'custom',
        message: problem.message.en,
        path: [...problem.path],
        params: { vi: problem.message.vi, en: problem.message.en },
        input,
      });
    }
    return input;
  }, topLevelSchema)
  .describe(
    'json-rules-engine conditions over the facts of one record: { "all": [...] }, { "any": [...] } or { "not": ... } at the top, leaves { "fact", "operator", "value", "path"? }.',
  );
