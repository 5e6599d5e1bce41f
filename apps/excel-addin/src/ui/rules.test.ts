import { describe, expect, it } from 'vitest';
import { RULES, type Finding } from '@dondoc/core';
import { groupFindings, ruleDescription } from './rules.js';

function finding(rule: string, severity: Finding['severity'], agency?: string): Finding {
  return {
    rule,
    severity,
    subject: { kind: 'task' },
    ...(agency ? { agency } : {}),
    message: { vi: rule, en: rule },
  };
}

const findings = [
  finding('task/due-soon', 'info', 'Ban Tuyên giáo Huyện ủy'),
  finding('task/overdue', 'error', 'Ban Tuyên giáo Huyện ủy'),
  finding('report/missing', 'error', 'Đảng ủy xã Đức Lạng'),
  finding('task/overdue', 'error'),
  finding('report/missing', 'error', 'Đảng ủy xã Tùng Ảnh'),
  finding('task/overdue', 'warning', 'Đảng ủy xã Tùng Ảnh'),
];

describe('groupFindings', () => {
  it('by rule: most errors first, errors first within a group', () => {
    expect(groupFindings(findings, 'rule').map((g) => [g.key, g.items, g.errors])).toEqual([
      ['task/overdue', [1, 3, 5], 2],
      ['report/missing', [2, 4], 2],
      ['task/due-soon', [0], 0],
    ]);
  });

  it('by agency: findings with no agency come last', () => {
    expect(groupFindings(findings, 'agency').map((g) => [g.key, g.items.length])).toEqual([
      ['Ban Tuyên giáo Huyện ủy', 2],
      ['Đảng ủy xã Tùng Ảnh', 2],
      ['Đảng ủy xã Đức Lạng', 1],
      ['', 1],
    ]);
  });
});

describe('ruleDescription', () => {
  it.each([
    ['task/overdue', /quá thời hạn/],
    ['report/missing', /chưa gửi báo cáo/],
  ])('%s', (id, pattern) => {
    expect(ruleDescription(id)?.vi).toMatch(pattern);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s is described as the rule registry describes it',
    (id, rule) => expect(ruleDescription(id)).toEqual(rule.description),
  );

  it('is undefined for a rule nobody defined', () => {
    expect(ruleDescription('khong-co/quy-tac')).toBeUndefined();
  });
});
