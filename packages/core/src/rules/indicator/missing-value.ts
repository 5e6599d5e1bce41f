import { clip } from '../../findings/template.js';
import type { Rule } from '../rule.js';
import type { IndicatorRow } from './row.js';

/** An indicator with a target has no actual value although its period has ended. */
export const indicatorMissingValue: Rule<IndicatorRow> = {
  id: 'indicator/missing-value',
  family: 'indicator',
  defaultSeverity: 'warning',
  name: { vi: 'Chưa có số thực hiện', en: 'Missing actual value' },
  description: {
    vi: 'Chỉ tiêu chưa có số thực hiện dù kỳ đã kết thúc.',
    en: 'An indicator has no actual value although its period has ended.',
  },
  messages: {
    missing: {
      vi: 'Chỉ tiêu "{title}" chưa có số thực hiện {period} dù {unit} đã kết thúc.',
      en: 'Indicator "{title}" has no actual value for {period} although the {unit} has ended.',
    },
  },
  decide: (row) =>
    row.actual === undefined && row.periodEnded && row.target
      ? {
          messageId: 'missing',
          values: { title: clip(row.title), period: row.period, unit: row.periodUnit },
          ...(row.quote ? { quote: row.quote } : {}),
        }
      : undefined,
};
