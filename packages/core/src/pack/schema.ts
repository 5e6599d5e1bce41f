/**
 * The rule-pack schema. zod is the only definition of a pack: the TypeScript types, the loader's
 * validation and the JSON Schema that editors use (`dondoc pack schema`) all come from here.
 */
import { z } from 'zod';
import { conditionSchema } from '../engine/condition.js';
import { isValidDate } from '../model/plain-date.js';
import { INDICATOR_FIELDS, LOG_FIELDS, ROSTER_FIELDS, TASK_FIELDS } from '../table/vocabulary.js';

export const PACK_SCHEMA_URL = 'https://dondoc.dev/schema/pack.json';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD' })
  .refine(
    (s) => isValidDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
    { message: 'not a calendar date' },
  )
  .describe('A calendar date, YYYY-MM-DD.');

/** Ids of pack items: lower-case letters, digits and . _ - (no spaces, no diacritics). */
const itemId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    message: 'ids use lower-case letters, digits, ".", "_" and "-"',
  })
  .max(120);

/** Rule ids: `task/overdue`, `custom/bao-cao-thang` … */
const ruleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/, {
    message: 'rule ids look like "task/overdue" or "custom/my-rule"',
  })
  .max(120);

const nonEmptyText = z.string().trim().min(1).max(20_000);

export const messageSchema = z
  .object({ vi: nonEmptyText, en: nonEmptyText })
  .strict()
  .describe('A text in Vietnamese and in English.');

export const severitySettingSchema = z.enum(['off', 'info', 'warning', 'error']);
export const severitySchema = z.enum(['info', 'warning', 'error']);

export const sourceRefSchema = z
  .object({
    document: z
      .string()
      .max(200)
      .optional()
      .describe('Number of the source document, e.g. 32-CT/TW.'),
    section: z
      .string()
      .max(500)
      .optional()
      .describe('Section of the document, e.g. "V. TỔ CHỨC THỰC HIỆN, 1".'),
    quote: nonEmptyText.describe('The exact words of the document this item comes from.'),
    span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .strict();

/** A pack's settings; the office's config file adds its status words and due-soon days here. */
export const packSettingsSchema = z
  .object({
    beforeIsInclusive: z
      .boolean()
      .optional()
      .describe(
        'Whether "trước ngày D" still accepts day D (default false: the last day is D − 1).',
      ),
    dueSoonDays: z
      .number()
      .int()
      .min(0)
      .max(366)
      .optional()
      .describe('Days ahead that count as "due soon" (default 7).'),
    approxTolerance: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('Relative tolerance of "khoảng X" targets (default 0.05, i.e. ±5 %).'),
    timeZone: z
      .string()
      .max(64)
      .optional()
      .describe('Time zone of "today" (default Asia/Ho_Chi_Minh).'),
    status: z
      .object({
        done: z.array(nonEmptyText).max(200).optional(),
        notDone: z.array(nonEmptyText).max(200).optional(),
      })
      .strict()
      .optional()
      .describe('Extra status words of this office, added to the built-in vocabulary.'),
  })
  .strict();

export const agencySchema = z
  .object({
    id: itemId,
    name: nonEmptyText,
    aliases: z.array(nonEmptyText).max(100).optional(),
  })
  .strict();

export const groupSchema = z
  .object({
    id: itemId,
    name: nonEmptyText,
    aliases: z.array(nonEmptyText).max(100).optional(),
    members: z
      .array(itemId)
      .max(2000)
      .optional()
      .describe('Agency ids of the members; more members may come from a roster sheet.'),
  })
  .strict();

export const taskSchema = z
  .object({
    id: itemId,
    code: z
      .string()
      .max(50)
      .optional()
      .describe('Code written in the tracking sheet, e.g. "NV-01".'),
    title: nonEmptyText,
    owners: z.array(itemId).max(100).optional().describe('Agencies or groups in charge (chủ trì).'),
    coordinators: z
      .array(itemId)
      .max(100)
      .optional()
      .describe('Agencies that coordinate (phối hợp).'),
    due: z
      .string()
      .max(500)
      .optional()
      .describe(
        'The deadline as the document writes it, e.g. "trước ngày 20/5/2024" or "tháng 5/2024".',
      ),
    assumption: z
      .string()
      .max(2000)
      .optional()
      .describe('What the pack assumed where the document is silent.'),
    source: sourceRefSchema.optional(),
  })
  .strict();

export const scheduleSchema = z
  .object({
    every: z.enum(['week', 'month', 'quarter', 'half-year', 'year']),
    due: z.union([
      z
        .object({
          day: z.number().int().min(1).max(31),
          before: z.boolean().optional(),
          monthOffset: z.number().int().min(0).max(12).optional(),
        })
        .strict(),
      z
        .object({
          weekday: z
            .number()
            .int()
            .min(1)
            .max(7)
            .describe("Day of the report's ISO week it is due: 1 Monday … 7 Sunday."),
          before: z.boolean().optional(),
        })
        .strict(),
      z.object({ daysAfterPeriodEnd: z.number().int().min(0).max(366) }).strict(),
    ]),
    from: isoDate,
    until: isoDate.optional(),
  })
  .strict()
  .refine(
    (s) => ('day' in s.due ? s.every !== 'week' : 'weekday' in s.due ? s.every === 'week' : true),
    {
      message:
        'a weekly schedule is due on a weekday ("weekday": 1–7) or days after the week; "day" is for months, quarters, half-years and years',
      path: ['due'],
    },
  );

export const reportSchema = z
  .object({
    id: itemId,
    title: nonEmptyText,
    from: z.array(itemId).min(1).max(100).describe('Reporting agencies or groups.'),
    to: itemId.optional(),
    via: itemId.optional(),
    due: z
      .string()
      .max(500)
      .optional()
      .describe('A one-off deadline as written, e.g. "trước ngày 30/6/2024".'),
    schedule: scheduleSchema.optional(),
    assumption: z.string().max(2000).optional(),
    source: sourceRefSchema.optional(),
  })
  .strict()
  .refine((r) => r.due !== undefined || r.schedule !== undefined, {
    message: 'a report needs "due" (one-off) or "schedule" (periodic)',
  });

export const targetSchema = z
  .object({
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, {
      message: 'periods look like 2025, 2024-H1, 2024-Q2 or 2024-05',
    }),
    op: z.enum(['>=', '>', '<=', '<', '=', 'between', 'approx']),
    value: z.number().finite().optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    tolerance: z.number().min(0).max(1).optional(),
    text: z.string().max(500).optional().describe('The target as written, e.g. "đạt trên 99,1%".'),
    direction: z
      .enum(['increase', 'decrease'])
      .optional()
      .describe(
        'The way the directive wants the value to move, when it says so ("theo hướng giảm tỷ trọng nông nghiệp", "giảm còn", "tăng lên"): beyond the target on the wrong side is unmet, on the right side exceeded. Wins over the indicator\'s lowerIsBetter.',
      ),
    directionQuote: z
      .string()
      .max(500)
      .optional()
      .describe('The words of the directive that state the direction, verbatim.'),
  })
  .strict()
  .refine(
    (t) =>
      t.op === 'between' ? t.min !== undefined && t.max !== undefined : t.value !== undefined,
    {
      message: '"between" needs min and max; other operators need value',
    },
  )
  .refine((t) => t.op !== 'between' || (t.min ?? 0) <= (t.max ?? 0), {
    message: 'min must not exceed max',
  });

const indicatorBase = z
  .object({
    id: itemId,
    number: z.string().max(20).optional().describe('Number in the document, e.g. "12".'),
    title: nonEmptyText,
    unit: z.string().max(100).optional(),
    lowerIsBetter: z.boolean().optional(),
    owners: z.array(itemId).max(100).optional(),
    targets: z.array(targetSchema).max(100),
    assumption: z.string().max(2000).optional(),
    source: sourceRefSchema.optional(),
  })
  .strict();

export const indicatorSchema = indicatorBase
  .extend({
    parts: z
      .array(indicatorBase)
      .max(50)
      .optional()
      .describe('Sub-targets of a multi-part indicator.'),
  })
  .strict();

export const customRuleSchema = z
  .object({
    id: ruleId,
    description: z.string().max(2000).optional(),
    severity: severitySchema.optional(),
    appliesTo: z.enum(['task']).describe('The kind of record whose facts the conditions see.'),
    conditions: conditionSchema,
    field: z
      .enum(['title', 'owner', 'due', 'completedOn', 'status', 'note', 'code'])
      .optional()
      .describe('Which cell of the record a finding points at (default: the title cell).'),
    message: messageSchema.describe(
      'May use placeholders such as {title}, {owner}, {dueText}, {status}.',
    ),
  })
  .strict();

/**
 * Where a column is: the header texts that name it (the clerk's own wording, tried before the
 * built-in vocabulary), or its letter ("C").
 */
const columnBinding = z.union([
  z.array(nonEmptyText).min(1).max(50).describe('Header texts that name the column.'),
  z
    .string()
    .regex(/^[A-Z]{1,3}$/, { message: 'a column letter looks like "C" or "AB"' })
    .describe('The column letter, e.g. "C".'),
]);

/**
 * A run of tick columns, first and last letter ("E:H"): the periods a task's deadline is ticked
 * under ("Quý I | … | Quý IV"), or the status words a tick stands for ("Đã hoàn thành | Chưa hoàn
 * thành"), read from the header row under `headerRow`.
 */
const tickRangeBinding = z
  .string()
  .regex(/^[A-Z]{1,3}:[A-Z]{1,3}$/, { message: 'a run of columns looks like "E:H"' })
  .describe('A run of tick columns, first and last letter, e.g. "E:H".');

const columnOrTicks = z.union([columnBinding, tickRangeBinding]);

function columnsOf<F extends string>(fields: readonly F[], tickFields: readonly F[] = []) {
  const shape = {} as Record<F, z.ZodOptional<typeof columnOrTicks | typeof columnBinding>>;
  for (const field of fields)
    shape[field] = (tickFields.includes(field) ? columnOrTicks : columnBinding).optional();
  return z.object(shape).strict();
}

function bindingOf<F extends string>(
  fields: readonly F[],
  what: string,
  tickFields: readonly F[] = [],
) {
  return z
    .object({
      sheet: z
        .string()
        .max(200)
        .optional()
        .describe(
          `Sheet of the ${what}: a name, or a glob where * stands for any characters and nothing else is special, ignoring case (e.g. "Nhiệm vụ*"); never a regular expression.`,
        ),
      headerRow: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe('Row of the header (1-based; the first row of a two-row header).'),
      columns: columnsOf(fields, tickFields).optional(),
    })
    .strict();
}

/** Where the task table is, when detection needs help. */
export const bindingSchema = bindingOf(TASK_FIELDS, 'task table', ['due', 'status']);
export const indicatorBindingSchema = bindingOf(INDICATOR_FIELDS, 'indicator table');
export const reportBindingSchema = bindingOf(LOG_FIELDS, 'log of received reports');
export const rosterBindingSchema = bindingOf(ROSTER_FIELDS, 'roster of reporting units');

export const packSchema = z
  .object({
    $schema: z.string().optional(),
    id: itemId,
    version: z.string().min(1).max(50),
    title: nonEmptyText,
    description: z.string().max(5000).optional(),
    locale: z.literal('vi').optional(),
    source: z
      .object({
        documents: z
          .array(
            z
              .object({
                number: z.string().max(100).optional(),
                kind: z.string().max(100).optional(),
                date: isoDate.optional(),
                issuer: z.string().max(500).optional(),
                title: z.string().max(2000).optional(),
              })
              .strict(),
          )
          .max(50),
      })
      .strict()
      .optional(),
    extends: z.array(z.string().min(1).max(500)).max(20).optional(),
    settings: packSettingsSchema.optional(),
    agencies: z.array(agencySchema).max(5000).optional(),
    groups: z.array(groupSchema).max(500).optional(),
    tasks: z.array(taskSchema).max(5000).optional(),
    reports: z.array(reportSchema).max(5000).optional(),
    indicators: z.array(indicatorSchema).max(2000).optional(),
    rules: z.array(customRuleSchema).max(500).optional(),
    severity: z.record(ruleId, severitySettingSchema).optional(),
    bindings: z
      .object({
        tasks: bindingSchema.optional(),
        reports: reportBindingSchema.optional(),
        indicators: indicatorBindingSchema.optional(),
        roster: rosterBindingSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Pack = z.infer<typeof packSchema>;
export type PackTask = z.infer<typeof taskSchema>;
export type PackReport = z.infer<typeof reportSchema>;
export type PackIndicator = z.infer<typeof indicatorSchema>;
export type PackTarget = z.infer<typeof targetSchema>;
export type PackAgency = z.infer<typeof agencySchema>;
export type PackGroup = z.infer<typeof groupSchema>;
export type PackCustomRule = z.infer<typeof customRuleSchema>;
export type PackBinding = z.infer<typeof bindingSchema>;
export type PackSettings = z.infer<typeof packSettingsSchema>;

/** The JSON Schema of a pack, generated from the zod schema (draft 2020-12). */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return { ...schema, $id: PACK_SCHEMA_URL, title: 'dondoc rule pack' };
}
