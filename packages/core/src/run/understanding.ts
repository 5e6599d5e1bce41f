/**
 * What dondoc understood of each table it read, for `dondoc check --explain`, the task pane and
 * the standalone page: the kind chosen and the runner-up with their scores, the header rows, each
 * column's role, the rows skipped and why, and the `bindings` that would pin the same reading in a
 * pack when detection is wrong. Collected only when the check is asked to explain.
 */
import type { Message } from '../model/findings.js';
import { columnLetter, type Row } from '../model/sheet.js';
import type { KindScore } from '../table/classify.js';
import { groupOver } from '../table/header-groups.js';
import type { TableKind } from '../table/vocabulary.js';

/** Why a row under a header was not read as a record. */
export type SkipReason =
  'section' | 'total' | 'footer' | 'blank' | 'repeated-header' | 'placeholder';

export interface ColumnRole {
  /** Column letter, e.g. "D". */
  readonly column: string;
  /** The field the column is read as, e.g. "due", "actual", "tickDone". */
  readonly field: string;
  /** The header text as written (a group header and its sub-header joined by " / "). */
  readonly header: string;
  /** The period of a figure column, when the header names one ("năm 2024", "quý III/2024"). */
  readonly period?: Message;
}

export interface SkippedRow {
  readonly row: number;
  readonly reason: SkipReason;
  /** The row's text, clipped. */
  readonly text: string;
}

export interface TableUnderstanding {
  /** The kind read, or none (no header found, or too uncertain to read). */
  readonly kind: TableKind | 'none';
  /** True when two kinds scored too close to tell apart: the table was not evaluated. */
  readonly uncertain?: boolean;
  /** Every kind whose header was found, best first, with header and content points. */
  readonly scores: readonly KindScore[];
  readonly headerRows: readonly number[];
  readonly columns: readonly ColumnRole[];
  /** Rows skipped under the header, counted by reason. */
  readonly skipped: Readonly<Partial<Record<SkipReason, number>>>;
  /** The first skipped rows (blank rows only counted). */
  readonly skippedRows: readonly SkippedRow[];
  /** The pack `bindings` entry that pins this reading: sheet, header row, columns by letter. */
  readonly binding?: { readonly [kind: string]: unknown };
  /** Why nothing was read, when nothing was; or a word on how the reading was chosen. */
  readonly note?: Message;
}

/** How many skipped rows are listed one by one (all are counted). */
export const MAX_SKIPPED_ROWS_LISTED = 20;

/** Counts and lists the rows a table handler skips. */
export class SkipLog {
  readonly counts: Partial<Record<SkipReason, number>> = {};
  readonly rows: SkippedRow[] = [];
  add(row: Row, reason: SkipReason): void {
    this.counts[reason] = (this.counts[reason] ?? 0) + 1;
    if (reason === 'blank' || this.rows.length >= MAX_SKIPPED_ROWS_LISTED) return;
    const text = row.cells
      .map((c) => c.text.trim())
      .filter((t) => t !== '')
      .join(' | ');
    this.rows.push({
      row: row.number,
      reason,
      text: text.length > 80 ? `${text.slice(0, 79)}…` : text,
    });
  }
}

/**
 * The header text of each column over the header rows: the sub-header, then its group in brackets
 * ("Đã hoàn thành (Tiến độ)", "Bắt đầu (Thời gian thực hiện)"); a group merged across names every
 * column under it, not only its first.
 */
export function headerTexts(
  rows: readonly Row[],
  headerRows: readonly number[],
): Map<number, string> {
  const byRow = headerRows.map((number) => {
    const texts = new Map<number, string>();
    for (const cell of rows.find((r) => r.number === number)?.cells ?? []) {
      const text = cell.text.trim().replace(/\s+/g, ' ');
      if (text !== '') texts.set(cell.col, text);
    }
    return texts;
  });
  const cols = [...new Set(byRow.flatMap((texts) => [...texts.keys()]))].sort((a, b) => a - b);
  const out = new Map<number, string>();
  for (const col of cols) {
    // the lowest row's own text, then each row above: its own text or the group's over it
    let own: string | undefined;
    const groups: string[] = [];
    for (let i = byRow.length - 1; i >= 0; i--) {
      const texts = byRow[i]!;
      if (own === undefined) {
        own = texts.get(col);
        continue;
      }
      // the columns with a sub-header in any row below: the run the group may be merged over
      const below = new Map(byRow.slice(i + 1).flatMap((r) => [...r]));
      const group = texts.get(col) ?? groupOver(texts, below, col);
      if (group !== undefined && group !== own && !groups.includes(group)) groups.unshift(group);
    }
    if (own !== undefined) out.set(col, groups.length > 0 ? `${own} (${groups.join(' / ')})` : own);
  }
  return out;
}

/**
 * Column roles from a field → column map, and `more` columns of a role already named (the other
 * years' figures of an indicator table), in column order.
 */
export function columnRoles(
  columns: Readonly<Record<string, number>>,
  texts: ReadonlyMap<number, string>,
  periods?: ReadonlyMap<number, Message>,
  more: ReadonlyArray<readonly [string, number]> = [],
): ColumnRole[] {
  const named = new Set(Object.values(columns));
  return [...Object.entries(columns), ...more.filter(([, col]) => !named.has(col))]
    .sort((a, b) => a[1] - b[1])
    .map(([field, col]) => {
      const period = periods?.get(col);
      return {
        column: columnLetter(col),
        field,
        header: texts.get(col) ?? '',
        ...(period !== undefined ? { period } : {}),
      };
    });
}

/** The `bindings` entry that pins a reading: the sheet, the header's first row, columns by letter. */
export function bindingFor(
  kind: TableKind,
  sheet: string,
  headerRows: readonly number[],
  columns: Readonly<Record<string, number>>,
  /** Runs of tick columns, pinned as "E:H": the deadline's periods, the status words. */
  ranges: Readonly<Record<string, readonly [number, number]>> = {},
): { readonly [kind: string]: unknown } {
  const letters: Record<string, string> = {};
  for (const [field, col] of Object.entries(columns).sort((a, b) => a[1] - b[1])) {
    if (!field.startsWith('tick')) letters[field] = columnLetter(col);
  }
  for (const [field, [from, to]] of Object.entries(ranges)) {
    letters[field] = `${columnLetter(from)}:${columnLetter(to)}`;
  }
  return {
    [kind]: { sheet, headerRow: headerRows[0], columns: letters },
  };
}
