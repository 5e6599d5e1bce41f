/**
 * The office's config file: `dondoc.json` or `.dondocrc.json` in the workbook's folder or a folder
 * above it (up to the user's home folder or the filesystem's root), so that the pack, the issuer of
 * the letters, the output folder and the history file are not typed again on every run. Flags
 * override it. Validated by zod (`configSchema`, the only definition; docs/config.schema.json is
 * generated from it); a bad file is a bilingual error naming the file, the line and the JSON path.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { packSettingsSchema, parseDateArgument, schemaProblems, type Pack } from '@dondoc/core';
import { FORMAT_IDS, type FormatId, type IssuerKind, type ReminderOptions } from '@dondoc/report';
import { jsonProblemLines, jsonSyntaxProblem } from './json-positions.js';
import { assertShallow, MAX_PACK_BYTES, readBoundedText } from './packs.js';
import { CliError } from './messages.js';
import { displayPath } from './terminal.js';

/** The names looked for in each folder, in this order. */
export const CONFIG_FILE_NAMES = ['dondoc.json', '.dondocrc.json'] as const;

export const CONFIG_SCHEMA_URL = 'https://dondoc.dev/schema/config.json';

const text = z.string().trim().min(1).max(500);

const issuerKind: z.ZodType<IssuerKind> = z.enum(['state', 'party']);

const issuerSchema = z
  .object({
    name: text.describe('The issuing body, as the letterhead writes it: "HUYỆN ỦY ĐỨC THỌ".'),
    kind: issuerKind
      .optional()
      .describe(
        'Layout of the letters: "state" (Decree 30/2020/NĐ-CP) or "party" (Hướng dẫn 36-HD/VPTW); guessed from the name when absent.',
      ),
    superior: text
      .optional()
      .describe('The body above the issuer: "ĐẢNG BỘ TỈNH HÀ TĨNH", "UBND TỈNH HÀ TĨNH".'),
    office: text.optional().describe('The office under the issuer: "VĂN PHÒNG".'),
    place: text.optional().describe('The place written before the date: "Đức Thọ".'),
    numberSymbol: text
      .optional()
      .describe(
        'The symbol written after the number ("CV/VPHU", "UBND-VP"): the number itself is left blank for the register.',
      ),
    signer: z
      .object({
        authority: text
          .optional()
          .describe('"T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "TL. BAN THƯỜNG VỤ"…'),
        position: text.describe('"PHÓ BÍ THƯ", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG"…'),
        name: text.optional().describe('"Nguyễn Văn A".'),
      })
      .strict()
      .optional()
      .describe('Who signs the letters.'),
  })
  .strict();

const asOfRule = z
  .string()
  .refine((v) => v === 'today' || parseDateArgument(v) !== undefined, {
    params: {
      vi: 'Viết "today" hoặc một ngày dd/mm/yyyy hoặc YYYY-MM-DD.',
      en: 'Write "today" or a date as dd/mm/yyyy or YYYY-MM-DD.',
    },
  })
  .describe('The as-of date: "today" (the default) or a fixed date, dd/mm/yyyy or YYYY-MM-DD.');

const formatId: z.ZodType<FormatId> = z.enum(FORMAT_IDS as [FormatId, ...FormatId[]]);

export const configSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    pack: text
      .optional()
      .describe(
        'The rule pack: a bundled id ("dondoc packs") or a pack file, relative to this file.',
      ),
    asOf: asOfRule.optional(),
    out: text
      .optional()
      .describe(
        'The folder the reports and letters are written to, relative to this file (the text summary still goes to the screen).',
      ),
    formats: z
      .array(formatId)
      .min(1)
      .optional()
      .describe('The output formats of "dondoc check" (default ["text"]).'),
    issuer: issuerSchema.optional().describe('Who issues the follow-up letters.'),
    template: text
      .optional()
      .describe("The office's own Word template for the letters (.docx), relative to this file."),
    status: packSettingsSchema.shape.status,
    dueSoonDays: packSettingsSchema.shape.dueSoonDays,
    history: text
      .optional()
      .describe(
        'The history file (.sqlite), relative to this file: every check is recorded there (off without it).',
      ),
  })
  .strict();

export type DondocConfig = z.infer<typeof configSchema>;

/** The JSON Schema of the config file, generated from the zod schema (draft 2020-12). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return { ...schema, $id: CONFIG_SCHEMA_URL, title: 'dondoc config file' };
}

/** A config file read and checked, with its paths resolved from its own folder. */
export interface LoadedConfig {
  readonly file: string;
  readonly config: DondocConfig;
  /** A path in the config, relative to the config's folder. */
  resolve(relative: string): string;
}

/**
 * The config file for a workbook in `dir`: the first `dondoc.json` or `.dondocrc.json` in `dir` or a
 * folder above it, stopping after the home folder or at the root. Undefined when there is none.
 */
export function findConfigFile(dir: string, home: string = os.homedir()): string | undefined {
  let current = path.resolve(dir);
  const stop = path.resolve(home);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(current, name);
      if (existsSync(file)) return file;
    }
    const parent = path.dirname(current);
    if (current === stop || parent === current) return undefined;
    current = parent;
  }
}

const CONFIG_FILE = { vi: 'tệp cấu hình', en: 'the config file' };

/** Reads and checks a config file; a bad one is a CliError naming the file, line and JSON path. */
export function loadConfigFile(file: string): LoadedConfig {
  const name = displayPath(file);
  // Found by walking up from a workbook's folder, so it may be anything: read only from a regular
  // file, within the size of a pack, and refused if it nests deeper than one.
  const source = readBoundedText(file, MAX_PACK_BYTES, CONFIG_FILE);
  assertShallow(source, file, CONFIG_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const problem = jsonSyntaxProblem(name, source, error);
    throw new CliError(
      {
        vi: `Tệp cấu hình "${name}" không phải JSON hợp lệ:`,
        en: `The config file "${name}" is not valid JSON:`,
      },
      2,
      [problem],
    );
  }
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = schemaProblems(parsed.error.issues);
    throw new CliError(
      {
        vi: `Tệp cấu hình "${name}" có ${problems.length} lỗi:`,
        en: `The config file "${name}" has ${problems.length} problem(s):`,
      },
      2,
      jsonProblemLines(name, source, problems),
    );
  }
  const dir = path.dirname(path.resolve(file));
  return { file, config: parsed.data, resolve: (p) => path.resolve(dir, p) };
}

/**
 * The config for a run: `--config FILE` when given, none with `--no-config`, else the one found
 * from `dir` upward.
 */
export function configFor(
  dir: string,
  choice: string | false | undefined,
): LoadedConfig | undefined {
  if (choice === false) return undefined;
  if (typeof choice === 'string') {
    if (!existsSync(choice)) {
      throw new CliError({
        vi: `Không có tệp cấu hình "${displayPath(choice)}".`,
        en: `No config file "${displayPath(choice)}".`,
      });
    }
    return loadConfigFile(choice);
  }
  const found = findConfigFile(dir);
  return found === undefined ? undefined : loadConfigFile(found);
}

/** The letters' issuer from the config, as the letters' options. */
export function issuerOptions(config: DondocConfig): ReminderOptions {
  const issuer = config.issuer;
  if (!issuer) return {};
  const signer = issuer.signer;
  const signerText = signer
    ? [signer.authority, signer.position]
        .filter((line): line is string => line !== undefined)
        .concat(signer.name !== undefined ? ['', '', '', '', signer.name] : [])
        .join('\n')
    : undefined;
  return {
    issuer: issuer.name,
    ...(issuer.kind !== undefined ? { issuerKind: issuer.kind } : {}),
    ...(issuer.superior !== undefined ? { superior: issuer.superior } : {}),
    ...(issuer.office !== undefined ? { office: issuer.office } : {}),
    ...(issuer.place !== undefined ? { place: issuer.place } : {}),
    ...(issuer.numberSymbol !== undefined ? { numberSymbol: issuer.numberSymbol } : {}),
    ...(signerText !== undefined ? { signer: signerText } : {}),
  };
}

/**
 * The pack with the office's settings on top: its extra status words added to the pack's (the
 * core's status vocabulary reads them as it reads a pack's), its due-soon days instead of the pack's.
 */
export function withOfficeSettings(pack: Pack, config: DondocConfig | undefined): Pack {
  if (!config || (config.status === undefined && config.dueSoonDays === undefined)) return pack;
  const settings = pack.settings ?? {};
  const done = [...(settings.status?.done ?? []), ...(config.status?.done ?? [])];
  const notDone = [...(settings.status?.notDone ?? []), ...(config.status?.notDone ?? [])];
  return {
    ...pack,
    settings: {
      ...settings,
      ...(config.dueSoonDays !== undefined ? { dueSoonDays: config.dueSoonDays } : {}),
      ...(done.length > 0 || notDone.length > 0
        ? {
            status: {
              ...(done.length > 0 ? { done } : {}),
              ...(notDone.length > 0 ? { notDone } : {}),
            },
          }
        : {}),
    },
  };
}
