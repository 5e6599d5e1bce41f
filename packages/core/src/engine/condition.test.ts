import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  conditionSchema,
  MAX_CONDITION_DEPTH,
  MAX_CONDITION_NODES,
  validateCondition,
  type Condition,
  type NestedCondition,
} from './condition.js';
import { taskOverdue } from '../rules/task/overdue.js';
import { taskStatusConflict } from '../rules/task/status-conflict.js';

/** Parses inside a pack-like object so the paths read as a pack author sees them. */
const packRules = z.object({
  rules: z.array(z.object({ id: z.string(), conditions: conditionSchema })),
});

function issuesOf(conditions: unknown): { path: string; en: string; vi: string }[] {
  const result = packRules.safeParse({ rules: [{ id: 'custom/bao-cao', conditions }] });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const params = (issue as { params?: { vi?: string; en?: string } }).params;
    return { path: issue.path.join('.'), en: params?.en ?? issue.message, vi: params?.vi ?? '' };
  });
}

/** The task/overdue and task/status-conflict rules' conditions, from the rule registry. */
const builtIns: Condition[] = [taskOverdue.conditions, taskStatusConflict.conditions];

describe('conditionSchema accepts', () => {
  it.each<[string, Condition]>([
    ['task/overdue', builtIns[0]!],
    ['task/status-conflict', builtIns[1]!],
    [
      'a custom rule over Vietnamese text, paths and dates',
      {
        all: [
          {
            fact: 'title',
            operator: 'matches',
            value: 'báo cáo kết quả quán triệt',
            name: 'nhiệm vụ báo cáo',
          },
          {
            fact: 'owner',
            path: '$.name',
            operator: 'in',
            value: ['Ban Tuyên giáo Huyện ủy', 'UBMTTQ huyện'],
          },
          { not: { fact: 'completedOn', operator: 'isEmpty', value: true } },
          { fact: 'completedOn', operator: 'dateAfter', value: '2024-06-30' },
          { fact: 'completedOn', operator: 'dateAfter', value: { fact: 'due' } },
          { fact: 'tags', operator: 'contains', value: '32-CT/TW' },
        ],
      },
    ],
    ['empty lists', { any: [{ all: [] }] }],
  ])('%s', (_name, condition) => {
    expect(issuesOf(condition)).toEqual([]);
    expect(conditionSchema.parse(condition)).toEqual(condition);
  });
});

describe('conditionSchema refuses, at the exact path', () => {
  it.each<[string, unknown, string, RegExp, RegExp]>([
    [
      'an unknown operator, listing the allowed ones',
      { all: [{ fact: 'status', operator: 'like', value: 'Hoàn thành' }] },
      'rules.0.conditions.all.0.operator',
      /^Unknown operator "like"\. Allowed operators: equal, notEqual, .*, matches, isEmpty, dateBefore, dateOnOrBefore, dateAfter, dateOnOrAfter\.$/,
      /^Toán tử không được hỗ trợ: "like"\. Các toán tử được dùng: equal,/,
    ],
    [
      'an operator decorator',
      { any: [{ fact: 'tags', operator: 'someFact:equal', value: 'x' }] },
      'rules.0.conditions.any.0.operator',
      /operator decorators such as "not:"/,
      /bộ trang trí toán tử/,
    ],
    [
      'a __proto__ fact',
      { all: [{ not: { fact: '__proto__', operator: 'equal', value: 1 } }] },
      'rules.0.conditions.all.0.not.fact',
      /The fact name "__proto__" is not allowed/,
      /Không được dùng tên dữ kiện "__proto__"/,
    ],
    [
      'a constructor fact in a value reference',
      { all: [{ fact: 'due', operator: 'equal', value: { fact: 'constructor' } }] },
      'rules.0.conditions.all.0.value.fact',
      /"constructor" is not allowed/,
      /bị cấm/,
    ],
    [
      'a prototype segment in a path',
      { all: [{ fact: 'owner', path: 'name.prototype', operator: 'equal', value: 'x' }] },
      'rules.0.conditions.all.0.path',
      /uses __proto__, constructor or prototype/,
      /bị cấm/,
    ],
    [
      'a JSONPath expression',
      { all: [{ fact: 'owner', path: '$..name', operator: 'equal', value: 'x' }] },
      'rules.0.conditions.all.0.path',
      /JSONPath is not supported/,
      /không hỗ trợ JSONPath/,
    ],
    [
      'a bare leaf at the top',
      { fact: 'hasDue', operator: 'equal', value: true },
      'rules.0.conditions',
      /top level of the conditions must be "all", "any" or "not"/,
      /Cấp ngoài cùng/,
    ],
    [
      'not with a list',
      { not: [{ fact: 'hasDue', operator: 'equal', value: true }] },
      'rules.0.conditions.not',
      /"not" takes one condition, not a list/,
      /"not" nhận một điều kiện/,
    ],
    [
      'all that is not a list',
      { all: { fact: 'hasDue', operator: 'equal', value: true } },
      'rules.0.conditions.all',
      /"all" must be a list of conditions/,
      /phải là một danh sách điều kiện/,
    ],
    [
      'all and any in one node',
      { all: [], any: [] },
      'rules.0.conditions',
      /only one of all, any, not/,
      /chỉ dùng một trong all, any, not/,
    ],
    [
      'a leaf without value',
      { all: [{ fact: 'isDone', operator: 'equal' }] },
      'rules.0.conditions.all.0.value',
      /Missing "value"/,
      /Thiếu "value"/,
    ],
    [
      'priority (not supported)',
      { all: [{ fact: 'isDone', operator: 'equal', value: false, priority: 2 }] },
      'rules.0.conditions.all.0',
      /Unknown field: "priority"/,
      /Trường không được phép: "priority"/,
    ],
    [
      'a shared condition reference',
      { all: [{ condition: 'quaHan' }] },
      'rules.0.conditions.all.0',
      /Shared condition references/,
      /tham chiếu điều kiện dùng chung/,
    ],
    [
      '"in" with a text value',
      { all: [{ fact: 'status', operator: 'in', value: 'Hoàn thành' }] },
      'rules.0.conditions.all.0.value',
      /needs a list of values, e\.g\. \["Hoàn thành", "Đã gửi"\], got the text "Hoàn thành"/,
      /cần một danh sách giá trị/,
    ],
    [
      'equal with a list',
      { all: [{ fact: 'status', operator: 'equal', value: ['Xong'] }] },
      'rules.0.conditions.all.0.value',
      /to compare with a list use "in"/,
      /hãy dùng "in"/,
    ],
    [
      'lessThan with a date',
      { all: [{ fact: 'due', operator: 'lessThan', value: '2024-06-25' }] },
      'rules.0.conditions.all.0.value',
      /needs a number, got the text "2024-06-25"; to compare dates use "dateBefore"/,
      /cần một số/,
    ],
    [
      'a Vietnamese date where an ISO date is needed',
      { all: [{ fact: 'due', operator: 'dateBefore', value: '25/6/2024' }] },
      'rules.0.conditions.all.0.value',
      /needs a calendar date written YYYY-MM-DD/,
      /YYYY-MM-DD/,
    ],
    [
      'a date that is not in the calendar',
      { all: [{ fact: 'due', operator: 'dateOnOrBefore', value: '2024-02-30' }] },
      'rules.0.conditions.all.0.value',
      /needs a calendar date/,
      /có thật trong lịch/,
    ],
    [
      'matches with nothing to match',
      { all: [{ fact: 'title', operator: 'matches', value: ' ... ' }] },
      'rules.0.conditions.all.0.value',
      /needs text with a letter or a digit/,
      /chữ cái hoặc chữ số/,
    ],
    [
      'isEmpty with text',
      { all: [{ fact: 'note', operator: 'isEmpty', value: 'có' }] },
      'rules.0.conditions.all.0.value',
      /needs true \(empty\) or false/,
      /cần true \(trống\)/,
    ],
    [
      'a value reference with params',
      { all: [{ fact: 'due', operator: 'equal', value: { fact: 'asOf', params: {} } }] },
      'rules.0.conditions.all.0.value',
      /Unknown field: "params"/,
      /Trường không được phép/,
    ],
  ])('%s', (_name, conditions, path, en, vi) => {
    const issues = issuesOf(conditions);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.en).toMatch(en);
    expect(issues[0]!.vi).toMatch(vi);
  });

  it('reports every problem, not only the first', () => {
    const issues = issuesOf({
      all: [
        { fact: 'status', operator: 'like', value: 'x' },
        { any: [{ fact: 'prototype', operator: 'equal', value: 1 }] },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'rules.0.conditions.all.0.operator',
      'rules.0.conditions.all.1.any.0.fact',
    ]);
  });
});

describe('conditionSchema bounds the size of a condition', () => {
  const leaf: NestedCondition = { fact: 'isDone', operator: 'equal', value: false };
  const nest = (levels: number): NestedCondition => {
    let node: NestedCondition = leaf;
    for (let i = 0; i < levels; i++) node = { not: node };
    return node;
  };

  it(`accepts ${MAX_CONDITION_DEPTH} levels`, () => {
    // The top-level node is level 1 and the leaf level 20.
    expect(issuesOf(nest(MAX_CONDITION_DEPTH - 1))).toEqual([]);
  });

  it('refuses one level more, naming where', () => {
    const issues = issuesOf(nest(MAX_CONDITION_DEPTH));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('rules.0.conditions' + '.not'.repeat(MAX_CONDITION_DEPTH));
    expect(issues[0]!.en).toBe(
      `The conditions are nested more than ${MAX_CONDITION_DEPTH} levels deep.`,
    );
    expect(issues[0]!.vi).toBe(`Điều kiện lồng nhau quá ${MAX_CONDITION_DEPTH} cấp.`);
  });

  it('refuses hostile nesting (100,000 levels) with a message, not a stack overflow', () => {
    const issues = issuesOf(nest(100_000));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.en).toMatch(/nested more than 20 levels/);
  });

  it(`refuses more than ${MAX_CONDITION_NODES} nodes`, () => {
    const wide = { any: Array.from({ length: MAX_CONDITION_NODES }, () => leaf) };
    const issues = issuesOf(wide);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`rules.0.conditions.any.${MAX_CONDITION_NODES - 1}`);
    expect(issues[0]!.en).toMatch(/more than 500 nodes; split them into several rules/);
    expect(
      validateCondition({ any: Array.from({ length: MAX_CONDITION_NODES - 1 }, () => leaf) }),
    ).toEqual([]);
  });
});

describe('the JSON Schema of conditions', () => {
  it('lists the operators for editors and keeps the recursion', () => {
    const schema = JSON.stringify(
      z.toJSONSchema(packRules, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    );
    expect(schema).toContain('"enum":["equal","notEqual","lessThan"');
    expect(schema).toContain('"dateOnOrAfter"]');
    expect(schema).toContain('"$ref":"#/$defs/NestedCondition"');
  });
});
