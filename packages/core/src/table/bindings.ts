/**
 * Bindings: the clerk's override when detection is wrong. For each table kind (tasks, indicators,
 * report log, roster) a pack may name the sheet (a name or a pattern with *), the header row, and
 * for each column either the header texts that name it or its letter:
 *
 *   "bindings": { "indicators": { "sheet": "Chỉ tiêu*", "headerRow": 5,
 *                                 "columns": { "actual": "F", "plan": ["KH giao"] } } }
 *
 * A binding of one kind never hides the tables of another kind: naming the task sheet leaves the
 * indicator, log and roster tables wherever they are.
 */
import { columnNumber } from '../model/sheet.js';
import { compileWordings, type CompiledVocabulary } from './matcher.js';
import type { TableKind, Wordings } from './vocabulary.js';

/** Header texts that name a column, or the column's letter. */
export type ColumnBinding = readonly string[] | string;

export interface TableBinding<F extends string = string> {
  readonly sheet?: string | undefined;
  readonly headerRow?: number | undefined;
  readonly columns?: Readonly<Partial<Record<F, ColumnBinding | undefined>>> | undefined;
}

export type Bindings = Readonly<Partial<Record<TableKind, TableBinding | undefined>>>;

/** Text compared without regard to case or Unicode composition, a code point at a time. */
function caseless(text: string): string {
  return Array.from(text.normalize('NFC'), (c) => c.toLowerCase()).join('');
}

/**
 * Does a sheet name match a binding's sheet pattern ("Nhiệm vụ*")? No pattern: every sheet.
 *
 * A pattern is a glob, never a regular expression: `*` stands for any run of characters (none
 * included) and every other character stands for itself (`?`, `[`, `.`, `(` too), ignoring case.
 * It is matched without backtracking: the text before the first `*` must open the name, the text
 * after the last `*` must close it, and each piece between is found leftmost, in order, after the
 * one before (taking the leftmost place never loses a match a later place would find). The work is
 * bounded by the lengths of the pattern and the name, whatever they hold.
 */
export function sheetMatches(pattern: string | undefined, name: string): boolean {
  if (!pattern) return true;
  const pieces = caseless(pattern).split('*');
  const text = caseless(name);
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (first.length + last.length > text.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    if (piece === '') continue;
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** The header texts a binding gives, as a vocabulary tried before the built-in one. */
export function boundNames<F extends string>(
  binding: TableBinding<F> | undefined,
): CompiledVocabulary<F> | undefined {
  const entries: Array<readonly [F, readonly string[]]> = [];
  for (const [field, value] of Object.entries(binding?.columns ?? {}) as Array<
    [F, ColumnBinding | undefined]
  >) {
    if (Array.isArray(value) && value.length > 0) entries.push([field, value as readonly string[]]);
  }
  return entries.length > 0 ? compileWordings(entries as Wordings<F>) : undefined;
}

/** The columns a binding gives by letter: field → 1-based column. */
export function boundLetters<F extends string>(
  binding: TableBinding<F> | undefined,
): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  for (const [field, value] of Object.entries(binding?.columns ?? {}) as Array<
    [F, ColumnBinding | undefined]
  >) {
    if (typeof value === 'string') out[field] = columnNumber(value.split(':')[0]!);
  }
  return out;
}

/** The runs of tick columns a binding gives ("due": "E:H"): field → first and last column. */
export function boundRanges<F extends string>(
  binding: TableBinding<F> | undefined,
): Partial<Record<F, readonly [number, number]>> {
  const out: Partial<Record<F, readonly [number, number]>> = {};
  for (const [field, value] of Object.entries(binding?.columns ?? {}) as Array<
    [F, ColumnBinding | undefined]
  >) {
    if (typeof value !== 'string' || !value.includes(':')) continue;
    const [from, to] = value.split(':').map((l) => columnNumber(l)) as [number, number];
    out[field] = from <= to ? [from, to] : [to, from];
  }
  return out;
}

/**
 * Columns found by detection, overridden by the binding's letters: a letter always wins, and a
 * field detection put in the column a letter claims is dropped (one column, one field).
 */
export function withBoundLetters<F extends string>(
  columns: Readonly<Partial<Record<F, number>>>,
  letters: Readonly<Partial<Record<F, number>>>,
): Partial<Record<F, number>> {
  const claimed = new Set(Object.values(letters) as number[]);
  const out: Partial<Record<F, number>> = {};
  for (const [field, col] of Object.entries(columns) as Array<[F, number]>) {
    if (!claimed.has(col) && letters[field] === undefined) out[field] = col;
  }
  return { ...out, ...letters };
}
