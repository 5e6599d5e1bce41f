/**
 * Everything a check needs to know besides the rows, resolved once from the pack and the as-of
 * date: settings with their defaults, each rule's severity, the task table's bindings, the compiled
 * task rules and the pack's agencies. Every handler receives it; none reads the pack's settings
 * again.
 */
import type { Severity, SeveritySetting } from '../model/findings.js';
import type { PlainDate } from '../model/plain-date.js';
import type { Pack } from '../pack/schema.js';
import {
  boundLetters,
  boundRanges,
  boundNames,
  sheetMatches,
  type Bindings,
  type TableBinding,
} from '../table/bindings.js';
import { taskHeaderAliases, type TaskHeaderVocabulary } from '../table/headers.js';
import type { CompiledVocabulary } from '../table/matcher.js';
import {
  TABLE_KINDS,
  type IndicatorField,
  type LogField,
  type RosterField,
  type TableKind,
} from '../table/vocabulary.js';
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
  /** How task tables are found: header aliases (the pack's first, then the built-in ones). */
  readonly taskTable: { readonly aliases: TaskHeaderVocabulary };
  /** The pack's bindings, per table kind: the clerk's override of detection. */
  readonly bindings: {
    readonly indicators: BoundTable<IndicatorField>;
    readonly reports: BoundTable<LogField>;
    readonly roster: BoundTable<RosterField>;
    readonly tasks: BoundTable<string>;
  };
  /** The kinds a sheet is searched for: a binding's sheet pattern restricts its own kind only. */
  kindsFor(sheetName: string): ReadonlySet<TableKind>;
  /** Rows buffered from the top of a sheet before a table is looked for. */
  readonly searchRows: number;
  /** Whether to record what was understood of each table (`check --explain`). */
  readonly explain: boolean;
  readonly taskRules: TaskRules;
  /** The pack's agencies and groups, when it names any (for `agency/unknown`). */
  readonly agencyMatcher?: AgencyMatcher;
  /** The pack lists tasks (so rows are matched to them) / reports (so logs and rosters are read). */
  readonly expectsTasks: boolean;
  readonly expectsReports: boolean;
}

/** One kind's binding, resolved: header names tried first, columns by letter, the header row. */
export interface BoundTable<F extends string> {
  readonly binding?: TableBinding<F>;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly names?: CompiledVocabulary<F>;
  readonly letters: Readonly<Partial<Record<F, number>>>;
  /** Runs of tick columns by field ("due": "E:H"), first and last column. */
  readonly ranges: Readonly<Partial<Record<F, readonly [number, number]>>>;
}

function bound<F extends string>(binding: TableBinding<F> | undefined): BoundTable<F> {
  const names = boundNames(binding);
  return {
    ...(binding ? { binding } : {}),
    ...(binding?.sheet !== undefined ? { sheet: binding.sheet } : {}),
    ...(binding?.headerRow !== undefined ? { headerRow: binding.headerRow } : {}),
    ...(names ? { names } : {}),
    letters: boundLetters(binding),
    ranges: boundRanges(binding),
  };
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

export function createCheckContext(options: CheckerOptions): CheckContext {
  const { pack, asOf } = options;
  const settings = pack.settings ?? {};
  const docDate = pack.source?.documents?.find((d) => d.date)?.date;
  const severity = (id: string, fallback: Severity): SeveritySetting =>
    pack.severity?.[id] ?? fallback;
  const bindings: Bindings = pack.bindings ?? {};
  const agencyMatcher = packAgencyMatcher(pack);
  const expectsReports = (pack.reports?.length ?? 0) > 0;
  const kindsFor = (sheetName: string): ReadonlySet<TableKind> => {
    const wanted = TABLE_KINDS.filter(
      (k) =>
        (expectsReports || (k !== 'reports' && k !== 'roster')) &&
        sheetMatches(bindings[k]?.sheet, sheetName),
    );
    // A sheet a binding names is read as that kind (or those kinds) alone.
    const named = wanted.filter((k) => bindings[k]?.sheet !== undefined);
    return new Set(named.length > 0 ? named : wanted);
  };
  return {
    pack,
    asOf,
    dueSoonDays: settings.dueSoonDays ?? 7,
    beforeIsInclusive: settings.beforeIsInclusive ?? false,
    approxTolerance: settings.approxTolerance ?? 0.05,
    ...(settings.status ? { statusWords: settings.status } : {}),
    ...(docDate ? { documentYear: Number(docDate.slice(0, 4)) } : {}),
    severity,
    taskTable: { aliases: taskHeaderAliases(bindings.tasks?.columns) },
    bindings: {
      indicators: bound(pack.bindings?.indicators),
      reports: bound(pack.bindings?.reports),
      roster: bound(pack.bindings?.roster),
      tasks: bound(pack.bindings?.tasks),
    },
    kindsFor,
    searchRows: Math.max(
      HEADER_SEARCH_ROWS,
      ...TABLE_KINDS.map((k) => (bindings[k]?.headerRow ?? 0) + 2),
    ),
    explain: options.explain ?? false,
    taskRules: compileTaskRules(pack, severity),
    ...(agencyMatcher ? { agencyMatcher } : {}),
    expectsTasks: (pack.tasks?.length ?? 0) > 0,
    expectsReports,
  };
}
