import { clip } from '../../findings/template.js';
import type { Rule } from '../rule.js';
import type { IndicatorRow } from './row.js';

/** An indicator's actual value does strictly better than its target. */
export const indicatorExceeded: Rule<IndicatorRow> = {
  id: 'indicator/exceeded',
  family: 'indicator',
  defaultSeverity: 'info',
  name: { vi: 'Chỉ tiêu vượt', en: 'Indicator exceeded' },
  description: { vi: 'Chỉ tiêu vượt mục tiêu.', en: 'An indicator beats its target.' },
  messages: {
    exceeded: {
      vi: 'Chỉ tiêu "{title}" vượt mục tiêu: thực hiện {actual}, mục tiêu {target} ({period}).',
      en: 'Indicator "{title}" beats its target: {actual} against {target} ({period}).',
    },
  },
  decide: (row) => {
    const evaluation = row.actual?.evaluation;
    if (!row.actual || evaluation?.outcome !== 'exceeded') return undefined;
    return {
      messageId: 'exceeded',
      values: {
        title: clip(row.title),
        actual: row.actual.shown,
        target: evaluation.expected,
        period: row.period,
      },
      expected: `${evaluation.expected.vi} / ${evaluation.expected.en}`,
      actual: row.actual.text,
      ...(row.quote ? { quote: row.quote } : {}),
    };
  },
};
