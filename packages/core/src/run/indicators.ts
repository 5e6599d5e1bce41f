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
import type { Message, Severity, SeveritySetting } from '../model/findings.js';
import { clip, formatMessage } from '../findings/template.js';
import type { Pack } from '../pack/schema.js';
import type { CheckContext } from './context.js';
import { titleYear } from './sheet-year.js';
import type { TableHandler, WorkbookState } from './workbook-state.js';
import type { IndicatorField, IndicatorHeader } from '../table/indicator-headers.js';
import { cellAddress, type Cell, type Row, type SheetInfo } from '../model/sheet.js';
import { formatEnNumber, formatViNumber, parseNumericCell } from '../vi/numbers.js';
import { describeTarget, evaluateTarget, parseTarget, type Target } from '../vi/targets.js';
import { titleSimilarity } from '../vi/similarity.js';

type PackIndicator = NonNullable<Pack['indicators']>[number];
type IndicatorLike = Omit<PackIndicator, 'parts'> & { readonly parts?: readonly IndicatorLike[] };

export const INDICATOR_RULES: ReadonlyArray<{
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: Message;
}> = [
  {
    id: 'indicator/unmet',
    defaultSeverity: 'error',
    description: { vi: 'Chỉ tiêu không đạt mục tiêu.', en: 'An indicator misses its target.' },
  },
  {
    id: 'indicator/exceeded',
    defaultSeverity: 'info',
    description: { vi: 'Chỉ tiêu vượt mục tiêu.', en: 'An indicator beats its target.' },
  },
  {
    id: 'indicator/missing-value',
    defaultSeverity: 'warning',
    description: {
      vi: 'Chỉ tiêu chưa có số thực hiện dù kỳ đã kết thúc.',
      en: 'An indicator has no actual value although its period has ended.',
    },
  },
  {
    id: 'indicator/plan-mismatch',
    defaultSeverity: 'warning',
    description: {
      vi: 'Cột kế hoạch ghi khác mục tiêu trong văn bản.',
      en: "The sheet's plan column disagrees with the document's target.",
    },
  },
  {
    id: 'cell/invalid-number',
    defaultSeverity: 'error',
    description: { vi: 'Ô số liệu không đọc được thành số.', en: 'A figure cell holds no number.' },
  },
];

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

function targetFor(indicator: IndicatorLike, year: number): Target | undefined {
  const targets = indicator.targets;
  const exact = targets.find((t) => t.period === String(year));
  const chosen = exact ?? (targets.length === 1 ? targets[0] : undefined);
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

function sameTarget(a: Target, b: Target): boolean {
  if (a.op === 'between' || b.op === 'between') {
    return a.op === 'between' && b.op === 'between' && a.min === b.min && a.max === b.max;
  }
  return a.value === b.value;
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
  const severity = (id: string): SeveritySetting =>
    ctx.check.severity(id, INDICATOR_RULES.find((r) => r.id === id)!.defaultSeverity);
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

  function add(
    rule: string,
    row: Row,
    field: IndicatorField,
    subject: { id?: string; title: string },
    message: Message,
    extra: { expected?: string; actual?: string; quote?: string } = {},
  ): void {
    const level = severity(rule);
    if (level === 'off') return;
    const col = header.columns[field] ?? header.columns.title!;
    ctx.wb.findings.push({
      rule,
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
      ...extra,
      message,
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
    const lowerIsBetter =
      indicator?.lowerIsBetter ?? (packTarget ? undefined : planParsed?.lowerIsBetter);
    const quote =
      indicator?.targets.find((t) => t.period === String(ctx.year))?.text ??
      indicator?.source?.quote ??
      planParsed?.text;

    if (packTarget && planParsed && !sameTarget(packTarget, planParsed.target)) {
      const want = describeTarget(packTarget, unit);
      add(
        'indicator/plan-mismatch',
        row,
        'plan',
        subject,
        {
          vi: `Chỉ tiêu "${clip(cleanTitle)}": cột kế hoạch ghi "${cells.plan!.text}" nhưng văn bản giao ${want.vi} (năm ${ctx.year}).`,
          en: `Indicator "${clip(cleanTitle)}": the plan column says "${cells.plan!.text}" but the document sets ${want.en} (${ctx.year}).`,
        },
        {
          expected: `${want.vi} / ${want.en}`,
          actual: cells.plan!.text,
          ...(quote ? { quote } : {}),
        },
      );
    }

    const actualCell = cells.actual;
    if (!actualCell) {
      if (yearEnded && target) {
        add(
          'indicator/missing-value',
          row,
          'actual',
          subject,
          {
            vi: `Chỉ tiêu "${clip(cleanTitle)}" chưa có số thực hiện năm ${ctx.year} dù năm đã kết thúc.`,
            en: `Indicator "${clip(cleanTitle)}" has no actual value for ${ctx.year} although the year has ended.`,
          },
          quote ? { quote } : {},
        );
      }
      return;
    }
    const parsed = parseNumericCell(actualCell.value, actualCell.text, actualCell.numFmt);
    if (parsed.kind === 'empty') return;
    if (parsed.kind === 'invalid') {
      const column = header.labels.actual ?? 'Thực hiện';
      add(
        'cell/invalid-number',
        row,
        'actual',
        subject,
        formatMessage(
          {
            vi: 'Ô "{column}" của chỉ tiêu "{title}" ghi "{text}", không đọc được thành số. {reason}',
            en: 'The "{column}" cell of indicator "{title}" says "{text}", which is not a number. {reason}',
          },
          { column, title: clip(cleanTitle), text: clip(parsed.text, 60), reason: parsed.reason },
        ),
        { actual: parsed.text },
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
    const rule = evaluation.outcome === 'unmet' ? 'indicator/unmet' : 'indicator/exceeded';
    const shown = (lang: 'vi' | 'en') =>
      `${numberText(parsed.value, lang)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
    add(
      rule,
      row,
      'actual',
      subject,
      evaluation.outcome === 'unmet'
        ? {
            vi: `Chỉ tiêu "${clip(cleanTitle)}" không đạt: thực hiện ${shown('vi')}, mục tiêu ${evaluation.expected.vi} (năm ${ctx.year}).`,
            en: `Indicator "${clip(cleanTitle)}" is unmet: ${shown('en')} against a target of ${evaluation.expected.en} (${ctx.year}).`,
          }
        : {
            vi: `Chỉ tiêu "${clip(cleanTitle)}" vượt mục tiêu: thực hiện ${shown('vi')}, mục tiêu ${evaluation.expected.vi} (năm ${ctx.year}).`,
            en: `Indicator "${clip(cleanTitle)}" beats its target: ${shown('en')} against ${evaluation.expected.en} (${ctx.year}).`,
          },
      {
        expected: `${evaluation.expected.vi} / ${evaluation.expected.en}`,
        actual: typeof actualCell.value === 'number' ? shown('vi') : actualCell.text,
        ...(quote ? { quote } : {}),
      },
    );
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
