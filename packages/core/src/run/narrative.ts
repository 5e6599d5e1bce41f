/**
 * The narrative summary, written the way the directive documents report results:
 *   "Có 24/25 chỉ tiêu đạt, vượt kế hoạch; trong đó 13 chỉ tiêu vượt kế hoạch, 01 chỉ tiêu không đạt (…)."
 *   "10/13 đơn vị gửi báo cáo; 02 đơn vị gửi chậm (…); 03 đơn vị chưa gửi (…)."
 *   "Có 03 nhiệm vụ quá hạn, 02 nhiệm vụ hoàn thành chậm, …"
 *   "Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), chậm 1, quá hạn 1." (one per agency)
 * Counts under 10 are written with a leading zero, as the documents do ("01 chỉ tiêu"), apart from
 * the agencies' scorecards, written as offices write them.
 */
import type { Message, Scorecards } from '../model/findings.js';
import type { WorkbookResult } from './result.js';
import { scorecardSentence } from './scorecards.js';

const two = (n: number) => String(n).padStart(2, '0');

function names(list: readonly string[]): string {
  if (list.length === 0) return '';
  return ` (${list.slice(0, 5).join('; ')}${list.length > 5 ? '; …' : ''})`;
}

export function narrativeOf(
  results: readonly WorkbookResult[],
  byRule: Readonly<Record<string, number>>,
  scorecards?: Scorecards,
): Message[] {
  const out: Message[] = [];
  const n = (rule: string) => byRule[rule] ?? 0;
  const findings = results.flatMap((r) => r.findings);
  const titles = (rule: string) => [
    ...new Set(findings.filter((f) => f.rule === rule).map((f) => f.subject.title ?? '')),
  ];

  const ind = { evaluated: 0, met: 0, exceeded: 0, unmet: 0 };
  const units = new Set<string>();
  const missing = new Set<string>();
  const late = new Set<string>();
  let sent = 0;
  for (const r of results) {
    if (!r.stats) continue;
    ind.evaluated += r.stats.indicators.evaluated;
    ind.met += r.stats.indicators.met;
    ind.exceeded += r.stats.indicators.exceeded;
    ind.unmet += r.stats.indicators.unmet;
    for (const u of r.stats.reports.missingUnits) missing.add(u);
    for (const u of r.stats.reports.lateUnits) late.add(u);
    sent += r.stats.reports.sent;
    for (let i = 0; i < r.stats.reports.units; i++) units.add(`${r.workbook}#${i}`);
  }

  if (ind.evaluated > 0) {
    const reached = ind.met + ind.exceeded;
    const unmet = titles('indicator/unmet');
    out.push({
      vi: `Có ${reached}/${ind.evaluated} chỉ tiêu đạt, vượt kế hoạch; trong đó ${two(ind.exceeded)} chỉ tiêu vượt kế hoạch, ${two(ind.unmet)} chỉ tiêu không đạt${names(unmet)}.`,
      en: `${reached} of ${ind.evaluated} indicators met or beat their targets; ${ind.exceeded} beat them and ${ind.unmet} missed them${names(unmet)}.`,
    });
  }
  if (units.size > 0) {
    out.push({
      vi: `${sent}/${units.size} đơn vị gửi báo cáo; ${two(late.size)} đơn vị gửi chậm${names([...late])}; ${two(missing.size)} đơn vị chưa gửi${names([...missing])}.`,
      en: `${sent} of ${units.size} units sent their reports; ${late.size} sent late${names([...late])}; ${missing.size} have not sent${names([...missing])}.`,
    });
  }
  const vi: string[] = [];
  const en: string[] = [];
  const add = (rule: string, viText: string, enText: string) => {
    if (n(rule) === 0) return;
    vi.push(`${two(n(rule))} ${viText}`);
    en.push(`${n(rule)} ${enText}`);
  };
  add('task/overdue', 'nhiệm vụ quá hạn chưa hoàn thành', 'task(s) overdue');
  add('task/late', 'nhiệm vụ hoàn thành chậm', 'task(s) completed late');
  add('task/due-soon', 'nhiệm vụ sắp đến hạn', 'task(s) due soon');
  add(
    'task/missing-row',
    'nhiệm vụ của văn bản chưa được theo dõi',
    'task(s) of the document not tracked',
  );
  add(
    'task/status-conflict',
    'nhiệm vụ ghi tình trạng mâu thuẫn với ngày hoàn thành',
    'task(s) whose status contradicts the completion date',
  );
  add('cell/invalid-date', 'ô ngày tháng ghi sai', 'unreadable date cell(s)');
  add('cell/invalid-number', 'ô số liệu ghi sai', 'unreadable figure cell(s)');
  const checked = results.filter((r) => r.status === 'checked').length;
  if (vi.length > 0) {
    out.push({
      vi: `Qua kiểm tra ${checked} sổ theo dõi, có ${vi.join('; ')}.`,
      en: `Of ${checked} workbook(s) checked: ${en.join('; ')}.`,
    });
  } else if (out.length === 0 && checked > 0) {
    out.push({
      vi: `Qua kiểm tra ${checked} sổ theo dõi, không phát hiện nhiệm vụ quá hạn hay sai sót.`,
      en: `Of ${checked} workbook(s) checked, no overdue task or error was found.`,
    });
  }
  // Per agency, the sentence an office writes: "Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), …"
  for (const card of scorecards?.agencies ?? []) {
    const sentence = scorecardSentence(card);
    if (sentence) out.push(sentence);
  }
  const unreadable = results.filter((r) => r.status === 'unreadable').length;
  if (unreadable > 0) {
    out.push({
      vi: `${two(unreadable)} tệp không đọc được, cần gửi lại đúng định dạng .xlsx.`,
      en: `${unreadable} file(s) could not be read and must be sent again as .xlsx.`,
    });
  }
  return out;
}
