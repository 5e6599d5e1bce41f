import { clip } from '../../findings/template.js';
import { completedBy, dateText } from '../date-text.js';
import type { RuleReport, TaskRule } from '../rule.js';

/**
 * The status and the completion date contradict each other: a completion date is written but the
 * status says the work is not done ("Đang thực hiện", "Chưa hoàn thành"), or the completion date
 * lies after the as-of date, or the status says the work came late ("Quá hạn", "Hoàn thành (chậm)")
 * where the dates say it was done by the deadline. One of the two is wrong, and the office should
 * know which before anyone signs a follow-up on it.
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
    saysLate: {
      vi: 'Nhiệm vụ "{title}": tình trạng ghi "{status}" (trễ hạn) nhưng theo ngày hoàn thành {completedOn} thì đã xong trong hạn {due}.',
      en: 'Task "{title}": the status says "{status}" (late) but by its completion date {completedOn} it was done within the deadline {due}.',
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
          {
            all: [
              { fact: 'statusTimeliness', operator: 'equal', value: 'late' },
              { fact: 'daysLate', operator: 'lessThanInclusive', value: 0 },
            ],
          },
        ],
      },
    ],
  },
  field: 'status',
  report: (f): RuleReport => {
    // the status as the row says it: its own cell, or the note that gave it
    const status = f.statusText === '' ? '—' : clip(f.statusText, 80);
    const saysLate =
      f.statusTimeliness === 'late' &&
      f.daysLate !== null &&
      f.daysLate <= 0 &&
      (f.daysCompletedAfterAsOf ?? 0) <= 0 &&
      f.statusState === 'done';
    return saysLate
      ? {
          messageId: 'saysLate',
          values: {
            title: clip(f.title),
            status,
            completedOn: dateText(f.completedOn),
            due: dateText(f.due),
          },
          expected: completedBy(f.due),
          actual: `${status} · ${dateText(f.completedOn).vi}`,
        }
      : {
          messageId: 'conflict',
          values: { title: clip(f.title), status, completedOn: dateText(f.completedOn) },
          actual: `${status} · ${dateText(f.completedOn).vi}`,
        };
  },
};
