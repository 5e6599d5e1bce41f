/**
 * What a pack expects of a task sheet beyond each row's own dates:
 * - `agency/unknown`: an owner cell names an agency the pack does not know (after NFC, case,
 *   diacritics and abbreviations, and fuzzy matching, whose confidence the message states);
 * - `task/missing-row`: a task of the pack that no row tracks (matched by the code column, else by
 *   title, with the owner as a tie-breaker);
 * - `row/unmatched` (info): a row that no task of the pack explains.
 * Only when the pack defines agencies (for the first) or tasks (for the others).
 */
import type { Finding, Message, Severity, SeveritySetting } from '../model/findings.js';
import { clip } from '../findings/template.js';
import { agencySimilarity, type AgencyMatcher } from '../vi/agencies.js';
import { titleSimilarity } from '../vi/similarity.js';
import { foldText } from '../vi/text.js';
import type { CheckContext } from './context.js';
import type { TrackedRow } from './workbook-state.js';

export const EXPECTATION_RULES: ReadonlyArray<{
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: Message;
}> = [
  {
    id: 'agency/unknown',
    defaultSeverity: 'warning',
    description: {
      vi: 'Tên cơ quan không có trong bộ quy tắc.',
      en: 'An agency name the pack does not know.',
    },
  },
  {
    id: 'task/missing-row',
    defaultSeverity: 'warning',
    description: {
      vi: 'Nhiệm vụ của văn bản chưa có dòng theo dõi.',
      en: 'A task of the document that no row tracks.',
    },
  },
  {
    id: 'row/unmatched',
    defaultSeverity: 'info',
    description: {
      vi: 'Dòng không ứng với nhiệm vụ nào của văn bản.',
      en: 'A row that no task of the document explains.',
    },
  },
];

function severityOf(ctx: CheckContext, id: string): SeveritySetting {
  return ctx.severity(id, EXPECTATION_RULES.find((r) => r.id === id)!.defaultSeverity);
}

/** agency/unknown findings for one owner cell. */
export function unknownAgencies(
  ctx: CheckContext,
  matcher: AgencyMatcher,
  owner: string,
  where: { workbook: string; sheet: string; cell?: string; row: number },
  subject: { title: string },
): Finding[] {
  const level = severityOf(ctx, 'agency/unknown');
  const pack = ctx.pack;
  if (level === 'off' || owner.trim() === '') return [];
  const names = [...(pack.agencies ?? []), ...(pack.groups ?? [])].map((a) => a.name);
  return matcher
    .split(owner)
    .filter((part) => part.match === undefined && foldText(part.text).length > 1)
    .map((part) => {
      // The closest name the pack knows, with how close it is, when it is close at all.
      const guess = names
        .map((name) => ({ name, score: agencySimilarity(part.text, name) }))
        .sort((a, b) => b.score - a.score)[0];
      const near =
        guess && guess.score >= 0.6
          ? {
              vi: ` Gần giống nhất: "${guess.name}" (độ tương đồng ${guess.score.toFixed(2).replace('.', ',')}).`,
              en: ` Closest: "${guess.name}" (similarity ${guess.score.toFixed(2)}).`,
            }
          : { vi: '', en: '' };
      return {
        rule: 'agency/unknown',
        severity: level,
        subject: { kind: 'agency' as const, title: clip(subject.title, 200) },
        agency: part.text,
        location: where,
        actual: part.text,
        message: {
          vi: `Cơ quan "${part.text}" (nhiệm vụ "${clip(subject.title)}") không có trong danh sách cơ quan của bộ quy tắc.${near.vi}`,
          en: `The agency "${part.text}" (task "${clip(subject.title)}") is not among the pack's agencies.${near.en}`,
        },
      };
    });
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
  const missing = severityOf(ctx, 'task/missing-row');
  if (missing !== 'off') {
    tasks.forEach((task, t) => {
      if (usedTasks.has(t)) return;
      findings.push({
        rule: 'task/missing-row',
        severity: missing,
        subject: { kind: 'task', id: task.id, title: clip(task.title, 200) },
        location: { workbook },
        ...(task.due
          ? { quote: task.source?.quote ?? task.due }
          : task.source
            ? { quote: task.source.quote }
            : {}),
        message: {
          vi: `Nhiệm vụ "${clip(task.title)}"${task.due ? ` (thời hạn "${task.due}")` : ''} chưa có dòng nào trong sổ theo dõi "${workbook}".`,
          en: `Task "${clip(task.title)}"${task.due ? ` (deadline "${task.due}")` : ''} has no row in the tracking workbook "${workbook}".`,
        },
      });
    });
  }
  const unmatched = severityOf(ctx, 'row/unmatched');
  if (unmatched !== 'off') {
    rows.forEach((row, r) => {
      if (usedRows.has(rowKey(r))) return;
      findings.push({
        rule: 'row/unmatched',
        severity: unmatched,
        subject: { kind: 'row', title: clip(row.title, 200) },
        location: {
          workbook,
          sheet: row.sheet,
          ...(row.cell ? { cell: row.cell } : {}),
          row: row.row,
        },
        message: {
          vi: `Dòng "${clip(row.title)}" không ứng với nhiệm vụ nào của bộ quy tắc "${pack.title}".`,
          en: `The row "${clip(row.title)}" matches no task of the pack "${pack.title}".`,
        },
      });
    });
  }
  return findings;
}
