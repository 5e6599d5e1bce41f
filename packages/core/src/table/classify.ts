/**
 * Which kind of table a sheet holds, decided by a score over two kinds of evidence, the way a
 * clerk reads a table: the header (how many distinct columns a kind's vocabulary names) and the
 * content under it (a deadline column holds dates, a figure column numbers, a unit column names).
 * Every kind whose header was found is scored; the best is chosen and the runner-up kept, so
 * `check --explain` can say why. When the two are too close to tell apart, the table is uncertain
 * and is listed as not evaluated rather than read as the wrong kind.
 */
import type { Cell, Row } from '../model/sheet.js';
import { MAX_HEADER_TEXT_LENGTH } from './matcher.js';
import type { TableKind } from './vocabulary.js';
import { parseTarget } from '../vi/targets.js';
import { foldText, writtenWithoutMarks } from '../vi/text.js';
import { filledCells } from './column-content.js';

/** What a column of a kind is expected to hold. */
export type ContentType = 'date' | 'number' | 'text';

/**
 * The content each kind expects in its key columns. Only columns whose content tells kinds
 * apart are listed: an index or a note column holds anything.
 */
export const EXPECTED_CONTENT: {
  readonly [K in TableKind]: Readonly<Record<string, ContentType>>;
} = {
  tasks: { title: 'text', owner: 'text', due: 'date', completedOn: 'date' },
  indicators: { title: 'text', plan: 'number', actual: 'number' },
  reports: { unit: 'text', report: 'text', received: 'date', docDate: 'date' },
  roster: { unit: 'text' },
};

/** A kind's reading of the header: its rows, where the data starts and the columns it named. */
export interface HeaderReading {
  readonly kind: TableKind;
  readonly headerRows: readonly number[];
  /** Data rows are those after this row (a column-numbering row may follow the header). */
  readonly lastHeaderRow: number;
  /** Field → 1-based column. */
  readonly columns: Readonly<Record<string, number>>;
}

/** How well one column's content fits what its field expects. */
export interface ContentEvidence {
  readonly field: string;
  readonly col: number;
  readonly expected: ContentType;
  /** Non-empty cells looked at, and how many of them fit. */
  readonly seen: number;
  readonly fit: number;
}

export interface KindScore {
  readonly kind: TableKind;
  readonly headerRows: readonly number[];
  /** The fields the header names, in column order. */
  readonly fields: readonly string[];
  /** One point per distinct field the header names. */
  readonly header: number;
  /** Per typed column with content: +1 when every cell fits, −1 when none does. */
  readonly content: number;
  readonly score: number;
  readonly evidence: readonly ContentEvidence[];
}

export interface Classification {
  /** Every kind whose header was found, best first. */
  readonly scores: readonly KindScore[];
  readonly chosen?: KindScore;
  readonly runnerUp?: KindScore;
  /**
   * True when the runner-up, a different kind, scores within UNCERTAIN_MARGIN of the chosen
   * one: the table's meaning cannot be told, so it is not evaluated.
   */
  readonly uncertain: boolean;
}

/** Scores closer than this cannot tell two kinds apart. */
export const UNCERTAIN_MARGIN = 1;
export { CONTENT_SAMPLE_ROWS } from './column-content.js';

/**
 * The words that make a text a date's: a period before its number ("tháng 11", "quý III"), work
 * ongoing or recurring ("Thường xuyên", "Hằng tháng", "Định kỳ"), "Tết", "trước", "sau". One
 * list, read as written and, in a text written wholly without marks ("Truoc ngay 30", "Hang
 * thang"), folded: there "ngay" can be nothing but "ngày".
 */
const PERIOD_WORDS = ['tháng', 'quý', 'tuần', 'ngày', 'năm'];
const EVERY_WORDS = ['hằng', 'hàng'];
const DATE_PHRASES = ['thường xuyên', 'định kỳ', 'tết', 'trước', 'sau'];

function dateWords(withMarks: boolean): string {
  const fold = (list: readonly string[]) => [...new Set(withMarks ? list : list.map(foldText))];
  // "Quy IV": the one period word whose mark a marked text may leave out
  const periods = [...fold(PERIOD_WORDS), ...(withMarks ? ['quy'] : [])].join('|');
  const every = `(?:${fold(EVERY_WORDS).join('|')}) (?:${periods})`;
  // folded, "tet", "truoc", "sau" are read as whole words only
  const phrases = withMarks
    ? DATE_PHRASES
    : DATE_PHRASES.map(foldText).map((w) => (w.includes(' ') ? w : `\\b${w}\\b`));
  return [
    `\\b(?:${periods})\\s+[\\divxl]+`,
    every,
    ...phrases,
    ...(withMarks ? ['hằng'] : []),
  ].join('|');
}

const DATE_TEXT = new RegExp(
  `\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{2,4})?|${dateWords(true)}`,
  'iu',
);
const DATE_TEXT_WITHOUT_MARKS = new RegExp(dateWords(false), 'iu');
const NUMBER_TEXT = /^[\s+−-]*[\d.,\s]*\d[\d.,\s]*%?$/u;
const LETTER = /\p{L}/u;

/** Whether a cell holds what a field of this content type holds. */
export function cellFits(cell: Cell, type: ContentType): boolean {
  const v = cell.value;
  const text = cell.text.trim();
  switch (type) {
    case 'date':
      if (typeof v === 'object' && v !== null && v.kind === 'date') return true;
      return (
        typeof v === 'string' &&
        (DATE_TEXT.test(text) || (writtenWithoutMarks(text) && DATE_TEXT_WITHOUT_MARKS.test(text)))
      );
    case 'number': {
      if (typeof v === 'number') return true;
      if (typeof v !== 'string') return false;
      if (NUMBER_TEXT.test(text)) return true;
      // a figure written with its bound or unit, as plans and results are: "≥ 95%", "< 0,5%",
      // "31 em", "Trên 90%" (not a sentence with a count inside: "Tổ chức 2 hội nghị")
      const read = parseTarget(text);
      return read !== undefined && (read.qualifier !== undefined || /^\s*\d/.test(text));
    }
    case 'text':
      return (
        typeof v === 'string' &&
        LETTER.test(text) &&
        text.length >= 3 &&
        !NUMBER_TEXT.test(text) &&
        !/^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(text)
      );
  }
}

/** A placeholder a clerk writes in an empty figure cell: "-", "…", "x" is not content. */
function isPlaceholder(cell: Cell): boolean {
  return /^[-–—.…x/]*$/iu.test(cell.text.trim());
}

/** Scores one kind's reading of a header against the rows under it. */
export function scoreReading(reading: HeaderReading, rows: readonly Row[]): KindScore {
  const expected = EXPECTED_CONTENT[reading.kind];
  const evidence: ContentEvidence[] = [];
  let content = 0;
  for (const [field, col] of Object.entries(reading.columns)) {
    const type = expected[field];
    if (type === undefined) continue;
    // an empty cell or a placeholder is no content
    const cells = filledCells(rows, reading.lastHeaderRow, col).filter((c) => !isPlaceholder(c));
    const seen = cells.length;
    const fit = cells.filter((c) => cellFits(c, type)).length;
    if (seen === 0) continue;
    evidence.push({ field, col, expected: type, seen, fit });
    content += (2 * fit) / seen - 1;
  }
  const fields = Object.entries(reading.columns)
    .sort((a, b) => a[1] - b[1])
    .map(([field]) => field);
  const header = fields.length;
  return {
    kind: reading.kind,
    headerRows: reading.headerRows,
    fields,
    header,
    content: Math.round(content * 100) / 100,
    score: Math.round((header + content) * 100) / 100,
    evidence,
  };
}

/**
 * Chooses among the kinds whose header was found. `readings` come in the order of preference a
 * tie falls back to (the first wins an equal score).
 */
export function classifyTable(
  readings: readonly HeaderReading[],
  rows: readonly Row[],
): Classification {
  const scored = readings.map((r, order) => ({ s: scoreReading(r, rows), order }));
  scored.sort((a, b) => b.s.score - a.s.score || a.order - b.order);
  const scores = scored.map((x) => x.s);
  const chosen = scores[0];
  const runnerUp = scores.find((s) => s !== chosen && s.kind !== chosen?.kind);
  const uncertain =
    chosen !== undefined &&
    runnerUp !== undefined &&
    chosen.score - runnerUp.score < UNCERTAIN_MARGIN &&
    sharesHeader(chosen, runnerUp);
  return {
    scores,
    ...(chosen ? { chosen } : {}),
    ...(runnerUp ? { runnerUp } : {}),
    uncertain,
  };
}

/**
 * Two readings compete only when they read the same header rows: a roster above a log in the
 * first rows of a sheet is two tables, not one ambiguous table.
 */
function sharesHeader(a: KindScore, b: KindScore): boolean {
  return a.headerRows.some((r) => b.headerRows.includes(r));
}

/**
 * Whether a row can be a header row at all: at least `minCells` short labels, no figures, no
 * dates. Used to notice a second table's header under the first one without matching every
 * data row against the vocabulary.
 */
export function mayBeHeaderRow(row: Row, minCells = 3): boolean {
  let labels = 0;
  for (const cell of row.cells) {
    const v = cell.value;
    if (v === null) continue;
    if (typeof v !== 'string') return false;
    const text = cell.text.trim();
    if (text === '') continue;
    if (text.length > MAX_HEADER_TEXT_LENGTH) return false;
    if (!LETTER.test(text)) continue;
    labels++;
  }
  return labels >= minCells;
}
