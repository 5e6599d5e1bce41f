/**
 * A built-in check is data plus a little logic, one file each (like an ESLint rule): `meta` says
 * what it is (id, default severity, documentation, message template), `conditions` is the
 * json-rules-engine condition over a record's facts that decides when it fires, and the rest says
 * where the finding points and what it quotes.
 */
import type { Condition } from '../engine/condition.js';
import type { Message, Severity } from '../model/findings.js';
import type { TemplateValues } from '../findings/template.js';
import type { TaskField } from '../table/headers.js';
import type { TaskFacts } from './task-facts.js';

export interface CheckMeta {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line: what the check finds. */
  readonly description: Message;
  /** The finding's message; placeholders are filled from `values`. */
  readonly message: Message;
  /** A short example for the generated documentation. */
  readonly example?: Message;
}

export interface TaskCheck {
  readonly meta: CheckMeta;
  readonly appliesTo: 'task';
  readonly conditions: Condition;
  /** The cell the finding points at. */
  readonly field: TaskField;
  readonly values: (facts: TaskFacts) => TemplateValues;
  readonly expected?: (facts: TaskFacts) => string;
  readonly actual?: (facts: TaskFacts) => string;
}

/** Checks that fire on a cell the parser could not read (no record conditions). */
export interface CellCheck {
  readonly meta: CheckMeta;
  readonly appliesTo: 'cell';
}

export type BuiltInCheck = TaskCheck | CellCheck;
