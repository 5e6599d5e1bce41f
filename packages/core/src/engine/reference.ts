/**
 * json-rules-engine itself, set up as dondoc uses its language: undefined facts allowed, the
 * dotted path resolver instead of JSONPath, and dondoc's operators registered. It is the
 * reference the compiled evaluator is tested against, and what `--reference-engine` can run.
 *
 * json-rules-engine (and jsonpath-plus under it) is imported lazily, so code that only compiles
 * conditions (the add-in bundle, for instance) never loads it.
 */
import type { Engine, EngineOptions, RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { assertValidCondition, type Condition } from './condition.js';
import type { Facts } from './compile.js';
import { CUSTOM_OPERATORS } from './operators.js';
import { resolvePath } from './path.js';

export const REFERENCE_ENGINE_OPTIONS: EngineOptions = {
  allowUndefinedFacts: true,
  pathResolver: (value: object, path: string) => resolvePath(value, path),
};

/** A json-rules-engine Engine with dondoc's options and operators (and no rules yet). */
export async function createReferenceEngine(): Promise<Engine> {
  const { Engine, Operator } = await import('json-rules-engine');
  const engine = new Engine([], REFERENCE_ENGINE_OPTIONS);
  for (const op of CUSTOM_OPERATORS)
    engine.addOperator(new Operator(op.name, op.test, op.validate));
  return engine;
}

function toRuleProperties(id: string, conditions: Condition): RuleProperties {
  // Our Condition is json-rules-engine's TopLevelCondition with readonly arrays and a closed list of
  // operators; json-rules-engine copies it into its own Condition objects and does not mutate it.
  return { name: id, conditions: conditions as unknown as TopLevelCondition, event: { type: id } };
}

/** json-rules-engine's verdict for one condition on one record (rejects where it errors). */
export async function evaluateWithJsonRulesEngine(
  condition: Condition,
  facts: Facts,
): Promise<boolean> {
  assertValidCondition(condition);
  const engine = await createReferenceEngine();
  engine.addRule(toRuleProperties('condition', condition));
  const { events } = await engine.run(facts);
  return events.length === 1;
}

/** json-rules-engine's verdicts for a rule set on one record: the ids that fire, in the given order. */
export async function evaluateRuleSetWithJsonRulesEngine(
  rules: ReadonlyArray<{ readonly id: string; readonly conditions: Condition }>,
  facts: Facts,
): Promise<string[]> {
  const engine = await createReferenceEngine();
  for (const rule of rules) {
    assertValidCondition(rule.conditions, rule.id);
    engine.addRule(toRuleProperties(rule.id, rule.conditions));
  }
  const { events } = await engine.run(facts);
  const fired = new Set(events.map((event) => event.type));
  return rules.filter((rule) => fired.has(rule.id)).map((rule) => rule.id);
}
