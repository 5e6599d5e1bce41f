import { clip } from '../../findings/template.js';
import type { Pack } from '../../pack/schema.js';
import type { Rule } from '../rule.js';

export interface MissingRowInput {
  readonly task: NonNullable<Pack['tasks']>[number];
  /** Whether a row of the workbook was matched to the task (by its code, else its title). */
  readonly tracked: boolean;
  readonly workbook: string;
}

/** A task of the pack that no row of the workbook tracks. */
export const taskMissingRow: Rule<MissingRowInput> = {
  id: 'task/missing-row',
  family: 'task',
  defaultSeverity: 'warning',
  name: { vi: 'Chưa có dòng theo dõi', en: 'Task not tracked' },
  description: {
    vi: 'Nhiệm vụ của văn bản chưa có dòng theo dõi.',
    en: 'A task of the document that no row tracks.',
  },
  messages: {
    missing: {
      vi: 'Nhiệm vụ "{title}" chưa có dòng nào trong sổ theo dõi "{workbook}".',
      en: 'Task "{title}" has no row in the tracking workbook "{workbook}".',
    },
    missingWithDeadline: {
      vi: 'Nhiệm vụ "{title}" (thời hạn "{due}") chưa có dòng nào trong sổ theo dõi "{workbook}".',
      en: 'Task "{title}" (deadline "{due}") has no row in the tracking workbook "{workbook}".',
    },
  },
  decide: ({ task, tracked, workbook }) => {
    if (tracked) return undefined;
    const quote = task.due ? (task.source?.quote ?? task.due) : task.source?.quote;
    return {
      messageId: task.due ? 'missingWithDeadline' : 'missing',
      values: { title: clip(task.title), workbook, ...(task.due ? { due: task.due } : {}) },
      ...(quote !== undefined ? { quote } : {}),
    };
  },
};
