/**
 * A rule is one module (like an ESLint rule): what it is (id, family, default severity, names and
 * description in Vietnamese and English), the messages it reports (templates by message id, with
 * {placeholders}), and its decision: when it reports, and with which values. The handlers in run/
 * build each rule's input from the rows and turn its reports into findings.
 */
import type { Condition } from '../engine/condition.js';
import type { Message, Severity } from '../model/findings.js';
import type { TaskField } from '../table/headers.js';
import { deferMessage, type TemplateValues } from '../findings/template.js';
import type { TaskFacts } from './task/facts.js';

export const RULE_FAMILIES = ['task', 'report', 'indicator', 'cell', 'agency', 'row'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export interface RuleMeta {
  /** Stable id, "<family>/<name>": what packs switch off or re-grade and findings carry. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly defaultSeverity: Severity;
  /** A short name for headings and lists: "Quá hạn" / "Overdue". */
  readonly name: Message;
  /** One sentence: what the rule finds. */
  readonly description: Message;
  /** The messages the rule reports, by message id; placeholders are filled from the report's values. */
  readonly messages: Readonly<Record<string, Message>>;
  /** A short example for the documentation. */
  readonly example?: Message;
}

/** What a rule reports about one input; the handler adds severity, subject and location. */
export interface RuleReport {
  readonly messageId: string;
  readonly values: TemplateValues;
  readonly expected?: string;
  readonly actual?: string;
  readonly quote?: string;
}

/** A rule decided by a function of its family's input (a report instance, an indicator row …). */
export interface Rule<Input> extends RuleMeta {
  /** The decision: what the rule reports on this input, or nothing. */
  readonly decide: (input: Input) => RuleReport | undefined;
}

/**
 * A task rule is decided by a json-rules-engine condition over a row's facts, like a pack's custom
 * rules, so the engine evaluates every task rule of a row in one pass.
 */
export interface TaskRule extends RuleMeta {
  readonly family: 'task';
  readonly conditions: Condition;
  /** The cell the finding points at. */
  readonly field: TaskField;
  /** What the rule reports once its condition holds. */
  readonly report: (facts: TaskFacts) => RuleReport;
}

export type AnyRule = TaskRule | Rule<never>;

/**
 * The message of a report: the rule's template for its message id, every placeholder filled when
 * the message is read (a missing value throws here, at once).
 */
export function ruleMessage(rule: RuleMeta, report: RuleReport): Message {
  const template = rule.messages[report.messageId];
  if (!template) {
    throw new Error(`Rule "${rule.id}" has no message "${report.messageId}"`);
  }
  return deferMessage(template, report.values);
}
