/** What each rule id means, for the group headings ("task/late — Hoàn thành chậm"). */
import { ruleById, type Finding, type Message, type Pack } from '@dondoc/core';

export function ruleDescription(id: string, pack?: Pack): Message | undefined {
  const custom = pack?.rules?.find((r) => r.id === id)?.description;
  if (custom) return { vi: custom, en: custom };
  return ruleById(id)?.description;
}

export type GroupBy = 'rule' | 'agency';

export interface FindingGroup {
  readonly key: string;
  /** Indexes into the report's findings, in report order. */
  readonly items: readonly number[];
  readonly errors: number;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings grouped by rule or by agency (findings with no agency last, under ""), groups with the
 * most errors first, then the most findings, then by name.
 */
export function groupFindings(findings: readonly Finding[], by: GroupBy): FindingGroup[] {
  const groups = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const k = by === 'rule' ? f.rule : (f.agency ?? '');
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  return [...groups.entries()]
    .map(([key, items]) => ({
      key,
      items: [...items].sort(
        (a, b) => RANK[findings[a]!.severity] - RANK[findings[b]!.severity] || a - b,
      ),
      errors: items.filter((i) => findings[i]!.severity === 'error').length,
    }))
    .sort((a, b) => {
      if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
      return (
        b.errors - a.errors || b.items.length - a.items.length || a.key.localeCompare(b.key, 'vi')
      );
    });
}
