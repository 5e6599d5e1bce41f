/**
 * What a pack expects of a task sheet beyond each row's own dates:
 * - `agency/unknown`: an owner cell names an agency the pack does not know (after NFC, case,
 *   diacritics and abbreviations, and fuzzy matching, whose confidence the message states);
 * - `task/missing-row`: a task of the pack that no row tracks (matched by the code column, else by
 *   title, with the owner as a tie-breaker);
 * - `row/unmatched` (info): a row that no task of the pack explains.
 * Only when the pack defines agencies (for the first) or tasks (for the others).
 */
import type { Finding, SeveritySetting } from '../model/findings.js';
import { clip } from '../findings/template.js';
import { agencyUnknown } from '../rules/agency/unknown.js';
import { ruleMessage, type RuleMeta } from '../rules/rule.js';
import { rowUnmatched } from '../rules/row/unmatched.js';
import { taskMissingRow } from '../rules/task/missing-row.js';
import type { AgencyMatcher } from '../vi/agencies.js';
import { titleSimilarity } from '../vi/similarity.js';
import { foldText } from '../vi/text.js';
import type { CheckContext } from './context.js';
import type { TrackedRow } from './workbook-state.js';

function severityOf(ctx: CheckContext, rule: RuleMeta): SeveritySetting {
  return ctx.severity(rule.id, rule.defaultSeverity);
}

/** agency/unknown findings for one owner cell. */
export function unknownAgencies(
  ctx: CheckContext,
  matcher: AgencyMatcher,
  owner: string,
  where: { workbook: string; sheet: string; cell?: string; row: number },
  subject: { title: string },
): Finding[] {
  const level = severityOf(ctx, agencyUnknown);
  if (level === 'off' || owner.trim() === '') return [];
  const known = [...(ctx.pack.agencies ?? []), ...(ctx.pack.groups ?? [])].map((a) => a.name);
  const findings: Finding[] = [];
  for (const part of matcher.split(owner)) {
    const report = agencyUnknown.decide({
      name: part.text,
      matched: part.match !== undefined,
      known,
      taskTitle: subject.title,
      ...(part.candidates ? { candidates: part.candidates } : {}),
    });
    if (!report) continue;
    findings.push({
      rule: agencyUnknown.id,
      severity: level,
      subject: { kind: 'agency', title: clip(subject.title, 200) },
      agency: part.text,
      location: where,
      actual: report.actual!,
      message: ruleMessage(agencyUnknown, report),
    });
  }
  return findings;
}

/** task/missing-row and row/unmatched for a workbook's task rows. */
export function expectedTasks(
  ctx: CheckContext,
  workbook: string,
  rows: readonly TrackedRow[],
): Finding[] {
  const pack = ctx.pack;
  const tasks = pack.tasks ?? [];
  if (tasks.length === 0 || rows.length === 0) return [];
  const findings: Finding[] = [];
  const usedRows = new Set<number>();
  const rowKey = (i: number) => i;
  // Pairs by code first, then by title (owner similarity breaks ties), best first.
  const pairs: Array<{ task: number; row: number; score: number }> = [];
  tasks.forEach((task, t) => {
    rows.forEach((row, r) => {
      if (task.code && row.code !== '' && foldText(task.code) === foldText(row.code)) {
        pairs.push({ task: t, row: r, score: 10 });
        return;
      }
      const title = titleSimilarity(task.title, row.title);
      if (title >= 0.4) pairs.push({ task: t, row: r, score: title });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.row - b.row);
  const usedTasks = new Set<number>();
  for (const p of pairs) {
    if (usedTasks.has(p.task) || usedRows.has(rowKey(p.row))) continue;
    usedTasks.add(p.task);
    usedRows.add(rowKey(p.row));
  }
  const missing = severityOf(ctx, taskMissingRow);
  if (missing !== 'off') {
    tasks.forEach((task, t) => {
      const report = taskMissingRow.decide({ task, tracked: usedTasks.has(t), workbook });
      if (!report) return;
      findings.push({
        rule: taskMissingRow.id,
        severity: missing,
        subject: { kind: 'task', id: task.id, title: clip(task.title, 200) },
        location: { workbook },
        ...(report.quote !== undefined ? { quote: report.quote } : {}),
        message: ruleMessage(taskMissingRow, report),
      });
    });
  }
  const unmatched = severityOf(ctx, rowUnmatched);
  if (unmatched !== 'off') {
    rows.forEach((row, r) => {
      const report = rowUnmatched.decide({
        title: row.title,
        matched: usedRows.has(rowKey(r)),
        packTitle: pack.title,
      });
      if (!report) return;
      findings.push({
        rule: rowUnmatched.id,
        severity: unmatched,
        subject: { kind: 'row', title: clip(row.title, 200) },
        location: {
          workbook,
          sheet: row.sheet,
          ...(row.cell ? { cell: row.cell } : {}),
          row: row.row,
        },
        message: ruleMessage(rowUnmatched, report),
      });
    });
  }
  return findings;
}
