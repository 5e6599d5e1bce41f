/**
 * Compiles a condition into a plain closure over a record's facts, with exactly the verdicts
 * json-rules-engine 7.3 gives for the engine options `{ allowUndefinedFacts: true, pathResolver:
 * resolvePath }` and dondoc's operators (reference.ts builds that engine; the differential
 * property test in compile.test.ts holds the two together). No code is generated: the closures
 * are ordinary functions picked per operator and per kind of value when the condition is compiled.
 *
 * json-rules-engine details reproduced here (from its dist/: almanac.js, condition.js, rule.js,
 * engine-default-operators.js):
 * - a fact the record does not have is `undefined` (own keys only: a fact named "toString" is not
 *   inherited from Object.prototype);
 * - `path` is applied only when the fact value is a non-null object; on any other value the
 *   fact value itself is compared (so `status` with path "a.b" still compares the status text);
 * - value `{ fact, path? }` is replaced by that fact's value, with the same rules;
 * - equal/notEqual are `===`/`!==`; `in`/`notIn` call `value.indexOf(fact)`, so a text value means
 *   substring search and a value with no `indexOf` (null, a number, an object, a missing fact)
 *   is an error; contains/doesNotContain hold only for list facts; lessThan … greaterThanInclusive
 *   first require `Number.parseFloat(fact)` to be a number ("12 ngày" passes, true and null do
 *   not), then compare with JavaScript's `<`;
 * - an empty `all` holds and so does an empty `any` (json-rules-engine returns true for any
 *   empty list); `not` negates.
 * - without priorities json-rules-engine evaluates every leaf of the tree, so an erroring leaf
 *   fails the whole run even when another branch already decided it. Closures short-circuit;
 *   leaves that can error (`in`/`notIn` with a `{ fact }` value) are therefore checked first.
 */
import type { Message } from '../model/findings.js';
import {
  assertValidCondition,
  isFactReference,
  type Condition,
  type ConditionPath,
  type LeafCondition,
  type NestedCondition,
} from './condition.js';
import {
  CUSTOM_OPERATOR_BY_NAME,
  foldCached,
  isEmptyValue,
  isIsoDate,
  isNumericFact,
  type OperatorName,
} from './operators.js';
import { resolveSegments, splitPath } from './path.js';

/** The facts of one record: a plain object such as `{ kind: 'task', hasDue: true, owner: { name: '…' } }`. */
export type Facts = Readonly<Record<string, unknown>>;
export type CompiledCondition = (facts: Facts) => boolean;

type Reader = (facts: Facts) => unknown;
type Test = (factValue: unknown, value: unknown) => boolean;

/**
 * A condition failed on a record, where json-rules-engine would reject the run: `in`/`notIn`
 * compared with a fact whose value is not a list or text.
 */
export class ConditionEvaluationError extends Error {
  constructor(
    readonly messages: Message,
    readonly operator: OperatorName,
    readonly fact: string,
  ) {
    super(messages.en);
    this.name = 'ConditionEvaluationError';
  }
}

// --- readers ---------------------------------------------------------------------------------

function readOwnFact(name: string): Reader {
  // Names such as "toString" or "hasOwnProperty" exist on every object's prototype; json-rules-engine
  // keeps facts in a Map, so they are only facts when the record has them itself.
  if (name in Object.prototype)
    return (facts) => (Object.hasOwn(facts, name) ? facts[name] : undefined);
  return (facts) => facts[name];
}

/** Reads a fact and applies its path the way json-rules-engine's almanac does. */
function factReader(name: string, path: string | undefined): Reader {
  const read = readOwnFact(name);
  if (!path) return read;
  const segments = splitPath(path);
  if (segments.length === 1) {
    const key = segments[0]!;
    return (facts) => {
      const value = read(facts);
      if (value === null || typeof value !== 'object') return value;
      return Object.hasOwn(value, key) ? (value as Facts)[key] : undefined;
    };
  }
  return (facts) => {
    const value = read(facts);
    return value !== null && typeof value === 'object' ? resolveSegments(value, segments) : value;
  };
}

// --- operators -------------------------------------------------------------------------------

interface Indexable {
  indexOf(item: unknown): number;
}

function describeForError(value: unknown): Message {
  if (value === undefined) return { vi: 'không có giá trị', en: 'missing' };
  if (value === null) return { vi: 'null', en: 'null' };
  if (typeof value === 'object') return { vi: 'một đối tượng', en: 'an object' };
  return { vi: `${typeof value} ${String(value)}`, en: `${typeof value} ${String(value)}` };
}

/** `value.indexOf` as json-rules-engine calls it, with a clear error where it would throw a TypeError. */
function indexableOrThrow(value: unknown, leaf: LeafCondition): Indexable {
  if (value != null && typeof (value as { indexOf?: unknown }).indexOf === 'function')
    return value as Indexable;
  const ref = isFactReference(leaf.value) ? leaf.value.fact : '?';
  const got = describeForError(value);
  throw new ConditionEvaluationError(
    {
      vi: `Toán tử "${leaf.operator}" (dữ kiện "${leaf.fact}") cần dữ kiện "${ref}" là một danh sách hoặc chữ, nhưng nó ${value === undefined ? 'không có giá trị' : `là ${got.vi}`}.`,
      en: `Operator "${leaf.operator}" (fact "${leaf.fact}") needs fact "${ref}" to be a list or text, but it is ${got.en}.`,
    },
    leaf.operator,
    leaf.fact,
  );
}

/** The generic test of an operator, exactly as json-rules-engine evaluates it (validator, then callback). */
function genericTest(leaf: LeafCondition): Test {
  const operator = leaf.operator;
  switch (operator) {
    case 'equal':
      return (a, b) => a === b;
    case 'notEqual':
      return (a, b) => a !== b;
    case 'in':
      return (a, b) => indexableOrThrow(b, leaf).indexOf(a) > -1;
    case 'notIn':
      return (a, b) => indexableOrThrow(b, leaf).indexOf(a) === -1;
    case 'contains':
      return (a, b) => Array.isArray(a) && a.indexOf(b) > -1;
    case 'doesNotContain':
      return (a, b) => Array.isArray(a) && a.indexOf(b) === -1;
    // JavaScript's relational operators on whatever the values are, as json-rules-engine does; the
    // casts only satisfy the type checker, they convert nothing.
    case 'lessThan':
      return (a, b) => isNumericFact(a) && (a as number) < (b as number);
    case 'lessThanInclusive':
      return (a, b) => isNumericFact(a) && (a as number) <= (b as number);
    case 'greaterThan':
      return (a, b) => isNumericFact(a) && (a as number) > (b as number);
    case 'greaterThanInclusive':
      return (a, b) => isNumericFact(a) && (a as number) >= (b as number);
    default: {
      const custom = CUSTOM_OPERATOR_BY_NAME.get(operator);
      if (!custom) throw new Error(`operator without an evaluator: ${String(operator)}`);
      const { validate, test } = custom;
      return (a, b) => validate(a) && test(a, b);
    }
  }
}

const SET_THRESHOLD = 8;

/**
 * A faster closure for a leaf whose value is a literal; same verdicts as `genericTest`. Returns
 * undefined when there is no special case.
 */
function literalPredicate(
  operator: OperatorName,
  read: Reader,
  b: unknown,
): CompiledCondition | undefined {
  switch (operator) {
    case 'equal':
      return (facts) => read(facts) === b;
    case 'notEqual':
      return (facts) => read(facts) !== b;
    case 'in':
    case 'notIn': {
      if (!Array.isArray(b)) return undefined;
      const wanted = operator === 'in';
      if (b.length <= SET_THRESHOLD) {
        const list: readonly unknown[] = b;
        return (facts) => list.indexOf(read(facts)) > -1 === wanted;
      }
      // Set.has is SameValueZero; indexOf is ===. They differ only on NaN, which indexOf never finds.
      const set = new Set<unknown>(b);
      return (facts) => {
        const a = read(facts);
        return (a === a && set.has(a)) === wanted;
      };
    }
    case 'contains':
      return (facts) => {
        const a = read(facts);
        return Array.isArray(a) && a.indexOf(b) > -1;
      };
    case 'doesNotContain':
      return (facts) => {
        const a = read(facts);
        return Array.isArray(a) && a.indexOf(b) === -1;
      };
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive': {
      if (typeof b !== 'number') return undefined;
      // A number fact passes json-rules-engine's parseFloat validator unless it is NaN, and NaN
      // compares false anyway, so numbers skip the validator.
      switch (operator) {
        case 'lessThan':
          return (facts) => {
            const a = read(facts);
            return typeof a === 'number' ? a < b : isNumericFact(a) && (a as number) < b;
          };
        case 'lessThanInclusive':
          return (facts) => {
            const a = read(facts);
            return typeof a === 'number' ? a <= b : isNumericFact(a) && (a as number) <= b;
          };
        case 'greaterThan':
          return (facts) => {
            const a = read(facts);
            return typeof a === 'number' ? a > b : isNumericFact(a) && (a as number) > b;
          };
        default:
          return (facts) => {
            const a = read(facts);
            return typeof a === 'number' ? a >= b : isNumericFact(a) && (a as number) >= b;
          };
      }
    }
    case 'matches': {
      if (typeof b !== 'string') return undefined;
      const needle = foldCached(b);
      return (facts) => {
        const a = read(facts);
        return typeof a === 'string' && foldCached(a).includes(needle);
      };
    }
    case 'isEmpty':
      if (typeof b !== 'boolean') return () => false;
      return b ? (facts) => isEmptyValue(read(facts)) : (facts) => !isEmptyValue(read(facts));
    case 'dateBefore':
    case 'dateOnOrBefore':
    case 'dateAfter':
    case 'dateOnOrAfter': {
      if (!isIsoDate(b)) return () => false;
      switch (operator) {
        case 'dateBefore':
          return (facts) => {
            const a = read(facts);
            return isIsoDate(a) && a < b;
          };
        case 'dateOnOrBefore':
          return (facts) => {
            const a = read(facts);
            return isIsoDate(a) && a <= b;
          };
        case 'dateAfter':
          return (facts) => {
            const a = read(facts);
            return isIsoDate(a) && a > b;
          };
        default:
          return (facts) => {
            const a = read(facts);
            return isIsoDate(a) && a >= b;
          };
      }
    }
  }
}

// --- the node tree ---------------------------------------------------------------------------

interface LeafNode {
  readonly kind: 'leaf';
  readonly at: ConditionPath;
  readonly leaf: LeafCondition;
  readonly readFact: Reader;
  readonly readValue: Reader;
  readonly test: Test;
  readonly evaluate: CompiledCondition;
}

interface BooleanNode {
  readonly kind: 'all' | 'any' | 'not';
  readonly at: ConditionPath;
  readonly name: string | undefined;
  readonly children: readonly CompiledNode[];
  readonly evaluate: CompiledCondition;
}

type CompiledNode = LeafNode | BooleanNode;

interface Compilation {
  readonly root: CompiledNode;
  /** Leaves that can throw; json-rules-engine evaluates them whatever the other branches say. */
  readonly hazards: readonly CompiledCondition[];
}

const always = (): boolean => true;

function combineAll(children: readonly CompiledCondition[]): CompiledCondition {
  switch (children.length) {
    case 0:
      return always;
    case 1:
      return children[0]!;
    case 2: {
      const [a, b] = children as [CompiledCondition, CompiledCondition];
      return (facts) => a(facts) && b(facts);
    }
    case 3: {
      const [a, b, c] = children as [CompiledCondition, CompiledCondition, CompiledCondition];
      return (facts) => a(facts) && b(facts) && c(facts);
    }
    default:
      return (facts) => {
        for (let i = 0; i < children.length; i++) if (!children[i]!(facts)) return false;
        return true;
      };
  }
}

function combineAny(children: readonly CompiledCondition[]): CompiledCondition {
  switch (children.length) {
    case 0:
      return always; // json-rules-engine: an empty `any` holds
    case 1:
      return children[0]!;
    case 2: {
      const [a, b] = children as [CompiledCondition, CompiledCondition];
      return (facts) => a(facts) || b(facts);
    }
    default:
      return (facts) => {
        for (let i = 0; i < children.length; i++) if (children[i]!(facts)) return true;
        return false;
      };
  }
}

function compileLeaf(
  leaf: LeafCondition,
  at: ConditionPath,
  hazards: CompiledCondition[],
): LeafNode {
  const readFact = factReader(leaf.fact, leaf.path);
  const test = genericTest(leaf);
  const value = leaf.value;
  let readValue: Reader;
  let evaluate: CompiledCondition | undefined;
  if (isFactReference(value)) {
    readValue = factReader(value.fact, value.path);
  } else {
    readValue = () => value;
    evaluate = literalPredicate(leaf.operator, readFact, value);
  }
  evaluate ??= (facts) => test(readFact(facts), readValue(facts));
  if (
    (leaf.operator === 'in' || leaf.operator === 'notIn') &&
    !Array.isArray(value) &&
    typeof value !== 'string'
  ) {
    hazards.push(evaluate);
  }
  return { kind: 'leaf', at, leaf, readFact, readValue, test, evaluate };
}

function compileNode(
  node: NestedCondition,
  at: ConditionPath,
  hazards: CompiledCondition[],
): CompiledNode {
  if ('any' in node || 'all' in node) {
    // json-rules-engine looks for `any` before `all`; a valid condition has only one of them.
    const kind = 'any' in node ? 'any' : 'all';
    const list = 'any' in node ? node.any : (node as { all: readonly NestedCondition[] }).all;
    const children = list.map((child, i) => compileNode(child, [...at, kind, i], hazards));
    const closures = children.map((child) => child.evaluate);
    return {
      kind,
      at,
      name: node.name,
      children,
      evaluate: kind === 'all' ? combineAll(closures) : combineAny(closures),
    };
  }
  if ('not' in node) {
    const child = compileNode(node.not, [...at, 'not'], hazards);
    const inner = child.evaluate;
    return {
      kind: 'not',
      at,
      name: node.name,
      children: [child],
      evaluate: (facts) => !inner(facts),
    };
  }
  return compileLeaf(node, at, hazards);
}

function compile(condition: Condition): Compilation {
  assertValidCondition(condition);
  const hazards: CompiledCondition[] = [];
  const root = compileNode(condition, [], hazards);
  return { root, hazards };
}

/**
 * Compiles a rule's conditions once; the returned function gives json-rules-engine's verdict for
 * one record's facts. Throws a ConditionError for an invalid condition (see `validateCondition`),
 * and the returned function throws a ConditionEvaluationError where json-rules-engine would reject
 * the run.
 */
export function compileCondition(condition: Condition): CompiledCondition {
  const { root, hazards } = compile(condition);
  const evaluate = root.evaluate;
  if (hazards.length === 0) return evaluate;
  return (facts) => {
    for (let i = 0; i < hazards.length; i++) hazards[i]!(facts);
    return evaluate(facts);
  };
}

// --- explanations ----------------------------------------------------------------------------

export interface LeafExplanation {
  readonly kind: 'leaf';
  /** Where the leaf sits in the conditions, e.g. `["all", 1]`. */
  readonly at: ConditionPath;
  readonly name?: string;
  readonly fact: string;
  readonly path?: string;
  readonly operator: OperatorName;
  /** The value as written in the condition (a literal or `{ fact }`). */
  readonly value: unknown;
  /** The fact's value (after `path`), as the operator saw it. */
  readonly factValue: unknown;
  /** The value the fact was compared with (the other fact's value for `{ fact }`). */
  readonly compareValue: unknown;
  readonly result: boolean;
}

export interface BooleanExplanation {
  readonly kind: 'all' | 'any' | 'not';
  readonly at: ConditionPath;
  readonly name?: string;
  readonly result: boolean;
  readonly children: readonly Explanation[];
}

export type Explanation = LeafExplanation | BooleanExplanation;

export interface ConditionExplanation {
  readonly result: boolean;
  readonly tree: Explanation;
  /**
   * The leaves that decided the verdict: for a passing `all` every child's, for a failing `all`
   * the first failing child's, for a passing `any` the first passing child's, for a failing `any`
   * every child's; `not` passes its child's through.
   */
  readonly decisive: readonly LeafExplanation[];
}

function explainNode(node: CompiledNode, facts: Facts): Explanation {
  if (node.kind === 'leaf') {
    const factValue = node.readFact(facts);
    const compareValue = node.readValue(facts);
    const { leaf } = node;
    return {
      kind: 'leaf',
      at: node.at,
      ...(leaf.name !== undefined ? { name: leaf.name } : {}),
      fact: leaf.fact,
      ...(leaf.path !== undefined ? { path: leaf.path } : {}),
      operator: leaf.operator,
      value: leaf.value,
      factValue,
      compareValue,
      result: node.test(factValue, compareValue),
    };
  }
  // Every child is evaluated, as json-rules-engine does, so the explanation is complete.
  const children = node.children.map((child) => explainNode(child, facts));
  const result =
    node.kind === 'not'
      ? !children[0]!.result
      : node.kind === 'all'
        ? children.every((c) => c.result)
        : children.length === 0 || children.some((c) => c.result);
  return {
    kind: node.kind,
    at: node.at,
    ...(node.name !== undefined ? { name: node.name } : {}),
    result,
    children,
  };
}

function decisiveLeaves(node: Explanation, out: LeafExplanation[]): void {
  if (node.kind === 'leaf') {
    out.push(node);
    return;
  }
  if (node.kind === 'not') {
    decisiveLeaves(node.children[0]!, out);
    return;
  }
  const short = node.kind === 'all' ? !node.result : node.result;
  if (short) {
    const first = node.children.find((c) => c.result === (node.kind === 'any'));
    if (first) decisiveLeaves(first, out);
    return;
  }
  for (const child of node.children) decisiveLeaves(child, out);
}

/**
 * Evaluates a condition on one record and says why: every node's verdict, each leaf's fact value
 * and compared value, and the leaves that decided. Slower than `compileCondition` (no
 * short-circuit, allocates); meant for one finding, not for every row.
 */
export function explainCondition(condition: Condition, facts: Facts): ConditionExplanation {
  const { root } = compile(condition);
  const tree = explainNode(root, facts);
  const decisive: LeafExplanation[] = [];
  decisiveLeaves(tree, decisive);
  return { result: tree.result, tree, decisive };
}
