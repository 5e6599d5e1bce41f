import { describe, expect, it } from 'vitest';
import { taskOverdue } from '../rules/task/overdue.js';
import { RuleTester, type InvalidCase } from './rule-tester.js';

const tester = new RuleTester(taskOverdue, {
  pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
  asOf: '2024-07-01',
});
const base: Omit<InvalidCase, 'errors'> = { name: 'x', sheets: {} };

describe('the rule tester is strict', () => {
  it('refuses a message id the rule does not have', () => {
    expect(() => tester.expected({ ...base, errors: [{ messageId: 'late', data: {} }] })).toThrow(
      /no message "late"/,
    );
  });

  it('refuses a placeholder left unfilled', () => {
    expect(() =>
      tester.expected({ ...base, errors: [{ messageId: 'overdue', data: { title: 'x' } }] }),
    ).toThrow(/placeholder \{days\} has no value/);
  });

  it('refuses a value the message does not use', () => {
    const data = {
      title: 'x',
      days: 1,
      dueText: 'x',
      due: 'x',
      asOf: 'x',
      owner: 'UBND huyện',
    };
    expect(() => tester.expected({ ...base, errors: [{ messageId: 'overdue', data }] })).toThrow(
      /no placeholder \{owner\}/,
    );
  });

  it('refuses a pack that does not validate', () => {
    expect(() => tester.run({ ...base, pack: { id: 'x' } })).toThrow(/pack is invalid/);
  });
});
