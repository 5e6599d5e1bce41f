/**
 * A set of rules compiled once and evaluated per record: built-in checks and a pack's custom rules
 * together, in the order the caller gives.
 */
import { ConditionError, assertValidCondition, type Condition } from './condition.js';
import {
  compileCondition,
  ConditionEvaluationError,
  type CompiledCondition,
  type Facts,
} from './compile.js';

export interface RuleInput {
  readonly id: string;
  readonly conditions: Condition;
}

/** A rule whose condition errored on a record (see ConditionEvaluationError). */
export interface RuleFailure {
  readonly id: string;
  readonly error: ConditionEvaluationError;
}

export interface RuleSetResult {
  readonly fired: readonly string[];
  readonly failed: readonly RuleFailure[];
}

export interface CompiledRuleSet {
  /** The rule ids, in order. */
  readonly ids: readonly string[];
  /**
   * Ids of the rules that fire on these facts, in the given order. The empty result is a shared
   * frozen array, so a record that fires nothing allocates nothing. Throws a
   * ConditionEvaluationError (with `ruleId`) where json-rules-engine would reject the run.
   */
  evaluate(facts: Facts): readonly string[];
  /** Like `evaluate`, but a rule that errors is listed in `failed` and the others still run. */
  evaluateSafely(facts: Facts): RuleSetResult;
  /** Whether one rule fires. */
  test(id: string, facts: Facts): boolean;
}

/** A ConditionEvaluationError that says which rule it came from. */
export class RuleEvaluationError extends ConditionEvaluationError {
  constructor(
    readonly ruleId: string,
    cause: ConditionEvaluationError,
  ) {
    super(
      {
        vi: `Quy tắc "${ruleId}": ${cause.messages.vi}`,
        en: `Rule "${ruleId}": ${cause.messages.en}`,
      },
      cause.operator,
      cause.fact,
    );
    this.name = 'RuleEvaluationError';
  }
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Compiles every rule's conditions (a ConditionError names the rule whose conditions are invalid;
 * duplicate ids are an error too).
 */
export function compileRuleSet(rules: readonly RuleInput[]): CompiledRuleSet {
  const ids: string[] = [];
  const closures: CompiledCondition[] = [];
  const byId = new Map<string, CompiledCondition>();
  for (const rule of rules) {
    if (byId.has(rule.id)) {
      throw new ConditionError(
        { vi: `Mã quy tắc "${rule.id}" bị trùng.`, en: `Duplicate rule id "${rule.id}".` },
        [],
      );
    }
    assertValidCondition(rule.conditions, rule.id);
    const closure = compileCondition(rule.conditions);
    ids.push(rule.id);
    closures.push(closure);
    byId.set(rule.id, closure);
  }
  const count = closures.length;

  const run = (i: number, facts: Facts): boolean => {
    try {
      return closures[i]!(facts);
    } catch (error) {
      if (error instanceof ConditionEvaluationError) throw new RuleEvaluationError(ids[i]!, error);
      throw error;
    }
  };

  return {
    ids,
    evaluate(facts) {
      let fired: string[] | undefined;
      for (let i = 0; i < count; i++) {
        if (run(i, facts)) (fired ??= []).push(ids[i]!);
      }
      return fired ?? NONE;
    },
    evaluateSafely(facts) {
      const fired: string[] = [];
      const failed: RuleFailure[] = [];
      for (let i = 0; i < count; i++) {
        try {
          if (run(i, facts)) fired.push(ids[i]!);
        } catch (error) {
          if (!(error instanceof RuleEvaluationError)) throw error;
          failed.push({ id: ids[i]!, error });
        }
      }
      return { fired, failed };
    },
    test(id, facts) {
      const closure = byId.get(id);
      if (!closure) throw new Error(`no rule "${id}" in this rule set`);
      return closure(facts);
    },
  };
}
