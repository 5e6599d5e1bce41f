import { compareDates } from '../../model/plain-date.js';
import { dayText } from '../date-text.js';
import type { Rule } from '../rule.js';
import type { ReportInstance } from './instance.js';

/** A report due before the as-of date that the log does not show as received. */
export const reportMissing: Rule<ReportInstance> = {
  id: 'report/missing',
  family: 'report',
  defaultSeverity: 'error',
  name: { vi: 'Chưa gửi báo cáo', en: 'Report missing' },
  description: {
    vi: 'Đơn vị chưa gửi báo cáo đã đến hạn.',
    en: 'A unit has not sent a report that is due.',
  },
  messages: {
    missing: {
      vi: '{unit} chưa gửi {what}: hạn {due} ("{dueText}"), đến ngày {asOf} chưa nhận được.',
      en: '{unit} has not sent the {what}: due {due} ("{dueText}"), not received by {asOf}.',
    },
  },
  example: {
    vi: 'Báo cáo 6 tháng đầu năm hạn 15/6/2024, sổ nhận báo cáo không ghi ngày nhận → chưa gửi.',
    en: 'A half-year report due 2024-06-15 with no received date in the log → missing.',
  },
  decide: (i) =>
    !i.receivedOn && i.lateSaid === undefined && compareDates(i.due, i.asOf) < 0
      ? {
          messageId: 'missing',
          values: {
            unit: i.unit,
            what: i.what,
            due: dayText(i.due),
            dueText: i.dueText,
            asOf: dayText(i.asOf),
          },
          actual: i.line
            ? i.line.receivedText || i.line.note || 'chưa gửi / not sent'
            : 'không có trong sổ nhận / not in the log',
        }
      : undefined,
};
