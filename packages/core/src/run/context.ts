/**
 * Everything a check needs to know besides the rows, resolved once from the pack and the as-of
 * date: settings with their defaults, each rule's severity, the task table's bindings, the compiled
 * task rules and the pack's agencies. Every handler receives it; none reads the pack's settings
 * again.
 */
import type { Severity, SeveritySetting } from '../model/findings.js';
import type { PlainDate } from '../model/plain-date.js';
import type { Pack } from '../pack/schema.js';
import { taskHeaderAliases, type TaskHeaderVocabulary } from '../table/headers.js';
import { createAgencyMatcher, type AgencyMatcher } from '../vi/agencies.js';
import type { CheckerOptions } from './result.js';
import { compileTaskRules, type TaskRules } from './task-rules.js';

/** How many rows from the top of a sheet are searched for a table header. */
export const HEADER_SEARCH_ROWS = 40;

export interface CheckContext {
  readonly pack: Pack;
  readonly asOf: PlainDate;
  /** A task or report due within this many days is "due soon" (pack setting, default 7). */
  readonly dueSoonDays: number;
  /** Whether "trước ngày D" lets D itself pass (pack setting, default false). */
  readonly beforeIsInclusive: boolean;
  /** Relative tolerance of "khoảng" (about) targets (pack setting, default 5 %). */
  readonly approxTolerance: number;
  /** Words the pack adds to the status vocabulary. */
  readonly statusWords?: NonNullable<Pack['settings']>['status'];
  /** The year of the pack's first dated document: deadlines written without a year are read in it. */
  readonly documentYear?: number;
  /** The severity the pack gives a rule ('off': not reported), else the rule's default. */
  severity(id: string, fallback: Severity): SeveritySetting;
  /** How task tables are found: header aliases (the pack's first), a fixed header row, a sheet pattern. */
  readonly taskTable: {
    readonly aliases: TaskHeaderVocabulary;
    readonly headerRow?: number;
    /** Rows buffered from the top of a sheet before a table is looked for. */
    readonly searchRows: number;
    selects(sheetName: string): boolean;
  };
  readonly taskRules: TaskRules;
  /** The pack's agencies and groups, when it names any (for `agency/unknown`). */
  readonly agencyMatcher?: AgencyMatcher;
  /** The pack lists tasks (so rows are matched to them) / reports (so logs and rosters are read). */
  readonly expectsTasks: boolean;
  readonly expectsReports: boolean;
}

/** The agencies and groups of a pack as one matcher, or undefined when it names none. */
export function packAgencyMatcher(pack: Pack): AgencyMatcher | undefined {
  const defs = [
    ...(pack.agencies ?? []),
    ...(pack.groups ?? []).map((g) => ({
      id: g.id,
      name: g.name,
      ...(g.aliases ? { aliases: g.aliases } : {}),
    })),
  ];
  return defs.length > 0 ? createAgencyMatcher(defs) : undefined;
}

function sheetMatcher(pattern: string | undefined): (name: string) => boolean {
  if (!pattern) return () => true;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const re = new RegExp(`^${escaped}$`, 'iu');
  return (name) => re.test(name.normalize('NFC'));
}

export function createCheckContext(options: CheckerOptions): CheckContext {
  const { pack, asOf } = options;
  const settings = pack.settings ?? {};
  const docDate = pack.source?.documents?.find((d) => d.date)?.date;
  const severity = (id: string, fallback: Severity): SeveritySetting =>
    pack.severity?.[id] ?? fallback;
  const binding = pack.bindings?.tasks;
  const agencyMatcher = packAgencyMatcher(pack);
  return {
    pack,
    asOf,
    dueSoonDays: settings.dueSoonDays ?? 7,
    beforeIsInclusive: settings.beforeIsInclusive ?? false,
    approxTolerance: settings.approxTolerance ?? 0.05,
    ...(settings.status ? { statusWords: settings.status } : {}),
    ...(docDate ? { documentYear: Number(docDate.slice(0, 4)) } : {}),
    severity,
    taskTable: {
      aliases: taskHeaderAliases(binding?.columns),
      ...(binding?.headerRow !== undefined ? { headerRow: binding.headerRow } : {}),
      searchRows: Math.max(HEADER_SEARCH_ROWS, (binding?.headerRow ?? 0) + 2),
      selects: sheetMatcher(binding?.sheet),
    },
    taskRules: compileTaskRules(pack, severity),
    ...(agencyMatcher ? { agencyMatcher } : {}),
    expectsTasks: (pack.tasks?.length ?? 0) > 0,
    expectsReports: (pack.reports?.length ?? 0) > 0,
  };
}
