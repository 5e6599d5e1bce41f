import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConditionError, type Condition } from './condition.js';
import { ConditionEvaluationError, type Facts } from './compile.js';
import { resolvePath, splitPath } from './path.js';
import { evaluateRuleSetWithJsonRulesEngine } from './reference.js';
import { compileRuleSet, RuleEvaluationError, type RuleInput } from './ruleset.js';

const overdue: RuleInput = {
  id: 'task/overdue',
  conditions: {
    all: [
      { fact: 'hasDue', operator: 'equal', value: true },
      { fact: 'isDone', operator: 'equal', value: false },
      { fact: 'daysPastDue', operator: 'greaterThan', value: 0 },
    ],
  },
};
const dueSoon: RuleInput = {
  id: 'task/due-soon',
  conditions: {
    all: [
      { fact: 'isDone', operator: 'equal', value: false },
      { fact: 'daysUntilDue', operator: 'greaterThanInclusive', value: 0 },
      { fact: 'daysUntilDue', operator: 'lessThanInclusive', value: { fact: 'dueSoonDays' } },
    ],
  },
};
const reportTask: RuleInput = {
  id: 'custom/bao-cao-ket-qua',
  conditions: { all: [{ fact: 'title', operator: 'matches', value: 'gui bao cao ket qua' }] },
};
const rules = [overdue, dueSoon, reportTask];

/** Rows of a tracking workbook for Kế hoạch 32-CT/TW (seed 001), as of 2024-07-01. */
const rows: [string, Facts, string[]][] = [
  [
    'late and a report',
    {
      title:
        'Gửi báo cáo kết quả quán triệt về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy)',
      hasDue: true,
      isDone: false,
      daysPastDue: 2,
      daysUntilDue: -2,
      dueSoonDays: 7,
    },
    ['task/overdue', 'custom/bao-cao-ket-qua'],
  ],
  [
    'due soon',
    {
      title: 'Quán triệt học tập cho toàn thể cán bộ, đảng viên',
      hasDue: true,
      isDone: false,
      daysPastDue: -5,
      daysUntilDue: 5,
      dueSoonDays: 7,
    },
    ['task/due-soon'],
  ],
  ['done', { title: 'Hội nghị cán bộ chủ chốt', hasDue: true, isDone: true, daysPastDue: 40 }, []],
];

describe('compileRuleSet', () => {
  const ruleSet = compileRuleSet(rules);

  it.each(rows)('%s', async (_name, facts, expected) => {
    expect(ruleSet.evaluate(facts)).toEqual(expected);
    expect(ruleSet.evaluateSafely(facts)).toEqual({ fired: expected, failed: [] });
    expect(await evaluateRuleSetWithJsonRulesEngine(rules, facts)).toEqual(expected);
  });

  it('keeps the given order and tests one rule', () => {
    expect(compileRuleSet([reportTask, overdue]).evaluate(rows[0]![1])).toEqual([
      'custom/bao-cao-ket-qua',
      'task/overdue',
    ]);
    expect(ruleSet.ids).toEqual(['task/overdue', 'task/due-soon', 'custom/bao-cao-ket-qua']);
    expect(ruleSet.test('task/due-soon', rows[1]![1])).toBe(true);
  });

  it('names the rule whose conditions are invalid', () => {
    const bad = {
      id: 'custom/sai',
      conditions: { all: [{ fact: 'x', operator: 'like', value: 1 }] } as unknown as Condition,
    };
    expect(() => compileRuleSet([overdue, bad])).toThrow(ConditionError);
    expect(() => compileRuleSet([overdue, bad])).toThrow(
      /The conditions of rule "custom\/sai" are invalid: all\.0\.operator: Unknown operator "like"/,
    );
  });

  it('refuses duplicate ids', () => {
    expect(() => compileRuleSet([overdue, overdue])).toThrow(/Duplicate rule id "task\/overdue"/);
  });

  it('names the rule that failed on a record, or sets it aside with evaluateSafely', () => {
    const allowed: RuleInput = {
      id: 'custom/don-vi',
      conditions: { all: [{ fact: 'owner', operator: 'notIn', value: { fact: 'knownAgencies' } }] },
    };
    const set = compileRuleSet([overdue, allowed]);
    const facts = { ...rows[0]![1], owner: 'Ban Tuyên giáo Huyện ủy', knownAgencies: null };
    expect(() => set.evaluate(facts)).toThrow(RuleEvaluationError);
    expect(() => set.evaluate(facts)).toThrow(/^Rule "custom\/don-vi": Operator "notIn"/);
    const result = set.evaluateSafely(facts);
    expect(result.fired).toEqual(['task/overdue']);
    expect(result.failed.map((f) => f.id)).toEqual(['custom/don-vi']);
    expect(result.failed[0]!.error).toBeInstanceOf(ConditionEvaluationError);
    expect(set.evaluate({ ...facts, knownAgencies: ['UBND huyện'] })).toEqual([
      'task/overdue',
      'custom/don-vi',
    ]);
  });

  it('returns the same frozen empty list when nothing fires', () => {
    const none = ruleSet.evaluate(rows[2]![1]);
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
  });

  it('agrees with json-rules-engine on random records', async () => {
    const facts = fc.record(
      {
        title: fc.constantFrom(
          'Gửi báo cáo kết quả quán triệt',
          'GUI BAO CAO KET QUA',
          'Hội nghị',
          '',
        ),
        hasDue: fc.oneof(fc.boolean(), fc.constant(null)),
        isDone: fc.oneof(fc.boolean(), fc.constant('false')),
        daysPastDue: fc.oneof(
          fc.integer({ min: -10, max: 10 }),
          fc.constant(null),
          fc.constant('3'),
        ),
        daysUntilDue: fc.oneof(fc.integer({ min: -10, max: 10 }), fc.constant(null)),
        dueSoonDays: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('7')),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    await fc.assert(
      fc.asyncProperty(facts, async (record) => {
        expect([...ruleSet.evaluate(record)]).toEqual(
          await evaluateRuleSetWithJsonRulesEngine(rules, record),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('the dotted path resolver', () => {
  const owner = {
    name: 'Ban Tuyên giáo Huyện ủy',
    codes: ['BTG', 'BTGHU'],
    address: { commune: 'Thị trấn' },
  };
  it.each<[string, unknown]>([
    ['name', 'Ban Tuyên giáo Huyện ủy'],
    ['$.name', 'Ban Tuyên giáo Huyện ủy'],
    ['codes.1', 'BTGHU'],
    ['codes.length', 2],
    ['address.commune', 'Thị trấn'],
    ['address.commune.length', undefined],
    ['phone', undefined],
    ['toString', undefined],
    ['$', owner],
  ])('%s', (path, expected) => {
    expect(resolvePath(owner, path)).toEqual(expected);
  });

  it('splits once', () => {
    expect(splitPath('$.owner.name')).toEqual(['owner', 'name']);
    expect(splitPath('owner')).toEqual(['owner']);
  });
});
