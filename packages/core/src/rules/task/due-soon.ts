import { clip } from '../../findings/template.js';
import { completedBy, dateText } from '../date-text.js';
import type { TaskRule } from '../rule.js';

/** A task not done whose deadline falls within the pack's `dueSoonDays` (default 7). */
export const taskDueSoon: TaskRule = {
  id: 'task/due-soon',
  family: 'task',
  defaultSeverity: 'info',
  name: { vi: 'Sắp đến hạn', en: 'Due soon' },
  description: {
    vi: 'Nhiệm vụ chưa hoàn thành sắp đến hạn (trong số ngày "dueSoonDays" của bộ quy tắc, mặc định 7).',
    en: 'A task not yet done is due within the pack\'s "dueSoonDays" (default 7).',
  },
  messages: {
    dueSoon: {
      vi: 'Nhiệm vụ "{title}" sắp đến hạn: {left} (thời hạn "{dueText}", hạn cuối {due}).',
      en: 'Task "{title}" is due soon: {left} (deadline "{dueText}", last day {due}).',
    },
  },
  conditions: {
    all: [
      { fact: 'hasDue', operator: 'equal', value: true },
      { fact: 'isDone', operator: 'equal', value: false },
      { fact: 'completionInvalid', operator: 'equal', value: false },
      { fact: 'daysUntilDue', operator: 'greaterThanInclusive', value: 0 },
      { fact: 'daysUntilDue', operator: 'lessThanInclusive', value: { fact: 'dueSoonDays' } },
    ],
  },
  field: 'due',
  report: (f) => ({
    messageId: 'dueSoon',
    values: {
      title: clip(f.title),
      left:
        (f.daysUntilDue ?? 0) === 0
          ? { vi: 'hôm nay là hạn cuối', en: 'today is the last day' }
          : { vi: `còn ${f.daysUntilDue ?? 0} ngày`, en: `${f.daysUntilDue ?? 0} day(s) left` },
      dueText: f.dueText,
      due: dateText(f.due),
    },
    expected: completedBy(f.due),
    actual: f.status === '' ? 'chưa hoàn thành / not completed' : f.status,
  }),
};
