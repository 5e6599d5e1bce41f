/**
 * What a pack expects of a task sheet beyond each row's own dates:
 * - `agency/unknown`: an owner cell names an agency the pack does not know (after NFC, case,
 *   diacritics and abbreviations, and fuzzy matching, whose confidence the message states);
 * - `task/missing-row`: a task of the pack that no row tracks (matched by the code column, else by
 *   title, with the owner as a tie-breaker);
 * - `row/unmatched` (info): when a task of the pack has no row, the rows that no task (or report)
 *   of the pack explains, as candidates for it. A task a sheet splits into one row per unit
 *   explains each of them. When most rows of a sheet match no task, the sheet
 *   tracks more than this pack (the office's other work too): its rows are not compared one by
 *   one, and that is said once.
 * Only when the pack defines agencies (for the first) or tasks (for the others).
 */
import { namesPerson } from '../vi/people.js';
import type { Finding, NotEvaluated, SeveritySetting } from '../model/findings.js';
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
  // a person ("Đ/c Hùng - Địa chính") is no agency to look up
  if (level === 'off' || owner.trim() === '' || namesPerson(owner)) return [];
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

/** A row explains a task when their titles are this similar (or their codes are equal). */
const TITLE_MATCH = 0.4;
/** A row matched to the sentence a task quotes: its words, mostly found there, and its weight. */
const QUOTE_MIN_WORDS = 6;
const QUOTE_MATCH = 0.6;
const QUOTE_WEIGHT = 0.5;
const wordCount = (text: string) =>
  foldText(text)
    .split(' ')
    .filter((w) => w.length > 0).length;

/**
 * A sheet is the pack's own tracking sheet when at least this share of its rows match a task:
 * only then is each other row reported as unmatched.
 */
const PACK_SHEET_SHARE = 0.5;

/** task/missing-row and row/unmatched for a workbook's task rows. */
export function expectedTasks(
  ctx: CheckContext,
  workbook: string,
  rows: readonly TrackedRow[],
): {
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  /** The pack's task each row tracks, for the rows paired with one. */
  tracks: Map<TrackedRow, string>;
} {
  const pack = ctx.pack;
  const tasks = pack.tasks ?? [];
  const tracks = new Map<TrackedRow, string>();
  if (tasks.length === 0 || rows.length === 0) return { findings: [], notEvaluated: [], tracks };
  const findings: Finding[] = [];
  const notEvaluated: NotEvaluated[] = [];
  const usedRows = new Set<number>();
  /** Rows that explain some task, paired with it or not (one row per unit of the same task). */
  const explaining = new Set<number>();
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
      if (title >= TITLE_MATCH) {
        pairs.push({ task: t, row: r, score: title });
        return;
      }
      // A row written as part of the duty the document states ("Tuyên truyền trên hệ thống loa
      // truyền thanh cơ sở nội dung các chỉ thị …" for "Chỉ đạo tổ chức các hoạt động tuyên
      // truyền nội dung các chỉ thị …"): a long row most of whose words are in the duty's
      // sentence tracks it, after every title match.
      const quote = task.source?.quote;
      if (quote === undefined || wordCount(row.title) < QUOTE_MIN_WORDS) return;
      const inQuote = titleSimilarity(quote, row.title);
      if (inQuote >= QUOTE_MATCH) pairs.push({ task: t, row: r, score: inQuote * QUOTE_WEIGHT });
    });
  });
  // A row tracking one of the pack's reports ("Gửi báo cáo kết quả quán triệt về …") is a duty
  // of the document too.
  const reports = pack.reports ?? [];
  rows.forEach((row, r) => {
    if (reports.some((rep) => titleSimilarity(rep.title, row.title) >= TITLE_MATCH))
      explaining.add(rowKey(r));
  });
  pairs.sort((a, b) => b.score - a.score || a.row - b.row);
  const usedTasks = new Set<number>();
  for (const p of pairs) {
    explaining.add(rowKey(p.row));
    if (usedTasks.has(p.task) || usedRows.has(rowKey(p.row))) continue;
    usedTasks.add(p.task);
    usedRows.add(rowKey(p.row));
    tracks.set(rows[p.row]!, tasks[p.task]!.id);
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
  // Every task of the pack has its row: the other rows are the office's own work (sub-tasks,
  // other duties), not a directive task written differently. Only when a task is missing are the
  // rows no task explains worth a look: one of them may be it.
  if (unmatched !== 'off' && usedTasks.size < tasks.length) {
    const sheets = [...new Set(rows.map((r) => r.sheet))];
    for (const sheet of sheets) {
      const onSheet = rows.flatMap((row, r) => (row.sheet === sheet ? [r] : []));
      const explained = onSheet.filter((r) => explaining.has(rowKey(r))).length;
      if (explained < onSheet.length * PACK_SHEET_SHARE) {
        notEvaluated.push({
          scope: rowUnmatched.id,
          location: { workbook, sheet },
          reason: {
            vi: `Chỉ ${explained}/${onSheet.length} dòng ở trang "${sheet}" ứng với nhiệm vụ của bộ quy tắc "${pack.title}": trang này theo dõi cả những việc khác, nên không đối chiếu từng dòng còn lại.`,
            en: `Only ${explained} of ${onSheet.length} rows on sheet "${sheet}" match a task of the pack "${pack.title}": the sheet tracks other work too, so the other rows were not compared one by one.`,
          },
        });
        continue;
      }
      for (const r of onSheet) {
        const row = rows[r]!;
        const report = rowUnmatched.decide({
          title: row.title,
          matched: explaining.has(rowKey(r)),
          packTitle: pack.title,
        });
        if (!report) continue;
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
      }
    }
  }
  return { findings, notEvaluated, tracks };
}
