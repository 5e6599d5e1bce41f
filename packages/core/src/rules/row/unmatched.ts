import { clip } from '../../findings/template.js';
import type { Rule } from '../rule.js';

export interface UnmatchedRowInput {
  /** The row's task title as written. */
  readonly title: string;
  /** Whether a task of the pack was matched to the row. */
  readonly matched: boolean;
  readonly packTitle: string;
}

/** A task row that no task of the pack explains (only when the pack lists tasks). */
export const rowUnmatched: Rule<UnmatchedRowInput> = {
  id: 'row/unmatched',
  family: 'row',
  defaultSeverity: 'info',
  name: { vi: 'Dòng không khớp văn bản', en: 'Unmatched row' },
  description: {
    vi: 'Dòng không ứng với nhiệm vụ nào của văn bản.',
    en: 'A row that no task of the document explains.',
  },
  messages: {
    unmatched: {
      vi: 'Dòng "{title}" không ứng với nhiệm vụ nào của bộ quy tắc "{pack}".',
      en: 'The row "{title}" matches no task of the pack "{pack}".',
    },
  },
  decide: ({ title, matched, packTitle }) =>
    matched
      ? undefined
      : { messageId: 'unmatched', values: { title: clip(title), pack: packTitle } },
};
