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

/** Does a sheet name match a binding's sheet pattern ("Nhiệm vụ*")? No pattern: every sheet. */
export function sheetMatches(pattern: string | undefined, name: string): boolean {
  if (!pattern) return true;
  const escaped = pattern
    .normalize('NFC')
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'iu').test(name.normalize('NFC'));
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
