/**
 * Checking an indicator table row by row. Each row's actual value is compared with its target: the
 * pack's target for the period of the column when the pack has the indicator (matched by its
 * number, else by title), else the target the sheet's own plan column of the same period states
 * ("≥ 95", "2,5 - 3", "Trên 50%").
 *
 * Every value column carries its period (`table/periods.ts`): a target is compared only with the
 * actual of its own period, never with another year's column; a period that has not ended yields
 * no unmet finding. Sub-rows ("-", "+", "a)", "Trong đó:", `table/sub-rows.ts`) are matched only
 * among their parent indicator's parts. Groups, totals, the column numbers and the header printed
 * again are not indicators, and a note, the signature block or another table's header ends the
 * table (`table/indicator-rows.ts`). A plan relative to a base the table lacks ("Giảm 10% so với
 * năm 2023") is listed as not evaluated.
 *
 * The decisions and messages are the rules' (`rules/indicator/*`, `cell/invalid-number`,
 * `row/unmatched`); this handler reads the rows and routes each to them.
 */
import { compareDates, type PlainDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';
import { clip } from '../findings/template.js';
import { cellInvalidNumber } from '../rules/cell/invalid-number.js';
import { indicatorExceeded } from '../rules/indicator/exceeded.js';
import { indicatorMissingValue } from '../rules/indicator/missing-value.js';
import { indicatorPlanMismatch } from '../rules/indicator/plan-mismatch.js';
import type { IndicatorRow } from '../rules/indicator/row.js';
import { indicatorUnmet } from '../rules/indicator/unmet.js';
import { rowUnmatched } from '../rules/row/unmatched.js';
import { ruleMessage, type Rule } from '../rules/rule.js';
import type { Pack, PackTarget } from '../pack/schema.js';
import type { CheckContext } from './context.js';
import { foldText } from '../vi/text.js';
import { titleRun, titleSchoolYear, titleYear } from './sheet-year.js';
import type { SkipLog, SkipReason } from './understanding.js';
import type { TableHandler, WorkbookState } from './workbook-state.js';
import type { IndicatorField, IndicatorHeader } from '../table/indicator-headers.js';
import { cellAddress, type Cell, type Row, type SheetInfo } from '../model/sheet.js';
import {
  describePeriod,
  periodEnd,
  periodKey,
  targetHorizon,
  type ColumnPeriod,
  type SubPeriod,
  type TargetHorizon,
} from '../table/periods.js';
import {
  classifyIndicatorRow,
  type IndicatorCells,
  type IndicatorRowKind,
} from '../table/indicator-rows.js';
import type { RowStructure } from '../table/sub-rows.js';
import { formatEnNumber, formatViNumber, parseNumericCell } from '../vi/numbers.js';
import { lowerIsBetterByName } from '../vi/indicator-direction.js';
import {
  evaluateTarget,
  parseTarget,
  targetInName,
  readCountOfTotal,
  readVerdict,
  relativeBase,
  relativeChange,
  targetFromBase,
  withUnit,
  type Target,
  type TargetEvaluation,
} from '../vi/targets.js';
import { titleSimilarity } from '../vi/similarity.js';
import { MergedColumns } from '../table/merged-cells.js';

type PackIndicator = NonNullable<Pack['indicators']>[number];
type IndicatorLike = Omit<PackIndicator, 'parts'> & { readonly parts?: readonly IndicatorLike[] };

interface IndicatorSheetContext {
  readonly check: CheckContext;
  readonly wb: WorkbookState;
  readonly sheet: SheetInfo;
  readonly header: IndicatorHeader;
  /** The year the table reports on: the header's, else the title block's, else the as-of year. */
  readonly year: number;
  /** The part of it, when the title names one for the whole table (a school year). */
  readonly sub?: SubPeriod;
  /** The last day of the run of days the title names for the whole table (a work year). */
  readonly until?: PlainDate;
  /** Where skipped rows are counted, when the check explains itself. */
  readonly skips?: SkipLog;
}

/** Why an indicator-table row that is no indicator was passed over, for `--explain`. */
/** A roman section number: "I", "II.", "IV". */
const ROMAN_NUMBER = /^[IVX]+\.?$/;

const SKIPPED_AS: Readonly<Partial<Record<IndicatorRowKind, SkipReason>>> = {
  group: 'section',
  label: 'section',
  total: 'total',
  // the header or its column numbers printed again on a later page
  header: 'repeated-header',
  end: 'footer',
  blank: 'blank',
};

/** One period the table has an actual column for, with the plan column of the same period. */
/** A row's role written in a column of its own: the plan row and the actual row of one indicator. */
const ROW_PLAN = /^(?:ke hoach|kh|chi tieu|chi tieu ke hoach|ke hoach giao)$/;
const ROW_ACTUAL = /^(?:thuc hien|th|ket qua|ket qua thuc hien)$/;

interface PeriodSlot {
  /** The pack's key of the period (none for a part of a year a pack cannot name: nine months). */
  readonly key?: string;
  /** The year the period falls in. */
  readonly year?: number;
  readonly end?: PlainDate;
  readonly actualCol?: number;
  readonly planCol?: number;
  readonly label?: string;
  /** The unit the figures are of, in a table with the units as column groups. */
  readonly scope?: string;
  /** "năm 2024" / "2024", "quý III/2024" / "Q3 2024" (with the unit: "năm 2024, Xã Thạch Liên"). */
  readonly words: Message;
  /** "năm" / "year" for a whole year, "kỳ" / "period" for a part of one. */
  readonly unit: Message;
}

/**
 * The periods of a table: the primary one (the table's year, read on the header's chosen plan and
 * actual columns) and, when the table has several actual columns, one per actual column with the
 * plan column of the same period. A column with no year is read in the table's year.
 */
function periodSlots(
  header: IndicatorHeader,
  year: number,
  /** The part of the year a column naming no period reports on (the title's school year). */
  sub?: SubPeriod,
  /** The last day of the run of days a column naming no period reports on (the title's). */
  until?: PlainDate,
): { primary: PeriodSlot; all: PeriodSlot[] } {
  // (in a school year's table, "Cả năm" is the whole school year)
  const inTablePeriod = (period: ColumnPeriod): ColumnPeriod =>
    period.year !== undefined
      ? period
      : {
          ...period,
          year,
          ...((period.sub === undefined || (period.sub === 'year' && sub === 'SY')) &&
          sub !== undefined
            ? { sub }
            : {}),
          ...(period.sub === undefined && period.until === undefined && until !== undefined
            ? { until }
            : {}),
        };
  const slotOf = (
    period: ColumnPeriod,
    actualCol: number | undefined,
    planCol: number | undefined,
    label: string | undefined,
    scope?: string,
  ): PeriodSlot => {
    const dated: ColumnPeriod = inTablePeriod(period);
    const key = periodKey(dated);
    const end = periodEnd(dated);
    const whole = dated.sub === undefined || dated.sub === 'year';
    // a dated period always has words
    const words = describePeriod(dated)!;
    return {
      ...(key !== undefined ? { key } : {}),
      ...(dated.year !== undefined ? { year: dated.year } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(actualCol !== undefined ? { actualCol } : {}),
      ...(planCol !== undefined ? { planCol } : {}),
      ...(label !== undefined ? { label } : {}),
      ...(scope !== undefined ? { scope } : {}),
      // (in a table of units by row the scope is the indicator, named in the finding's title)
      words:
        scope !== undefined && header.rowsAre !== 'units'
          ? { vi: `${words.vi}, ${scope}`, en: `${words.en}, ${scope}` }
          : words,
      unit: whole ? { vi: 'năm', en: 'year' } : { vi: 'kỳ', en: 'period' },
    };
  };
  const values = header.values;
  // the period a plan and an actual must share: its key, and its last day when the header gives
  // one ("Vụ Xuân (15/3 - 30/4/2024)" and "Vụ Thu (01/9 - 31/10/2024)" are two periods of 2024)
  // (the first nine months, which a pack cannot name, are still a period of their own; seasons
  // named without their days are not: two of them in one year could not be told apart)
  const keyOf = (period: ColumnPeriod) => {
    const dated = inTablePeriod(period);
    const key =
      periodKey(dated) ??
      (dated.year !== undefined && dated.sub === '9M' ? `${dated.year}-9M` : undefined);
    const u = period.until;
    return key !== undefined && u !== undefined ? `${key}@${u.year}-${u.month}-${u.day}` : key;
  };
  const plans = values.filter((v) => v.role === 'plan');
  // The plan column of a period (and unit): the one of the same period under the same unit; a
  // plan of another year, or of another unit, never counts.
  // A table reporting on one run of days of its own ("Năm công tác 2024 (01/10/2023 - 30/9/2024)")
  // beside a plan naming no period ("Chỉ tiêu theo Nghị quyết (%)"): the plan is for that run. A
  // part of a year ("6 tháng đầu năm") is never judged on such a plan, which may be the year's.
  const runPlan = ((): { key: string | undefined; scope?: string; col: number } | undefined => {
    const actualsOf = values.filter((v) => v.role === 'actual');
    const undated = plans.filter(
      (p) =>
        p.period.year === undefined && p.period.sub === undefined && p.period.until === undefined,
    );
    const only = actualsOf[0];
    const oneRun =
      only !== undefined &&
      only.period.until !== undefined &&
      (only.period.sub === undefined || only.period.sub === 'year') &&
      actualsOf.every((v) => keyOf(v.period) === keyOf(only.period) && v.scope === only.scope);
    return oneRun && undated.length === 1 && undated[0]!.scope === only.scope
      ? {
          key: keyOf(only.period),
          ...(only.scope !== undefined ? { scope: only.scope } : {}),
          col: undated[0]!.col,
        }
      : undefined;
  })();
  const ownRun = (key: string | undefined, scope?: string) =>
    runPlan !== undefined && runPlan.key === key && runPlan.scope === scope
      ? runPlan.col
      : undefined;
  const planOf = (key: string | undefined, scope?: string) =>
    values.length === 0
      ? header.columns.plan
      : (plans.find(
          (p) => p.col === header.columns.plan && keyOf(p.period) === key && p.scope === scope,
        )?.col ??
        plans.find((p) => keyOf(p.period) === key && p.scope === scope)?.col ??
        ownRun(key, scope));
  const actualCol = header.columns.actual;
  const primaryValue = values.find((v) => v.col === actualCol);
  const primaryPeriod = primaryValue?.period ?? {};
  const primary = slotOf(
    primaryPeriod,
    actualCol,
    planOf(keyOf(primaryPeriod), primaryValue?.scope),
    header.labels.actual,
    primaryValue?.scope,
  );
  const actuals = values.filter((v) => v.role === 'actual');
  if (actuals.length <= 1) return { primary, all: [primary] };
  const all: PeriodSlot[] = [];
  const seen = new Set<string>();
  for (const v of actuals) {
    const slot =
      v.col === actualCol
        ? primary
        : slotOf(v.period, v.col, planOf(keyOf(v.period), v.scope), v.label, v.scope);
    const periodId = keyOf(v.period);
    const seenKey = `${periodId ?? ''}|${slot.scope ?? ''}`;
    if (periodId === undefined || seen.has(seenKey)) continue;
    seen.add(seenKey);
    all.push(slot);
  }
  return { primary, all: all.length > 0 ? all : [primary] };
}

/**
 * The unit of measure an indicator's name ends with in brackets: "Tỷ lệ tham gia BHYT (%)" → "%",
 * "Số người tham gia BHXH tự nguyện (người)" → "người"; none for a remark ("(cả nhiệm kỳ)").
 */
export function unitOfMeasureIn(name: string): string | undefined {
  const m = /\(([^()]{1,15})\)\s*$/u.exec(name);
  const text = m?.[1]?.trim();
  if (text === undefined || text === '') return undefined;
  return text === '%' ||
    (/^(?:\p{L}+(?:\s*\/\s*\p{L}+)?|\p{L}+ \p{L}+)$/u.test(text) &&
      !/^(?:cả|hằng|hàng|năm|giai|nhiệm|lũy|luỹ|ước|dự)/iu.test(text))
    ? text
    : undefined;
}

function bestByTitle<T extends { readonly title: string }>(
  title: string,
  list: readonly T[],
): T | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of list) {
    const score = titleSimilarity(title, item.title);
    if (score >= 0.5 && (!best || score > best.score)) best = { item, score };
  }
  return best?.item;
}

const numberKey = (text: string) => text.replace(/[()[\].\s]/g, '');

/**
 * The pack's target of an indicator for a period key ("2024", "2024-Q3"): the target of that very
 * period; else, for a whole year, the indicator's only target when it is set for that year or a
 * part of it. Never a target of another year.
 */
function packTargetFor(indicator: IndicatorLike, key: string): PackTarget | undefined {
  const targets = indicator.targets;
  const exact = targets.find((t) => t.period === key);
  if (exact) return exact;
  const only = targets.length === 1 ? targets[0] : undefined;
  return only && /^\d{4}$/.test(key) && only.period.slice(0, 4) === key ? only : undefined;
}

function targetFor(indicator: IndicatorLike, key: string): Target | undefined {
  const chosen = packTargetFor(indicator, key);
  if (!chosen) return undefined;
  return chosen.op === 'between'
    ? {
        op: 'between',
        min: chosen.min!,
        max: chosen.max!,
        ...(indicator.unit ? { unit: indicator.unit } : {}),
      }
    : { op: chosen.op, value: chosen.value!, ...(indicator.unit ? { unit: indicator.unit } : {}) };
}

function numberText(n: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? formatViNumber(n) : formatEnNumber(n);
}

/** The indicator table handler; rows above and in the header are skipped. */
export function indicatorTable(
  check: CheckContext,
  wb: WorkbookState,
  info: SheetInfo,
  header: IndicatorHeader,
  pending: readonly Row[],
  /** Where skipped rows are counted, when the check explains itself. */
  skips?: SkipLog,
): TableHandler {
  // a table whose header names no year, under a title naming a school year, reports on that year
  const schoolYear =
    header.year === undefined ? titleSchoolYear(pending, header.rows[0]!) : undefined;
  // …and one whose columns name no period at all, under a title naming the run of days it covers
  // ("NĂM CÔNG TÁC 2024 (Từ ngày 01/12/2023 đến ngày 30/11/2024)"), on that run
  const run =
    schoolYear === undefined &&
    header.values.every(
      (v) =>
        v.period.year === undefined && v.period.sub === undefined && v.period.until === undefined,
    )
      ? titleRun(pending, header.rows[0]!)
      : undefined;
  const sheet = createIndicatorSheet({
    check,
    wb,
    sheet: info,
    header,
    ...(skips ? { skips } : {}),
    year:
      schoolYear ??
      run?.year ??
      header.year ??
      titleYear(pending, header.rows[0]!) ??
      check.documentYear ??
      check.asOf.year,
    ...(schoolYear !== undefined ? { sub: 'SY' as const } : {}),
    ...(run !== undefined ? { until: run } : {}),
  });
  for (const r of pending) sheet.push(r);
  return {
    push: sheet.push,
    finish: () => ({
      name: info.name,
      state: info.state,
      table: 'indicators',
      tasks: sheet.finish(),
    }),
  };
}

function createIndicatorSheet(ctx: IndicatorSheetContext): {
  push(row: Row): void;
  finish(): number;
} {
  const { header } = ctx;
  const indicators: readonly IndicatorLike[] = ctx.check.pack.indicators ?? [];
  const tolerance = ctx.check.approxTolerance;
  const slots = periodSlots(header, ctx.year, ctx.sub, ctx.until);
  /** A plan column that names no period ("Chỉ tiêu Nghị quyết" over yearly results). */
  const undatedPlan = header.values.find(
    (v) => v.role === 'plan' && v.period.year === undefined && v.period.sub === undefined,
  )?.col;
  /** Figures below target in a running period before this sheet (the stats are per workbook). */
  const started = ctx.wb.indicatorStats.notEnded ?? 0;
  const startedAbove = ctx.wb.indicatorStats.notEndedAbove ?? 0;
  let parent: IndicatorLike | undefined;
  /** The name of the numbered row the sub-rows under it belong to, as the sheet writes it. */
  let parentName: string | undefined;
  /**
   * An indicator written on two rows, "Kế hoạch" then "Thực hiện" in a column of its own, the
   * name merged over both: with no plan column in the header, the plan row's figures are the plan
   * of the actual row under it, column by column. The plan row waits here for its actual row.
   */
  const rowRoleCols =
    header.values.some((v) => v.role === 'plan') || header.columns.plan !== undefined
      ? []
      : rowRoleColumns();
  let pendingPlan: { readonly row: Row; readonly title: string } | undefined;
  let rows = 0;
  /** Set once a row closes the table (a note under it, the signature block, another table). */
  let ended = false;
  /**
   * Another table's header that ended this one without being read as a table, and whether rows
   * with figures came under it: those rows are not judged, and that is said.
   */
  let unreadTable: { header: number; figures: boolean } | undefined;
  const matched = new Set<string>();
  /** The name of the first agency or group in charge, as the pack names it. */
  const ownerName = (owners: readonly string[] | undefined): string | undefined => {
    const id = owners?.[0];
    if (id === undefined) return undefined;
    const { agencies = [], groups = [] } = ctx.check.pack;
    return [...agencies, ...groups].find((a) => a.id === id)?.name;
  };

  const cellAt = (row: Row, col: number | undefined): Cell | undefined => {
    if (col === undefined) return undefined;
    const cell = row.cells.find((c) => c.col === col);
    return cell && (cell.value !== null || cell.text.trim() !== '') ? cell : undefined;
  };
  const cellsOf = (row: Row) => {
    const out: Partial<Record<IndicatorField, Cell>> = {};
    for (const [field, col] of Object.entries(header.columns) as Array<[IndicatorField, number]>) {
      const cell = cellAt(row, col);
      if (cell) out[field] = cell;
    }
    return out;
  };

  /**
   * A rule's finding on a row, at the field's column, or at `at` (the column of the period the
   * figures are for, when the table has several).
   */
  function report<Input>(
    rule: Rule<Input>,
    input: Input,
    row: Row,
    field: IndicatorField,
    subject: { id?: string; title: string },
    at?: number,
  ): void {
    const level = ctx.check.severity(rule.id, rule.defaultSeverity);
    if (level === 'off') return;
    const found = rule.decide(input);
    if (!found) return;
    const col = at ?? header.columns[field] ?? header.columns.title!;
    ctx.wb.findings.push({
      rule: rule.id,
      severity: level,
      subject: {
        kind: 'indicator',
        ...(subject.id ? { id: subject.id } : {}),
        title: clip(subject.title, 200),
      },
      location: {
        workbook: ctx.wb.name,
        sheet: ctx.sheet.name,
        cell: cellAddress(row.number, col),
        row: row.number,
      },
      ...(found.expected !== undefined ? { expected: found.expected } : {}),
      ...(found.actual !== undefined ? { actual: found.actual } : {}),
      ...(found.quote !== undefined ? { quote: found.quote } : {}),
      message: ruleMessage(rule, found),
    });
  }

  /**
   * An indicator's number and name merged down over the rows of its sub-criteria ("Giao thông" over
   * "2.1 …" and "2.2 …"): each row is under it.
   */
  const merged = new MergedColumns(
    ctx.sheet.merges ?? [],
    new Set(
      (['index', 'title'] as const)
        .map((f) => header.columns[f])
        .filter((c): c is number => c !== undefined),
    ),
  );

  /** The figures of a row's plan and actual columns, by column. */
  const figuresOf = (row: Row): Map<number, number> => {
    const out = new Map<number, number>();
    for (const v of header.values) {
      if (v.role === 'assessment') continue;
      const cell = cellAt(row, v.col);
      const parsed = cell ? parseNumericCell(cell.value, cell.text, cell.numFmt) : undefined;
      if (parsed?.kind === 'number') out.set(v.col, parsed.value);
    }
    return out;
  };
  /**
   * A roman row with figures ("II | Vốn ngân sách huyện | 81.000 | 77.080"), held until the
   * numbered rows under it show whether its figures are their sums: a section's subtotal is no
   * indicator; a roman row whose figures are its own is judged when the next section starts.
   */
  let held:
    | {
        readonly row: Row;
        readonly own: Map<number, number>;
        readonly sums: Map<number, number>;
        count: number;
      }
    | undefined;
  function release(): void {
    const h = held;
    if (!h) return;
    held = undefined;
    const isSum =
      h.count >= 2 &&
      [...h.own].every(([col, value]) => {
        const sum = h.sums.get(col);
        return sum !== undefined && Math.abs(sum - value) <= Math.max(0.5, Math.abs(value) * 1e-3);
      });
    if (isSum) {
      ctx.skips?.add(h.row, 'total');
      return;
    }
    const cells = cellsOf(h.row);
    judgeRow(h.row, cells, classifyIndicatorRow(h.row, header, cells).structure);
  }

  /** The numbered indicators' names seen so far (folded), and how many times each. */
  const namesListed = new Map<string, number>();

  function push(given: Row): void {
    if (given.number <= header.lastHeaderRow) return;
    if (ended) {
      ctx.skips?.add(given, 'footer');
      if (unreadTable && given.cells.some((c) => typeof c.value === 'number'))
        unreadTable.figures = true;
      return;
    }
    const row = merged.fill(given);
    const cells = cellsOf(row);
    const { kind, structure, otherHeader } = classifyIndicatorRow(row, header, cells);
    if (otherHeader) unreadTable = { header: row.number, figures: false };
    const index = cells.index?.text.trim() ?? '';
    // A row adding up an indicator listed under several sections ("Tổng hàng hóa thông qua" under
    // the ports' "Hàng hóa thông qua"): a total, not one more indicator.
    if (kind === 'indicator' && index === '' && !structure.sub) {
      const label = foldText(structure.title);
      const addsUp = ['tong cong ', 'tong so ', 'tong ', 'cong '].some(
        (word) => label.startsWith(word) && (namesListed.get(label.slice(word.length)) ?? 0) >= 2,
      );
      if (addsUp) {
        release();
        ctx.skips?.add(row, 'total');
        return;
      }
    }
    if (kind === 'indicator' && /^\d/.test(index) && !structure.sub) {
      const name = foldText(structure.title);
      namesListed.set(name, (namesListed.get(name) ?? 0) + 1);
    }
    if (kind === 'indicator' && ROMAN_NUMBER.test(index)) {
      const own = figuresOf(row);
      if (own.size > 0) {
        release();
        held = { row, own, sums: new Map(), count: 0 };
        return;
      }
    }
    if (held) {
      if (kind === 'indicator' && /^\d/.test(index) && !structure.sub) {
        held.count++;
        for (const [col, value] of figuresOf(row))
          held.sums.set(col, (held.sums.get(col) ?? 0) + value);
      } else if (kind === 'indicator' && !structure.sub) release();
      else if (kind === 'group' || kind === 'total' || kind === 'end') release();
    }
    const skipped = SKIPPED_AS[kind];
    if (skipped) ctx.skips?.add(row, skipped);
    if (kind === 'end') {
      // A note, the signature block or another table's header: the table is over.
      ended = true;
      return;
    }
    if (kind === 'group') {
      parent = undefined;
      parentName = undefined;
    }
    if (kind !== 'indicator') return;
    if (rowRoleCols.length > 0) {
      const role = rowRole(row);
      const title = cells.title?.text.trim() ?? '';
      if (role === 'plan') {
        pendingPlan = { row, title };
        return;
      }
      const planRow =
        role === 'actual' && pendingPlan?.title === title ? pendingPlan.row : undefined;
      pendingPlan = undefined;
      if (planRow) {
        judgeRow(row, cells, structure, planRow);
        return;
      }
    }
    judgeRow(row, cells, structure);
  }

  /** Columns left of the figures that no field of the header names: where a row says its role. */
  function rowRoleColumns(): number[] {
    const bound = new Set<number>([
      ...Object.values(header.columns).filter((c): c is number => c !== undefined),
      ...header.values.map((v) => v.col),
    ]);
    const firstValue = Math.min(...header.values.map((v) => v.col));
    const out: number[] = [];
    for (let c = 1; c < firstValue; c++) if (!bound.has(c)) out.push(c);
    return out;
  }

  /** "Kế hoạch" / "KH" or "Thực hiện" / "TH" in a row's role column, else undefined. */
  function rowRole(row: Row): 'plan' | 'actual' | undefined {
    for (const col of rowRoleCols) {
      const text = foldText(cellAt(row, col)?.text ?? '').trim();
      if (ROW_PLAN.test(text)) return 'plan';
      if (ROW_ACTUAL.test(text)) return 'actual';
    }
    return undefined;
  }

  function judgeRow(row: Row, cells: IndicatorCells, structure: RowStructure, planRow?: Row): void {
    if (header.rowsAre === 'units') {
      judgeUnitRow(row, cells);
      return;
    }
    // the criterion and what the row measures of it ("Giao thông — Tỷ lệ đường thôn được cứng hóa")
    const detail = cellAt(row, header.detailCol)?.text.trim();
    const title = detail ? `${cells.title!.text.trim()} — ${detail}` : cells.title!.text.trim();
    const index = cells.index?.text.trim() ?? '';
    const isSub = structure.sub;
    // the name without its sub-row mark ("- Ngô", "Trong đó: Lúa", "a) Trường mầm non")
    const cleanTitle = detail ? `${structure.title} — ${detail}` : structure.title;
    rows++;
    // The pack's indicator for this row: a sub-row only among its parent's parts.
    let indicator: IndicatorLike | undefined;
    if (isSub && parent?.parts) indicator = bestByTitle(structure.title, parent.parts);
    if (!indicator && !isSub && index !== '') {
      indicator = indicators.find(
        (i) => i.number !== undefined && numberKey(i.number) === numberKey(index),
      );
      if (indicator && titleSimilarity(cleanTitle, indicator.title) < 0.2) indicator = undefined;
    }
    if (!indicator && !isSub) indicator = bestByTitle(cleanTitle, indicators);
    if (!isSub) {
      parent = indicator;
      parentName = cleanTitle;
    }
    if (indicator) matched.add(indicator.id);
    // a sub-row is shown with the row it is part of ("Cơ cấu kinh tế — công nghiệp - xây dựng");
    // its own name is what may hold a target
    const subject = {
      ...(indicator ? { id: indicator.id } : {}),
      title: isSub && parentName ? `${parentName} — ${cleanTitle}` : cleanTitle,
      name: cleanTitle,
    };
    if (isSub && parent?.parts && parent.parts.length > 0) {
      report(
        rowUnmatched,
        {
          title: cleanTitle,
          matched: indicator !== undefined,
          packTitle: ctx.check.pack.title,
          parentTitle: parent.title,
        },
        row,
        'title',
        subject,
      );
    }
    // One comparison per period the table has a column for and the pack a target for; the
    // table's own year otherwise.
    const periodic = indicator
      ? slots.all.filter((slot) => slot.key !== undefined && targetFor(indicator, slot.key))
      : [];
    // With no pack target, the indicator's name may say its plan holds every year ("hằng năm"):
    // then each year's figure is judged against the plan column that names no period.
    const horizon = targetHorizon(title);
    const yearly =
      !indicator && horizon?.kind === 'yearly' && undatedPlan !== undefined
        ? slots.all.map((slot) =>
            slot.planCol === undefined ? { ...slot, planCol: undatedPlan } : slot,
          )
        : [];
    // The units as column groups ("Toàn huyện | Thị trấn Thạch Hà | …", each over "KH | TH"):
    // every unit's figure of the table's period against its own plan.
    const units = slots.all.filter(
      (slot) => slot.scope !== undefined && slot.key === slots.primary.key,
    );
    // Several periods each with its own plan and actual ("6 tháng đầu năm" and "Cả năm", each
    // over "KH | TH"): each actual against its own period's plan.
    const planned = slots.all.filter((slot) => slot.planCol !== undefined);
    const judged =
      periodic.length > 0
        ? periodic
        : yearly.length > 0
          ? yearly
          : units.length > 1 && slots.primary.scope !== undefined
            ? units
            : planned.length > 1 || (planned.length === 1 && slots.primary.planCol === undefined)
              ? planned
              : [slots.primary];
    for (const slot of judged)
      evaluate(row, slot, cells.unit?.text.trim(), indicator, subject, horizon, planRow);
  }

  /**
   * A unit's row of a table of units by row and indicators by column group: each indicator's
   * figure of the table's period against the unit's own plan under it, titled "indicator — unit"
   * ("Tỷ lệ dân số tham gia BHYT (%) — Xã Cẩm Bình"); the pack's indicator found by the group's name.
   */
  function judgeUnitRow(row: Row, cells: IndicatorCells): void {
    const unitName = cells.title!.text.trim();
    rows++;
    // (one indicator over the units with a plan and an actual per period, "Đợt I" … "Đợt III"
    // each over "Chỉ tiêu | Tiếp nhận": each period with its own plan as well)
    const groups = slots.all.filter(
      (slot) =>
        slot.scope !== undefined &&
        (slot.key === slots.primary.key ||
          (slot.planCol !== undefined && slots.all.every((s) => s.scope === slot.scope))),
    );
    for (const slot of groups) {
      const name = slot.scope!;
      const indicator = bestByTitle(name, indicators);
      if (indicator) matched.add(indicator.id);
      const subject = {
        ...(indicator ? { id: indicator.id } : {}),
        title: `${name} — ${unitName}`,
        agency: unitName,
      };
      evaluate(row, slot, unitOfMeasureIn(name), indicator, subject, targetHorizon(name));
    }
  }

  /**
   * The value a relative plan ("Giảm 5% so với năm 2023") sets, from the figure of its base in the
   * same row: the actual of the year it names ("năm 2023"), or of the year before the one judged
   * ("cùng kỳ", "năm trước"). Undefined when the row does not give that figure.
   */
  function targetOfBaseInRow(row: Row, plan: string, year: number | undefined): Target | undefined {
    const change = relativeChange(plan);
    if (!change) return undefined;
    const named = /\b(\d{4})\b/.exec(change.base);
    const baseYear = named
      ? Number(named[1])
      : /(?:^|[^\p{L}])(?:cùng kỳ|năm trước)(?!\p{L})/iu.test(change.base) && year !== undefined
        ? year - 1
        : undefined;
    if (baseYear === undefined) return undefined;
    const column = header.values.find(
      (v) => v.role === 'actual' && v.period.year === baseYear && v.period.sub === undefined,
    );
    const cell = cellAt(row, column?.col);
    if (!cell) return undefined;
    const n = parseNumericCell(cell.value, cell.text, cell.numFmt);
    return n.kind === 'number' ? targetFromBase(change, n.value) : undefined;
  }

  /** The row's figures of one period against the target of that period. */
  function evaluate(
    row: Row,
    slot: PeriodSlot,
    unitText: string | undefined,
    indicator: IndicatorLike | undefined,
    subject: { id?: string; title: string; name?: string; agency?: string },
    horizon?: TargetHorizon,
    /** The row above holding this row's plan in the same columns ("Kế hoạch" / "Thực hiện"). */
    planRow?: Row,
  ): void {
    const planCell =
      cellAt(row, slot.planCol) ?? (planRow ? cellAt(planRow, slot.actualCol) : undefined);
    const actualCell = cellAt(row, slot.actualCol);
    const key = slot.key;
    const packTarget = indicator && key !== undefined ? targetFor(indicator, key) : undefined;
    // The sheet's plan is for the whole term or a later year: one year's figure cannot meet or
    // miss it ("Kết nạp đảng viên mới (cả nhiệm kỳ)": 25; 2022: 4).
    const slotYear = slot.year;
    // …unless the plan column itself names the year judged ("Chỉ tiêu năm 2024" beside "Kết quả
    // năm 2024"): then a term in the name tells what is counted ("nữ đại biểu HĐND nhiệm kỳ 2021 -
    // 2026"), not when the target falls due
    const planOfTheYear =
      slotYear !== undefined &&
      header.values.some(
        (v) =>
          v.role === 'plan' &&
          v.col === slot.planCol &&
          v.period.year === slotYear &&
          v.period.span === undefined,
      );
    if (
      !packTarget &&
      !planOfTheYear &&
      planCell &&
      actualCell &&
      (horizon?.kind === 'term' || (horizon?.kind === 'year' && horizon.year !== slotYear))
    ) {
      const whole =
        horizon.kind === 'term'
          ? { vi: 'cả nhiệm kỳ, giai đoạn', en: 'the whole term or plan period' }
          : { vi: `năm ${horizon.year}`, en: `${horizon.year}` };
      ctx.wb.notEvaluated.push({
        scope: 'indicator/unmet',
        location: {
          workbook: ctx.wb.name,
          sheet: ctx.sheet.name,
          cell: cellAddress(row.number, slot.actualCol!),
          row: row.number,
        },
        reason: {
          vi: `Chỉ tiêu "${clip(subject.title)}": mục tiêu "${clip(planCell.text, 60)}" là cho ${whole.vi}, số liệu là của ${slot.words.vi}: chưa đánh giá.`,
          en: `Indicator "${clip(subject.title)}": the target "${clip(planCell.text, 60)}" is for ${whole.en}, the figure for ${slot.words.en}: not evaluated.`,
        },
      });
      return;
    }
    const packEntry = indicator && key !== undefined ? packTargetFor(indicator, key) : undefined;
    // "Giảm 10% so với năm 2023": a change from a base. When the row gives the base's figure (a
    // column of 2023's actuals; "cùng kỳ", "năm trước": the year before), the value to reach is
    // computed from it; otherwise it is not a value to reach.
    const fromBase =
      planCell && !packTarget ? targetOfBaseInRow(row, planCell.text, slotYear) : undefined;
    // in a table whose targets are in the names, the name states it ("Giảm 3% số hộ … so với đầu năm")
    const planText =
      planCell?.text ?? (header.targetsInNames ? (subject.name ?? subject.title) : undefined);
    const relative = planText !== undefined && !fromBase ? relativeBase(planText) : undefined;
    if (relative !== undefined && !packTarget) {
      ctx.wb.notEvaluated.push({
        scope: 'indicator/unmet',
        location: {
          workbook: ctx.wb.name,
          sheet: ctx.sheet.name,
          cell: cellAddress(row.number, slot.actualCol ?? slot.planCol!),
          row: row.number,
        },
        reason: {
          vi: `Chỉ tiêu "${clip(subject.title)}": kế hoạch "${clip(planText!, 60)}" là mức thay đổi so với ${relative}, số liệu gốc không có trong bảng: không đánh giá được.`,
          en: `Indicator "${clip(subject.title)}": the plan "${clip(planText!, 60)}" is a change from ${relative}, whose figure the table does not give: not evaluated.`,
        },
      });
      // with no plan cell there is nothing else to read on the row
      if (!planCell) return;
    }
    let planParsed:
      { target: Target; lowerIsBetter: boolean; text: string; qualifier?: string } | undefined;
    if (fromBase) {
      planParsed = {
        target: fromBase,
        lowerIsBetter: fromBase.op === '<=',
        text: planCell!.text,
      };
    } else if (planCell && relative === undefined) {
      const n = parseNumericCell(planCell.value, planCell.text, planCell.numFmt);
      planParsed =
        typeof planCell.value === 'number' && n.kind === 'number'
          ? { target: { op: '>=', value: n.value }, lowerIsBetter: false, text: planCell.text }
          : parseTarget(planCell.text);
    } else if (!planCell && header.targetsInNames) {
      // the target closes the indicator's name: "… đạt 62 triệu đồng/người/năm"
      planParsed = targetInName(subject.name ?? subject.title);
    }
    const unit = indicator?.unit ?? (unitText || undefined) ?? planParsed?.target.unit;
    const chosen: Target | undefined = packTarget ?? planParsed?.target;
    // the direction the directive states for this target ("theo hướng giảm …") decides first
    const direction = packEntry?.direction;
    // then the pack's word for the indicator, then a qualifier written in the plan cell ("giảm
    // còn", "trên"), then the indicators every plan wants lower ("Tỷ lệ hộ nghèo")
    const planStated =
      !packTarget && planParsed?.qualifier !== undefined ? planParsed.lowerIsBetter : undefined;
    const lowerIsBetter =
      direction !== undefined
        ? direction === 'decrease'
        : (indicator?.lowerIsBetter ??
          planStated ??
          lowerIsBetterByName(subject.title) ??
          (packTarget ? undefined : planParsed?.lowerIsBetter));
    // A plan written as a bare figure ("3,5", "0%") of an indicator that should go down is a
    // ceiling: the poverty rate's plan 3,5 % is met by 3,2 % and missed by 3,8 %, never the reverse.
    const bareCeiling =
      !packTarget &&
      !fromBase &&
      planParsed !== undefined &&
      planParsed.qualifier === undefined &&
      lowerIsBetter === true &&
      chosen?.op === '>=';
    const bounded: Target | undefined = bareCeiling && chosen ? { ...chosen, op: '<=' } : chosen;
    // "Từ 95 trở lên" in a column whose unit is "%": the target is 95 %.
    const target: Target | undefined =
      bounded && bounded.unit === undefined && unit ? { ...bounded, unit } : bounded;
    const quote = packEntry?.text ?? indicator?.source?.quote ?? planParsed?.text;
    const periodEnded = slot.end === undefined || compareDates(ctx.check.asOf, slot.end) > 0;

    const facts: IndicatorRow = {
      title: subject.title,
      period: slot.words,
      periodUnit: slot.unit,
      periodEnded,
      ...(unit !== undefined ? { unit } : {}),
      ...(quote !== undefined ? { quote } : {}),
      ...(packTarget ? { packTarget } : {}),
      ...(planParsed && planCell
        ? { plan: { target: planParsed.target, text: planCell.text } }
        : {}),
      ...(target ? { target } : {}),
    };
    report(indicatorPlanMismatch, facts, row, 'plan', subject, slot.planCol);

    if (!actualCell) {
      if (slot.actualCol !== undefined) {
        report(indicatorMissingValue, facts, row, 'actual', subject, slot.actualCol);
      }
      return;
    }
    const parsed = parseNumericCell(actualCell.value, actualCell.text, actualCell.numFmt);
    if (parsed.kind === 'empty') return;
    if (parsed.kind === 'invalid') {
      const written = planCell
        ? writtenOutcome(planCell.text, actualCell.text, lowerIsBetter, unit)
        : undefined;
      if (written?.kind === 'compared') {
        judge(written.evaluation, written.value, written.shown, actualCell.text);
        return;
      }
      if (written?.kind === 'not-comparable') {
        ctx.wb.notEvaluated.push({
          scope: 'indicator/unmet',
          location: {
            workbook: ctx.wb.name,
            sheet: ctx.sheet.name,
            cell: cellAddress(row.number, slot.actualCol ?? header.columns.title!),
            row: row.number,
          },
          reason: {
            vi: `Chỉ tiêu "${clip(subject.title)}": "${clip(actualCell.text, 40)}" và kế hoạch "${clip(planCell!.text, 40)}" ${written.why.vi}; chưa đánh giá.`,
            en: `Indicator "${clip(subject.title)}": "${clip(actualCell.text, 40)}" and the plan "${clip(planCell!.text, 40)}" ${written.why.en}; not evaluated.`,
          },
        });
        return;
      }
      const column = slot.label ?? 'Thực hiện';
      report(
        cellInvalidNumber,
        { column, title: subject.title, unreadable: parsed },
        row,
        'actual',
        subject,
        slot.actualCol,
      );
      return;
    }
    if (!target) return;
    const evaluation = evaluateTarget(target, parsed.value, {
      tolerance,
      ...(lowerIsBetter !== undefined ? { lowerIsBetter } : {}),
    });
    const shown = (lang: 'vi' | 'en') => withUnit(numberText(parsed.value, lang), unit);
    judge(
      evaluation,
      parsed.value,
      { vi: shown('vi'), en: shown('en') },
      typeof actualCell.value === 'number' ? shown('vi') : actualCell.text,
    );

    /** Counts the outcome and reports a miss or an excess, once the period has ended. */
    function judge(
      evaluation: TargetEvaluation,
      value: number,
      shown: Message,
      text: string,
    ): void {
      // A period still running: a figure below the target is not yet a miss (indicator/unmet
      // decides so); counted to say so once per sheet.
      if (evaluation.outcome === 'unmet' && !periodEnded) {
        ctx.wb.indicatorStats.notEnded = (ctx.wb.indicatorStats.notEnded ?? 0) + 1;
        return;
      }
      // …nor a figure above it an excess: an estimate ("Ước thực hiện") or a running total is no
      // result of the period yet
      if (evaluation.outcome === 'exceeded' && !periodEnded) {
        ctx.wb.indicatorStats.notEndedAbove = (ctx.wb.indicatorStats.notEndedAbove ?? 0) + 1;
        return;
      }
      ctx.wb.indicatorStats.evaluated++;
      ctx.wb.indicatorStats[evaluation.outcome]++;
      const agency = subject.agency ?? ownerName(indicator?.owners ?? parent?.owners);
      ctx.wb.indicators.push({
        title: clip(subject.title, 200),
        ...(subject.id !== undefined ? { id: subject.id } : {}),
        ...(agency !== undefined ? { agency } : {}),
        outcome: evaluation.outcome,
        ...(slot.key !== undefined ? { period: slot.key } : {}),
        location: {
          workbook: ctx.wb.name,
          sheet: ctx.sheet.name,
          cell: cellAddress(row.number, slot.actualCol ?? header.columns.title!),
          row: row.number,
        },
      });
      if (evaluation.outcome === 'met') return;
      const judged: IndicatorRow = { ...facts, actual: { value, shown, text, evaluation } };
      report(indicatorUnmet, judged, row, 'actual', subject, slot.actualCol);
      report(indicatorExceeded, judged, row, 'actual', subject, slot.actualCol);
    }
  }

  function finish(): number {
    release();
    if (unreadTable?.figures) {
      ctx.wb.notEvaluated.push({
        scope: 'table',
        location: { workbook: ctx.wb.name, sheet: ctx.sheet.name, row: unreadTable.header },
        reason: {
          vi: `Trang "${ctx.sheet.name}": dòng ${unreadTable.header} là tiêu đề của một bảng khác dưới bảng chỉ tiêu, nhưng không nhận ra được cột kế hoạch và cột thực hiện của nó, nên các dòng dưới chưa được đánh giá. Có thể chỉ rõ trong "bindings" của bộ quy tắc.`,
          en: `Sheet "${ctx.sheet.name}": row ${unreadTable.header} is the header of another table under the indicator table, but its plan and actual columns were not recognised, so the rows under it were not evaluated. They can be named in the pack's "bindings".`,
        },
      });
    }
    const hasTarget = (i: IndicatorLike) =>
      slots.all.some((slot) => slot.key !== undefined && targetFor(i, slot.key));
    const missing = indicators.filter((i) => !matched.has(i.id) && hasTarget(i));
    if (missing.length > 0 && rows > 0) {
      const names = missing
        .slice(0, 5)
        .map((i) => `"${clip(i.title, 50)}"`)
        .join(', ');
      ctx.wb.notEvaluated.push({
        scope: 'indicator/unmet',
        location: { workbook: ctx.wb.name, sheet: ctx.sheet.name },
        reason: {
          vi: `${missing.length} chỉ tiêu của bộ quy tắc không có dòng trong trang "${ctx.sheet.name}": ${names}${missing.length > 5 ? ', …' : ''}.`,
          en: `${missing.length} indicator(s) of the pack have no row on sheet "${ctx.sheet.name}": ${names}${missing.length > 5 ? ', …' : ''}.`,
        },
      });
    }
    // Indicators whose targets are all for periods the table has no column for ("đến năm 2030" on a
    // sheet of 2024): never judged on another year's figures, and said so.
    const otherPeriod = indicators.filter((i) => i.targets.length > 0 && !hasTarget(i));
    if (otherPeriod.length > 0 && rows > 0) {
      const periods = [
        ...new Set(otherPeriod.flatMap((i) => i.targets.map((t) => t.period))),
      ].sort();
      const columns = slots.all.map((slot) => slot.words.vi).join(', ');
      const columnsEn = slots.all.map((slot) => slot.words.en).join(', ');
      ctx.wb.notEvaluated.push({
        scope: 'indicator/unmet',
        location: { workbook: ctx.wb.name, sheet: ctx.sheet.name },
        reason: {
          vi: `${otherPeriod.length} chỉ tiêu của bộ quy tắc có mục tiêu cho kỳ ${periods.join(', ')}, trang "${ctx.sheet.name}" chỉ có số liệu ${columns}: không so sánh với số liệu của kỳ khác.`,
          en: `${otherPeriod.length} indicator(s) of the pack have targets for ${periods.join(', ')} while sheet "${ctx.sheet.name}" has figures for ${columnsEn} only: they were not compared with another period's figures.`,
        },
      });
    }
    const notEnded = ctx.wb.indicatorStats.notEnded ?? 0;
    if (notEnded > started) {
      const count = notEnded - started;
      ctx.wb.notEvaluated.push({
        scope: 'indicator/unmet',
        location: { workbook: ctx.wb.name, sheet: ctx.sheet.name },
        reason: {
          vi: `${count} chỉ tiêu ở trang "${ctx.sheet.name}" chưa đạt mục tiêu nhưng kỳ báo cáo chưa kết thúc: chưa kết luận không đạt.`,
          en: `${count} indicator(s) on sheet "${ctx.sheet.name}" are below target but their period has not ended: not yet called unmet.`,
        },
      });
    }
    const above = (ctx.wb.indicatorStats.notEndedAbove ?? 0) - startedAbove;
    if (above > 0) {
      ctx.wb.notEvaluated.push({
        scope: 'indicator/exceeded',
        location: { workbook: ctx.wb.name, sheet: ctx.sheet.name },
        reason: {
          vi: `${above} chỉ tiêu ở trang "${ctx.sheet.name}" vượt mục tiêu nhưng kỳ báo cáo chưa kết thúc: chưa kết luận vượt.`,
          en: `${above} indicator(s) on sheet "${ctx.sheet.name}" are above target but their period has not ended: not yet called exceeded.`,
        },
      });
    }
    return rows;
  }

  return { push, finish };
}

type WrittenOutcome =
  | {
      readonly kind: 'compared';
      readonly evaluation: TargetEvaluation;
      readonly value: number;
      readonly shown: Message;
    }
  | { readonly kind: 'not-comparable'; readonly why: Message };

/**
 * A target and its actual written as verdicts or as counts out of a total, compared as written:
 * "Đạt" against "Chưa đạt" is unmet (a verdict is met or not, never exceeded); "10/12" against
 * "11/12" (villages) compares the counts out of the same total. Counts out of different totals, or a
 * negative verdict as the target, are not compared. Anything else is not such a reading.
 */
function writtenOutcome(
  plan: string,
  actual: string,
  lowerIsBetter: boolean | undefined,
  unit: string | undefined,
): WrittenOutcome | undefined {
  const planVerdict = readVerdict(plan);
  const actualVerdict = readVerdict(actual);
  if (planVerdict !== undefined && actualVerdict !== undefined) {
    if (planVerdict !== 'met')
      return {
        kind: 'not-comparable',
        why: {
          vi: 'đều là kết luận, kế hoạch không nêu mức phải đạt',
          en: 'are both verdicts and the plan sets no level to reach',
        },
      };
    const met = actualVerdict === 'met';
    return {
      kind: 'compared',
      evaluation: {
        outcome: met ? 'met' : 'unmet',
        distance: met ? 0 : 1,
        expected: { vi: `"${plan.trim()}"`, en: `"${plan.trim()}" (met)` },
      },
      value: met ? 1 : 0,
      shown: { vi: `"${actual.trim()}"`, en: `"${actual.trim()}"` },
    };
  }
  const planCount = readCountOfTotal(plan);
  const actualCount = readCountOfTotal(actual);
  if (planCount && actualCount) {
    if (planCount.total !== actualCount.total)
      return {
        kind: 'not-comparable',
        why: {
          vi: `là số đếm trên hai tổng khác nhau (${planCount.total} và ${actualCount.total})`,
          en: `are counts out of different totals (${planCount.total} and ${actualCount.total})`,
        },
      };
    const suffix = unit && unit !== '-' ? ` ${unit}` : '';
    const evaluation = evaluateTarget(
      { op: lowerIsBetter ? '<=' : '>=', value: planCount.count },
      actualCount.count,
      {
        tolerance: 0,
        ...(lowerIsBetter !== undefined ? { lowerIsBetter } : {}),
      },
    );
    const sign = lowerIsBetter ? '≤' : '≥';
    const target = `${sign} ${planCount.count}/${planCount.total}${suffix}`;
    const shown = `${actualCount.count}/${actualCount.total}${suffix}`;
    return {
      kind: 'compared',
      evaluation: { ...evaluation, expected: { vi: target, en: target } },
      value: actualCount.count,
      shown: { vi: shown, en: shown },
    };
  }
  return undefined;
}
