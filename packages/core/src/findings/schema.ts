/**
 * The findings contract as a zod schema: the JSON output of `dondoc check --format json` must
 * satisfy it (tested), and docs/findings.schema.json is generated from it.
 */
import { z } from 'zod';

const message = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
const severity = z.enum(['error', 'warning', 'info']);
const location = z
  .object({
    workbook: z.string().min(1),
    sheet: z.string().optional(),
    cell: z
      .string()
      .regex(/^[A-Z]{1,3}[1-9]\d*$/)
      .optional(),
    row: z.number().int().positive().optional(),
  })
  .strict();

export const findingSchema = z
  .object({
    rule: z.string().regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/),
    severity,
    subject: z
      .object({
        kind: z.enum(['task', 'report', 'indicator', 'cell', 'agency', 'row', 'sheet']),
        id: z.string().optional(),
        title: z.string().optional(),
      })
      .strict(),
    agency: z.string().optional(),
    location: location.optional(),
    expected: z.string().optional(),
    actual: z.string().optional(),
    quote: z.string().optional(),
    message,
  })
  .strict();

export const notEvaluatedSchema = z
  .object({
    scope: z.string().min(1),
    location: location.optional(),
    cells: z
      .array(z.string())
      .optional()
      .describe(
        'Every cell the item covers, when it stands for several rows (the first is location.cell).',
      ),
    reason: message,
  })
  .strict();

const kindScore = z
  .object({
    kind: z.enum(['tasks', 'indicators', 'roster', 'reports']),
    headerRows: z.array(z.number().int()),
    fields: z.array(z.string()),
    header: z.number(),
    content: z.number(),
    score: z.number(),
    evidence: z.array(
      z
        .object({
          field: z.string(),
          col: z.number().int(),
          expected: z.enum(['date', 'number', 'text']),
          seen: z.number().int(),
          fit: z.number().int(),
        })
        .strict(),
    ),
  })
  .strict();

/** What a check understood of a table (`check --explain`). */
export const understandingSchema = z
  .object({
    kind: z.enum(['tasks', 'indicators', 'roster', 'reports', 'none']),
    uncertain: z.boolean().optional(),
    scores: z.array(kindScore),
    headerRows: z.array(z.number().int()),
    columns: z.array(
      z
        .object({
          column: z.string(),
          field: z.string(),
          header: z.string(),
          period: message.optional(),
        })
        .strict(),
    ),
    skipped: z.record(z.string(), z.number().int()),
    skippedRows: z.array(
      z.object({ row: z.number().int(), reason: z.string(), text: z.string() }).strict(),
    ),
    binding: z.record(z.string(), z.unknown()).optional(),
    note: message.optional(),
  })
  .strict();

const sheetTableFields = {
  name: z.string(),
  state: z.enum(['visible', 'hidden', 'veryHidden']),
  table: z.enum(['tasks', 'indicators', 'roster', 'reports', 'none']),
  headerRows: z.array(z.number().int()).optional(),
  columns: z.record(z.string(), z.string()).optional(),
  tasks: z.number().int().min(0),
  understanding: understandingSchema.optional(),
};

export const workbookSummarySchema = z
  .object({
    workbook: z.string().min(1),
    status: z.enum(['checked', 'no-table', 'unreadable']),
    error: message.optional(),
    counts: z
      .object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() })
      .strict(),
    sheets: z.array(
      z
        .object({
          ...sheetTableFields,
          // more tables found on the same sheet, below the first
          more: z.array(z.object(sheetTableFields).strict()).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const count = z.number().int().min(0);
const scoreCountFields = {
  tasks: z
    .object({
      assigned: count.describe(
        'onTime + late + overdue + notDue + doneUndated + doneNoDeadline: every task evaluated.',
      ),
      onTime: count.describe('Done by the deadline.'),
      late: count.describe('Done after the deadline.'),
      overdue: count.describe('Not done, past the deadline.'),
      notDue: count.describe('Not done, deadline not reached or not written.'),
      doneUndated: count.describe('Marked done with no completion date, past the deadline.'),
      doneNoDeadline: count.describe(
        'Done, with no deadline to judge it against: neither on time nor late.',
      ),
    })
    .strict(),
  onTimePercent: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe(
      'onTime / (onTime + late + overdue), in percent with one decimal; absent when that is 0.',
    ),
  reports: z
    .object({
      due: count.describe('Report instances past their deadline.'),
      received: count.describe('Received or marked sent, late ones included.'),
      late: count,
      missing: count,
    })
    .strict(),
  indicators: z.object({ met: count.describe('Met or beaten.'), unmet: count }).strict(),
};

export const scorecardsSchema = z
  .object({
    agencies: z.array(
      z
        .object({
          agency: z.string().optional().describe('Absent for the tasks whose row names no agency.'),
          ...scoreCountFields,
        })
        .strict(),
    ),
    workbooks: z.array(
      z
        .object({
          workbook: z.string().min(1),
          status: z.enum(['checked', 'no-table', 'unreadable']),
          findings: z.object({ error: count, warning: count, info: count }).strict(),
          ...scoreCountFields,
        })
        .strict(),
    ),
  })
  .strict()
  .describe(
    'Per agency and per workbook, worst first: every evaluated item counted, not only the findings.',
  );

export const findingsReportSchema = z
  .object({
    version: z.literal(1),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    pack: z.object({ id: z.string(), version: z.string(), title: z.string() }).strict(),
    summary: z
      .object({
        error: z.number().int().min(0),
        warning: z.number().int().min(0),
        info: z.number().int().min(0),
        byRule: z.record(z.string(), z.number().int().min(0)),
        notEvaluated: z.array(notEvaluatedSchema),
        narrative: z.array(message).optional(),
      })
      .strict(),
    findings: z.array(findingSchema),
    scorecards: scorecardsSchema.optional(),
    workbooks: z.array(workbookSummarySchema).optional(),
  })
  .strict();

export function findingsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(findingsReportSchema, { target: 'draft-2020-12' }),
    $id: 'https://dondoc.dev/schema/findings.json',
    title: 'dondoc findings',
  };
}
