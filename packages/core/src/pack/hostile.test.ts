/**
 * Packs come from other people. Whatever a pack file holds, loading it either gives a valid pack or
 * a clear bilingual problem list; it never pollutes prototypes, never evaluates code and never
 * hangs. (The condition engine's own limits are tested in engine/condition.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parsePack, resolvePack, PackError, type Pack } from '../index.js';

const base = { id: 'huyen-duc-tho', version: '1.0.0', title: 'Huyện ủy Đức Thọ' };
const rule = (conditions: unknown) => ({
  ...base,
  rules: [
    {
      id: 'custom/kiem-tra',
      appliesTo: 'task',
      conditions,
      message: { vi: 'Nhiệm vụ "{title}".', en: 'Task "{title}".' },
    },
  ],
});

function problemsOf(input: unknown) {
  const result = parsePack(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('hostile or broken packs', () => {
  it('refuses a top-level "__proto__" key and pollutes nothing', () => {
    const input: unknown = JSON.parse(
      '{"id":"x","version":"1.0.0","title":"X","__proto__":{"polluted":true}}',
    );
    const [problem] = problemsOf(input);
    expect(problem?.message.vi).toBe('Trường không được phép: "__proto__".');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['constructor', '__proto__', 'prototype'])('refuses the fact name %s', (fact) => {
    const [problem] = problemsOf(rule({ all: [{ fact, operator: 'equal', value: 'a' }] }));
    expect(problem?.pointer).toBe('/rules/0/conditions/all/0/fact');
    expect(problem?.message.en).toContain('refused');
  });

  it('refuses a path through __proto__', () => {
    const [problem] = problemsOf(
      rule({ all: [{ fact: 'title', path: '$.__proto__.x', operator: 'equal', value: 'a' }] }),
    );
    expect(problem?.pointer).toBe('/rules/0/conditions/all/0/path');
  });

  it('refuses an unknown operator (there is no regular-expression operator to abuse)', () => {
    const [problem] = problemsOf(
      rule({ all: [{ fact: 'title', operator: 'regex', value: '(a+)+$' }] }),
    );
    expect(problem?.message.vi).toContain('Toán tử không được hỗ trợ: "regex"');
    expect(problem?.message.en).toContain('matches');
  });

  it('refuses absurd nesting quickly, without a stack overflow', () => {
    let condition: unknown = { fact: 'title', operator: 'equal', value: 'a' };
    for (let i = 0; i < 100_000; i++) condition = { all: [condition] };
    const problems = problemsOf(rule(condition));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message.en).toMatch(/nest|deep|depth|levels/i);
  });

  it('refuses a huge pack with a count, not by running out of memory', () => {
    const tasks = Array.from({ length: 50_000 }, (_, i) => ({
      id: `t-${i}`,
      title: `Nhiệm vụ ${i}`,
      due: 'trước ngày 20/5/2024',
    }));
    const [problem] = problemsOf({ ...base, tasks });
    expect(problem?.pointer).toBe('/tasks');
    expect(problem?.message.en).toMatch(/At most \d+ items/);
  });

  it('reports cyclic extends with the cycle spelled out', () => {
    const a = { ...base, id: 'tinh', extends: ['huyen'] } as unknown as Pack;
    const b = { ...base, id: 'huyen', extends: ['tinh'] } as unknown as Pack;
    const lookup = (id: string) => ({ tinh: a, huyen: b })[id];
    let error: unknown;
    try {
      resolvePack(a, lookup);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).messages.vi).toMatch(/tinh.*huyen.*tinh/);
  });

  it('reports a missing parent by name', () => {
    const a = { ...base, id: 'tinh', extends: ['khong-co'] } as unknown as Pack;
    expect(() => resolvePack(a, () => undefined)).toThrow(/khong-co/);
  });
});
