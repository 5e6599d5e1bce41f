/**
 * Indicator tables as provincial and district offices keep them:
 *
 *   STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 | Thực hiện / Ước thực hiện 2024 | Đánh giá | Ghi chú
 *
 * with group rows ("I. Nhóm chỉ tiêu về kinh tế") and sub-rows that start with "-". The header may
 * span two rows ("Năm 2024" over "Kế hoạch | Ước thực hiện"). A table needs a "Chỉ tiêu" column and a
 * "Thực hiện" column.
 */
import { isCaptionRow, matchHeader, vocabularyOf, type CompiledVocabulary } from './matcher.js';
import type { Cell, Row } from '../model/sheet.js';
import type { IndicatorField } from './vocabulary.js';
import { groupOver } from './header-groups.js';
import {
  columnPeriod,
  interimCutOff,
  isPeriodOnly,
  readPeriodText,
  samePeriod,
  withoutPeriod,
  type ColumnPeriod,
} from './periods.js';
import { isColumnNumberingRow } from './headers.js';
import { foldText } from '../vi/text.js';
import { looksLikeAgencyName } from '../vi/agencies.js';
import { parseTarget, targetInName } from '../vi/targets.js';
import { isNoteUnder, isSignatureText, TOTAL_INDICATOR_ROW, WHOLE_AREA_ROW } from './footer.js';
import { filledCells, mostly } from './column-content.js';

export type { IndicatorField } from './vocabulary.js';

type FieldOf = (text: string) => IndicatorField | undefined;
/**
 * Field of a header text: a pack's own wordings first, then the built-in vocabulary. The period
 * words are not part of the name ("KH năm 2024", "TH quý III/2024" and "Ước TH 6 tháng" are "KH",
 * "TH" and "Ước TH", which must otherwise be the whole header).
 */
const fieldReader = (names?: CompiledVocabulary<IndicatorField>): FieldOf => {
  const named: FieldOf = (text) => {
    const vocabulary = vocabularyOf('indicators');
    const found = matchHeader(text, vocabulary, names)?.field;
    if (found !== undefined) return found;
    const bare = withoutPeriod(text);
    return bare !== '' && bare !== foldText(text)
      ? matchHeader(bare, vocabulary, names)?.field
      : undefined;
  };
  return (text) => (isRatioOfFigures(text, named) ? 'assessment' : named(text));
};

/**
 * Whether a header divides one figure by another: "TH 2024/KH 2024 (%)", "Ước TH/KH năm", "TH
 * 2024/TH 2023", "KH 2025/TH 2024" — a plan against an actual, or one kind of figure against
 * another year's. Its cells are percentages of attainment or growth, never the figure itself.
 * "TH/Ước TH 2024" (an actual, or its estimate) divides nothing: both sides are actuals of one year.
 */
function isRatioOfFigures(text: string, fieldOf: FieldOf): boolean {
  const sides = text.replace(/\([^)]*\)/g, ' ').split('/');
  if (sides.length !== 2) return false;
  const [top, bottom] = sides.map((side) => {
    const trimmed = side.trim();
    const field = trimmed === '' ? undefined : fieldOf(trimmed);
    const role = field === 'plan' || field === 'actual' ? field : undefined;
    return { role, year: readPeriodText(trimmed).year };
  }) as [{ role?: IndicatorField; year?: number }, { role?: IndicatorField; year?: number }];
  if (top.role === undefined || bottom.role === undefined) return false;
  if (top.role !== bottom.role) return true;
  return top.year !== undefined && bottom.year !== undefined && top.year !== bottom.year;
}

/** A figure column: a plan, an actual (or estimate) or an assessment, with the period it is for. */
export interface ValueColumn {
  readonly col: number;
  readonly role: 'plan' | 'actual' | 'assessment';
  readonly period: ColumnPeriod;
  /** Group header and own header, as written ("Năm 2024 / Kế hoạch"). */
  readonly label: string;
  /**
   * What the figures are of, when a group header names neither a field nor a period: the unit of
   * a table with the units as column groups ("Thị trấn Thạch Hà" over "KH | TH").
   */
  readonly scope?: string;
}

export interface IndicatorHeader {
  readonly rows: readonly number[];
  /**
   * Field → column. For plan and actual: the column of the table's year (`year`) when the table has
   * several, else the first.
   */
  readonly columns: Readonly<Partial<Record<IndicatorField, number>>>;
  readonly labels: Readonly<Partial<Record<IndicatorField, string>>>;
  /** The year the table reports on: the latest year of its actual columns, else of any column. */
  readonly year?: number;
  readonly lastHeaderRow: number;
  /** Every plan, actual and assessment column with its period, left to right. */
  readonly values: readonly ValueColumn[];
  /**
   * 'units' when each row is a unit and each column group an indicator ("Xã, thị trấn" |
   * "Tỷ lệ tham gia BHYT (%)" over "Chỉ tiêu giao | Thực hiện"): the title column holds the units,
   * and each value column's `scope` names its indicator.
   */
  readonly rowsAre?: 'units';
  /**
   * True when the table has no plan column and each indicator's target closes its name ("Chỉ tiêu
   * theo Nghị quyết" holding "Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm").
   */
  readonly targetsInNames?: true;
  /**
   * A second item column right of the title ("Tên tiêu chí" | "Nội dung tiêu chí"): the title
   * column names the criterion, often merged down, and this one what each row measures.
   */
  readonly detailCol?: number;
}

function candidate(rows: readonly Row[], fieldOf: FieldOf): IndicatorHeader & { count: number } {
  const columns: Partial<Record<IndicatorField, number>> = {};
  const labels: Partial<Record<IndicatorField, string>> = {};
  const values: ValueColumn[] = [];
  const upper = new Map(rows[0]!.cells.map((c) => [c.col, c.text.trim()]));
  const lower = rows[1]
    ? new Map(rows[1].cells.map((c) => [c.col, c.text.trim()]))
    : new Map<number, string>();
  const cols = [...new Set([...upper.keys(), ...lower.keys()])].sort((a, b) => a - b);
  // The group header over a column: its own upper cell, else (a merge across) the nearest upper
  // cell to its left that is itself a group (it has sub-headers under it).
  let group: string | undefined;
  let previousRole: ValueColumn['role'] | undefined;
  const leaves = new Map<number, string>();
  /** Each figure column's own header text. */
  const ownTexts = new Map<number, string>();
  const rateLeaves: { col: number; group: string; own: string }[] = [];
  /** Columns with a header of their own that names no field. */
  const unnamed: { col: number; own: string }[] = [];
  for (const col of cols) {
    const lowerText = lower.get(col) || undefined;
    const upperText = upper.get(col) || undefined;
    if (upperText !== undefined) group = lowerText !== undefined ? upperText : undefined;
    const groupText = upperText ?? (lowerText !== undefined ? group : undefined);
    const own = lowerText ?? upperText;
    if (own === undefined) continue;
    const groupField =
      groupText !== undefined && groupText !== own ? fieldOf(groupText) : undefined;
    // Under a comparison group ("So sánh (%)" over "Cùng kỳ | KH năm") every column is a ratio,
    // whatever its own words name: "KH năm" there is the share of the year's plan, not the plan.
    const ownField = groupField === 'assessment' ? undefined : fieldOf(own);
    let field: IndicatorField | undefined = ownField ?? groupField;
    // The items' column never stands under a period: "Chỉ tiêu" under "Đợt I (tháng 4)" or
    // "Quý I" (beside "Tiếp nhận", "Thực hiện") is that period's target.
    if (
      field === 'title' &&
      lowerText !== undefined &&
      groupText !== undefined &&
      groupText !== own &&
      /^chi tieu\b/.test(foldText(own)) &&
      isPeriodGroup(groupText)
    )
      field = 'plan';
    let label = ownField ? own : (groupText ?? own);
    if (field === undefined && isPeriodOnly(own)) {
      // A run of year or quarter columns: the role of the group over them, else the role of the
      // column on their left, else actual figures.
      field = groupField ?? previousRole ?? 'actual';
      label = groupText !== undefined && groupText !== own ? `${groupText} / ${own}` : own;
      // …but a year whose plan is already a column ("Chỉ tiêu năm 2024" | "Năm 2024") holds
      // what was done that year: a year has one plan
      if (groupField === undefined && field === 'plan') {
        const period = readPeriodText(own);
        const planned = values.some(
          (v) =>
            v.role === 'plan' &&
            v.period.year !== undefined &&
            v.period.year === period.year &&
            v.period.sub === period.sub,
        );
        if (planned) field = 'actual';
      }
    }
    if (field === undefined) {
      // a rate among counts under a period ("Năm công tác 2024" over "Số thụ lý | Tỷ lệ (%)"):
      // the period's actual when the table's targets are rates (below)
      if (
        lowerText !== undefined &&
        groupText !== undefined &&
        groupText !== own &&
        groupField === undefined &&
        measureOf(own) === 'rate'
      ) {
        const period = readPeriodText(groupText);
        if (period.year !== undefined || period.sub !== undefined)
          rateLeaves.push({ col, group: groupText, own });
      }
      if (groupText === undefined || groupText === own) unnamed.push({ col, own });
      continue;
    }
    if (field === 'plan' || field === 'actual' || field === 'assessment') {
      ownTexts.set(col, own);
      const period = columnPeriod(own, groupText !== own ? groupText : undefined);
      const groupPeriod = groupText !== undefined ? readPeriodText(groupText) : undefined;
      const scope =
        groupText !== undefined &&
        groupText !== own &&
        groupField === undefined &&
        groupPeriod?.year === undefined &&
        groupPeriod?.sub === undefined
          ? groupText
          : undefined;
      // a leaf under a group naming the role ("Chỉ tiêu giao" over "Quân đội | Công an"): what
      // the column counts, kept to pair it with the same leaf under the other role (below)
      if (
        scope === undefined &&
        lowerText !== undefined &&
        ownField === undefined &&
        (groupField === 'plan' || groupField === 'actual') &&
        !isPeriodOnly(lowerText)
      )
        leaves.set(col, lowerText);
      values.push({
        col,
        role: field,
        period,
        ...(scope !== undefined ? { scope } : {}),
        label:
          lowerText && groupText !== undefined && groupText !== lowerText
            ? `${groupText} / ${lowerText}`
            : label,
      });
      previousRole = field;
    } else previousRole = undefined;
    if (columns[field] === undefined) {
      columns[field] = col;
      labels[field] = label;
    }
  }
  // The same leaves under a plan group and an actual group ("Chỉ tiêu giao" and "Kết quả" each over
  // "Quân đội | Công an"): each leaf is an indicator of its own, its target judged only on the
  // actual under the same leaf. A leaf under one role only says nothing of the kind.
  const roleOfLeaf = new Map<string, Set<ValueColumn['role']>>();
  for (const v of values) {
    const leaf = leaves.get(v.col);
    if (leaf === undefined) continue;
    const key = foldText(leaf);
    const roles = roleOfLeaf.get(key) ?? new Set<ValueColumn['role']>();
    roles.add(v.role);
    roleOfLeaf.set(key, roles);
  }
  for (let i = 0; i < values.length; i++) {
    const leaf = leaves.get(values[i]!.col);
    const roles = leaf === undefined ? undefined : roleOfLeaf.get(foldText(leaf));
    if (leaf !== undefined && roles?.has('plan') && roles.has('actual'))
      values[i] = { ...values[i]!, scope: leaf };
  }
  keepTheTargetsMeasure(values, ownTexts, rateLeaves, columns, labels);
  dropInterimReadings(values, ownTexts, columns, labels);
  countAnsweringTheTarget(values, unnamed, columns, labels);
  // A run of period columns under a group named for a review ("Kết quả đánh giá" over "Năm 2022 |
  // Năm 2023 | Năm 2024") in a table with no other figure column holds each period's figures.
  if (
    columns.actual === undefined &&
    columns.plan === undefined &&
    values.length > 1 &&
    values.every((v) => v.role === 'assessment' && v.period.year !== undefined)
  ) {
    for (let i = 0; i < values.length; i++) values[i] = { ...values[i]!, role: 'actual' };
    columns.actual = values[0]!.col;
    labels.actual = labels.assessment!;
    delete columns.assessment;
    delete labels.assessment;
  }
  const years = (role?: ValueColumn['role']) =>
    values
      .filter((v) => role === undefined || v.role === role)
      .flatMap((v) => (v.period.year !== undefined ? [v.period.year] : []));
  const actualYears = years('actual');
  const allYears = years();
  const year =
    actualYears.length > 0
      ? Math.max(...actualYears)
      : allYears.length > 0
        ? Math.max(...allYears)
        : undefined;
  if (year !== undefined) {
    // The plan and actual of the table's year, when the table has several periods.
    for (const role of ['plan', 'actual'] as const) {
      const ofYear = values.filter(
        (v) =>
          v.role === role &&
          v.period.year === year &&
          // a whole year, or a school year ending in it
          (v.period.sub === undefined || v.period.sub === 'year' || v.period.sub === 'SY'),
      );
      const chosen = ofYear.find((v) => !v.period.estimate) ?? ofYear[0];
      if (chosen && values.filter((v) => v.role === role).length > 1) {
        columns[role] = chosen.col;
        labels[role] = chosen.label;
      }
    }
  }
  // Figures by the body in charge ("Chủ đầu tư" | "Kế hoạch vốn" | "Giải ngân"): with no column
  // naming the item, each row is that body's figures, and its name is the item.
  if (columns.title === undefined && columns.owner !== undefined && values.length > 0) {
    columns.title = columns.owner;
    labels.title = labels.owner!;
    delete columns.owner;
    delete labels.owner;
  }
  const last = rows[rows.length - 1]!.number;
  return {
    rows: rows.map((r) => r.number),
    columns,
    labels,
    ...(year !== undefined ? { year } : {}),
    lastHeaderRow: last,
    values,
    count: Object.keys(columns).length,
  };
}

/**
 * A group header naming a period ("Quý I/2025", "Đợt II (tháng 7)", "Năm 2024", "Lũy kế đến
 * 30/9/2024"), whatever else it says.
 */
function isPeriodGroup(text: string): boolean {
  const period = readPeriodText(text);
  return period.year !== undefined || period.sub !== undefined || period.until !== undefined;
}

/** What a figure column holds, by its own header: a rate ("Tỷ lệ (%)", "%") or a quantity
 * ("Số thụ lý", "Tổng số", "Số người", "Kế hoạch (người)"). */
function measureOf(text: string): 'rate' | 'quantity' | undefined {
  const folded = foldText(text);
  if (text.includes('%') || /^(?:ty le|ti le)\b/.test(folded)) return 'rate';
  if (/^(?:tong so|so)\b/.test(folded) || /\([^()%]{1,15}\)\s*$/u.test(text)) return 'quantity';
  return undefined;
}

/**
 * Results given as quantities and a rate for one period ("Năm công tác 2024" over "Số thụ lý |
 * Số đã giải quyết | Tỷ lệ (%)", "Kết quả năm 2024" over "Số người | Tỷ lệ (%)") are judged on the
 * column that measures what the targets measure: with targets written as rates ("Chỉ tiêu theo
 * Nghị quyết (%)"), the rate is the actual and the counts are neither plan nor actual. When the
 * targets' measure is not written, nothing changes.
 */
function keepTheTargetsMeasure(
  values: ValueColumn[],
  ownTexts: Map<number, string>,
  rateLeaves: readonly { col: number; group: string; own: string }[],
  columns: Partial<Record<IndicatorField, number>>,
  labels: Partial<Record<IndicatorField, string>>,
): void {
  const planMeasures = new Set(
    values.filter((v) => v.role === 'plan').map((v) => measureOf(ownTexts.get(v.col) ?? '')),
  );
  const target = planMeasures.size === 1 ? [...planMeasures][0] : undefined;
  if (target === undefined) return;
  const samePeriod = (a: ColumnPeriod, b: ColumnPeriod) =>
    a.year === b.year &&
    a.sub === b.sub &&
    a.until?.year === b.until?.year &&
    a.until?.month === b.until?.month &&
    a.until?.day === b.until?.day;
  if (target === 'rate') {
    for (const leaf of rateLeaves) {
      const period = columnPeriod(leaf.own, leaf.group);
      if (values.some((v) => v.role === 'actual' && samePeriod(v.period, period))) continue;
      values.push({ col: leaf.col, role: 'actual', period, label: `${leaf.group} / ${leaf.own}` });
      ownTexts.set(leaf.col, leaf.own);
    }
    values.sort((a, b) => a.col - b.col);
  }
  const dropped = new Set<number>();
  for (const v of values) {
    if (v.role !== 'actual') continue;
    const measure = measureOf(ownTexts.get(v.col) ?? '');
    if (measure === undefined || measure === target) continue;
    const kept = values.some(
      (w) =>
        w.role === 'actual' &&
        w.scope === v.scope &&
        samePeriod(w.period, v.period) &&
        measureOf(ownTexts.get(w.col) ?? '') === target,
    );
    if (kept) dropped.add(v.col);
  }
  for (let i = values.length - 1; i >= 0; i--) if (dropped.has(values[i]!.col)) values.splice(i, 1);
  const actual = values.find((v) => v.role === 'actual');
  if (actual && (columns.actual === undefined || dropped.has(columns.actual))) {
    columns.actual = actual.col;
    labels.actual = actual.label;
  }
}

/**
 * An actual taken on a day inside a year ("TH đến 30/9/2024 (%)") beside the actual of that whole
 * year ("TH đến 31/12/2024", "Thực hiện năm 2024") is an interim reading, never judged: it is no
 * actual of the year, and the year's target is not its own.
 */
function dropInterimReadings(
  values: ValueColumn[],
  ownTexts: Map<number, string>,
  columns: Partial<Record<IndicatorField, number>>,
  labels: Partial<Record<IndicatorField, string>>,
): void {
  const wholeYear = (year: number) =>
    values.some(
      (w) =>
        w.role === 'actual' &&
        w.period.year === year &&
        (w.period.sub === undefined || w.period.sub === 'year') &&
        w.period.until === undefined &&
        interimCutOff(ownTexts.get(w.col) ?? w.label) === undefined,
    );
  const interim = values.filter((v) => {
    if (v.role !== 'actual') return false;
    const day = interimCutOff(ownTexts.get(v.col) ?? v.label);
    return day !== undefined && wholeYear(day.year);
  });
  if (interim.length === 0) return;
  for (const v of interim) values.splice(values.indexOf(v), 1);
  if (columns.actual !== undefined && interim.some((v) => v.col === columns.actual)) {
    const actual = values.find((v) => v.role === 'actual')!;
    columns.actual = actual.col;
    labels.actual = actual.label;
  }
}

/** A count of a baseline or of another time, not of what the period achieved. */
const BASELINE = /\b(?:dau nam|dau ky|cuoi nam truoc|nam truoc|cung ky|ky truoc)\b/;

/**
 * A table with one target column and no column naming the results ("Chỉ tiêu giảm (hộ)" | "Số hộ
 * thoát nghèo", "Chỉ tiêu giao" | "Số lao động được giải quyết việc làm"): the one count right of the
 * target, named by what it counts, is what the period achieved. A count of a baseline ("Số hộ
 * nghèo đầu năm") is none, and with two counts right of the target nothing is chosen.
 */
function countAnsweringTheTarget(
  values: ValueColumn[],
  unnamed: readonly { col: number; own: string }[],
  columns: Partial<Record<IndicatorField, number>>,
  labels: Partial<Record<IndicatorField, string>>,
): void {
  const plans = values.filter((v) => v.role === 'plan');
  if (columns.actual !== undefined || plans.length !== 1) return;
  const plan = plans[0]!;
  const counts = unnamed.filter((u) => {
    const folded = foldText(u.own);
    return u.col > plan.col && /^(?:tong so|so)\s+\p{L}/u.test(folded) && !/\bngay\b/.test(folded);
  });
  if (counts.length !== 1 || BASELINE.test(foldText(counts[0]!.own))) return;
  const count = counts[0]!;
  values.push({ col: count.col, role: 'actual', period: plan.period, label: count.own });
  values.sort((a, b) => a.col - b.col);
  columns.actual = count.col;
  labels.actual = count.own;
}

/**
 * A header of three rows read as two: the top row's group ("Năm 2024", merged across) joined to
 * each middle cell under it ("Năm 2024 / 6 tháng đầu năm"), over the bottom row ("KH | TH").
 */
function tripleCandidate(
  top: Row,
  middle: Row,
  bottom: Row,
  fieldOf: FieldOf,
): IndicatorHeader & { count: number } {
  const texts = (r: Row) =>
    new Map(r.cells.filter((c) => c.text.trim() !== '').map((c) => [c.col, c.text.trim()]));
  const upper = texts(top);
  const mid = texts(middle);
  const under = new Map([...mid, ...texts(bottom)]);
  const cols = [...new Set([...upper.keys(), ...mid.keys()])].sort((a, b) => a - b);
  const cells = cols.map((col) => {
    const own = mid.get(col);
    const group = groupOver(upper, under, col);
    const text =
      own === undefined
        ? (upper.get(col) ?? '')
        : group && group !== own
          ? `${group} / ${own}`
          : own;
    return { col, value: text, text };
  });
  const joined = candidate([{ number: top.number, cells }, bottom], fieldOf);
  return { ...joined, rows: [top.number, middle.number, bottom.number] };
}

/**
 * Whether a row can be the lower row of a two-row header: labels and years only. A data row
 * ("2 | Kiện toàn Ban Chỉ đạo | Ban Tuyên giáo | 15/6/2024 | Đang thực hiện") holds an index, a
 * figure or a date, even when one of its words reads as a header ("Đang thực hiện").
 */
function mayBeLowerHeaderRow(row: Row): boolean {
  return row.cells.every((c) => {
    const v = c.value;
    if (v === null) return true;
    if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2100;
    if (typeof v !== 'string') return false;
    return (
      !/^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*$/.test(c.text) &&
      !FIGURE_TYPED_AS_TEXT.test(c.text)
    );
  });
}

/**
 * A figure typed into a cell formatted as text, or pasted from a document: a separator or a percent
 * sign makes it a figure ("12.480", "93,5", "-0,7", "100%"), never a header's label. A bare whole
 * number stays possible: a year over its columns ("2024"), a column's number ("3").
 */
const FIGURE_TYPED_AS_TEXT =
  /^\s*[-+−]?\s*(?:\d{1,3}(?:[.,]\d+)+|\d+)\s*%\s*$|^\s*[-+−]?\s*\d{1,3}(?:[.,]\d+)+\s*$/u;

/**
 * A title line right above a header ("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024" over "STT | Chỉ tiêu |
 * …"): one text (merged across, or repeated cell by cell), starting at or left of the header's
 * first column. It is no group over the columns, whatever its words name.
 */
function isTitleLineOver(upper: Row, lower: Row): boolean {
  const texts = upper.cells.filter((c) => c.text.trim() !== '');
  const below = lower.cells.filter((c) => c.text.trim() !== '');
  if (texts.length === 0 || below.length < 3) return false;
  if (new Set(texts.map((c) => c.text.trim())).size !== 1) return false;
  return texts[0]!.col <= below[0]!.col && (texts.length === 1 || texts.length >= below.length);
}

/**
 * Whether a column of a two-row header lies under a group spread over several columns of the upper
 * row: the group's text is the nearest upper cell at or left of the column (a merge keeps its text in
 * its first cell; a merge written out cell by cell repeats it), and the lower row has text in at
 * least two of the group's columns.
 */
function underGroup(upper: Row, lower: Row, col: number): boolean {
  const text = (r: Row, c: number) => r.cells.find((x) => x.col === c)?.text.trim() ?? '';
  let start = col;
  while (start > 1 && text(upper, start) === '' && col - start < 8) start--;
  const group = text(upper, start);
  if (group === '') return false;
  let end = col;
  while (end - start < 12 && (text(upper, end + 1) === '' || text(upper, end + 1) === group)) {
    if (text(lower, end + 1) === '' && text(upper, end + 1) === '') break;
    end++;
  }
  let under = 0;
  for (let c = start; c <= end; c++) if (text(lower, c) !== '') under++;
  return under >= 2;
}

/**
 * The header read as a table of units by rows and indicators by column groups, when it has no
 * column naming the item: a column named for the units ("Xã, thị trấn", "Tên đơn vị") left of the
 * figures, figures grouped under names that are neither fields nor periods, each group with a plan
 * and an actual, and names of units down that column (at least two, and most of its rows).
 */
function asUnitsByRow(
  header: IndicatorHeader & { count: number },
  headerRows: readonly Row[],
  rows: readonly Row[],
): (IndicatorHeader & { count: number }) | undefined {
  if (header.columns.title !== undefined || header.columns.actual === undefined) return undefined;
  const scopes = new Set(
    header.values.filter((v) => v.scope !== undefined && v.role === 'actual').map((v) => v.scope),
  );
  const planned = header.values.some(
    (v) => v.role === 'plan' && v.scope !== undefined && scopes.has(v.scope),
  );
  // One indicator over the units ("Xã, thị trấn" | "Chỉ tiêu giao (người)" | "Kết quả (người)"):
  // the indicator is named by the title or section line over the header ("I. GIẢI QUYẾT VIỆC LÀM
  // MỚI"); with no such line, nothing names what is counted and the table is not read as units.
  const single = scopes.size === 0 ? singleIndicatorOver(header, rows) : undefined;
  if (single === undefined && (scopes.size === 0 || !planned)) return undefined;
  const firstValue = Math.min(...header.values.map((v) => v.col));
  const roster = vocabularyOf('roster');
  const named = headerRows
    .flatMap((r) => r.cells)
    .filter((c) => c.col < firstValue && matchHeader(c.text, roster)?.field === 'unit')
    .sort((a, b) => a.col - b.col)[0];
  if (!named) return undefined;
  const below = rows
    .filter((r) => r.number > header.lastHeaderRow)
    .map((r) => r.cells.find((c) => c.col === named.col)?.text.trim() ?? '');
  // the names down to the lines that close the table ("Nơi nhận:", a signature, a note), totals
  // and the whole area left out
  const end = below.findIndex(
    (t) => /^noi nhan\b/.test(foldText(t)) || isSignatureText(t) || isNoteUnder(t),
  );
  const names = (end < 0 ? below : below.slice(0, end)).filter((t) => {
    const f = foldText(t);
    return t !== '' && !WHOLE_AREA_ROW.test(f) && !TOTAL_INDICATOR_ROW.test(f);
  });
  const units = names.filter((t) => looksLikeAgencyName(t)).length;
  if (units < 2 || units * 3 < names.length * 2) return undefined;
  // the units' column may have been read as "Đơn vị" (of measure): it is the units' names here
  const columns: Partial<Record<IndicatorField, number>> = { ...header.columns, title: named.col };
  const labels: Partial<Record<IndicatorField, string>> = {
    ...header.labels,
    title: named.text.trim(),
  };
  if (header.columns.unit === named.col) {
    delete columns.unit;
    delete labels.unit;
  }
  return {
    ...header,
    columns,
    labels,
    ...(single !== undefined
      ? {
          values: header.values.map((v) => (v.role === 'assessment' ? v : { ...v, scope: single })),
        }
      : {}),
    rowsAre: 'units',
    count: header.count + 1,
  };
}

/** Rows above a header searched for the line naming its one indicator (blank rows and captions between them skipped). */
const NAME_LINE_ROWS = 4;

/**
 * The name of the one indicator of a header with a single plan column (or one per period) and its
 * actuals, none under a group: the text of the nearest line above the header that holds one text and nothing else,
 * without its section number ("I. GIẢI QUYẾT VIỆC LÀM MỚI" → "GIẢI QUYẾT VIỆC LÀM MỚI"); blank rows
 * and a caption of the unit ("Đơn vị: tỷ đồng") between them are passed over. Several actual
 * columns are one indicator only when each is of its own period (the month, the year to date, the
 * same period last year: "Thực hiện tháng 12/2024 | Lũy kế năm 2024 | Cùng kỳ năm 2023"); two
 * actuals of one period ("Số người | Tỷ lệ (%)") may be two measures. Undefined when the header has
 * other figure columns or no such line.
 */
function singleIndicatorOver(header: IndicatorHeader, rows: readonly Row[]): string | undefined {
  const figures = header.values.filter((v) => v.role !== 'assessment');
  if (figures.some((v) => v.scope !== undefined)) return undefined;
  const plans = figures.filter((v) => v.role === 'plan');
  const actuals = figures.filter((v) => v.role === 'actual');
  if (plans.length === 0 || actuals.length === 0) return undefined;
  if (plans.length + actuals.length !== figures.length) return undefined;
  // several plans: one per period, each beside the actual of its period ("Đợt I" … "Đợt III", each
  // over "Chỉ tiêu | Tiếp nhận")
  if (
    plans.length > 1 &&
    !plans.every(
      (p, i) =>
        (p.period.year !== undefined || p.period.sub !== undefined) &&
        !plans.slice(0, i).some((q) => samePeriod(p.period, q.period)) &&
        actuals.some((a) => samePeriod(a.period, p.period)),
    )
  )
    return undefined;
  if (actuals.length > 1) {
    // two actual columns of one period: two measures, not one indicator's periods
    if (actuals.some((v, i) => actuals.slice(0, i).some((w) => samePeriod(v.period, w.period))))
      return undefined;
    if (actuals.some((v) => v.period.year === undefined && v.period.sub === undefined))
      return undefined;
  }
  const top = header.rows[0]!;
  for (let n = top - 1; n >= top - NAME_LINE_ROWS; n--) {
    const row = rows.find((r) => r.number === n);
    const texts = (row?.cells ?? []).map((c) => c.text.trim()).filter((t) => t !== '');
    if (texts.length === 0 || isCaptionRow(row!)) continue;
    if (texts.length > 1) return undefined;
    const name = nameOfIndicatorLine(texts[0]!);
    return /\p{L}/u.test(name) ? name : undefined;
  }
  return undefined;
}

/** Words that frame a table's title around the indicator it counts. */
const TITLE_OPENING = /^(?:bao cao )?(?:ket qua|tinh hinh)(?: thuc hien)? /;
/** The kinds of unit a table of units is laid out by, folded ("xã", "thị trấn", "đơn vị" …). */
const UNIT_KIND = String.raw`(?:don vi|dia ban|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|chi cuc|co so)(?: truc thuoc)?`;
/**
 * "… theo đơn vị", "… theo địa bàn", "… theo xã, thị trấn", "… theo từng đội thuế", "… chia theo
 * các xã" — not "… theo chuẩn mới".
 */
const TITLE_CLOSING = new RegExp(
  String.raw` (?:chia )?theo (?:(?:tung|cac) \S+(?: \S+){0,3}|${UNIT_KIND}(?:,? (?:va )?${UNIT_KIND})*)$`,
);

/**
 * The indicator a line over a table names, without its section number and the words framing a
 * title: "I. GIẢI QUYẾT VIỆC LÀM MỚI" → "GIẢI QUYẾT VIỆC LÀM MỚI", "KẾT QUẢ THU NGÂN SÁCH NHÀ NƯỚC
 * NĂM 2024 THEO ĐƠN VỊ" → "THU NGÂN SÁCH NHÀ NƯỚC NĂM 2024".
 */
function nameOfIndicatorLine(text: string): string {
  const words = text
    .replace(/^(?:[IVX]+|\d+|[A-Z])\s*[.)/-]\s*/u, '')
    .trim()
    .split(/\s+/);
  // one folded token per word, so that counting the frame's words counts the title's
  const folded = words.map((w) => foldText(w).replace(/\s+/g, '') || '-');
  const opening = TITLE_OPENING.exec(`${folded.join(' ')} `);
  let from = opening ? opening[0].trim().split(' ').length : 0;
  const closing = TITLE_CLOSING.exec(` ${folded.slice(from).join(' ')}`);
  let to = closing ? words.length - closing[0].trim().split(' ').length : words.length;
  // a title that is only its frame keeps its words
  if (to <= from) [from, to] = [0, words.length];
  return words.slice(from, to).join(' ');
}

/**
 * A table whose item column is headed as the plan ("Chỉ tiêu theo Nghị quyết", "Mục tiêu"), with no
 * other column naming the item: when that column holds the indicators' names, most of them closing
 * with their target ("… đạt 62 triệu đồng/người/năm"), it is the item column and the names carry
 * the targets.
 */
function asTargetsInNames(
  header: IndicatorHeader & { count: number },
  rows: readonly Row[],
): (IndicatorHeader & { count: number }) | undefined {
  const planCol = header.columns.plan;
  if (header.columns.title !== undefined || header.columns.actual === undefined) return undefined;
  if (planCol === undefined || header.values.filter((v) => v.role === 'plan').length !== 1)
    return undefined;
  if (planCol > header.columns.actual) return undefined;
  const names = filledCells(rows, header.lastHeaderRow, planCol, Infinity).filter(
    (c) => typeof c.value === 'string',
  );
  if (!mostly(names, (c) => targetInName(c.text.trim()) !== undefined)) return undefined;
  const columns: Partial<Record<IndicatorField, number>> = { ...header.columns, title: planCol };
  const labels: Partial<Record<IndicatorField, string>> = {
    ...header.labels,
    title: header.labels.plan!,
  };
  delete columns.plan;
  delete labels.plan;
  return {
    ...header,
    columns,
    labels,
    values: header.values.filter((v) => v.col !== planCol),
    targetsInNames: true,
  };
}

/**
 * A table whose item column is headed with a plan's word ("Mục tiêu", "Chỉ tiêu phấn đấu") beside a
 * column that is the target ("Mục tiêu" | "ĐVT" | "Mục tiêu đến năm 2025" | "Năm 2021" …): with no
 * column naming the item and two plan columns or more, the first of them, left of every other
 * figure column, is the item column when its cells are names — at least two, and two in three of
 * those filled, text that is neither a figure nor a target.
 */
function asItemsHeadedAsPlan(
  header: IndicatorHeader & { count: number },
  rows: readonly Row[],
): (IndicatorHeader & { count: number }) | undefined {
  if (header.columns.actual === undefined) return undefined;
  if (header.columns.title !== undefined) return asTitleHoldingTargets(header, rows);
  const plans = header.values.filter((v) => v.role === 'plan');
  if (plans.length < 2) return undefined;
  const first = Math.min(...header.values.map((v) => v.col));
  const item = plans.find((v) => v.col === first);
  if (item === undefined || !holds(header, rows, item.col, isName)) return undefined;
  const values = header.values.filter((v) => v.col !== item.col);
  const plan = values.find((v) => v.role === 'plan')!;
  const columns: Partial<Record<IndicatorField, number>> = { ...header.columns, title: item.col };
  const labels: Partial<Record<IndicatorField, string>> = { ...header.labels, title: item.label };
  if (columns.plan === item.col) {
    columns.plan = plan.col;
    labels.plan = plan.label;
  }
  return { ...header, columns, labels, values, count: header.count + 1 };
}

/**
 * The same two columns with the words the other way round ("Mục tiêu phấn đấu" | "Chỉ tiêu giai
 * đoạn 2021 - 2025"): the column read as the item holds figures or targets, and the one plan column
 * left of it, left of every figure column, holds names — the two swap.
 */
function asTitleHoldingTargets(
  header: IndicatorHeader & { count: number },
  rows: readonly Row[],
): (IndicatorHeader & { count: number }) | undefined {
  const titleCol = header.columns.title!;
  const first = Math.min(...header.values.map((v) => v.col));
  const item = header.values.find((v) => v.col === first && v.role === 'plan');
  if (item === undefined || item.col > titleCol) return undefined;
  if (header.values.filter((v) => v.role === 'plan').length !== 1) return undefined;
  if (!holds(header, rows, item.col, isName) || !holds(header, rows, titleCol, isFigure))
    return undefined;
  const label = header.labels.title!;
  const plan: ValueColumn = {
    col: titleCol,
    role: 'plan',
    period: columnPeriod(label, undefined),
    label,
  };
  return {
    ...header,
    columns: { ...header.columns, title: item.col, plan: titleCol },
    labels: { ...header.labels, title: item.label, plan: label },
    values: [...header.values.filter((v) => v.col !== item.col), plan].sort(
      (a, b) => a.col - b.col,
    ),
  };
}

/** A cell that names something: words, not a figure nor a target. */
const isName = (c: Cell): boolean =>
  typeof c.value === 'string' &&
  /\p{L}{2}/u.test(c.text) &&
  !isTargetCell(c.text.trim()) &&
  parseTarget(c.text.trim()) === undefined;

/** A cell that holds a figure or a target ("98", "Trên 50", "≥ 90%"). */
const isFigure = (c: Cell): boolean => typeof c.value === 'number' || isTargetCell(c.text.trim());

/** Whether at least two of a column's cells under the header, and two in three of those filled, pass. */
function holds(
  header: IndicatorHeader,
  rows: readonly Row[],
  col: number,
  test: (c: Cell) => boolean,
): boolean {
  return mostly(filledCells(rows, header.lastHeaderRow, col, CONTENT_ROWS), test);
}

/** Rows under a header whose cells show what a column holds. */
const CONTENT_ROWS = 15;
/** A target as a cell holds it: a figure, with a comparison sign or word, and little else. */
const TARGET_CELL_LENGTH = 24;

/** Whether a cell's text is a target and nothing more ("≥ 90%", "100%", "≤ 2%", "Trên 85%"). */
function isTargetCell(text: string): boolean {
  if (text.length > TARGET_CELL_LENGTH) return false;
  const parsed = parseTarget(text);
  return parsed !== undefined && parsed.text.length * 2 >= text.length;
}

/**
 * A table with no plan column whose second item-like column holds targets ("Tên tiêu chí" | "Nội
 * dung tiêu chí" | "Chỉ tiêu chung" over "≥ 90%", "≤ 2%"): the header word names the item ("Chỉ
 * tiêu"), the content a target on every row. When at least two of that column's cells, and two in
 * three of those filled, are targets alone, the column is the plan of the table's period.
 */
function asTargetColumn(
  header: IndicatorHeader & { count: number },
  headerRows: readonly Row[],
  rows: readonly Row[],
  fieldOf: FieldOf,
): (IndicatorHeader & { count: number }) | undefined {
  if (header.columns.plan !== undefined || header.columns.actual === undefined) return undefined;
  if (header.targetsInNames || header.rowsAre !== undefined) return undefined;
  const titleCol = header.columns.title;
  if (titleCol === undefined) return undefined;
  const taken = new Set(Object.values(header.columns));
  for (const cell of headerRows.flatMap((r) => r.cells)) {
    const label = cell.text.trim();
    if (taken.has(cell.col) || label === '' || fieldOf(label) !== 'title') continue;
    if (!holds(header, rows, cell.col, (c) => isTargetCell(c.text.trim()))) continue;
    const plan: ValueColumn = {
      col: cell.col,
      role: 'plan',
      period: columnPeriod(label, undefined),
      label,
    };
    // another item column between the title and the targets says what each row measures
    const detail = headerRows
      .flatMap((r) => r.cells)
      .find(
        (c) =>
          c.col > titleCol &&
          c.col < cell.col &&
          !taken.has(c.col) &&
          fieldOf(c.text.trim()) === 'title',
      )?.col;
    return {
      ...header,
      ...(detail !== undefined ? { detailCol: detail } : {}),
      columns: { ...header.columns, plan: cell.col },
      labels: { ...header.labels, plan: label },
      values: [...header.values, plan].sort((a, b) => a.col - b.col),
      count: header.count + 1,
    };
  }
  return undefined;
}

/** Whether a cell's text is a target written as a rate ("Trên 90%", "100%", "Dưới 3%", "≥ 95%"). */
function isRateTargetCell(text: string): boolean {
  return text.includes('%') && isTargetCell(text);
}

/**
 * A table with one target column written as rates and no column naming the results, where the
 * results are counts and the rate they give ("Yêu cầu" | "Số thụ lý" | "Số đã giải quyết" | "Tỷ lệ
 * đạt (%)"): the one rate column right of the target, beside at least one count, is what the
 * period achieved, and the counts are neither plan nor actual. With no count beside it, two rate
 * columns, or targets that are not rates, nothing is chosen.
 */
function asRateAmongCounts(
  header: IndicatorHeader & { count: number },
  headerRows: readonly Row[],
  rows: readonly Row[],
): (IndicatorHeader & { count: number }) | undefined {
  const planCol = header.columns.plan;
  if (header.columns.actual !== undefined || planCol === undefined) return undefined;
  const plans = header.values.filter((v) => v.role === 'plan');
  if (plans.length !== 1 || header.rowsAre !== undefined) return undefined;
  const taken = new Set(Object.values(header.columns));
  const right = headerRows
    .flatMap((r) => r.cells)
    .filter((c) => c.col > planCol && !taken.has(c.col) && c.text.trim() !== '');
  const rates = right.filter((c) => measureOf(c.text.trim()) === 'rate');
  const counts = right.filter((c) => /^(?:tong so|so)\s+\p{L}/u.test(foldText(c.text.trim())));
  if (rates.length !== 1 || counts.length === 0) return undefined;
  if (!holds(header, rows, planCol, (c) => isRateTargetCell(c.text.trim()))) return undefined;
  const rate = rates[0]!;
  const label = rate.text.trim();
  return {
    ...header,
    columns: { ...header.columns, actual: rate.col },
    labels: { ...header.labels, actual: label },
    values: [
      ...header.values,
      { col: rate.col, role: 'actual' as const, period: plans[0]!.period, label },
    ].sort((a, b) => a.col - b.col),
    count: header.count + 1,
  };
}

/** The indicator table's header among the first rows of a sheet, if there is one. */
export function detectIndicatorHeader(
  rows: readonly Row[],
  names?: CompiledVocabulary<IndicatorField>,
  headerRow?: number,
): IndicatorHeader | undefined {
  const fieldOf = fieldReader(names);
  let best: (IndicatorHeader & { count: number }) | undefined;
  for (let i = 0; i < rows.length; i++) {
    const next = rows[i + 1];
    // A header row a binding names is the header's first row (a two-row header starts there).
    if (headerRow !== undefined && rows[i]!.number !== headerRow) continue;
    // a caption above the table ("ĐVT: triệu đồng") is no header row
    if (isCaptionRow(rows[i]!)) continue;
    const single = candidate([rows[i]!], fieldOf);
    const pair =
      next &&
      next.number === rows[i]!.number + 1 &&
      mayBeLowerHeaderRow(next) &&
      !isTitleLineOver(rows[i]!, next)
        ? candidate([rows[i]!, next], fieldOf)
        : undefined;
    const lowerAlone = next ? candidate([next], fieldOf) : undefined;
    // The lower row belongs to the header when it adds fields, or when it splits the upper row's
    // columns by period ("Kết quả thực hiện" over "2021 | 2022 | 2023") and holds nothing else.
    // A group merged across its columns repeats its text in each: then the lower row adds no
    // column but gives each one its period ("Kết quả đánh giá" over "Năm 2022 | Năm 2023").
    const dated = (h: { values: readonly ValueColumn[] }) =>
      h.values.filter((v) => v.period.year !== undefined || v.period.sub !== undefined).length;
    const splits =
      pair !== undefined &&
      pair.count === single.count &&
      (pair.values.length > single.values.length ||
        dated(pair) > dated(single) ||
        // the lower row names which column under a group holds the figures ("Kết quả năm 2024"
        // over "Số người | Tỷ lệ (%)", the rate kept for targets that are rates)
        pair.values.some((v) => !single.values.some((w) => w.col === v.col))) &&
      next!.cells.every((c) => {
        const t = c.text.trim();
        return (
          t === '' ||
          fieldOf(t) !== undefined ||
          isPeriodOnly(t) ||
          // a sub-header under a group merged across ("So sánh (%)" over "Cùng kỳ | KH năm"):
          // the upper cell over it is empty or the group itself
          underGroup(rows[i]!, next!, c.col)
        );
      });
    // (A lower row of years alone reads as actual figures: as many fields as the pair, which
    // splits gives the role of the group over them.)
    const lowerCount = lowerAlone?.count ?? 0;
    const choice =
      pair &&
      ((pair.count > single.count && pair.count > lowerCount) ||
        (splits && pair.count >= lowerCount))
        ? pair
        : single;
    // A third header row ("Năm 2024" over "6 tháng đầu năm | Cả năm", each over "KH | TH"): the
    // upper two read as one group row, so each plan and actual gets the period of both groups.
    const third = rows[i + 2];
    const triple =
      choice === pair && third && third.number === next!.number + 1 && mayBeLowerHeaderRow(third)
        ? tripleCandidate(rows[i]!, next!, third, fieldOf)
        : undefined;
    const best3 =
      triple &&
      triple.count >= choice.count &&
      (triple.values.length > choice.values.length || dated(triple) > dated(choice))
        ? triple
        : choice;
    const headerRows = rows.filter((r) => best3.rows.includes(r.number));
    const units =
      asUnitsByRow(best3, headerRows, rows) ??
      asTargetsInNames(best3, rows) ??
      asItemsHeadedAsPlan(best3, rows) ??
      best3;
    const read =
      asTargetColumn(units, headerRows, rows, fieldOf) ??
      asRateAmongCounts(units, headerRows, rows) ??
      units;
    const ok =
      read.columns.title !== undefined && read.columns.actual !== undefined && read.count >= 3;
    if (ok && (!best || read.count > best.count)) best = read;
  }
  if (!best) return undefined;
  const { count: _count, ...header } = best;
  // A row of column numbers under the header ("A | B | 1 | 2 | 3 | 4 | 5=4/3") is not an indicator.
  const after = rows.find((r) => r.number === header.lastHeaderRow + 1);
  return after && isColumnNumberingRow(after) ? { ...header, lastHeaderRow: after.number } : header;
}
