import { compareDates, daysBetween } from '../../model/plain-date.js';
import { dayText } from '../date-text.js';
import type { Rule } from '../rule.js';
import type { ReportInstance } from './instance.js';

/** A report not yet received that falls due within the pack's `dueSoonDays` (default 7). */
export const reportDueSoon: Rule<ReportInstance> = {
  id: 'report/due-soon',
  family: 'report',
  defaultSeverity: 'info',
  name: { vi: 'Báo cáo sắp đến hạn', en: 'Report due soon' },
  description: {
    vi: 'Báo cáo sắp đến hạn mà đơn vị chưa gửi.',
    en: 'A report is due soon and not yet sent.',
  },
  messages: {
    dueSoon: {
      vi: '{unit} sắp đến hạn gửi {what}: {left} (hạn {due}).',
      en: "{unit}'s {what} is due soon: {left} (due {due}).",
    },
  },
  decide: (i) => {
    if (i.receivedOn || i.lateSaid !== undefined) return undefined;
    if (compareDates(i.due, i.asOf) < 0 || compareDates(i.due, i.dueSoonUntil) > 0)
      return undefined;
    const left = daysBetween(i.asOf, i.due);
    return {
      messageId: 'dueSoon',
      values: {
        unit: i.unit,
        what: i.what,
        left:
          left === 0
            ? { vi: 'hôm nay là hạn cuối', en: 'today is the last day' }
            : { vi: `còn ${left} ngày`, en: `${left} day(s) left` },
        due: dayText(i.due),
      },
      actual: 'chưa gửi / not sent',
    };
  },
};
