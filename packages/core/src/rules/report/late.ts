import { daysBetween } from '../../model/plain-date.js';
import { dayText } from '../date-text.js';
import type { Rule, RuleReport } from '../rule.js';
import type { ReportInstance } from './instance.js';

/** A unit's report was received after its due day. */
export const reportLate: Rule<ReportInstance> = {
  id: 'report/late',
  family: 'report',
  defaultSeverity: 'warning',
  name: { vi: 'Gửi báo cáo chậm', en: 'Report sent late' },
  description: {
    vi: 'Đơn vị gửi báo cáo sau thời hạn.',
    en: 'A unit sent a report after its deadline.',
  },
  messages: {
    lateMarked: {
      vi: '{unit} gửi {what} chậm: sổ ghi "{said}", không ghi ngày nhận (hạn {due}, "{dueText}").',
      en: '{unit} sent the {what} late: the log says "{said}" and gives no day received (due {due}, "{dueText}").',
    },
    late: {
      vi: '{unit} gửi {what} chậm {days} ngày: nhận ngày {received}, hạn {due} ("{dueText}").',
      en: '{unit} sent the {what} {days} day(s) late: received {received}, due {due} ("{dueText}").',
    },
  },
  decide: (i): RuleReport | undefined => {
    if (!i.receivedOn && i.lateSaid !== undefined)
      return {
        messageId: 'lateMarked',
        values: {
          unit: i.unit,
          what: i.what,
          said: i.lateSaid,
          due: dayText(i.due),
          dueText: i.dueText,
        },
        actual: i.lateSaid,
      };
    if (!i.receivedOn) return undefined;
    const days = daysBetween(i.due, i.receivedOn);
    if (days <= 0) return undefined;
    return {
      messageId: 'late',
      values: {
        unit: i.unit,
        what: i.what,
        days,
        received: dayText(i.receivedOn),
        due: dayText(i.due),
        dueText: i.dueText,
      },
      actual: dayText(i.receivedOn).vi,
    };
  },
};
