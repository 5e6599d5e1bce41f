/**
 * Checking an indicator table row by row. Each row's actual value is compared with its target: the
 * pack's target for the table's year when the pack has the indicator (matched by its number, else
 * by title), else the target the sheet's own plan column states ("≥ 95", "2,5 - 3", "Trên 50%").
 *
 * - `indicator/unmet`: the actual value misses the target;
 * - `indicator/exceeded` (info): it does better than the target;
 * - `indicator/missing-value`: no actual value although the year has ended;
 * - `indicator/plan-mismatch`: the plan column says something else than the pack's target;
 * - `cell/invalid-number`: the actual cell holds no number.
 */
import { lastDayOfMonth, compareDates } from '../model/plain-date.js';
import { clip } from '../findings/template.js';
import { cellInvalidNumber } from '../rules/cell/invalid-number.js';
import { indicatorExceeded } from '../rules/indicator/exceeded.js';
import { indicatorMissingValue } from '../rules/indicator/missing-value.js';
import { indicatorPlanMismatch } from '../rules/indicator/plan-mismatch.js';
import type { IndicatorRow } from '../rules/indicator/row.js';
import { indicatorUnmet } from '../rules/indicator/unmet.js';
import { ruleMessage, type Rule } from '../rules/rule.js';
import type { Pack, PackTarget } from '../pack/schema.js';
import type { CheckContext } from './context.js';
import { titleYear } from './sheet-year.js';
import type { TableHandler, WorkbookState } from './workbook-state.js';
import type { IndicatorField, IndicatorHeader } from '../table/indicator-headers.js';
import { cellAddress, type Cell, type Row, type SheetInfo } from '../model/sheet.js';
import { formatEnNumber, formatViNumber, parseNumericCell } from '../vi/numbers.js';
import { evaluateTarget, parseTarget, type Target } from '../vi/targets.js';
import { titleSimilarity } from '../vi/similarity.js';

type PackIndicator = NonNullable<Pack['indicators']>[number];
type IndicatorLike = Omit<PackIndicator, 'parts'> & { readonly parts?: readonly IndicatorLike[] };

interface IndicatorSheetContext {
  readonly check: CheckContext;
  readonly wb: WorkbookState;
  readonly sheet: SheetInfo;
  readonly header: IndicatorHeader;
  /** The year the table reports on: the header's, else the title block's, else the as-of year. */
  readonly year: number;
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

/** The pack's target for the year: the one of that period, else the only one. */
function packTargetFor(indicator: IndicatorLike, year: number): PackTarget | undefined {
  const targets = indicator.targets;
  const exact = targets.find((t) => t.period === String(year));
  return exact ?? (targets.length === 1 ? targets[0] : undefined);
}

function targetFor(indicator: IndicatorLike, year: number): Target | undefined {
  const chosen = packTargetFor(indicator, year);
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
): TableHandler {
  const sheet = createIndicatorSheet({
    check,
    wb,
    sheet: info,
    header,
    year:
      header.year ?? titleYear(pending, header.rows[0]!) ?? check.documentYear ?? check.asOf.year,
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
  const yearEnded = compareDates(ctx.check.asOf, lastDayOfMonth(ctx.year, 12)) > 0;
  let parent: IndicatorLike | undefined;
  let rows = 0;
  const matched = new Set<string>();

  const cellsOf = (row: Row) => {
    const out: Partial<Record<IndicatorField, Cell>> = {};
    for (const [field, col] of Object.entries(header.columns) as Array<[IndicatorField, number]>) {
      const cell = row.cells.find((c) => c.col === col);
      if (cell && (cell.value !== null || cell.text.trim() !== '')) out[field] = cell;
    }
    return out;
  };

  function report<Input>(
    rule: Rule<Input>,
    input: Input,
    row: Row,
    field: IndicatorField,
    subject: { id?: string; title: string },
  ): void {
    const level = ctx.check.severity(rule.id, rule.defaultSeverity);
    if (level === 'off') return;
    const found = rule.decide(input);
    if (!found) return;
    const col = header.columns[field] ?? header.columns.title!;
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

  function push(row: Row): void {
    if (row.number <= header.lastHeaderRow) return;
    const cells = cellsOf(row);
    const title = cells.title?.text.trim() ?? '';
    if (title === '') return;
    const index = cells.index?.text.trim() ?? '';
    const isSub = /^[-+–•]\s*/.test(title);
    const cleanTitle = title.replace(/^[-+–•]\s*/, '');
    // Group rows: "I" | "Nhóm chỉ tiêu về kinh tế", no figures.
    if (!cells.actual && !cells.plan && (/^[IVX]+\.?$/.test(index) || /^[IVX]+\.\s/.test(title))) {
      parent = undefined;
      return;
    }
    rows++;
    // The pack's indicator for this row.
    let indicator: IndicatorLike | undefined;
    if (isSub && parent?.parts) indicator = bestByTitle(cleanTitle, parent.parts);
    if (!indicator && !isSub && index !== '') {
      indicator = indicators.find(
        (i) => i.number !== undefined && numberKey(i.number) === numberKey(index),
      );
      if (indicator && titleSimilarity(cleanTitle, indicator.title) < 0.2) indicator = undefined;
    }
    if (!indicator && !isSub) indicator = bestByTitle(cleanTitle, indicators);
    if (!isSub) parent = indicator;
    if (indicator) matched.add(indicator.id);

    const packTarget = indicator ? targetFor(indicator, ctx.year) : undefined;
    let planParsed: { target: Target; lowerIsBetter: boolean; text: string } | undefined;
    if (cells.plan) {
      const plan = cells.plan;
      const n = parseNumericCell(plan.value, plan.text, plan.numFmt);
      planParsed =
        typeof plan.value === 'number' && n.kind === 'number'
          ? { target: { op: '>=', value: n.value }, lowerIsBetter: false, text: plan.text }
          : parseTarget(plan.text);
    }
    const subject = { ...(indicator ? { id: indicator.id } : {}), title: cleanTitle };
    const unit = indicator?.unit ?? cells.unit?.text.trim() ?? planParsed?.target.unit;
    const chosen: Target | undefined = packTarget ?? planParsed?.target;
    // "Từ 95 trở lên" in a column whose unit is "%": the target is 95 %.
    const target: Target | undefined =
      chosen && chosen.unit === undefined && unit ? { ...chosen, unit } : chosen;
    // the direction the directive states for this target ("theo hướng giảm …") decides first
    const direction = indicator ? packTargetFor(indicator, ctx.year)?.direction : undefined;
    const lowerIsBetter =
      direction !== undefined
        ? direction === 'decrease'
        : (indicator?.lowerIsBetter ?? (packTarget ? undefined : planParsed?.lowerIsBetter));
    const quote =
      indicator?.targets.find((t) => t.period === String(ctx.year))?.text ??
      indicator?.source?.quote ??
      planParsed?.text;

    const facts: IndicatorRow = {
      title: cleanTitle,
      year: ctx.year,
      yearEnded,
      ...(unit !== undefined ? { unit } : {}),
      ...(quote !== undefined ? { quote } : {}),
      ...(packTarget ? { packTarget } : {}),
      ...(planParsed ? { plan: { target: planParsed.target, text: cells.plan!.text } } : {}),
      ...(target ? { target } : {}),
    };
    report(indicatorPlanMismatch, facts, row, 'plan', subject);

    const actualCell = cells.actual;
    if (!actualCell) {
      report(indicatorMissingValue, facts, row, 'actual', subject);
      return;
    }
    const parsed = parseNumericCell(actualCell.value, actualCell.text, actualCell.numFmt);
    if (parsed.kind === 'empty') return;
    if (parsed.kind === 'invalid') {
      const column = header.labels.actual ?? 'Thực hiện';
      report(
        cellInvalidNumber,
        { column, title: cleanTitle, unreadable: parsed },
        row,
        'actual',
        subject,
      );
      return;
    }
    if (!target) return;
    const evaluation = evaluateTarget(target, parsed.value, {
      tolerance,
      ...(lowerIsBetter !== undefined ? { lowerIsBetter } : {}),
    });
    ctx.wb.indicatorStats.evaluated++;
    ctx.wb.indicatorStats[evaluation.outcome]++;
    if (evaluation.outcome === 'met') return;
    const shown = (lang: 'vi' | 'en') =>
      `${numberText(parsed.value, lang)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
    const judged: IndicatorRow = {
      ...facts,
      actual: {
        value: parsed.value,
        shown: { vi: shown('vi'), en: shown('en') },
        text: typeof actualCell.value === 'number' ? shown('vi') : actualCell.text,
        evaluation,
      },
    };
    report(indicatorUnmet, judged, row, 'actual', subject);
    report(indicatorExceeded, judged, row, 'actual', subject);
  }

  function finish(): number {
    const missing = indicators.filter((i) => !matched.has(i.id) && targetFor(i, ctx.year));
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
    return rows;
  }

  return { push, finish };
}
