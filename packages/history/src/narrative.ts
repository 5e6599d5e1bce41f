/**
 * The changes since the last check in the documents' own words: "So với lần kiểm tra ngày
 * 01/7/2024: 03 nhiệm vụ đã hoàn thành, 02 nhiệm vụ mới quá hạn, 04 nhiệm vụ vẫn quá hạn."
 */
import { formatIsoText, type Message } from '@dondoc/core';
import type { WorkbookChanges } from './diff.js';

const two = (n: number): string => String(n).padStart(2, '0');

interface Counted {
  readonly vi: string;
  readonly en: string;
  readonly count: number;
}

export interface ChangeCounts {
  readonly tasksDone: number;
  readonly tasksRescheduled: number;
  readonly tasksRemoved: number;
  readonly tasksNewlyOverdue: number;
  readonly tasksStillOverdue: number;
  readonly reportsReceived: number;
  readonly reportsNewlyMissing: number;
  readonly reportsStillMissing: number;
  readonly indicatorsNowMet: number;
  readonly indicatorsNewlyUnmet: number;
  readonly indicatorsStillUnmet: number;
  readonly otherFixed: number;
  readonly otherNew: number;
  readonly otherStillOpen: number;
  readonly changed: number;
}

export function countChanges(all: readonly WorkbookChanges[]): ChangeCounts {
  const c = {
    tasksDone: 0,
    tasksRescheduled: 0,
    tasksRemoved: 0,
    tasksNewlyOverdue: 0,
    tasksStillOverdue: 0,
    reportsReceived: 0,
    reportsNewlyMissing: 0,
    reportsStillMissing: 0,
    indicatorsNowMet: 0,
    indicatorsNewlyUnmet: 0,
    indicatorsStillUnmet: 0,
    otherFixed: 0,
    otherNew: 0,
    otherStillOpen: 0,
    changed: 0,
  };
  for (const w of all) {
    for (const { finding: f, how } of w.fixed) {
      if (f.rule === 'task/overdue') {
        if (how === 'removed') c.tasksRemoved++;
        else if (how === 'rescheduled') c.tasksRescheduled++;
        else c.tasksDone++;
      } else if (f.rule === 'report/missing') c.reportsReceived++;
      else if (f.rule === 'indicator/unmet') c.indicatorsNowMet++;
      else c.otherFixed++;
    }
    for (const f of w.new) {
      if (f.rule === 'task/overdue') c.tasksNewlyOverdue++;
      else if (f.rule === 'report/missing') c.reportsNewlyMissing++;
      else if (f.rule === 'indicator/unmet') c.indicatorsNewlyUnmet++;
      else c.otherNew++;
    }
    for (const { finding: f } of w.stillOpen) {
      if (f.rule === 'task/overdue') c.tasksStillOverdue++;
      else if (f.rule === 'report/missing') c.reportsStillMissing++;
      else if (f.rule === 'indicator/unmet') c.indicatorsStillUnmet++;
      else c.otherStillOpen++;
    }
    c.changed += w.changed.length;
  }
  return c;
}

/** The sentence, or undefined when no workbook had a previous check. */
export function changesNarrative(all: readonly WorkbookChanges[]): Message | undefined {
  const previous = all.map((w) => w.previous).filter((p) => p !== undefined);
  if (previous.length === 0) return undefined;
  const dates = [...new Set(previous.map((p) => p.asOf))].sort();
  const c = countChanges(all);
  const parts: Counted[] = [
    { vi: 'nhiệm vụ đã hoàn thành', en: 'task(s) completed', count: c.tasksDone },
    {
      vi: 'nhiệm vụ được lùi thời hạn',
      en: 'task(s) given a later deadline',
      count: c.tasksRescheduled,
    },
    {
      vi: 'nhiệm vụ không còn trong sổ',
      en: 'task(s) no longer in the workbook',
      count: c.tasksRemoved,
    },
    { vi: 'nhiệm vụ mới quá hạn', en: 'task(s) newly overdue', count: c.tasksNewlyOverdue },
    { vi: 'nhiệm vụ vẫn quá hạn', en: 'task(s) still overdue', count: c.tasksStillOverdue },
    { vi: 'báo cáo đã nhận', en: 'report(s) received', count: c.reportsReceived },
    { vi: 'báo cáo mới thiếu', en: 'report(s) newly missing', count: c.reportsNewlyMissing },
    { vi: 'báo cáo vẫn chưa gửi', en: 'report(s) still missing', count: c.reportsStillMissing },
    { vi: 'chỉ tiêu đã đạt', en: 'indicator(s) now met', count: c.indicatorsNowMet },
    { vi: 'chỉ tiêu mới chưa đạt', en: 'indicator(s) newly unmet', count: c.indicatorsNewlyUnmet },
    { vi: 'chỉ tiêu vẫn chưa đạt', en: 'indicator(s) still unmet', count: c.indicatorsStillUnmet },
    { vi: 'phát hiện khác đã khắc phục', en: 'other finding(s) resolved', count: c.otherFixed },
    { vi: 'phát hiện khác mới', en: 'other new finding(s)', count: c.otherNew },
    { vi: 'phát hiện khác vẫn còn', en: 'other finding(s) still open', count: c.otherStillOpen },
  ].filter((p) => p.count > 0);
  const since =
    dates.length === 1
      ? {
          vi: `So với lần kiểm tra ngày ${formatIsoText(dates[0]!, 'cited')}`,
          en: `Since the check of ${dates[0]}`,
        }
      : {
          vi: `So với lần kiểm tra trước (từ ngày ${formatIsoText(dates[0]!, 'cited')} đến ngày ${formatIsoText(dates.at(-1)!, 'cited')})`,
          en: `Since the previous checks (${dates[0]} to ${dates.at(-1)})`,
        };
  if (parts.length === 0) {
    return { vi: `${since.vi}: không có thay đổi.`, en: `${since.en}: nothing changed.` };
  }
  return {
    vi: `${since.vi}: ${parts.map((p) => `${two(p.count)} ${p.vi}`).join(', ')}.`,
    en: `${since.en}: ${parts.map((p) => `${p.count} ${p.en}`).join(', ')}.`,
  };
}
