/**
 * Header detection: finds the header of a task table in the first rows of a sheet, the way a
 * clerk would. The header may sit below title rows, may span two rows (a merged "Kết quả thực hiện"
 * over "Ngày hoàn thành" and "Tình trạng"), and uses many Vietnamese wordings, matched
 * diacritics-insensitively. Merged cells are not needed: a vertical merge leaves its text in the
 * upper row, a horizontal group header is overridden by the sub-headers under it.
 */
import { foldText } from '../vi/text.js';
import type { Row } from './model.js';

export const TASK_FIELDS = [
  'index',
  'code',
  'title',
  'owner',
  'coordinators',
  'due',
  'completedOn',
  'status',
  'note',
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

/**
 * Header wordings, most specific field first: "Cơ quan phối hợp" must be read as coordinators
 * before "Cơ quan" is read as owner, "Ngày hoàn thành" as the completion date before "hoàn thành"
 * in "Thời gian hoàn thành" is read as the deadline.
 */
export const DEFAULT_TASK_HEADER_ALIASES: ReadonlyArray<readonly [TaskField, readonly string[]]> = [
  [
    'completedOn',
    [
      'Ngày hoàn thành',
      'Ngày hoàn thành thực tế',
      'Ngày thực hiện xong',
      'Hoàn thành ngày',
      'Ngày xong',
      'Ngày, tháng hoàn thành',
      'Thời điểm hoàn thành',
    ],
  ],
  ['coordinators', ['Phối hợp', 'Cơ quan phối hợp', 'Đơn vị phối hợp', 'Đơn vị, cá nhân phối hợp']],
  [
    'due',
    [
      'Thời hạn',
      'Thời hạn hoàn thành',
      'Hạn hoàn thành',
      'Thời gian hoàn thành',
      'Hạn chót',
      'Thời gian thực hiện',
      'Mốc thời gian',
      'Thời gian',
      'Hạn',
      'Hạn xử lý',
      'Ngày hết hạn',
      'Deadline',
    ],
  ],
  [
    'status',
    [
      'Tình trạng',
      'Tiến độ',
      'Tiến độ thực hiện',
      'Kết quả thực hiện',
      'Kết quả',
      'Trạng thái',
      'Mức độ hoàn thành',
    ],
  ],
  [
    'owner',
    [
      'Chủ trì',
      'Cơ quan chủ trì',
      'Đơn vị chủ trì',
      'Cơ quan thực hiện',
      'Đơn vị thực hiện',
      'Người thực hiện',
      'Phụ trách',
      'Cơ quan tham mưu',
      'Đơn vị tham mưu',
      'Cơ quan',
      'Đơn vị',
      'Trách nhiệm',
    ],
  ],
  [
    'title',
    [
      'Nội dung',
      'Nội dung nhiệm vụ',
      'Nội dung công việc',
      'Tên nhiệm vụ',
      'Nhiệm vụ',
      'Công việc',
      'Tên công việc',
      'Nội dung công tác',
    ],
  ],
  ['index', ['STT', 'TT', 'Số TT', 'Số thứ tự']],
  ['code', ['Mã nhiệm vụ', 'Mã số', 'Mã']],
  ['note', ['Ghi chú']],
];

/** Aliases this short must equal the whole header text ("TT", "Mã", "Hạn"). */
const SHORT_ALIAS_LENGTH = 3;
/** A header cell is a label, not a paragraph. */
const MAX_HEADER_TEXT_LENGTH = 80;

export interface HeaderAliases {
  readonly entries: ReadonlyArray<readonly [TaskField, readonly string[]]>;
}

/** Builds the alias table: the pack's own column names first, then the defaults. */
export function taskHeaderAliases(
  packColumns?: Partial<Record<TaskField, readonly string[] | undefined>>,
): ReadonlyArray<readonly [TaskField, readonly string[]]> {
  const fromPack: Array<readonly [TaskField, readonly string[]]> = [];
  for (const field of TASK_FIELDS) {
    const names = packColumns?.[field];
    if (names && names.length > 0) fromPack.push([field, names]);
  }
  const folded = (entries: ReadonlyArray<readonly [TaskField, readonly string[]]>) =>
    entries.map(([field, names]) => [field, names.map(foldText)] as const);
  return [...folded(fromPack), ...folded(DEFAULT_TASK_HEADER_ALIASES)];
}

/**
 * How well an alias names a header: 3 equal, 2 the header starts with it ("Thời gian hoàn thành
 * (ngày/tháng/năm)" starts with "thời gian hoàn thành"), 1 it appears inside, 0 not at all.
 * Short aliases ("TT", "Mã", "Hạn") must equal the whole header.
 */
function aliasScore(header: string, alias: string): number {
  if (header === alias) return 3;
  if (alias.length <= SHORT_ALIAS_LENGTH) return 0;
  if (header.startsWith(alias + ' ')) return 2;
  if (header.endsWith(' ' + alias) || header.includes(' ' + alias + ' ')) return 1;
  return 0;
}

/** Equal beats everything; then the longer alias; then the higher score. */
function outranks(score: number, length: number, best: { score: number; length: number }): boolean {
  const exact = score === 3;
  const bestExact = best.score === 3;
  if (exact !== bestExact) return exact;
  if (length !== best.length) return length > best.length;
  return score > best.score;
}

/** Which field a header text names, if any. `aliases` must be folded (see taskHeaderAliases). */
export function matchHeaderText(
  text: string,
  aliases: ReadonlyArray<readonly [TaskField, readonly string[]]>,
): TaskField | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_TEXT_LENGTH) return undefined;
  // "Ghi chú/ Đề xuất", "Ngày/tháng": a slash separates words in a header (foldText keeps it for dates).
  const header = foldText(text)
    .replace(/\s*\/\s*/g, ' ')
    .trim();
  if (header.length === 0) return undefined;
  // The best match wins: an equal header first; else the longest alias found in it (the most
  // specific name: "đơn vị phối hợp" over "cơ quan" in "Cơ quan, đơn vị phối hợp"); on a tie, one
  // the header opens with; on a tie still, the earlier entry.
  let best: { field: TaskField; score: number; length: number } | undefined;
  for (const [field, names] of aliases) {
    for (const alias of names) {
      const score = aliasScore(header, alias);
      if (score === 0) continue;
      if (!best || outranks(score, alias.length, best))
        best = { field, score, length: alias.length };
    }
  }
  return best?.field;
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
}

interface Candidate {
  readonly rows: readonly Row[];
  readonly columns: Partial<Record<TaskField, number>>;
  readonly labels: Partial<Record<TaskField, string>>;
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

function buildCandidate(
  rows: readonly Row[],
  aliases: ReadonlyArray<readonly [TaskField, readonly string[]]>,
): Candidate {
  const upper = cellTexts(rows[0]!);
  const lower = rows.length > 1 ? cellTexts(rows[1]!) : new Map<number, string>();
  const cols = [...new Set([...upper.keys(), ...lower.keys()])].sort((a, b) => a - b);
  const columns: Partial<Record<TaskField, number>> = {};
  const labels: Partial<Record<TaskField, string>> = {};
  for (const col of cols) {
    const lowerText = lower.get(col);
    const upperText = upper.get(col);
    let field: TaskField | undefined;
    let label: string | undefined;
    if (lowerText !== undefined) {
      field = matchHeaderText(lowerText, aliases);
      label = lowerText;
    }
    if (field === undefined && upperText !== undefined) {
      field = matchHeaderText(upperText, aliases);
      label = upperText;
    }
    if (field !== undefined && columns[field] === undefined) {
      columns[field] = col;
      labels[field] = label;
    }
  }
  return { rows, columns, labels, count: Object.keys(columns).length };
}

function isTaskHeader(candidate: Candidate): boolean {
  const c = candidate.columns;
  const timing = c.due !== undefined || c.status !== undefined || c.completedOn !== undefined;
  return c.title !== undefined && timing && candidate.count >= 3;
}

/** "(1) (2) (3) …" or "1 2 3 …" or "A B 1 2 …" under a header. */
export function isColumnNumberingRow(row: Row): boolean {
  const texts = [...cellTexts(row).values()];
  return texts.length >= 3 && texts.every((t) => /^\(?(\d{1,2}|[A-Za-z])\)?$/.test(t));
}

/**
 * Looks for a task-table header in the first rows of a sheet. Returns undefined when the rows hold
 * no table with at least a content column and a deadline, completion or status column.
 */
export function detectTaskHeader(
  rows: readonly Row[],
  aliases: ReadonlyArray<readonly [TaskField, readonly string[]]> = taskHeaderAliases(),
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
      pair && pair.count > single.count && pair.count > lowerAlone!.count && !isDataLike(next!)
        ? pair
        : single;
    if (isTaskHeader(choice) && (!best || choice.count > best.count)) best = choice;
  }
  if (!best) return undefined;
  const headerRows = best.rows.map((r) => r.number);
  let lastHeaderRow = headerRows[headerRows.length - 1]!;
  const after = rows.find((r) => r.number === lastHeaderRow + 1);
  if (after && isColumnNumberingRow(after)) lastHeaderRow = after.number;
  return { rows: headerRows, columns: best.columns, labels: best.labels, lastHeaderRow };
}

/** A row that looks like data (a task number in the first cell and a long text) is never a sub-header. */
function isDataLike(row: Row): boolean {
  const texts = [...cellTexts(row).values()];
  return (
    texts.some((t) => t.length > MAX_HEADER_TEXT_LENGTH) ||
    row.cells.some((c) => typeof c.value === 'number' && c.col > 1)
  );
}
