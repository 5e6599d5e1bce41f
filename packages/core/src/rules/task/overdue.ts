import { clip } from '../../findings/template.js';
import { completedBy, dateText } from '../date-text.js';
import type { TaskRule } from '../rule.js';

/** A task whose last acceptable day has passed and that is not done. */
export const taskOverdue: TaskRule = {
  id: 'task/overdue',
  family: 'task',
  defaultSeverity: 'error',
  name: { vi: 'Quá hạn', en: 'Overdue' },
  description: {
    vi: 'Nhiệm vụ đã quá thời hạn mà chưa hoàn thành.',
    en: 'A task is past its deadline and not completed.',
  },
  messages: {
    overdue: {
      vi: 'Nhiệm vụ "{title}" quá hạn {days} ngày: thời hạn "{dueText}" (hạn cuối {due}), đến ngày {asOf} chưa hoàn thành.',
      en: 'Task "{title}" is {days} day(s) overdue: deadline "{dueText}" (last day {due}), not completed as of {asOf}.',
    },
  },
  example: {
    vi: 'Thời hạn "trước ngày 20/5/2024", kiểm tra ngày 01/7/2024, tình trạng "Đang thực hiện" → quá hạn 43 ngày.',
    en: 'Deadline "trước ngày 20/5/2024", checked on 2024-07-01, status "Đang thực hiện" → 43 days overdue.',
  },
  conditions: {
    all: [
      { fact: 'hasDue', operator: 'equal', value: true },
      { fact: 'isDone', operator: 'equal', value: false },
      { fact: 'completionInvalid', operator: 'equal', value: false },
      { fact: 'daysPastDue', operator: 'greaterThan', value: 0 },
    ],
  },
  field: 'due',
  report: (f) => ({
    messageId: 'overdue',
    values: {
      title: clip(f.title),
      days: f.daysPastDue ?? 0,
      dueText: f.dueText,
      due: dateText(f.due),
      asOf: dateText(f.asOf),
    },
    expected: completedBy(f.due),
    actual: f.status === '' ? 'chưa hoàn thành / not completed' : f.status,
  }),
};
