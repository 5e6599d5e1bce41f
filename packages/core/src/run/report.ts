/** The findings report of a run over several workbooks: counts by severity and rule, and the narrative. */
import { formatIsoDate, type PlainDate } from '../model/plain-date.js';
import type { FindingsReport } from '../model/findings.js';
import type { Pack } from '../pack/schema.js';
import { narrativeOf } from './narrative.js';
import type { WorkbookResult } from './result.js';
import { scorecardsOf } from './scorecards.js';

export function buildReport(
  pack: Pack,
  asOf: PlainDate,
  results: readonly WorkbookResult[],
): FindingsReport {
  const findings = results.flatMap((r) => r.findings);
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const sortedByRule = Object.fromEntries(
    Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b)),
  );
  const scorecards = scorecardsOf(results, {
    asOf: formatIsoDate(asOf),
    agencies: [...(pack.agencies ?? []), ...(pack.groups ?? [])],
  });
  return {
    version: 1,
    asOf: formatIsoDate(asOf),
    pack: { id: pack.id, version: pack.version, title: pack.title },
    summary: {
      ...counts,
      byRule: sortedByRule,
      notEvaluated: results.flatMap((r) => r.notEvaluated),
      narrative: narrativeOf(results, sortedByRule, scorecards),
    },
    scorecards,
    findings,
  };
}
