import { clip } from '../../findings/template.js';
import { describeTarget, type Target } from '../../vi/targets.js';
import type { Rule } from '../rule.js';
import type { IndicatorRow } from './row.js';

function sameTarget(a: Target, b: Target): boolean {
  if (a.op === 'between' || b.op === 'between') {
    return a.op === 'between' && b.op === 'between' && a.min === b.min && a.max === b.max;
  }
  return a.value === b.value;
}

/** The sheet's plan column states another target than the pack's (the document's) for the period. */
export const indicatorPlanMismatch: Rule<IndicatorRow> = {
  id: 'indicator/plan-mismatch',
  family: 'indicator',
  defaultSeverity: 'warning',
  name: { vi: 'Kế hoạch khác văn bản', en: 'Plan differs from the document' },
  description: {
    vi: 'Cột kế hoạch ghi khác mục tiêu trong văn bản.',
    en: "The sheet's plan column disagrees with the document's target.",
  },
  messages: {
    mismatch: {
      vi: 'Chỉ tiêu "{title}": cột kế hoạch ghi "{plan}" nhưng văn bản giao {target} ({period}).',
      en: 'Indicator "{title}": the plan column says "{plan}" but the document sets {target} ({period}).',
    },
  },
  decide: ({ packTarget, plan, unit, title, period, quote }) => {
    if (!packTarget || !plan || sameTarget(packTarget, plan.target)) return undefined;
    const want = describeTarget(packTarget, unit);
    return {
      messageId: 'mismatch',
      values: { title: clip(title), plan: plan.text, target: want, period },
      expected: `${want.vi} / ${want.en}`,
      actual: plan.text,
      ...(quote ? { quote } : {}),
    };
  },
};
