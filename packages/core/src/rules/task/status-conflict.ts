import { clip } from '../../findings/template.js';
import { dateText } from '../date-text.js';
import type { TaskRule } from '../rule.js';

/**
 * The status and the completion date contradict each other: a completion date is written but the
 * status says the work is not done ("Đang thực hiện", "Chưa hoàn thành"), or the completion date
 * lies after the as-of date.
 */
export const taskStatusConflict: TaskRule = {
  id: 'task/status-conflict',
  family: 'task',
  defaultSeverity: 'warning',
  name: { vi: 'Tình trạng mâu thuẫn', en: 'Status conflict' },
  description: {
    vi: 'Tình trạng và ngày hoàn thành mâu thuẫn nhau.',
    en: 'The status and the completion date contradict each other.',
  },
  messages: {
    conflict: {
      vi: 'Nhiệm vụ "{title}": tình trạng "{status}" nhưng ngày hoàn thành ghi {completedOn}.',
      en: 'Task "{title}": status "{status}" but the completion date says {completedOn}.',
    },
  },
  example: {
    vi: 'Tình trạng "Đang thực hiện", ngày hoàn thành 15/6/2024 → mâu thuẫn.',
    en: 'Status "Đang thực hiện" with completion date 2024-06-15 → conflict.',
  },
  conditions: {
    all: [
      { fact: 'hasCompletion', operator: 'equal', value: true },
      {
        any: [
          {
            fact: 'statusState',
            operator: 'in',
            value: ['in-progress', 'not-started', 'not-done'],
          },
          { fact: 'daysCompletedAfterAsOf', operator: 'greaterThan', value: 0 },
        ],
      },
    ],
  },
  field: 'status',
  report: (f) => ({
    messageId: 'conflict',
    values: {
      title: clip(f.title),
      status: f.status === '' ? '—' : f.status,
      completedOn: dateText(f.completedOn),
    },
    actual: `${f.status} · ${dateText(f.completedOn).vi}`,
  }),
};
