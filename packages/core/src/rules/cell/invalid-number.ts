import { clip } from '../../findings/template.js';
import type { Message } from '../../model/findings.js';
import type { Rule } from '../rule.js';

export interface InvalidNumberInput {
  /** The figure column's header as the sheet writes it ("Thực hiện"). */
  readonly column: string;
  /** The indicator the row is about. */
  readonly title: string;
  /** The cell's text, when it holds no number; undefined when it does. */
  readonly unreadable?: { readonly text: string; readonly reason: Message };
}

/** An indicator's actual-value cell that holds no number ("đạt", "1.967/1.910 kế hoạch"). */
export const cellInvalidNumber: Rule<InvalidNumberInput> = {
  id: 'cell/invalid-number',
  family: 'cell',
  defaultSeverity: 'error',
  name: { vi: 'Số liệu ghi sai', en: 'Invalid number' },
  description: { vi: 'Ô số liệu không đọc được thành số.', en: 'A figure cell holds no number.' },
  messages: {
    invalidNumber: {
      vi: 'Ô "{column}" của chỉ tiêu "{title}" ghi "{text}", không đọc được thành số. {reason}',
      en: 'The "{column}" cell of indicator "{title}" says "{text}", which is not a number. {reason}',
    },
  },
  decide: ({ column, title, unreadable }) =>
    unreadable && {
      messageId: 'invalidNumber',
      values: {
        column,
        title: clip(title),
        text: clip(unreadable.text, 60),
        reason: unreadable.reason,
      },
      actual: unreadable.text,
    },
};
