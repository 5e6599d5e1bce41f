/**
 * Header detection: finds the header of a task table in the first rows of a sheet, the way a
 * clerk would. The header may sit below title rows, may span two rows (a merged "Kết quả thực hiện"
 * over "Ngày hoàn thành" and "Tình trạng"), and uses many Vietnamese wordings, matched
 * diacritics-insensitively. Merged cells are not needed: a vertical merge leaves its text in the
 * upper row, a horizontal group header is overridden by the sub-headers under it.
 */
import { classifyStatus } from '../vi/status.js';
import type { Cell, Row } from '../model/sheet.js';
import {
  compileWordings,
  matchHeader,
  MAX_HEADER_TEXT_LENGTH,
  vocabularyOf,
  type CompiledVocabulary,
} from './matcher.js';
import {
  TASK_FIELDS,
  TICK_FIELDS,
  type TaskField,
  type TickField,
  type Wordings,
} from './vocabulary.js';
import { groupOver } from './header-groups.js';
import { isPeriodOnly } from './periods.js';
import { foldText, removeDiacritics } from '../vi/text.js';
import { parseDateText } from '../vi/dates.js';
import { filledCell, filledCells, rowsBelow } from './column-content.js';

export { TASK_FIELDS, type TaskField, type TickField } from './vocabulary.js';

/** The task vocabulary a sheet is read with: the pack's own column names, then the built-in one. */
export interface TaskHeaderVocabulary {
  readonly builtIn: CompiledVocabulary<TaskField | TickField>;
  readonly pack?: CompiledVocabulary<TaskField | TickField>;
}

/** Builds the task vocabulary: the pack's own column names (they win when they match), then the built-in wordings. */
export function taskHeaderAliases(
  packColumns?: Partial<Record<TaskField, readonly string[] | string | undefined>>,
): TaskHeaderVocabulary {
  const fromPack: Array<readonly [TaskField, readonly string[]]> = [];
  for (const field of TASK_FIELDS) {
    const names = packColumns?.[field];
    // A column letter ("C") is applied after detection (bindings.ts), not matched as a name.
    if (Array.isArray(names) && names.length > 0)
      fromPack.push([field, names as readonly string[]]);
  }
  const builtIn = vocabularyOf('tasks');
  return fromPack.length > 0
    ? { builtIn, pack: compileWordings<TaskField | TickField>(fromPack as Wordings<TaskField>) }
    : { builtIn };
}

export const isTickField = (field: TaskField | TickField): field is TickField =>
  (TICK_FIELDS as readonly string[]).includes(field);

/** Which field (or tick column) a header text names, if any. */
export function matchTaskHeader(
  text: string,
  vocabulary: TaskHeaderVocabulary = taskHeaderAliases(),
): TaskField | TickField | undefined {
  return matchHeader(text, vocabulary.builtIn, vocabulary.pack)?.field;
}

/** Which task field a header text names, if any (tick columns are not fields). */
export function matchHeaderText(
  text: string,
  vocabulary: TaskHeaderVocabulary = taskHeaderAliases(),
): TaskField | undefined {
  const field = matchTaskHeader(text, vocabulary);
  return field === undefined || isTickField(field) ? undefined : field;
}

export interface DetectedHeader {
  /** Row numbers of the header (one or two rows). */
  readonly rows: readonly number[];
  /** Field → 1-based column. */
  readonly columns: Readonly<Partial<Record<TaskField, number>>>;
  /** Field → the header text as written (for messages). */
  readonly labels: Readonly<Partial<Record<TaskField, string>>>;
  /** Rows after this number are data (a column-numbering row under the header is skipped). */
  readonly lastHeaderRow: number;
  /**
   * Tick columns ("x" under "Đã hoàn thành" | "Chưa hoàn thành"), when the table writes its status
   * that way: the ticked column's header is the row's status.
   */
  readonly ticks?: readonly TickColumn[];
  /**
   * Period columns under the deadline's header ("Thời gian thực hiện" over "Quý I | Quý II | …"),
   * when the table marks when a task is done with an "x" under each period it spans: the task is
   * due at the end of the last period ticked.
   */
  readonly dueTicks?: readonly PeriodTickColumn[];
}

/**
 * The tick column a sub-header makes, if it names one: an "x" under "Đã hoàn thành", "Đang thực
 * hiện" or "Chưa hoàn thành" stands for that status. The one reading of a tick column's header, for
 * a header found by its words and for a run of columns a binding pins ("status": "F:H").
 */
export function tickColumnAt(
  col: number,
  label: string,
  vocabulary: TaskHeaderVocabulary,
): TickColumn | undefined {
  const field = matchTaskHeader(label, vocabulary);
  if (field !== undefined) return isTickField(field) ? { col, field, label } : undefined;
  // a run the binding pins as ticks may name a work the vocabulary does not ("Đã KT | Chưa KT")
  const state = stateOfTick(label);
  return state === undefined ? undefined : { col, field: state.field, label };
}

export interface PeriodTickColumn {
  readonly col: number;
  /** The sub-header as written: "Quý III", "Tháng 10". */
  readonly label: string;
}

export interface TickColumn {
  readonly col: number;
  readonly field: TickField;
  /** The sub-header as written: the status word a tick in this column stands for. */
  readonly label: string;
}

interface Candidate {
  readonly rows: readonly Row[];
  readonly columns: Partial<Record<TaskField, number>>;
  readonly labels: Partial<Record<TaskField, string>>;
  readonly ticks: TickColumn[];
  readonly dueTicks: PeriodTickColumn[];
  readonly statusAlternatives: ReadonlyArray<{ col: number; label: string }>;
  /** Columns a deadline wording names, other than the deadline and the completion date. */
  readonly dueAlternatives: ReadonlyArray<{ col: number; label: string }>;
  readonly count: number;
}

function cellTexts(row: Row): Map<number, string> {
  const texts = new Map<number, string>();
  for (const cell of row.cells) {
    const text = cell.text.trim();
    if (text.length > 0) texts.set(cell.col, text);
  }
  return texts;
}

function buildCandidate(rows: readonly Row[], aliases: TaskHeaderVocabulary): Candidate {
  const upper = cellTexts(rows[0]!);
  const lower = rows.length > 1 ? cellTexts(rows[1]!) : new Map<number, string>();
  const cols = [...new Set([...upper.keys(), ...lower.keys()])].sort((a, b) => a - b);
  const columns: Partial<Record<TaskField, number>> = {};
  const labels: Partial<Record<TaskField, string>> = {};
  const ticks: TickColumn[] = [];
  /** Further columns a status wording names ("Kết quả thực hiện" left of "Tình trạng"). */
  const statusAlternatives: Array<{ col: number; label: string }> = [];
  /** Every column a deadline wording names: the one that names a deadline outright wins. */
  const dueColumns: Array<{ col: number; label: string }> = [];
  const oneWork = rows.length > 1 ? ticksOfOneWork(cols, upper, lower, aliases) : undefined;
  for (const col of cols) {
    const lowerText = lower.get(col);
    const upperText = upper.get(col);
    let field: TaskField | TickField | undefined;
    let label: string | undefined;
    if (lowerText !== undefined) {
      const group = groupOver(upper, lower, col);
      // the other columns under the same group: "Kế hoạch" beside "Hoàn thành" says which is which
      const beside = cols.filter(
        (c) => c !== col && lower.has(c) && groupOver(upper, lower, c) === group,
      );
      field = plannedOrActual(
        lowerText,
        group,
        aliases,
        beside.some((c) => PLANNED.test(foldText(lower.get(c)!))),
      );
      field ??= matchTaskHeader(lowerText, aliases);
      label = lowerText;
    }
    const ownTick = field === undefined ? oneWork?.ticks.find((t) => t.col === col) : undefined;
    if (ownTick) {
      ticks.push(ownTick);
      continue;
    }
    if (field === undefined && upperText !== undefined) {
      field = matchTaskHeader(upperText, aliases);
      // the group says what the column is about, its own words what it holds: under "Thời hạn
      // hoàn thành", "Số ngày trước ngày bầu cử" is a count of days beside the day, never the day
      label = lowerText !== undefined && countsDays(lowerText) ? lowerText : upperText;
    }
    if (field === undefined) {
      // a day the vocabulary does not name, said planned or actual ("Ngày tổ chức dự kiến",
      // "Ngày tổ chức thực tế")
      const own = lowerText ?? upperText;
      field = own === undefined ? undefined : plannedOrActualDay(own);
      label = own;
    }
    if (field === undefined || label === undefined) continue;
    if (isTickField(field)) {
      // A tick column is a sub-header: alone in one row it is an ordinary heading word.
      const tick =
        lowerText !== undefined && rows.length > 1 ? tickColumnAt(col, label, aliases) : undefined;
      if (tick) ticks.push(tick);
    } else if (field === 'due') {
      // the first holds the place (outputs list the columns in order); chooseDeadline decides
      if (columns.due === undefined) {
        columns.due = col;
        labels.due = label;
      }
      dueColumns.push({ col, label });
    } else if (columns[field] === undefined) {
      columns[field] = col;
      labels[field] = label;
    } else if (field === 'status') {
      statusAlternatives.push({ col, label });
    }
  }
  deadlineForTheWork(cols, upper, lower, columns, dueColumns);
  chooseDeadline(dueColumns, columns, labels);
  dayOfTheWork(cols, upper, lower, columns, labels, oneWork?.work);
  // "Lý do gia hạn", "Đề nghị gia hạn" say why or whether, not until when
  if (columns.extendedDue !== undefined && NOT_A_DAY.test(foldText(labels.extendedDue ?? ''))) {
    delete columns.extendedDue;
    delete labels.extendedDue;
  }
  // a document number left of the deadline is the one that assigned the work, not its result, and
  // so is one whose header says so wherever it stands ("Số, ký hiệu văn bản đến", "… giao")
  if (
    columns.resultDocument !== undefined &&
    (columns.due === undefined ||
      columns.resultDocument < columns.due ||
      INPUT_DOCUMENT.test(foldText(labels.resultDocument ?? '')))
  ) {
    delete columns.resultDocument;
    delete labels.resultDocument;
  }
  itemNamedByKind(upper, lower, cols, columns, labels);
  // Two tick columns at least: one "Hoàn thành" sub-header is a completion column, not a tick set,
  // unless a legend says its cells are marks ("Đã xong" over "(x)", "Hoàn thành (đánh dấu x)"):
  // then a mark there is done and a row without one is not.
  const lone = ticks.length === 1 ? ticks[0]! : undefined;
  const markedDone =
    lone !== undefined &&
    lone.field === 'tickDone' &&
    (isMarkLegend(lower.get(lone.col) ?? '') || endsWithMarkLegend(lone.label));
  const tickSet = ticks.length >= 2 || markedDone ? ticks : [];
  // Periods under the deadline's header, from its column rightwards: the deadline is ticked.
  const dueTicks: PeriodTickColumn[] = [];
  if (columns.due !== undefined && rows.length > 1 && lower.get(columns.due) !== undefined) {
    for (let col = columns.due; isPeriodOnly(lower.get(col) ?? ''); col++) {
      if (col !== columns.due && upper.get(col) !== undefined) break;
      dueTicks.push({ col, label: lower.get(col)! });
    }
  }
  const periodTicks = dueTicks.length >= 2 ? dueTicks : [];
  if (periodTicks.length > 0) labels.due = upper.get(columns.due!) ?? labels.due!;
  return {
    rows,
    columns,
    labels,
    ticks: tickSet,
    dueTicks: periodTicks,
    statusAlternatives,
    dueAlternatives: dueColumns.filter(
      (d) => d.col !== columns.due && d.col !== columns.completedOn,
    ),
    count: Object.keys(columns).length + (tickSet.length > 0 ? 1 : 0),
  };
}

/**
 * A sub-header that only says how the column is filled in: "(x)", "(✓)", "(đánh dấu x)", "Đánh dấu
 * X" — in brackets or in words, never a bare "x", which is what a data row under it holds.
 */
const MARK_LEGEND_WORDS = /^(?:danh dau|ghi dau|danh) x$/;

function isMarkLegend(text: string): boolean {
  const raw = text.trim();
  return /^\(\s*[xX✓✔]\s*\)$/u.test(raw) || MARK_LEGEND_WORDS.test(foldText(raw));
}

/** The same legend in brackets at the end of the header itself: "Hoàn thành (đánh dấu x)". */
function endsWithMarkLegend(label: string): boolean {
  const inBrackets = /\(([^()]*)\)\s*$/u.exec(label)?.[1];
  return inBrackets !== undefined && isMarkLegend(inBrackets);
}

/** Sub-headers of a time group that say which of its days is planned and which happened. */
const PLANNED = /^(?:du kien|ke hoach|theo ke hoach|kh|dang ky)$/;
const ACTUAL = /^(?:thuc te|thuc hien|th|da thuc hien|da to chuc)$/;
/** A group header that names a day: "Ngày tổ chức hội nghị", "Thời điểm …". */
const TIME_WORD = /^(?:thoi gian|ngay|thoi diem|moc thoi gian)\b/;

/**
 * Under a time group ("Thời gian tổ chức đại hội", "Ngày thực hiện" over "Dự kiến | Thực tế"), the
 * planned day is the deadline and the actual day the completion date.
 */
function plannedOrActual(
  sub: string,
  group: string | undefined,
  aliases: TaskHeaderVocabulary,
  planBeside = false,
): TaskField | undefined {
  if (group === undefined) return undefined;
  const groupField = matchTaskHeader(group, aliases);
  const timeGroup =
    groupField === 'due' ||
    groupField === 'completedOn' ||
    groupField === 'start' ||
    TIME_WORD.test(foldText(group));
  if (!timeGroup) return undefined;
  const folded = foldText(sub);
  if (PLANNED.test(folded)) return 'due';
  if (ACTUAL.test(folded)) return 'completedOn';
  // a group that says both when and whether planned ("Thời gian" + "Kế hoạch" over "Bắt đầu |
  // Kết thúc", a three-row header read as two): the planned end is the deadline, the actual end the
  // completion date, either start the start ("Thời gian thực hiện" alone says neither)
  const g = foldText(group);
  const planned = PLANNED_IN_GROUP.test(g);
  const actual = ACTUAL_IN_GROUP.test(g);
  if (planned && actual) return undefined;
  // a time group that says neither ("Thời gian", "Thời gian thực hiện" over "Từ ngày | Đến ngày"):
  // the work is planned from one day to another, so its last day is the deadline
  if (!planned && !actual) {
    // the end said planned or actual in the sub-header itself ("Hoàn thành theo đăng ký", "Kết
    // thúc dự kiến", "Hoàn thành thực tế")
    const end = END_QUALIFIED.exec(folded);
    if (end) return ACTUAL.test(end[1]!) || end[1] === 'thuc te' ? 'completedOn' : 'due';
    // …unless the plan has a column of its own beside it ("Thời gian" over "Kế hoạch | Hoàn
    // thành"): the end is then when the work was done
    if (END_WORD.test(folded)) return planBeside ? 'completedOn' : 'due';
    if (START_WORD.test(folded)) return 'start';
    return undefined;
  }
  if (END_WORD.test(folded)) return planned ? 'due' : 'completedOn';
  if (START_WORD.test(folded)) return 'start';
  return undefined;
}

/** A header opening with a time word that says whether its day is planned or actual. */
function plannedOrActualDay(text: string): 'due' | 'completedOn' | undefined {
  const folded = foldText(text);
  if (!TIME_WORD.test(folded)) return undefined;
  if (NAMES_ACTUAL_DAY.test(folded)) return 'completedOn';
  if (NAMES_PLAN.test(folded)) return 'due';
  return undefined;
}

const PLANNED_IN_GROUP = /\b(?:ke hoach|du kien|theo ke hoach)$/;
const ACTUAL_IN_GROUP = /\b(?:thuc te)$/;
const END_WORD = /^(?:ket thuc|hoan thanh|den ngay|den)$/;
const START_WORD = /^(?:bat dau|khoi cong|tu ngay|tu)$/;
/** An end with the word that says it is planned or actual: "hoàn thành theo đăng ký". */
const END_QUALIFIED =
  /^(?:ket thuc|hoan thanh) (?:\(\s*)?((?:theo )?(?:dang ky|ke hoach|du kien|quy dinh)|du kien|thuc te|thuc hien)(?:\s*\))?$/;

/**
 * The top row's group over a middle-row cell: the nearest top cell at or left of it that has a
 * middle cell of its own under it (a group merged over sub-groups that are merged in turn:
 * "Thời gian" over "Kế hoạch" (E:F) and "Thực tế" (G:H)).
 */
function groupAbove(
  upper: ReadonlyMap<number, string>,
  lower: ReadonlyMap<number, string>,
  col: number,
): string | undefined {
  for (let c = col; c >= 1; c--) {
    const text = upper.get(c);
    if (text !== undefined) return lower.has(c) ? text : undefined;
  }
  return undefined;
}

/**
 * The two upper rows of a three-row header read as one row: each cell of the middle row under the
 * group the top row spreads over it ("Thời gian" over "Kế hoạch | Thực tế" → "Thời gian Kế hoạch",
 * "Thời gian Thực tế"), the top row's cells with nothing under them ("STT" merged down) as they are.
 */
function foldUpperRows(top: Row, middle: Row): Row {
  const upper = cellTexts(top);
  const lower = cellTexts(middle);
  const cells: Cell[] = [];
  for (const col of [...new Set([...upper.keys(), ...lower.keys()])].sort((a, b) => a - b)) {
    const own = lower.get(col);
    const group = own === undefined ? undefined : groupAbove(upper, lower, col);
    const text = own === undefined ? upper.get(col)! : group ? `${group} ${own}` : own;
    cells.push({ col, value: text, text });
  }
  return { number: middle.number, cells };
}

/**
 * A schedule of what each unit or branch must hold by a day names its item by the kind of unit
 * ("Chi bộ", "Tên chi bộ" over "Chi bộ thôn Bình Minh" …): with no item column, a deadline and a
 * completion column, a column headed by a unit kind alone is the item (the unit's own duty). With
 * none, the unit column that says what the unit does ("Cơ quan, đơn vị nộp lưu", "Đơn vị thực
 * hiện") is the item: each row is that unit's own duty, as figures by the body in charge are that
 * body's (indicator-headers.ts).
 */
function itemNamedByKind(
  upper: ReadonlyMap<number, string>,
  lower: ReadonlyMap<number, string>,
  cols: readonly number[],
  columns: Partial<Record<TaskField, number>>,
  labels: Partial<Record<TaskField, string>>,
): void {
  if (columns.title !== undefined || columns.due === undefined) return;
  if (columns.completedOn === undefined) return;
  const named = cols.filter((col) => {
    const text = lower.get(col) ?? upper.get(col);
    const m = text === undefined ? undefined : matchHeader(text, vocabularyOf('roster'));
    return m?.field === 'unit' && m.mode === 'equal';
  });
  const col = named.length === 1 ? named[0]! : named.length === 0 ? columns.owner : undefined;
  if (col === undefined) return;
  columns.title = col;
  labels.title = lower.get(col) ?? upper.get(col)!;
  if (columns.owner === col) {
    delete columns.owner;
    delete labels.owner;
  }
}

/**
 * "Hạn nộp …", "Hạn chi bộ xét công nhận …": a deadline named by the work it is for; not a quota
 * ("Hạn mức"), a limit ("Hạn chế"), nor when a thing expires ("Hạn sử dụng", "Hạn thẻ BHYT").
 */
const DEADLINE_FOR = /^(?:thoi )?han (?!muc\b|che\b|gia han\b|su dung\b|the\b)(.+)$/;
/** "Ngày nộp", "Ngày chi bộ xét": the day the work was done. */
const DAY_OF = /^ngay (.+)$/;

/** The header text of a column (its sub-header when it has one). */
const headerAt = (
  upper: ReadonlyMap<number, string>,
  lower: ReadonlyMap<number, string>,
  col: number,
): string | undefined => lower.get(col) ?? upper.get(col);

/** Whether a column is already read as some field. */
const isRead = (columns: Partial<Record<TaskField, number>>, col: number): boolean =>
  Object.values(columns).includes(col);

/**
 * With no column the vocabulary reads as a deadline, one headed "Hạn" and the work it is for ("Hạn
 * chi bộ xét công nhận chính thức") is the deadline.
 */
function deadlineForTheWork(
  cols: readonly number[],
  upper: ReadonlyMap<number, string>,
  lower: ReadonlyMap<number, string>,
  columns: Partial<Record<TaskField, number>>,
  dueColumns: Array<{ col: number; label: string }>,
): void {
  if (dueColumns.length > 0) return;
  for (const col of cols) {
    const text = headerAt(upper, lower, col);
    if (text === undefined || isRead(columns, col)) continue;
    if (DEADLINE_FOR.test(foldText(text))) {
      dueColumns.push({ col, label: text });
      return;
    }
  }
}

/**
 * Beside a deadline named by the work ("Hạn nộp báo cáo", "Hạn chi bộ xét công nhận chính thức"),
 * a column headed "Ngày" and the same work ("Ngày nộp", "Ngày chi bộ xét") is the day it was done:
 * the completion date, when the table has no other.
 */
function dayOfTheWork(
  cols: readonly number[],
  upper: ReadonlyMap<number, string>,
  lower: ReadonlyMap<number, string>,
  columns: Partial<Record<TaskField, number>>,
  labels: Partial<Record<TaskField, string>>,
  tickedWork: readonly string[] | undefined,
): void {
  if (columns.due === undefined || columns.completedOn !== undefined) return;
  const works = [DEADLINE_FOR.exec(foldText(labels.due ?? ''))?.[1]?.split(' '), tickedWork].filter(
    (w): w is string[] => w !== undefined,
  );
  for (const work of works) {
    for (const col of cols) {
      const text = headerAt(upper, lower, col);
      if (text === undefined || col === columns.due || isRead(columns, col)) continue;
      const done = DAY_OF.exec(foldText(text))?.[1]?.split(' ');
      if (!done) continue;
      const shared = Math.min(done.length, work.length);
      if (done.slice(0, shared).every((w, i) => w === work[i])) {
        columns.completedOn = col;
        labels.completedOn = text;
        return;
      }
    }
  }
}

/** A sub-header that says a work done, under way or not done: "Đã KT", "Chưa tiêm", "Đang thẩm định". */
const STATE_THEN_WORK = /^(?:da|dang|chua)(?: duoc)? (.+)$/;
const TICK_OF_STATE: Readonly<Record<string, TickField>> = {
  done: 'tickDone',
  'in-progress': 'tickInProgress',
  'not-done': 'tickNotDone',
};
/** A sub-header of a tick set is a few words ("Đã kiểm tra", "Chưa KT"), never a sentence. */
const MAX_TICK_WORK_WORDS = 4;

/** The state a short sub-header says of a work ("Chưa KT": not done, the work "kt"), if it says one. */
function stateOfTick(label: string): { field: TickField; work: string } | undefined {
  if (label.length > 30) return undefined;
  const work = STATE_THEN_WORK.exec(foldText(label))?.[1];
  const field = TICK_OF_STATE[classifyStatus(label).state];
  if (work === undefined || field === undefined) return undefined;
  return work.split(' ').length > MAX_TICK_WORK_WORDS ? undefined : { field, work };
}

/**
 * Under one group ("Tình hình thực hiện" over "Đã KT | Chưa KT"), sub-headers that say the same work
 * done and not done ("Đã kiểm tra | Chưa kiểm tra", "Đã tiêm | Chưa tiêm", "Đã KT | Chưa KT" whatever
 * KT stands for) are a tick set though the vocabulary names no such work: the state word says the
 * status (read as every status is, by `classifyStatus`), the words they share say the work — and a
 * column "Ngày" and that work ("Ngày KT", "Ngày tiêm") is then the day it was done (`dayOfTheWork`).
 * Two states of one work at least: a lone "Đã thẩm định" may be a result, or a count.
 */
function ticksOfOneWork(
  cols: readonly number[],
  upper: ReadonlyMap<number, string>,
  lower: ReadonlyMap<number, string>,
  aliases: TaskHeaderVocabulary,
): { readonly ticks: readonly TickColumn[]; readonly work: readonly string[] } | undefined {
  // the sub-headers by their group, then by the work they name
  const sets = new Map<string | undefined, Map<string, TickColumn[]>>();
  for (const col of cols) {
    const label = lower.get(col);
    if (label === undefined || matchTaskHeader(label, aliases) !== undefined) continue;
    const state = stateOfTick(label);
    if (state === undefined) continue;
    const group = groupOver(upper, lower, col);
    const byWork = sets.get(group) ?? new Map<string, TickColumn[]>();
    sets.set(group, byWork);
    byWork.set(state.work, [...(byWork.get(state.work) ?? []), { col, field: state.field, label }]);
  }
  for (const byWork of sets.values()) {
    for (const [work, ticks] of byWork) {
      if (new Set(ticks.map((t) => t.field)).size >= 2) return { ticks, work: work.split(' ') };
    }
  }
  return undefined;
}

/** Words of a column about an extension that holds no day: its reason, the request, a count. */
const NOT_A_DAY = /\b(?:ly do|de nghi|so lan|noi dung|y kien)\b/;

/** A document that came in or assigned the work: "văn bản đến", "… giao", "… chỉ đạo", "… yêu cầu". */
const INPUT_DOCUMENT = /\b(?:den|giao|chi dao|yeu cau|can cu|cap tren)\b/;

/** A header that names a deadline outright: "Hạn xử lý", "Thời hạn", "Ngày hết hạn", "Hạn chót". */
const NAMES_DEADLINE = /\b(?:han|cham nhat|hen tra|deadline)\b/;
/**
 * A header that counts days: "Thời hạn KP (ngày)", "… (số ngày)", "… (ngày làm việc)", also typed
 * without marks ("Thoi han (ngay lam viec)"); matched on the label without its marks, brackets kept.
 */
const DAY_COUNT = /\(\s*(?:so\s+)?ngay(?:\s+lam\s+viec)?\s*\)\s*$|^so ngay\b/i;
/**
 * The deadline column counts days rather than naming one ("Thời hạn (ngày làm việc)", "Số ngày xử
 * lý"): 'working' when it says working days, else 'calendar'; undefined for a column of days.
 */
function countsDays(label: string): boolean {
  return DAY_COUNT.test(removeDiacritics(label).trim());
}

export function dayCountOf(label: string | undefined): 'working' | 'calendar' | undefined {
  const folded = foldText(label ?? '');
  if (label === undefined || !countsDays(label)) return undefined;
  return /\blam viec\b/.test(folded) ? 'working' : 'calendar';
}
/** A header that names what happened, not when it was due: "Thời gian hoàn thành", "… xong". */
const NAMES_COMPLETION = /\b(?:hoan thanh|xong|ket thuc)\b/;
/** A header that names the day the work really happened: "Thời gian kiểm tra thực tế". */
const NAMES_ACTUAL_DAY = /\bthuc te\b/;
/** …unless it says the day is planned: "Thời gian hoàn thành dự kiến". */
const NAMES_PLAN = /\b(?:du kien|ke hoach|theo ke hoach)\b/;

/**
 * Of several columns a deadline wording names, the deadline is the one whose header names a
 * deadline outright ("Hạn xử lý" over "Thời gian hoàn thành"), else the first. Beside an outright
 * deadline, a column named by what happened ("Thời gian hoàn thành", "Ngày kết thúc") is when it
 * happened: the completion date, when the table has no other.
 */
function chooseDeadline(
  dueColumns: ReadonlyArray<{ col: number; label: string }>,
  columns: Partial<Record<TaskField, number>>,
  labels: Partial<Record<TaskField, string>>,
): void {
  if (dueColumns.length === 0) return;
  const outright = (label: string) => NAMES_DEADLINE.test(foldText(label));
  // "Thời gian kiểm tra thực tế", "Ngày thực hiện thực tế": when it happened, never the deadline
  const happened = (label: string) => NAMES_ACTUAL_DAY.test(foldText(label));
  // "Thời hạn KP (ngày)", "Thời gian giải quyết (ngày làm việc)": a count of days allowed, not a
  // day; beside a column that gives the day, that one is the deadline
  const dated = dueColumns.filter((d) => !happened(d.label) && !countsDays(d.label));
  const planned =
    dated.length > 0 && dated.length < dueColumns.length
      ? dated
      : dueColumns.filter((d) => !happened(d.label));
  if (planned.length === 0) {
    delete columns.due;
    delete labels.due;
    if (columns.completedOn === undefined) {
      columns.completedOn = dueColumns[0]!.col;
      labels.completedOn = dueColumns[0]!.label;
    }
    return;
  }
  const due = planned.find((d) => outright(d.label)) ?? planned[0]!;
  columns.due = due.col;
  labels.due = due.label;
  if (columns.completedOn !== undefined) return;
  const done = dueColumns.find((d) => {
    const folded = foldText(d.label);
    if (d === due) return false;
    if (happened(d.label)) return true;
    return (
      outright(due.label) &&
      NAMES_COMPLETION.test(folded) &&
      !outright(d.label) &&
      !NAMES_PLAN.test(folded)
    );
  });
  if (done) {
    columns.completedOn = done.col;
    labels.completedOn = done.label;
  }
}

function isTaskHeader(candidate: Candidate): boolean {
  const c = candidate.columns;
  const timing =
    c.due !== undefined ||
    c.status !== undefined ||
    c.completedOn !== undefined ||
    candidate.ticks.length > 0;
  return c.title !== undefined && timing && candidate.count >= 3;
}

/** One column's number or letter: "1", "(2)", "A". */
const COLUMN_MARK = String.raw`\(?(?:\d{1,2}|[A-Za-z])\)?`;
/** A column's number, or how it is computed from others: "5=4/3", "(6) = (4) - (2)", "7=5x100". */
/** A term of that computation: a column, or a constant ("x100"). */
const TERM = String.raw`\(?(?:\d{1,3}|[A-Za-z])\)?`;
const COLUMN_NUMBER = new RegExp(
  String.raw`^${COLUMN_MARK}(?:\s*=\s*${TERM}(?:\s*[-+*/x×:]\s*${TERM})*)?$`,
);

/** "(1) (2) (3) …" or "1 2 3 …" or "A B 1 2 … 5=4/3" under a header. */
export function isColumnNumberingRow(row: Row): boolean {
  const texts = [...cellTexts(row).values()];
  return texts.length >= 3 && texts.every((t) => COLUMN_NUMBER.test(t));
}

/**
 * Looks for a task-table header in the first rows of a sheet. Returns undefined when the rows hold
 * no table with at least a content column and a deadline, completion or status column.
 */
export function detectTaskHeader(
  rows: readonly Row[],
  aliases: TaskHeaderVocabulary = taskHeaderAliases(),
  headerRow?: number,
): DetectedHeader | undefined {
  let best: Candidate | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (headerRow !== undefined && row.number !== headerRow) continue;
    const single = buildCandidate([row], aliases);
    const next = rows[i + 1];
    const pair =
      next && next.number === row.number + 1 ? buildCandidate([row, next], aliases) : undefined;
    // A pair only when its upper row adds something the lower row alone lacks: a title line right
    // above a one-row header ("BẢNG THEO DÕI … NĂM 2024" over "STT | Nội dung | …") is not part of it.
    const lowerAlone = pair ? buildCandidate([next!], aliases) : undefined;
    const choice =
      pair &&
      // A tick set under a group header ("Tình trạng" over "Đã hoàn thành | Chưa hoàn thành")
      // replaces the group's one column: as many fields, read more precisely.
      (pair.count > single.count ||
        ((pair.ticks.length > 0 ||
          pair.dueTicks.length > 0 ||
          refinesDeadline(pair, single, next!)) &&
          pair.count === single.count)) &&
      pair.count > lowerAlone!.count &&
      !isDataLike(next!)
        ? pair
        : single;
    // A three-row header ("Thời gian" over "Kế hoạch | Thực tế" over "Bắt đầu | Kết thúc"): the
    // top two rows read as one group row, when that reads more fields than one or two rows.
    const third = rows[i + 2];
    const triple =
      next &&
      third &&
      headerRow === undefined &&
      next.number === row.number + 1 &&
      third.number === row.number + 2 &&
      !isDataLike(next) &&
      !isDataLike(third)
        ? buildCandidate([foldUpperRows(row, next), third], aliases)
        : undefined;
    // …and only when its top row adds something: a title block above a one- or two-row header is
    // not part of it
    const read =
      triple &&
      triple.count > choice.count &&
      triple.count > buildCandidate([third!], aliases).count &&
      triple.count > buildCandidate([next!, third!], aliases).count &&
      isTaskHeader(triple)
        ? { ...triple, rows: [row, next!, third!] }
        : choice;
    if (isTaskHeader(read) && (!best || read.count > best.count)) best = read;
  }
  if (!best) return undefined;
  const headerRows = best.rows.map((r) => r.number);
  let lastHeaderRow = headerRows[headerRows.length - 1]!;
  const after = rows.find((r) => r.number === lastHeaderRow + 1);
  if (after && isColumnNumberingRow(after)) lastHeaderRow = after.number;
  const { columns, labels } = completionByContent(
    { ...best, ...statusByContent(best, rows, lastHeaderRow) },
    rows,
    lastHeaderRow,
  );
  return {
    rows: headerRows,
    columns,
    labels,
    lastHeaderRow,
    ...(best.ticks.length > 0 ? { ticks: best.ticks } : {}),
    ...(best.dueTicks.length > 0 ? { dueTicks: best.dueTicks } : {}),
  };
}

/**
 * A sub-header that moves the deadline to a column of its own under the group that named it
 * ("Thời hạn hoàn thành" over "Số ngày trước ngày bầu cử" | "Ngày chậm nhất"): the group alone reads
 * its first column, a count of days; the pair reads as many fields, the deadline at its day.
 */
function refinesDeadline(pair: Candidate, single: Candidate, lower: Row): boolean {
  const due = pair.columns.due;
  return (
    due !== undefined &&
    single.columns.due !== undefined &&
    due !== single.columns.due &&
    cellTexts(lower).has(due)
  );
}

/**
 * A day column named by the end of the work ("Ngày kết thúc") beside a deadline column that holds
 * planned periods ("Quý I/2024", "Tháng 8/2024", "Trước 25/10/2024"): when the days are written on
 * fewer rows than the periods, they record when the work ended — the completion date — not a
 * second deadline. A plan writes a deadline on every row; a record of what happened only on the
 * rows where it happened.
 */
function completionByContent(
  best: Candidate,
  rows: readonly Row[],
  lastHeaderRow: number,
): Pick<Candidate, 'columns' | 'labels'> {
  const due = best.columns.due;
  if (due === undefined || best.columns.completedOn !== undefined) return best;
  if (NAMES_DEADLINE.test(foldText(best.labels.due ?? ''))) return best;
  const sample = rowsBelow(rows, lastHeaderRow);
  const dueCells = sample.flatMap((r) => filledCell(r, due) ?? []);
  if (dueCells.length < 2 || dueCells.every(isExactDay)) return best;
  for (const alt of best.dueAlternatives) {
    const folded = foldText(alt.label);
    if (!/^ngay\b/.test(folded) || !NAMES_COMPLETION.test(folded) || NAMES_PLAN.test(folded))
      continue;
    const days = sample
      .filter((r) => filledCell(r, due) !== undefined)
      .map((r) => filledCell(r, alt.col));
    const written = days.filter((c) => c !== undefined);
    if (written.length === 0 || written.length >= days.length || !written.every(isExactDay))
      continue;
    return {
      columns: { ...best.columns, completedOn: alt.col },
      labels: { ...best.labels, completedOn: alt.label },
    };
  }
  return best;
}

/** A cell holding one whole day: a date cell, or a day written as text ("28/03/2024"). */
function isExactDay(cell: { readonly value: unknown; readonly text: string }): boolean {
  const v = cell.value;
  if (typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'date') return true;
  if (typeof v !== 'string') return false;
  const parsed = parseDateText(v.trim());
  return parsed.kind === 'date' && parsed.expression.kind === 'day' && parsed.phrase === v.trim();
}

/**
 * When several columns carry a status wording ("Kết quả thực hiện kiến nghị" holding what was done,
 * "Tình trạng" holding "Đã / Đang / Chưa khắc phục"), the status is the one whose cells read as
 * status words most often; the first of equals.
 */
function statusByContent(
  best: Candidate,
  rows: readonly Row[],
  lastHeaderRow: number,
): Pick<Candidate, 'columns' | 'labels'> {
  const first = best.columns.status;
  if (first === undefined || best.statusAlternatives.length === 0) return best;
  const score = (col: number) =>
    filledCells(rows, lastHeaderRow, col).filter((c) => {
      const text = c.text.trim();
      return text.length <= 30 && classifyStatus(text).state !== 'unknown';
    }).length;
  let chosen = { col: first, label: best.labels.status!, score: score(first) };
  for (const alt of best.statusAlternatives) {
    const s = score(alt.col);
    if (s > chosen.score) chosen = { ...alt, score: s };
  }
  if (chosen.col === first) return best;
  // the column left is the result as written ("Đã nộp ngân sách ngày 05/9/2024"): read as notes,
  // where a completion day is looked for, unless the table has a notes column
  const asNote = best.columns.note === undefined;
  return {
    columns: { ...best.columns, status: chosen.col, ...(asNote ? { note: first } : {}) },
    labels: {
      ...best.labels,
      status: chosen.label,
      ...(asNote ? { note: best.labels.status! } : {}),
    },
  };
}

/** A row that looks like data (a task number in the first cell and a long text) is never a sub-header. */
function isDataLike(row: Row): boolean {
  const texts = [...cellTexts(row).values()];
  return (
    texts.some((t) => t.length > MAX_HEADER_TEXT_LENGTH) ||
    row.cells.some((c) => typeof c.value === 'number' && c.col > 1)
  );
}
