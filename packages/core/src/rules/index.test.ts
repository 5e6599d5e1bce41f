import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../findings/template.js';
import { RULE_FAMILIES, RULES, TASK_RULES, ruleById, ruleName } from './index.js';

/** The rule ids DESIGN.md promises, stable and documented. */
const DESIGN_IDS = [
  'task/overdue',
  'task/late',
  'task/due-soon',
  'task/missing-row',
  'task/status-conflict',
  'report/missing',
  'report/late',
  'report/due-soon',
  'indicator/unmet',
  'indicator/exceeded',
  'indicator/missing-value',
  'indicator/plan-mismatch',
  'cell/invalid-date',
  'cell/invalid-number',
  'agency/unknown',
  'row/unmatched',
];

describe('the rule registry', () => {
  it('holds every rule DESIGN.md lists, once, in its order', () => {
    expect(RULES.map((r) => r.id)).toEqual(DESIGN_IDS);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: its family, its module and its tests are where the id says',
    (id, rule) => {
      const [family, name] = id.split('/');
      expect(RULE_FAMILIES).toContain(family);
      expect(rule.family).toBe(family);
      for (const file of [`${name}.ts`, `${name}.test.ts`]) {
        expect(existsSync(fileURLToPath(new URL(`./${family}/${file}`, import.meta.url)))).toBe(
          true,
        );
      }
    },
  );

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: names, description and messages in both languages, same placeholders',
    (_id, rule) => {
      for (const text of [rule.name, rule.description]) {
        expect(text.vi.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const message of Object.values(rule.messages)) {
        expect(placeholdersOf(message.vi).sort()).toEqual(placeholdersOf(message.en).sort());
      }
    },
  );

  it('lists the task rules the engine evaluates among all rules', () => {
    for (const rule of TASK_RULES) expect(ruleById(rule.id)).toBe(rule);
  });

  it('names a rule in each language, and an unknown id by itself', () => {
    expect(ruleName('task/overdue', 'vi')).toBe('Quá hạn');
    expect(ruleName('task/overdue', 'en')).toBe('Overdue');
    expect(ruleName('custom/bao-cao-tuan', 'vi')).toBe('custom/bao-cao-tuan');
  });
});
