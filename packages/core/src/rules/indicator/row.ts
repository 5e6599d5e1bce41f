/** What the indicator rules see of one indicator row, as the indicator table handler reads it. */
import type { Message } from '../../model/findings.js';
import type { Target, TargetEvaluation } from '../../vi/targets.js';

export interface IndicatorRow {
  /** The indicator's name as the row writes it, without a leading "-" or "+". */
  readonly title: string;
  /**
   * The period the figures are for, as each language writes it: "năm 2024" / "2024",
   * "quý III/2024" / "Q3 2024", "6 tháng đầu năm 2024" / "H1 2024".
   */
  readonly period: Message;
  /** What the period is called: "năm" / "year" for a whole year, "kỳ" / "period" for a part. */
  readonly periodUnit: Message;
  /** Whether that period has ended by the as-of date. */
  readonly periodEnded: boolean;
  /** The unit: the pack's, else the row's unit column, else the plan's. */
  readonly unit?: string;
  /** The document's words for the target, quoted by findings. */
  readonly quote?: string;
  /** The pack's target for the period, when the pack has the indicator. */
  readonly packTarget?: Target;
  /** What the sheet's own plan column of the same period says. */
  readonly plan?: { readonly target: Target; readonly text: string };
  /** The target the actual value is judged against: the pack's, else the plan column's. */
  readonly target?: Target;
  /**
   * The actual-value cell: absent, or a number (with its comparison with the target, when there
   * is a target). Unreadable cells are `cell/invalid-number`'s.
   */
  readonly actual?: {
    readonly value: number;
    /** The value with its unit as each language writes it: "84,3%" / "84.3%". */
    readonly shown: Message;
    /** What the cell shows, for a text cell ("84,3%"); the value as written otherwise. */
    readonly text: string;
    readonly evaluation?: TargetEvaluation;
  };
}
