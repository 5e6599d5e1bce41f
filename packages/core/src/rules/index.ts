/**
 * The rule registry: every built-in rule, one module each under its family's folder. This list is
 * the one place rules are enumerated: the checker's handlers, SARIF rule descriptors, the generated
 * docs/rules.md and the README's table, the HTML report and the add-in all read it.
 */
import type { Lang } from '../findings/template.js';
import type { Message } from '../model/findings.js';
import { agencyUnknown } from './agency/unknown.js';
import { cellInvalidDate } from './cell/invalid-date.js';
import { cellInvalidNumber } from './cell/invalid-number.js';
import { indicatorExceeded } from './indicator/exceeded.js';
import { indicatorMissingValue } from './indicator/missing-value.js';
import { indicatorPlanMismatch } from './indicator/plan-mismatch.js';
import { indicatorUnmet } from './indicator/unmet.js';
import { reportDueSoon } from './report/due-soon.js';
import { reportLate } from './report/late.js';
import { reportMissing } from './report/missing.js';
import type { RuleMeta, TaskRule } from './rule.js';
import { rowUnmatched } from './row/unmatched.js';
import { taskDueSoon } from './task/due-soon.js';
import { taskLate } from './task/late.js';
import { taskMissingRow } from './task/missing-row.js';
import { taskOverdue } from './task/overdue.js';
import { taskStatusConflict } from './task/status-conflict.js';

export * from './rule.js';
export * from './date-text.js';
export * from './task/facts.js';
export type { MissingRowInput } from './task/missing-row.js';
export type { UnmatchedRowInput } from './row/unmatched.js';
export type { UnknownAgencyInput } from './agency/unknown.js';
export type { InvalidDateInput } from './cell/invalid-date.js';
export type { InvalidNumberInput } from './cell/invalid-number.js';
export type { IndicatorRow } from './indicator/row.js';
export type { ReportInstance } from './report/instance.js';
export {
  agencyUnknown,
  cellInvalidDate,
  cellInvalidNumber,
  indicatorExceeded,
  indicatorMissingValue,
  indicatorPlanMismatch,
  indicatorUnmet,
  reportDueSoon,
  reportLate,
  reportMissing,
  rowUnmatched,
  taskDueSoon,
  taskLate,
  taskMissingRow,
  taskOverdue,
  taskStatusConflict,
};

/** The task rules decided by a condition over a row's facts, in the order a row's findings are reported. */
export const TASK_RULES: readonly TaskRule[] = [
  taskOverdue,
  taskLate,
  taskDueSoon,
  taskStatusConflict,
];

/** Every built-in rule, by family, in the order of the documentation. */
export const RULES: readonly RuleMeta[] = [
  taskOverdue,
  taskLate,
  taskDueSoon,
  taskMissingRow,
  taskStatusConflict,
  reportMissing,
  reportLate,
  reportDueSoon,
  indicatorUnmet,
  indicatorExceeded,
  indicatorMissingValue,
  indicatorPlanMismatch,
  cellInvalidDate,
  cellInvalidNumber,
  agencyUnknown,
  rowUnmatched,
];

const BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The built-in rule with this id, or undefined (a pack's custom rule, or a typo). */
export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

/** A rule's short name ("Quá hạn" / "Overdue"); the id itself for a rule the registry does not know. */
export function ruleName(id: string, lang: Lang): string {
  return BY_ID.get(id)?.name[lang] ?? id;
}

/** A rule's one-line description, or undefined for a rule the registry does not know. */
export function ruleDescription(id: string): Message | undefined {
  return BY_ID.get(id)?.description;
}
