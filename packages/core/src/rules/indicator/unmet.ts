import { clip } from '../../findings/template.js';
import type { Rule } from '../rule.js';
import type { IndicatorRow } from './row.js';

/**
 * An indicator's actual value misses its target (the pack's for the period, else the plan column's
 * of the same period), once that period has ended: a running year or quarter is not yet a miss.
 */
export const indicatorUnmet: Rule<IndicatorRow> = {
  id: 'indicator/unmet',
  family: 'indicator',
  defaultSeverity: 'error',
  name: { vi: 'Chỉ tiêu không đạt', en: 'Indicator unmet' },
  description: { vi: 'Chỉ tiêu không đạt mục tiêu.', en: 'An indicator misses its target.' },
  messages: {
    unmet: {
      vi: 'Chỉ tiêu "{title}" không đạt: thực hiện {actual}, mục tiêu {target} ({period}).',
      en: 'Indicator "{title}" is unmet: {actual} against a target of {target} ({period}).',
    },
  },
  example: {
    vi: 'Mục tiêu "đạt trên 85%", thực hiện 82,5% → không đạt.',
    en: 'Target "đạt trên 85%", actual 82.5% → unmet.',
  },
  decide: (row) => {
    const evaluation = row.actual?.evaluation;
    if (!row.actual || evaluation?.outcome !== 'unmet' || !row.periodEnded) return undefined;
    return {
      messageId: 'unmet',
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
