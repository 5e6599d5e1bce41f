import type { CellCheck } from './types.js';

/** A deadline or completion-date cell that cannot be read as a Vietnamese (day-month) date. */
export const cellInvalidDate: CellCheck = {
  meta: {
    id: 'cell/invalid-date',
    defaultSeverity: 'error',
    description: {
      vi: 'Ô ngày tháng không đọc được thành ngày hợp lệ (ngày trước, tháng sau).',
      en: 'A date cell cannot be read as a valid day-month date.',
    },
    message: {
      vi: 'Ô {column} không đọc được thành ngày. {reason}',
      en: 'The {column} cell cannot be read as a date. {reason}',
    },
    example: {
      vi: '"31/4/2024" (tháng 4 có 30 ngày), "6/25/2024" (viết tháng trước ngày).',
      en: '"31/4/2024" (April has 30 days), "6/25/2024" (month written before day).',
    },
  },
  appliesTo: 'cell',
};
