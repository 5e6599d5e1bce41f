/** Counts and the narrative summary shared by the renderers. */
import type { Finding, Message } from '@dondoc/core';
import type { ReportInput } from './input.js';

/** (label, count) pairs, most first, then by label; findings without a label are left out. */
export function countBy(
  findings: readonly Finding[],
  key: (f: Finding) => string | undefined,
): Array<readonly [string, number]> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const k = key(f);
    if (k === undefined || k === '') continue;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
}

/**
 * The narrative sentences the core wrote into the report (summary.narrative: "Có 24/25 chỉ tiêu
 * đạt, vượt kế hoạch; …"). Reports written before the core wrote them have none.
 */
export function narrativeOf(input: ReportInput): Message[] {
  const summary = input.report.summary as typeof input.report.summary & {
    readonly narrative?: readonly Message[];
  };
  return [...(summary.narrative ?? [])];
}
