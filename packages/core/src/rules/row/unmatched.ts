import { clip } from '../../findings/template.js';
import type { Rule, RuleReport } from '../rule.js';

export interface UnmatchedRowInput {
  /** The row's task title as written (a sub-row's without its "-", "+" mark). */
  readonly title: string;
  /** Whether a task of the pack (for a sub-row: a part of its parent indicator) was matched. */
  readonly matched: boolean;
  readonly packTitle: string;
  /**
   * For a sub-row of an indicator table ("- Trường mầm non" under "Tỷ lệ trường đạt chuẩn quốc
   * gia"): the parent indicator's title. A sub-row is matched only among its parent's parts.
   */
  readonly parentTitle?: string;
}

/**
 * A task row that no task of the pack explains, when some task of the pack has no row (only when
 * the pack lists tasks; when every task has its row, the other rows are the office's own work), or a sub-row of
 * an indicator that matches none of its parent's parts (it is then compared with no target, never
 * with another indicator's).
 */
export const rowUnmatched: Rule<UnmatchedRowInput> = {
  id: 'row/unmatched',
  family: 'row',
  defaultSeverity: 'info',
  name: { vi: 'Dòng không khớp văn bản', en: 'Unmatched row' },
  description: {
    vi: 'Khi có nhiệm vụ của văn bản chưa có dòng theo dõi: dòng không ứng với nhiệm vụ nào của văn bản (có thể chính là nhiệm vụ đó, ghi khác đi); hoặc dòng con không ứng với chỉ tiêu thành phần nào.',
    en: 'When a task of the document has no row: a row that no task of the document explains (it may be that task, worded differently); or a sub-row that matches no part of its indicator.',
  },
  messages: {
    unmatched: {
      vi: 'Dòng "{title}" không ứng với nhiệm vụ nào của bộ quy tắc "{pack}".',
      en: 'The row "{title}" matches no task of the pack "{pack}".',
    },
    subRow: {
      vi: 'Dòng con "{title}" không khớp chỉ tiêu thành phần nào của "{parent}": không so sánh với mục tiêu nào.',
      en: 'Sub-row "{title}" matches none of the parts of "{parent}": it was not compared with any target.',
    },
  },
  decide: ({ title, matched, packTitle, parentTitle }): RuleReport | undefined => {
    if (matched) return undefined;
    return parentTitle !== undefined
      ? { messageId: 'subRow', values: { title: clip(title), parent: clip(parentTitle) } }
      : { messageId: 'unmatched', values: { title: clip(title), pack: packTitle } };
  },
};
