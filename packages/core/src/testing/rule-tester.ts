/**
 * A rule tester in the spirit of ESLint's: a rule's valid and invalid cases are small inline
 * workbooks (grids of cells), each run through the real checker with a pack and an as-of date;
 * an invalid case lists exactly the findings of that rule it must give, by message id and values,
 * and the cell each points at. Strict: an unknown message id, a placeholder left unfilled or a
 * value the message does not use is an error in the test itself, never a silent pass.
 */
import type { TemplateValues } from '../findings/template.js';
import { placeholdersOf, plainMessage } from '../findings/template.js';
import type { Message } from '../model/findings.js';
import { parseIsoDate } from '../model/plain-date.js';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { ruleMessage, type RuleMeta } from '../rules/rule.js';
import { checkSheets, createChecker } from '../run/checker.js';
import { gridSheet, type GridValue } from './grid.js';

export type Grid = readonly (readonly GridValue[])[];

export interface RuleCase {
  /** What the case shows, in a few words. */
  readonly name: string;
  /** The workbook's sheets by name, each a grid from row 1. */
  readonly sheets: Readonly<Record<string, Grid>>;
  /** The pack, as its JSON would say (default: the tester's). */
  readonly pack?: unknown;
  /** ISO as-of date (default: the tester's). */
  readonly asOf?: string;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly data: TemplateValues;
  /** The cell the finding points at ("D7"), when it points at one. */
  readonly cell?: string;
}

export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedFinding[];
}

/** A finding as the tester compares it: its message (both texts rendered) and cell. */
export interface TestedFinding {
  readonly message: Message;
  readonly cell?: string;
}

export interface RuleTesterDefaults {
  readonly pack: unknown;
  readonly asOf: string;
  readonly workbook?: string;
}

export class RuleTester {
  constructor(
    private readonly rule: RuleMeta,
    private readonly defaults: RuleTesterDefaults,
  ) {}

  /** The findings of this rule the checker gives on the case, in report order. */
  run(testCase: RuleCase): TestedFinding[] {
    const parsed = parsePack(testCase.pack ?? this.defaults.pack);
    if (!parsed.ok) throw new Error(`Case "${testCase.name}": the pack is invalid`);
    const pack: Pack = parsed.pack;
    const iso = testCase.asOf ?? this.defaults.asOf;
    const asOf = parseIsoDate(iso);
    if (!asOf) throw new Error(`Case "${testCase.name}": "${iso}" is not an ISO date`);
    const sheets = Object.entries(testCase.sheets).map(([name, grid]) => gridSheet(name, grid));
    const result = checkSheets(
      createChecker({ pack, asOf }),
      this.defaults.workbook ?? 'so-theo-doi.xlsx',
      sheets,
    );
    return result.findings
      .filter((f) => f.rule === this.rule.id)
      .map((f) => ({
        message: plainMessage(f.message),
        ...(f.location?.cell !== undefined ? { cell: f.location.cell } : {}),
      }));
  }

  /** What an invalid case says the findings must be, checked against the rule's messages. */
  expected(testCase: InvalidCase): TestedFinding[] {
    return testCase.errors.map((error) => {
      const template = this.rule.messages[error.messageId];
      if (!template) {
        throw new Error(
          `Case "${testCase.name}": rule "${this.rule.id}" has no message "${error.messageId}" (it has ${Object.keys(this.rule.messages).join(', ')})`,
        );
      }
      const used = new Set([...placeholdersOf(template.vi), ...placeholdersOf(template.en)]);
      const unused = Object.keys(error.data).filter((k) => !used.has(k));
      if (unused.length > 0) {
        throw new Error(
          `Case "${testCase.name}": message "${error.messageId}" has no placeholder ${unused.map((k) => `{${k}}`).join(', ')}`,
        );
      }
      return {
        message: plainMessage(
          ruleMessage(this.rule, { messageId: error.messageId, values: error.data }),
        ),
        ...(error.cell !== undefined ? { cell: error.cell } : {}),
      };
    });
  }
}
