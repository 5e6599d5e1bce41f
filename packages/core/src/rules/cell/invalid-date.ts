import { clip } from '../../findings/template.js';
import type { Message } from '../../model/findings.js';
import type { Rule } from '../rule.js';

export interface InvalidDateInput {
  /** The column's header as the sheet writes it ("Thời hạn"). */
  readonly column: string;
  /** The cell's text, when the parser could not read it as a date; undefined when it could. */
  readonly unreadable?: { readonly text: string; readonly reason: Message };
}

/** A deadline or completion-date cell that cannot be read as a Vietnamese (day-month) date. */
export const cellInvalidDate: Rule<InvalidDateInput> = {
  id: 'cell/invalid-date',
  family: 'cell',
  defaultSeverity: 'error',
  name: { vi: 'Ngày ghi sai', en: 'Invalid date' },
  description: {
    vi: 'Ô ngày tháng không đọc được thành ngày hợp lệ (ngày trước, tháng sau).',
    en: 'A date cell cannot be read as a valid day-month date.',
  },
  messages: {
    invalidDate: {
      vi: 'Ô {column} không đọc được thành ngày. {reason}',
      en: 'The {column} cell cannot be read as a date. {reason}',
    },
  },
  example: {
    vi: '"31/4/2024" (tháng 4 có 30 ngày), "6/25/2024" (viết tháng trước ngày).',
    en: '"31/4/2024" (April has 30 days), "6/25/2024" (month written before day).',
  },
  decide: ({ column, unreadable }) =>
    unreadable && {
      messageId: 'invalidDate',
      values: {
        column: `"${column}"`,
        text: clip(unreadable.text, 60),
        reason: unreadable.reason,
      },
      expected: 'ngày/tháng/năm, ví dụ 25/6/2024 / day/month/year, e.g. 25/6/2024',
      actual: unreadable.text,
    },
};
