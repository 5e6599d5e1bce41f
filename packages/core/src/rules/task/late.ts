import { clip } from '../../findings/template.js';
import { completedBy, completedOnActual, dateText } from '../date-text.js';
import type { TaskRule } from '../rule.js';

/** A task completed after its last acceptable day. */
export const taskLate: TaskRule = {
  id: 'task/late',
  family: 'task',
  defaultSeverity: 'warning',
  name: { vi: 'Hoàn thành chậm', en: 'Completed late' },
  description: {
    vi: 'Nhiệm vụ hoàn thành sau thời hạn.',
    en: 'A task was completed after its deadline.',
  },
  messages: {
    late: {
      vi: 'Nhiệm vụ "{title}" hoàn thành chậm {days} ngày: hoàn thành ngày {completedOn}, thời hạn "{dueText}" (hạn cuối {due}).',
      en: 'Task "{title}" was completed {days} day(s) late: completed on {completedOn}, deadline "{dueText}" (last day {due}).',
    },
  },
  example: {
    vi: 'Thời hạn "trước ngày 25/6/2024", hoàn thành ngày 28/6/2024 → chậm 4 ngày.',
    en: 'Deadline "trước ngày 25/6/2024", completed on 2024-06-28 → 4 days late.',
  },
  conditions: {
    all: [
      { fact: 'hasDue', operator: 'equal', value: true },
      { fact: 'hasCompletion', operator: 'equal', value: true },
      { fact: 'daysLate', operator: 'greaterThan', value: 0 },
    ],
  },
  field: 'completedOn',
  report: (f) => ({
    messageId: 'late',
    values: {
      title: clip(f.title),
      days: f.daysLate ?? 0,
      completedOn: dateText(f.completedOn),
      dueText: f.dueText,
      due: dateText(f.due),
    },
    expected: completedBy(f.due),
    actual: f.completionText !== '' ? `"${f.completionText}"` : completedOnActual(f.completedOn),
  }),
};
