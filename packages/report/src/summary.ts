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

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The narrative sentences: the core's (report.summary.narrative) when it wrote them, else a short
 * account of the task findings in the documents' style ("Có 03 nhiệm vụ quá hạn, …").
 */
export function narrativeOf(input: ReportInput): Message[] {
  const summary = input.report.summary as typeof input.report.summary & {
    readonly narrative?: readonly Message[];
  };
  if (summary.narrative && summary.narrative.length > 0) return [...summary.narrative];
  const byRule = summary.byRule;
  const n = (rule: string) => byRule[rule] ?? 0;
  const checked = input.workbooks.filter((w) => w.status === 'checked').length;
  const unreadable = input.workbooks.filter((w) => w.status === 'unreadable').length;
  const parts: Message[] = [];
  const vi: string[] = [];
  const en: string[] = [];
  if (n('task/overdue') > 0) {
    vi.push(`${two(n('task/overdue'))} nhiệm vụ quá hạn chưa hoàn thành`);
    en.push(`${n('task/overdue')} task(s) overdue`);
  }
  if (n('task/late') > 0) {
    vi.push(`${two(n('task/late'))} nhiệm vụ hoàn thành chậm`);
    en.push(`${n('task/late')} task(s) completed late`);
  }
  if (n('task/due-soon') > 0) {
    vi.push(`${two(n('task/due-soon'))} nhiệm vụ sắp đến hạn`);
    en.push(`${n('task/due-soon')} task(s) due soon`);
  }
  if (n('task/status-conflict') > 0) {
    vi.push(
      `${two(n('task/status-conflict'))} nhiệm vụ ghi tình trạng mâu thuẫn với ngày hoàn thành`,
    );
    en.push(`${n('task/status-conflict')} task(s) whose status contradicts the completion date`);
  }
  if (n('cell/invalid-date') > 0) {
    vi.push(`${two(n('cell/invalid-date'))} ô ngày tháng ghi sai`);
    en.push(`${n('cell/invalid-date')} unreadable date cell(s)`);
  }
  if (n('indicator/unmet') + n('indicator/exceeded') > 0) {
    const unmet = input.report.findings
      .filter((f) => f.rule === 'indicator/unmet')
      .map((f) => f.subject.title ?? '')
      .slice(0, 5);
    const list =
      unmet.length > 0 ? ` (${unmet.join('; ')}${n('indicator/unmet') > 5 ? '; …' : ''})` : '';
    vi.push(
      `${two(n('indicator/unmet'))} chỉ tiêu không đạt${list}, ${two(n('indicator/exceeded'))} chỉ tiêu vượt mục tiêu`,
    );
    en.push(
      `${n('indicator/unmet')} indicator(s) unmet${list}, ${n('indicator/exceeded')} beating their target`,
    );
  }
  if (n('report/missing') + n('report/late') > 0) {
    const units = (rule: string) => [
      ...new Set(input.report.findings.filter((f) => f.rule === rule).map((f) => f.agency ?? '')),
    ];
    const missing = units('report/missing');
    const late = units('report/late');
    const list = (names: string[]) =>
      names.length > 0 ? ` (${names.slice(0, 5).join('; ')}${names.length > 5 ? '; …' : ''})` : '';
    if (missing.length > 0) {
      vi.push(`${two(missing.length)} đơn vị chưa gửi báo cáo${list(missing)}`);
      en.push(`${missing.length} unit(s) have not sent reports${list(missing)}`);
    }
    if (late.length > 0) {
      vi.push(`${two(late.length)} đơn vị gửi báo cáo chậm${list(late)}`);
      en.push(`${late.length} unit(s) sent reports late${list(late)}`);
    }
  }
  if (n('indicator/missing-value') > 0) {
    vi.push(`${two(n('indicator/missing-value'))} chỉ tiêu chưa có số thực hiện`);
    en.push(`${n('indicator/missing-value')} indicator(s) without an actual value`);
  }
  const where = {
    vi: `Qua kiểm tra ${checked} sổ theo dõi`,
    en: `Of ${checked} workbook(s) checked`,
  };
  parts.push(
    vi.length > 0
      ? { vi: `${where.vi}, có ${vi.join('; ')}.`, en: `${where.en}: ${en.join('; ')}.` }
      : {
          vi: `${where.vi}, không phát hiện nhiệm vụ quá hạn hay sai sót.`,
          en: `${where.en}, no overdue task or error was found.`,
        },
  );
  if (unreadable > 0) {
    parts.push({
      vi: `${two(unreadable)} tệp không đọc được, cần gửi lại đúng định dạng .xlsx.`,
      en: `${unreadable} file(s) could not be read and must be sent again as .xlsx.`,
    });
  }
  return parts;
}
