/**
 * The rules a task row is evaluated against, compiled once per check: the registry's task rules the
 * pack leaves on, then the pack's own custom rules, as one json-rules-engine rule set.
 */
import { TASK_RULES } from '../rules/index.js';
import type { TaskRule } from '../rules/rule.js';
import { TASK_FACT_NAMES, type TaskFacts } from '../rules/task/facts.js';
import { compileRuleSet, type CompiledRuleSet } from '../engine/index.js';
import type { Severity, SeveritySetting } from '../model/findings.js';
import { placeholdersOf, type TemplateValues } from '../findings/template.js';
import { PackError } from '../pack/load.js';
import type { Pack, PackCustomRule } from '../pack/schema.js';

export interface ActiveTaskRule {
  readonly id: string;
  readonly severity: Severity;
  readonly builtIn?: TaskRule;
  readonly custom?: PackCustomRule;
}

export interface TaskRules {
  readonly ruleSet: CompiledRuleSet;
  readonly byId: ReadonlyMap<string, ActiveTaskRule>;
}

/**
 * Throws a PackError for a custom rule a check could not run: a message placeholder that names no
 * task fact. Loaders call it with the pack, so the pack is refused where it is read, with its name,
 * before any workbook is opened.
 */
export function validateCustomRules(pack: Pack): void {
  for (const rule of pack.rules ?? []) validateCustomRule(rule);
}

function validateCustomRule(rule: PackCustomRule): void {
  for (const name of [...placeholdersOf(rule.message.vi), ...placeholdersOf(rule.message.en)]) {
    if (!TASK_FACT_NAMES.has(name)) {
      throw new PackError({
        vi: `Quy tắc "${rule.id}": thông báo dùng {${name}} nhưng nhiệm vụ không có dữ kiện này.`,
        en: `Rule "${rule.id}": its message uses {${name}}, which is not a task fact.`,
      });
    }
  }
}

/** A custom rule's message placeholders are filled from the row's plain facts. */
export function customRuleValues(facts: TaskFacts): TemplateValues {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else if (typeof value === 'boolean') values[key] = value ? 'true' : 'false';
    else if (value === null) values[key] = '—';
  }
  return values;
}

export function compileTaskRules(
  pack: Pack,
  severity: (id: string, fallback: Severity) => SeveritySetting,
): TaskRules {
  const active: ActiveTaskRule[] = [];
  for (const rule of TASK_RULES) {
    const level = severity(rule.id, rule.defaultSeverity);
    if (level !== 'off') active.push({ id: rule.id, severity: level, builtIn: rule });
  }
  for (const rule of pack.rules ?? []) {
    validateCustomRule(rule);
    const level = severity(rule.id, rule.severity ?? 'warning');
    if (level !== 'off') active.push({ id: rule.id, severity: level, custom: rule });
  }
  const ruleSet = compileRuleSet(
    active.map((rule) => ({
      id: rule.id,
      conditions: rule.builtIn?.conditions ?? rule.custom!.conditions,
    })),
  );
  return { ruleSet, byId: new Map(active.map((rule) => [rule.id, rule])) };
}
